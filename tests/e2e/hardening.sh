# tests/e2e/hardening.sh — sourced by tests/e2e.sh: every way out gives the
# terminal back and every signal is heard, whatever the terminal does (one
# that stops reading, a fatal signal, memory running out), and what a
# stranger's terminal or environment says cannot make the program deaf or
# huge.  Uses STALLPTY (tests/e2e/stallpty.c, built by make).

TESTS+=(
	blocked_output_hears_signals restore_on_fatal_signals out_of_memory_restores
	quit_keys_are_never_swallowed size_from_the_terminal_only plain_fallback_hears_signals
	idle_ignores_resizes max_session_ignores_keys visit_is_logged links_keep_highlights
	write_errors_are_reported file_names_are_sanitized pathological_files_stay_small
	sandbox_holds_the_viewer sandbox_ends_as_before
)

STALLPTY=${STALLPTY:-build/stallpty}
HARD_RESUME=tests/fixtures/full.json

# stalled SIGNAL ARG...: pushpander ARGs in a pty that stops reading; sets
# STALL (stallpty's report, one "key value" a line).
stalled() {
	local sig=$1
	shift
	[[ -x $STALLPTY ]] || fail "$STALLPTY is missing: run make $STALLPTY"
	local envs=(PATH="$PATH" TERM="${STALL_TERM:-xterm-256color}" LANG=C.UTF-8 LC_ALL=C.UTF-8) v
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[[ -n ${!v:-} ]] && envs+=("$v=${!v}")
	done
	STALL=$("$STALLPTY" -s "$sig" -w 5 -- env -i "${envs[@]}" "$PUSHPANDER" "$@" 2>&1)
}

stall_value() { sed -n "s/^$1 //p" <<<"$STALL"; }

# A terminal that stops reading leaves pushpander blocked in write(): the
# signals that end it and the idle timeout must still end it, at once, with
# the tty's modes given back.
test_blocked_output_hears_signals() {
	local sig want
	for sig in TERM HUP INT; do
		want=$((128 + $(kill -l "$sig")))
		stalled "$(kill -l "$sig")" "$HARD_RESUME"
		[[ $(stall_value blocked) == yes ]] || fail "SIG$sig: never saw it blocked: $STALL"
		[[ $(stall_value status) == "$want" ]] ||
			fail "SIG$sig while output is blocked: not status $want: $(tr '\n' ' ' <<<"$STALL")"
		(($(stall_value elapsed_ms) < 2000)) || fail "SIG$sig took too long: $STALL"
		[[ $(stall_value modes) == same ]] || fail "SIG$sig: the tty's modes were not restored"
	done
	# no signal at all: the idle timeout ends it
	stalled 0 --idle-timeout 2 "$HARD_RESUME"
	[[ $(stall_value blocked) == yes ]] || fail "idle: never saw it blocked: $STALL"
	[[ $(stall_value status) == 0 ]] ||
		fail "blocked output outlived --idle-timeout 2: $(tr '\n' ' ' <<<"$STALL")"
	[[ $(stall_value modes) == same ]] || fail "idle: the tty's modes were not restored"
}

# SIGQUIT, SIGUSR1 and the other signals that end a process restore the
# terminal first, as SIGTERM does.
test_restore_on_fatal_signals() {
	restore_after QUIT 131
	restore_after USR1 138
	restore_after USR2 140
}

# Out of memory in the viewer: the terminal comes back, then the message,
# on the normal screen.
test_out_of_memory_restores() {
	[[ $PUSHPANDER != *asan* ]] || skip "the sanitizer's allocator does not return NULL"
	command -v prlimit >/dev/null || skip "no prlimit"
	local big="$E2E_DIR/big.json" pid size before="$E2E_DIR/before" after="$E2E_DIR/after"
	local status_file="$E2E_DIR/status" rec="$E2E_DIR/rec"
	LC_ALL=C awk -v size=2000000 -f tests/bench/synth.awk >"$big" 2>/dev/null ||
		fail "tests/bench/synth.awk failed"
	PP_BEFORE="stty -a >$(printf %q "$before"); " \
		PP_AFTER="echo \$? >$(printf %q "$status_file"); stty -a >$(printf %q "$after")" \
		pp_record "$rec" 80 24 -- --section history "$big"
	wait_status ' 1/[0-9]+ '
	pid=$(pp_pid)
	# a little more address space than it has now: End lays out every
	# card, which needs far more
	size=$(sed -n 's/^VmSize:[[:space:]]*\([0-9]*\) kB$/\1/p' "/proc/$pid/status")
	prlimit --pid "$pid" --as=$(((size + 4096) * 1024)) || fail "prlimit failed"
	key G
	wait_exit >/dev/null
	[[ $(cat "$status_file") == 70 ]] || fail "out of memory: status $(cat "$status_file"), expected 70"
	wait_for "pushpander: out of memory"
	# the message comes after the terminal is restored, and nothing else
	LC_ALL=C sed 's/pushpander: out of memory//' "$rec" >"$rec.rest"
	assert_restored "$rec.rest"
	local diff_out
	diff_out=$(diff <(stty_modes "$before") <(stty_modes "$after")) ||
		fail "after running out of memory the modes differ: $(tr '\n' ' ' <<<"$diff_out")"
}

# Ctrl-C quits at once, at the search prompt too; a key after a broken
# escape sequence is that key, not part of the sequence.
test_quit_keys_are_never_swallowed() {
	pp_start 80 24 -- "$HARD_RESUME"
	wait_status 'quit'
	key / a b
	wait_status 'Search: ab'
	key C-c
	assert_exit 0
	local seq
	for seq in '1b 5b 71' '1b 5b 03' '1b 4f 03'; do
		pp_start 80 24 -- "$HARD_RESUME"
		wait_status 'quit'
		tm send-keys -t "$T" -H $seq
		wait_exit >/dev/null || true
		[[ $EXIT_STATUS == 0 ]] || fail "after the bytes $seq: status $EXIT_STATUS"
	done
}

# LINES and COLUMNS cannot make a screen larger than the terminal.
test_size_from_the_terminal_only() {
	pp_start 80 24 LINES=3000 COLUMNS=3000 -- "$HARD_RESUME"
	wait_status 'quit'
	[[ $(row 0) == *About* ]] || fail "no tab bar on row 0: $(row 0)"
	local rss
	rss=$(proc_rss_kb "$(pp_pid)")
	((rss < 60000)) || fail "LINES=3000 COLUMNS=3000: $rss kB resident"
	key q
	assert_exit 0
}

# Without a usable terminal pushpander prints: SIGINT, SIGTERM and SIGHUP
# stop that as they stop any printing program, even while the terminal
# reads nothing and the printing waits.
test_plain_fallback_hears_signals() {
	local big="$E2E_DIR/big.json" sig
	LC_ALL=C awk -v size=1000000 -f tests/bench/synth.awk >"$big" 2>/dev/null ||
		fail "tests/bench/synth.awk failed"
	# nothing is written to the terminal before the notice (no stray \r)
	local first
	first=$(script -qec "env -i PATH=$PATH TERM=dumb LANG=C.UTF-8 $(printf %q "$PUSHPANDER") $HARD_RESUME" \
		/dev/null </dev/null | head -c 33)
	[[ $first == "pushpander: cannot drive terminal"* ]] ||
		fail "TERM=dumb output begins with: $(cat -v <<<"$first")"
	for sig in INT TERM HUP; do
		STALL_TERM=dumb stalled "$(kill -l "$sig")" "$big"
		[[ $(stall_value blocked) == yes ]] || fail "SIG$sig: never saw it blocked: $STALL"
		[[ $(stall_value signal) == "$(kill -l "$sig")" ]] ||
			fail "SIG$sig while printing: $(tr '\n' ' ' <<<"$STALL")"
	done
}

# The idle timeout is re-armed by keys only: a client that only resizes
# does not keep a session alive.
test_idle_ignores_resizes() {
	pp_start 80 24 -- --idle-timeout 2 "$HARD_RESUME"
	wait_status 'quit'
	local start i
	start=$(now_us)
	for ((i = 0; i < 20; i++)); do
		[[ $(tm display-message -p -t "$T" '#{pane_dead}') == 1 ]] && break
		resize $((80 + i % 2)) 24 2>/dev/null || break
		sleep 0.3
	done
	wait_exit 5 >/dev/null || true
	[[ $EXIT_STATUS == 0 ]] || fail "idle with resizes: status $EXIT_STATUS"
	(($(now_us) - start < 4000000)) || fail "resizes kept the idle session for $((($(now_us) - start) / 1000)) ms"
}

# --max-session bounds a session whatever it does: keys every 0.3 s keep
# the idle timeout away but not the limit, which ends it with status 0 and
# a goodbye once the terminal is back.
test_max_session_ignores_keys() {
	local start i err="$E2E_DIR/err"
	PP_REDIRECT="2>$(printf %q "$err")" pp_start 80 24 -- --max-session 2 "$HARD_RESUME"
	wait_status 'quit'
	start=$(now_us)
	for ((i = 0; i < 20; i++)); do
		[[ $(tm display-message -p -t "$T" '#{pane_dead}') == 1 ]] && break
		key "$(((i % 2) + 1))" 2>/dev/null || break
		sleep 0.3
	done
	wait_exit 5 >/dev/null || true
	[[ $EXIT_STATUS == 0 ]] || fail "--max-session 2: status $EXIT_STATUS"
	(($(now_us) - start < 3500000)) || fail "keys kept the session for $((($(now_us) - start) / 1000)) ms"
	[[ $(<"$err") == 'pushpander: this session has ended after 2 seconds; thanks for visiting' ]] ||
		fail "the goodbye on standard error: '$(<"$err")'"
}

# Under --ssh each session ends with one line to syslog: how long, how it
# ended, the tabs and cards seen.  pushpander runs in a mount namespace of
# its own whose /dev/log is a socket this test reads (the machine's /dev is
# left alone), in a terminal: tab 2, a card opened, q.
test_visit_is_logged() {
	((EUID == 0)) || skip "needs root (a mount namespace with its own /dev/log)"
	command -v unshare >/dev/null && command -v python3 >/dev/null || skip "needs unshare and python3"
	local sock="$E2E_DIR/fake-syslog.sock" got="$E2E_DIR/logged" dev="$E2E_DIR/dev" pid
	python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1]); s.settimeout(30)
open(sys.argv[2], "wb").write(s.recv(4096))' "$sock" "$got" 2>"$E2E_DIR/python.err" &
	pid=$!
	# python's start can take long on a loaded machine: the wait ends as
	# soon as the socket is there (no screen to look at yet)
	local end=$(($(now_us) + 30000000))
	until [[ -S $sock ]]; do
		(($(now_us) < end)) || fail "timed out after 30s waiting for the fake /dev/log: $(head -c 300 "$E2E_DIR/python.err")"
		nap 0.05
	done
	mkdir "$dev"
	# in the namespace: the real /dev kept aside, a tmpfs on /dev with
	# only null and log in it (the terminal is already open)
	local setup='mount --make-rprivate / && mount --rbind /dev "$1" && mount -t tmpfs none /dev &&
		touch /dev/null /dev/log && mount --bind "$1/null" /dev/null && mount --bind "$2" /dev/log &&
		shift 2 && exec "$@"'
	PP_WRAP="unshare -m sh -c $(printf %q "$setup") sh $(printf %q "$dev") $(printf %q "$sock")" \
		pp_start 80 24 -- --ssh --no-mouse "$HARD_RESUME"
	wait_status 'quit'
	key 2
	wait_for "Bernoulli Calculator"
	press Enter
	key q q
	wait_exit >/dev/null || true
	[[ $EXIT_STATUS == 0 ]] || fail "status $EXIT_STATUS"
	wait "$pid" || fail "nothing was logged"
	[[ $(<"$got") =~ ^'<'[0-9]+'>'.*' pushpander['[0-9]+']: visit ended (quit) after '[0-9]+' s: viewer, 2 tabs, 1 card'$ ]] ||
		fail "logged: '$(<"$got")'"
}

# OSC 8 links are written again after curses has drawn the screen: what is
# written must look as curses drew it, search highlights inside a URL and
# the box's borders included, so that the screen with links is the screen
# without them.
test_links_keep_highlights() {
	local how esc=() rec
	for how in always never; do
		rec="$E2E_DIR/$how.rec"
		pp_record "$rec" 80 24 -- --links "$how" --section projects "$HARD_RESUME"
		wait_status 'quit'
		key /
		wait_status 'Search:'
		key b e r n o u l l i . e x Enter
		wait_for 'Projects › Bernoulli'
		wait_status 'match'
		[[ $how == never ]] ||
			wait_bytes "$rec" "$(hex_str $'\e]8;;https://bernoulli.example.com\e\\')" "the link in the card"
		barrier
		esc+=("$(capture_escapes)")
		key q q
		assert_exit 0
		# a box's sides are never part of a link
		[[ $how == never ]] || ! osc8_pairs "$rec" | cut -f2 | grep -q '│' ||
			fail "a box border is inside an OSC 8 link: $(osc8_pairs "$rec" | grep '│' | head -n 2)"
	done
	[[ ${esc[0]} == "${esc[1]}" ]] ||
		fail "with --links always the screen differs from --links never: $(diff <(printf '%s\n' "${esc[0]}") <(printf '%s\n' "${esc[1]}") | head -n 6 | cat -v)"
}

# unwritable HOW [NAME=VALUE ...] -- ARG...: pushpander with standard output
# on /dev/full (HOW full) or closed (HOW closed); sets RC and ERR.
unwritable() {
	local how=$1 envs=("PATH=$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8)
	shift
	while (($#)) && [[ $1 != -- ]]; do
		envs+=("$1")
		shift
	done
	shift
	if [[ $how == full ]]; then
		env -i "${envs[@]}" "$PUSHPANDER" "$@" </dev/null >/dev/full 2>"$E2E_DIR/err"
	else
		env -i "${envs[@]}" "$PUSHPANDER" "$@" </dev/null >&- 2>"$E2E_DIR/err"
	fi
	RC=$?
	ERR=$(<"$E2E_DIR/err")
}

# Output that cannot be written, to a full disk or a closed descriptor, is
# status 74 and one line saying so, whatever was being written.
test_write_errors_are_reported() {
	local how args
	for how in full closed; do
		for args in --help --version "--validate $HARD_RESUME" "--print $HARD_RESUME"; do
			# shellcheck disable=SC2086 # the words of args are its arguments
			unwritable "$how" -- $args
			[[ $RC == 74 ]] || fail "$args to $how output: status $RC, not 74"
			[[ $ERR == "pushpander: cannot write the output: "* && $ERR != *$'\n'* ]] ||
				fail "$args to $how output: not one line saying so: $ERR"
		done
		unwritable "$how" SSH_ORIGINAL_COMMAND=help -- --ssh "$HARD_RESUME"
		[[ $RC == 74 ]] || fail "ssh help to $how output: status $RC, not 74"
		[[ $ERR == "pushpander: cannot write the output: "* ]] ||
			fail "ssh help to $how output: not saying so: $ERR"
	done
}

# no_raw_controls WHAT: neither OUT nor ERR holds an ESC or a BEL.
no_raw_controls() {
	[[ $OUT != *[$'\e\a']* && $ERR != *[$'\e\a']* ]] ||
		cli_fail "$1: a raw ESC or BEL reached the output"
}

# A file name or an option is the user's bytes, not pushpander's: ESC and
# BEL in one never reach the terminal raw, in any message.
test_file_names_are_sanitized() {
	local f="$E2E_DIR/a"$'\e[31m\a'"b.json"
	cli -- "$f"
	assert_rc 66
	no_raw_controls "a missing file"
	[[ $ERR == *'\u001B[31m\u0007b.json'* ]] || cli_fail "the name is not shown escaped"
	printf '{"a":' >"$f"
	cli -- "$f"
	assert_rc 65
	no_raw_controls "a syntax error"
	printf '{"work": 1}' >"$f"
	cli -- --print "$f"
	assert_rc 0
	no_raw_controls "a warning"
	cli -- --validate "$f"
	assert_rc 65
	no_raw_controls "a warning from --validate"
	printf '{}' >"$f"
	cli -- --validate "$f"
	assert_rc 0
	no_raw_controls "valid"
	[[ $OUT == *'\u001B[31m\u0007b.json: valid' ]] || cli_fail "not said valid"
	cli -- -$'\e'
	assert_rc 64
	no_raw_controls "an unknown option"
}

# repeat N TEXT: TEXT N times, joined by commas, quickly.
repeat() {
	local n=$1 text=$2 block
	block=$(printf "%s," $(printf "$text %.0s" $(seq 1000)))
	block=${block%,}
	# shellcheck disable=SC2034 # i counts
	for ((i = 0; i < n / 1000 - 1; i++)); do printf '%s,' "$block"; done
	printf '%s' "$block"
}

# bounded WHAT ARG...: pushpander ARGs without a terminal; fails unless it
# ends within 10 s and peaks under 256 MB.  Sets RC, and ERR to the first
# lines of its output (standard output and error).
bounded() {
	local what=$1 secs kb
	shift
	/usr/bin/time -o "$E2E_DIR/time" -f '%e %M' prlimit --as=$((1 << 30)) env -i LANG=C.UTF-8 "$PUSHPANDER" "$@" \
		</dev/null >"$E2E_DIR/err" 2>&1
	RC=$?
	ERR=$(head -n 3 "$E2E_DIR/err")
	read -r secs kb < <(tail -n 1 "$E2E_DIR/time")
	((kb < 256 * 1024)) || fail "$what: peak RSS $((kb / 1024)) MB"
	((${secs%.*} < 10)) || fail "$what: took $secs s"
}

# Files under the size limit that would cost gigabytes or minutes: refused
# at once (status 65) or shown in bounded memory, their warnings capped.
test_pathological_files_stay_small() {
	[[ $PUSHPANDER != *asan* ]] || skip "the sanitizer's shadow memory cannot live under prlimit --as"
	[[ -x /usr/bin/time ]] || skip "no /usr/bin/time"
	local f="$E2E_DIR/p.json" deep m
	{ printf '{"work":['; repeat 15000000 '{}'; printf ']}'; } >"$f"
	for m in --validate --print; do
		bounded "15 M empty work entries, $m" "$m" "$f"
		[[ $ERR == *"more than 100000 elements"* ]] || fail "15 M entries, $m: not refused: $ERR"
	done
	{ printf '{"work":['; repeat 25000000 1; printf ']}'; } >"$f"
	bounded "25 M wrong-typed entries" --validate "$f"
	{ printf '{"work":[{"keywords":['; repeat 15000000 '"a"'; printf ']}]}'; } >"$f"
	bounded "15 M keywords" --print "$f"
	[[ $ERR == *"more than 100000 elements"* ]] || fail "15 M keywords: not refused: $ERR"
	deep=$(printf '[%.0s' $(seq 60))1$(printf ']%.0s' $(seq 60))
	{ printf '{"junk":['; repeat 3000 "$deep"; printf '],"work":[{"highlights":%s}]}' "$deep"; } >"$f"
	for m in --validate --print; do bounded "deep nesting, $m" "$m" "$f"; done
	{ printf '{"work":['; repeat 5000 1; printf ']}'; } >"$f"
	cli -- --validate "$f"
	assert_rc 65
	[[ $(wc -l <<<"$OUT") == 101 ]] || cli_fail "not 100 warnings and a count"
	[[ $OUT == *": and 4900 more problems" ]] || cli_fail "no count of the rest"
}

# proc_field PID NAME: the value of NAME in /proc/PID/status.
proc_field() { sed -n "s/^$2:[[:space:]]*//p" "/proc/$1/status" 2>/dev/null; }

# skip_without_sandbox: the filter is left out of sanitizer builds
# (src/sandbox.h), and a kernel may have no seccomp.
skip_without_sandbox() {
	[[ $PUSHPANDER != *asan* ]] || skip "sanitizer builds install no seccomp filter"
	[[ -n $(proc_field self Seccomp) ]] || skip "this kernel has no seccomp"
}

# assert_sandboxed PID: one seccomp filter is in force (src/sandbox.c).
assert_sandboxed() {
	[[ $(proc_field "$1" Seccomp) == 2 && $(proc_field "$1" Seccomp_filters) == 1 ]] ||
		fail "not under one seccomp filter: $(grep '^Seccomp' "/proc/$1/status" | tr '\n' ' ')"
}

# Once curses has started, a seccomp filter kills the viewer on any system
# call it does not need: the filter is in force, and tabs, a card, help,
# search, a resize, the mouse and quitting all work under it, the terminal
# given back.
test_sandbox_holds_the_viewer() {
	skip_without_sandbox
	local rec="$E2E_DIR/sandbox.rec" pid x
	pp_record "$rec" 80 24 -- "$RESUME"
	wait_tab 1
	pid=$(pp_pid)
	assert_sandboxed "$pid"
	key Right
	wait_tab 2
	key 3
	wait_tab 3
	key Enter
	wait_row 1 '^── History › '
	key Escape
	wait_row 1 '^(─){80}$'
	key '?'
	wait_for ' Keys '
	key Escape
	wait_gone ' Keys '
	search_for rabbitmq
	wait_status '[”"] 1 of [0-9]+( |$)'
	key n
	wait_status '[”"] 2 of [0-9]+( |$)'
	key N
	wait_status '[”"] 1 of [0-9]+( |$)'
	key Escape Escape
	resize 100 30
	wait_until "the viewer repainted at 100x30" repainted_at 100
	x=$(col_of "2 ${TAB_TITLES[1]}" "$(row 0)")
	mouse_click $((x + 3)) 0
	wait_tab 2
	assert_sandboxed "$pid"
	key q
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup after q"
	assert_restored "$rec"
}

# Under the filter a signal still ends the viewer with the terminal given
# back, a fault still dies of itself, SIGTSTP and SIGCONT leave it running,
# and the idle timeout still closes it.
test_sandbox_ends_as_before() {
	skip_without_sandbox
	local status_file="$E2E_DIR/tstp.status" pid
	# not the session's leader, or curses leaves SIGTSTP alone: its handler
	# leaves curses, stops, and on SIGCONT flushes the typeahead (tcflush)
	PP_AFTER="echo \$? >$(printf %q "$status_file")" pp_start 80 24 -- "$RESUME"
	wait_tab 1
	pid=$(pp_pid)
	assert_sandboxed "$pid"
	kill -s TSTP "$pid" || fail "cannot send SIGTSTP"
	sleep 0.5 # a SIGCONT sent at once would discard the SIGTSTP unhandled
	kill -s CONT "$pid" 2>/dev/null
	key 3
	wait_tab 3
	key q
	wait_exit >/dev/null
	[[ $(cat "$status_file") == 0 ]] || fail "after SIGTSTP and SIGCONT: status $(cat "$status_file")"
	restore_after TERM 143
	# a fault's handler restores the terminal and raises it again (tgkill)
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	kill -s SEGV "$(pp_pid)" || fail "cannot send SIGSEGV"
	assert_exit 139
	pp_start 80 24 -- --idle-timeout 1 "$RESUME"
	wait_tab 1
	assert_sandboxed "$(pp_pid)"
	assert_exit 0
}
