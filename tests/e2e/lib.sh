# shellcheck shell=bash
# tests/e2e/lib.sh — helpers for the end-to-end tests (sourced by tests/e2e.sh).
#
# A private tmux server per test, pushpander started in a pane with a clean
# environment, waits that poll the screen (never fixed sleeps), and
# assertions that print the screen when they fail.
#
# Conventions:
#   T        the tmux target (session) of the pushpander under test
#   SCREEN   the last capture of T (plain text, one line per row)
#   COLS, ROWS  the size T was started with (or resized to)
# A failed assertion calls fail, which prints the message and the screen and
# exits: every test runs in a subshell, so that ends the test, not the run.
#
# Needs bash >= 5, tmux >= 3.0, jq, coreutils, grep, sed.

E2E_SOCKET="pp-test-$$" # each test has its own: see run_test
declare -A E2E_RUNNING=() # the tests running now (run_tests)
E2E_TERM=${E2E_TERM:-tmux-256color}
# Seconds a wait may take; the sanitizer build is slower.
if [[ -z ${E2E_TIMEOUT:-} ]]; then
	case $PUSHPANDER in
	*asan*) E2E_TIMEOUT=15 ;;
	*) E2E_TIMEOUT=5 ;;
	esac
fi
# The résumé the tests drive: a fixture the tests own (a copy of the seed
# résumé), never data/resume.json, which is whatever the user put there.
RESUME=tests/fixtures/seed.json
T='' SCREEN='' COLS=0 ROWS=0 TMC_OUT=''
E2E_NSESSIONS=0

# Box drawing and the selection marker, as drawn in a UTF-8 locale.
BOX_CHARS=(│ ╭ ╮ ╰ ╯ ─ ▎)
MARKER='▶'

tm() { tmux -L "$E2E_SOCKET" -f /dev/null "$@"; }

# ---- the server ----

# Starts the private server with a session that keeps it alive, and panes
# that stay after their program exits so that the exit status can be read.
# E2E_SERVER_PID becomes its process id.
e2e_server_start() {
	E2E_SERVER_PID=$(tm new-session -d -s keep -x 80 -y 24 'exec tail -f /dev/null' \; \
		set-option -g remain-on-exit on \; set-option -g status off \; \
		set-option -g history-limit 5000 \; display-message -p '#{pid}') &&
		[[ -n $E2E_SERVER_PID ]]
}

# Through the control client where there is one: a server with one
# attached does not always exit when another client asks.
e2e_server_stop() {
	local line
	if [[ -n ${E2E_CONTROL_TO:-} ]] && control_send kill-server; then
		while IFS= read -r -t "$E2E_TIMEOUT" line <&"$E2E_CONTROL_FROM"; do
			[[ $line == %exit* ]] && break
		done
		exec {E2E_CONTROL_TO}>&- {E2E_CONTROL_FROM}<&-
		E2E_CONTROL_TO='' E2E_CONTROL_FROM=''
	else
		tm kill-server >/dev/null 2>&1
	fi
}

# ---- the control client: tmux commands without starting a process ----
#
# The waits capture the screen many times a second; starting a tmux client
# for each costs more than anything else in a test.  A control-mode client
# (tmux -C, attached to the keeper) takes the commands through a pipe
# instead, and answers each with its output between "%begin" and "%end"
# (or "%error") lines; other lines starting with "%" are notifications.

# e2e_control_start DIR: starts the control client, its pipes in DIR.
e2e_control_start() {
	mkfifo "$1/.control-in" "$1/.control-out" || return 1
	(unset TMUX; exec tmux -L "$E2E_SOCKET" -f /dev/null -C attach -t keep) \
		<"$1/.control-in" >"$1/.control-out" 2>/dev/null &
	exec {E2E_CONTROL_TO}>"$1/.control-in" {E2E_CONTROL_FROM}<"$1/.control-out"
	E2E_SCREEN_FILE=$1/.screen
	control_reply # attaching's own
}

# control_send LINE: sends a line of tmux commands (each argument in single
# quotes: see tmc); control_reply reads the answer to the next command.
control_send() { printf '%s\n' "$1" >&"$E2E_CONTROL_TO"; }

# control_reply: TMC_OUT becomes the output of the next command answered,
# one string; fails if the command did, or if no answer comes in time.
control_reply() {
	local line out='' begun=0
	while IFS= read -r -t "$E2E_TIMEOUT" line <&"$E2E_CONTROL_FROM"; do
		if ((begun)); then
			case $line in
			"%end "*) TMC_OUT=${out%$'\n'}; return 0 ;;
			"%error "*) TMC_OUT=${out%$'\n'}; return 1 ;;
			%*) ;;
			*) out+=$line$'\n' ;;
			esac
		elif [[ $line == "%begin "* ]]; then
			begun=1
		elif [[ $line == %exit* ]]; then
			break
		fi
	done
	TMC_OUT="no answer from the tmux control client"
	return 2
}

# tmc COMMAND [ARG...]: runs the tmux command through the control client;
# its output in TMC_OUT.  An argument holding a single quote or a newline,
# which a quoted word of the control client's line cannot, goes through tm.
tmc() {
	local a line=$1
	if [[ -z ${E2E_CONTROL_TO:-} || $* == *[$'\n\'']* ]]; then
		TMC_OUT=$(tm "$@")
		return
	fi
	shift
	for a; do line+=" '$a'"; done
	control_send "$line" && control_reply
}

# ---- starting pushpander ----

# pp_start COLS ROWS [NAME=VALUE ...] [-- ARG ...]
# Starts $PUSHPANDER ARGs in a new COLS x ROWS pane with only this
# environment: TERM=$E2E_TERM, LANG=LC_ALL=C.UTF-8, PATH, HOME, the
# sanitizers' options; NAME=VALUE pairs are added last (so they win), and
# -NAME leaves NAME out (-TERM: no TERM at all).
# With PP_GATE=1 the program waits for Enter before it starts (so that
# pipe-pane can be set up first); PP_REDIRECT is appended to the command
# line (e.g. '</dev/null').  PP_BEFORE is shell text run in the pane just
# before (e.g. 'stty rows 0 cols 0; '), PP_WRAP words (already quoted) put
# before the command, as in "exec $PP_WRAP env -i ...".  PP_AFTER is shell
# text run in the pane after the program has ended (e.g. 'stty -a'); then
# the pane's process is a shell and pushpander its child (see pp_pid).
# Sets T, COLS, ROWS.
pp_start() {
	local cols=$1 rows=$2 cmd v e
	shift 2
	local envs=("PATH=$PATH" "HOME=${HOME:-/root}" "TERM=$E2E_TERM" LANG=C.UTF-8 LC_ALL=C.UTF-8)
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[[ -n ${!v:-} ]] && envs+=("$v=${!v}")
	done
	while (($#)) && [[ $1 != -- ]]; do
		if [[ $1 == -* ]]; then
			local -a kept=()
			for e in "${envs[@]}"; do
				[[ $e == "${1#-}="* ]] || kept+=("$e")
			done
			envs=("${kept[@]}")
		else
			envs+=("$1")
		fi
		shift
	done
	[[ ${1:-} == -- ]] && shift
	cmd="${PP_WRAP:+$PP_WRAP }$(printf '%q ' env -i "${envs[@]}" "$PUSHPANDER" "$@")${PP_REDIRECT:-}"
	if [[ -n ${PP_AFTER:-} ]]; then
		cmd="$cmd; $PP_AFTER"
		E2E_CHILD=1
	else
		cmd="exec $cmd"
		E2E_CHILD=0
	fi
	cmd="${PP_BEFORE:-}$cmd"
	[[ ${PP_GATE:-} == 1 ]] && cmd="read -r _ && { $cmd; }"
	E2E_NSESSIONS=$((E2E_NSESSIONS + 1))
	T="${E2E_TEST:-t}-$E2E_NSESSIONS"
	COLS=$cols ROWS=$rows SCREEN=
	tm new-session -d -s "$T" -x "$cols" -y "$rows" -c "$PWD" "$cmd" ||
		fail "tmux could not start: $cmd"
}

# resize COLS ROWS: resizes the window of T (the program gets SIGWINCH).
resize() {
	COLS=$1 ROWS=$2
	tm resize-window -t "$T" -x "$1" -y "$2" || fail "tmux could not resize to $1x$2"
}

# key KEY...: tmux key names (Enter, Escape, BSpace, Up, NPage, BTab, C-c …)
# or single characters.
key() { tmc send-keys -t "$T" "$@" || fail "tmux send-keys $*: $TMC_OUT"; }

# pane_format FORMAT: the tmux format (#{pane_dead} …) expanded for T.
pane_format() { tmc display-message -p -t "$T" "$1" && printf '%s' "$TMC_OUT"; }

pane_pid() { pane_format '#{pane_pid}'; }

# pp_pid: the process id of pushpander in T: the pane's process, or with
# PP_AFTER its child (waited for, since the shell starts it).
pp_pid() {
	local p c end
	local -a kids
	p=$(pane_pid) || fail "no pane for $T"
	if [[ ${E2E_CHILD:-0} != 1 ]]; then
		printf '%s' "$p"
		return
	fi
	end=$(($(now_us) + E2E_TIMEOUT * 1000000))
	while :; do
		kids=()
		read -r -a kids <"/proc/$p/task/$p/children" 2>/dev/null
		for c in "${kids[@]}"; do
			if [[ $(readlink "/proc/$c/exe" 2>/dev/null) == "$(readlink -f "$PUSHPANDER")" ]]; then
				printf '%s' "$c"
				return
			fi
		done
		past "$end" && fail "pushpander did not start under the pane's shell (pid $p)"
		nap 0.05
	done
}

# ---- processes (from /proc) ----

# proc_state PID: the state letter of PID (R, S, Z, T …), or nothing once
# it is gone.
proc_state() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	stat=${stat##*) }
	printf '%s' "${stat%% *}"
}

# proc_ended PID: gone, or a zombie (it has exited; no one reaped it yet).
proc_ended() { local s; s=$(proc_state "$1"); [[ -z $s || $s == Z || $s == X ]]; }

# proc_cpu PID: user + system CPU time of PID in clock ticks, all threads.
proc_cpu() {
	local stat
	local -a fields
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
	# the fields after the command's ")": the state, ..., utime and
	# stime are the 12th and 13th (fields 14 and 15 of proc(5))
	read -r -a fields <<<"${stat##*) }"
	printf '%s' "$((fields[11] + fields[12]))"
}

# proc_switches PID: context switches of every thread of PID so far; it
# grows each time the process wakes up, even for a moment.
proc_switches() {
	awk '/^(non)?voluntary_ctxt_switches:/ { n += $2 } END { printf "%d", n }' \
		/proc/"$1"/task/*/status 2>/dev/null
}

# proc_rss_kb PID: resident memory of PID in KiB.
proc_rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB$/\1/p' "/proc/$1/status" 2>/dev/null; }

# ---- the bytes written to the terminal ----

# pp_record FILE COLS ROWS [NAME=VALUE ...] [-- ARG ...]: as pp_start, with
# every byte the pane's programs write to the terminal appended to FILE
# from before pushpander starts (tmux pipe-pane; PP_GATE is implied).
pp_record() {
	local file=$1
	shift
	: >"$file"
	PP_GATE=1 pp_start "$@"
	tm pipe-pane -o -t "$T" "cat >>$(printf '%q' "$file")" || fail "tmux pipe-pane failed"
	key Enter
}

# hex_of FILE: the bytes of FILE as " xx xx xx" on one line, so that byte
# sequences can be looked for wherever they fall.
hex_of() { od -An -v -tx1 "$1" | tr -s ' \n' '  '; printf ' '; }

# has_bytes FILE "xx xx ...": FILE contains this sequence of bytes.
has_bytes() { [[ $(hex_of "$1") == *" $2 "* ]]; }

# wait_bytes FILE "xx xx ..." [WHAT]: until FILE contains the bytes (the
# pipe to FILE runs behind the screen).
wait_bytes() {
	local end=$(($(now_us) + E2E_TIMEOUT * 1000000))
	until has_bytes "$1" "$2"; do
		past "$end" && fail "timed out waiting for ${3:-the bytes $2} in $1: $(tail -c 200 "$1" | cat -v)"
		nap 0.05
	done
}

# hex_str TEXT: TEXT's bytes as "xx xx …" (for has_bytes).
hex_str() { printf '%s' "$1" | od -An -v -tx1 | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }


# repainted_at COLS: the status line shows the scroll position right-aligned
# for COLS columns -- true only once pushpander has repainted after a
# resize (tmux only cuts or pads the old rows).  Needs a document longer
# than the screen.
repainted_at() {
	local s
	s=$(status_row)
	[[ $s =~ (Top|Bot|[0-9]+%)$ ]] && (($(width_of <<<"$s") == $1 - 1))
}

# ---- the screen ----

# capture: SCREEN becomes what T shows now (as "capture-pane -p" prints
# it, without the blank lines at the end); E2E_DEAD is 1 once it exited.
# Through the control client, into a tmux buffer and a file.
capture() {
	control_send "display-message -p -t '$T' '#{pane_dead}' ; capture-pane -t '$T' -b e2e-screen ; save-buffer -b e2e-screen '$E2E_SCREEN_FILE'"
	control_reply || fail "tmux cannot capture $T: $TMC_OUT"
	E2E_DEAD=$TMC_OUT
	control_reply && control_reply || fail "tmux cannot capture $T: $TMC_OUT"
	IFS= read -r -d '' SCREEN <"$E2E_SCREEN_FILE"
	SCREEN=${SCREEN%"${SCREEN##*[!$'\n']}"}
	screen_rows
}

# capture_escapes: the screen with its attributes as SGR sequences.
capture_escapes() { tm capture-pane -p -e -t "$T"; }

# screen_rows: SCREEN_ROWS becomes SCREEN's lines (split again only when
# SCREEN changed: the waits call this many times a second).
SCREEN_ROWS=() SCREEN_ROWS_OF=
screen_rows() {
	[[ $SCREEN == "$SCREEN_ROWS_OF" && ${#SCREEN_ROWS[@]} -gt 0 ]] && return
	mapfile -t SCREEN_ROWS <<<"$SCREEN"
	SCREEN_ROWS_OF=$SCREEN
}

# row_at N: ROW becomes line N (from 0) of SCREEN; negative N counts from
# the bottom row.  row N prints it.
row_at() {
	local n=$1
	screen_rows
	((n < 0)) && n=$((ROWS + n))
	ROW=${SCREEN_ROWS[n]:-}
}
row() { row_at "$1"; printf '%s' "$ROW"; }

status_row() { row -1; }

# body: the rows between the rule and the status line, as the document
# has them: from 101 to 139 columns the column of 100 is centred, and its
# indent is taken off.
body() {
	local i cut=0
	((COLS > 100 && COLS < 140)) && cut=$(((COLS - 100) / 2))
	screen_rows
	for ((i = 2; i < ROWS - 1; i++)); do
		printf '%s\n' "${SCREEN_ROWS[i]:$cut}"
	done
}

# norm_into TEXT: NORM becomes TEXT with box drawing and the marker turned
# into spaces, lines joined, runs of white space collapsed, no space at
# either end.  In bash alone: the waits call it many times a second.
# Byte by byte (LC_ALL=C): replacing a set of characters is quadratic in
# a UTF-8 locale, each one on its own is not.
norm_into() {
	local - s=$1 c LC_ALL=C IFS=$' \t\n'
	local -a words
	for c in "${BOX_CHARS[@]}" "$MARKER"; do s=${s//"$c"/ }; done
	set -f
	# shellcheck disable=SC2206 # split at white space, no globbing
	words=($s)
	IFS=' '
	NORM="${words[*]}"
}

# norm: stdin normalised as norm_into does.  norm_str TEXT: TEXT so.
norm() {
	local text
	IFS= read -r -d '' text
	norm_into "$text"
	printf '%s\n' "$NORM"
}
norm_str() { norm_into "$1"; printf '%s\n' "$NORM"; }

# width_of: the display width of the widest line of stdin.
width_of() { wc -L | tr -d ' '; }

# ---- conditions on SCREEN (for wait_until) ----

# (An empty TEXT is a mistake in the test, e.g. a jq filter that failed.)
has() { need_text "$1" && [[ $SCREEN == *"$1"* ]]; }
lacks() { need_text "$1" && [[ $SCREEN != *"$1"* ]]; }
has_text() {
	local want
	need_text "$1" && norm_into "$1" && want=$NORM && norm_into "$SCREEN" && [[ $NORM == *"$want"* ]]
}
need_text() { [[ -n $1 ]] || fail "the test looks for an empty text"; }
row_matches() { row_at "$1"; [[ $ROW =~ $2 ]]; }
status_matches() { row_at -1; [[ $ROW =~ $1 ]]; }
screen_is() { [[ $SCREEN == "$1" ]]; }
screen_is_not() { [[ $SCREEN != "$1" ]]; }

# ---- waiting ----

now_us() { local t=${EPOCHREALTIME/./}; printf '%s' "$((10#$t))"; }

# past END: the time (in microseconds, as now_us) is after END.
past() { local t=${EPOCHREALTIME/./}; ((10#$t > $1)); }

# nap SECONDS: the pause between two polls, without starting a process
# (a read that times out on a pipe nothing writes to).
exec {E2E_NAP_FD}<> <(:)
nap() { read -r -t "$1" -u "$E2E_NAP_FD" _ || :; }

# wait_until WHAT CONDITION [ARG...]
# Polls the screen every 0.05 s until CONDITION holds on two identical
# captures in a row (so that a half-painted screen does not count), or
# fails after WAIT_TIMEOUT (default E2E_TIMEOUT) seconds, or as soon as
# pushpander exits (unless WAIT_DEAD_OK=1).
wait_until() {
	local what=$1
	shift
	local timeout=${WAIT_TIMEOUT:-$E2E_TIMEOUT}
	local end=$(($(now_us) + timeout * 1000000)) prev='' held=0
	while :; do
		capture
		if "$@"; then
			if ((held)) && [[ $SCREEN == "$prev" ]]; then
				return 0
			fi
			held=1 prev=$SCREEN
		else
			held=0
			if [[ $E2E_DEAD == 1 && ${WAIT_DEAD_OK:-} != 1 ]]; then
				fail "pushpander exited ($(dead_status)) while waiting for $what"
			fi
		fi
		if past "$end"; then
			fail "timed out after ${timeout}s waiting for $what"
		fi
		nap 0.05
	done
}

wait_for() { WAIT_TIMEOUT=${2:-${WAIT_TIMEOUT:-}} wait_until "\"$1\" on the screen" has "$1"; }
wait_gone() { WAIT_TIMEOUT=${2:-${WAIT_TIMEOUT:-}} wait_until "\"$1\" to go" lacks "$1"; }
wait_text() { wait_until "the text \"$1\" (white space and borders ignored)" has_text "$1"; }
wait_row() { wait_until "row $1 to match /$2/" row_matches "$1" "$2"; }
wait_status() { wait_until "the status line to match /$1/" status_matches "$1"; }

# wait_change: until the screen differs from SCREEN as last captured.
wait_change() {
	local before=$SCREEN
	wait_until "the screen to change after ${1:-the last key}" screen_is_not "$before"
}

# press KEY [WHAT]: sends KEY and waits until the screen changes.
press() {
	capture
	key "$1"
	wait_change "${2:-key $1}"
}

# dead_status: "status N" or "signal N" of the exited program.
dead_status() {
	local s
	s=$(pane_format '#{pane_dead_status}/#{pane_dead_signal}')
	if [[ $s == /* ]]; then printf 'signal %s' "${s#/}"; else printf 'status %s' "${s%/*}"; fi
}

# wait_exit [TIMEOUT]: until pushpander has exited; EXIT_STATUS becomes its
# exit status (128 + N after signal N), which is also returned.
wait_exit() {
	local timeout=${1:-$E2E_TIMEOUT} s polls=0
	local end=$(($(now_us) + timeout * 1000000))
	while :; do
		tmc display-message -p -t "$T" '#{pane_dead}/#{pane_dead_status}/#{pane_dead_signal}'
		s=$TMC_OUT
		case $s in
		1/[0-9]*/*) EXIT_STATUS=${s#1/} EXIT_STATUS=${EXIT_STATUS%/*}; break ;;
		1//[0-9]*) EXIT_STATUS=$((128 + ${s##*/})); break ;;
		1//)
			# tmux 3.3a sometimes misses the SIGCHLD and leaves the
			# program a zombie; any other child's exit makes it reap
			# them all
			if ((++polls % 5 == 0)); then tm run-shell true; fi
			;;
		esac
		if past "$end"; then
			capture
			fail "timed out after ${timeout}s waiting for pushpander to exit"
		fi
		nap 0.05
	done
	capture
	if [[ $SCREEN == *Sanitizer* || $SCREEN == *"runtime error"* ]]; then
		fail "the sanitizer reported an error"
	fi
	return "$EXIT_STATUS"
}

# barrier: proves that the keys sent before it were all handled, by
# opening and closing the help and waiting for each.  Use it before
# asserting that a key changed nothing.
barrier() {
	key '?'
	wait_for ' Keys '
	key '?'
	wait_gone ' Keys '
}

# ---- assertions ----

# fail MESSAGE: prints MESSAGE and the screen, and ends the test.
fail() {
	local i=0 line
	{
		printf '  FAIL: %s\n' "$1"
		if [[ -n $T && -n ${SCREEN+x} ]]; then
			printf '  screen of %s (%sx%s):\n' "$T" "$COLS" "$ROWS"
			while IFS= read -r line; do
				printf '  %2d|%s\n' "$i" "$line"
				i=$((i + 1))
			done <<<"$SCREEN"
		fi
	} >&2
	exit 1
}

# note: a line in the test's output that is not a failure.
note() { printf '  note: %s\n' "$*" >&2; }

# skip REASON: the test does not apply here.
skip() {
	printf '  skip: %s\n' "$1" >&2
	exit 77
}

assert_has() { has "$1" || fail "${2:-expected \"$1\" on the screen}"; }
assert_lacks() { lacks "$1" || fail "${2:-did not expect \"$1\" on the screen}"; }
assert_text() { has_text "$1" || fail "${2:-expected the text \"$1\" on the screen (white space and borders ignored)}"; }
assert_row() { row_matches "$1" "$2" || fail "${3:-row $1 should match /$2/, it is \"$(row "$1")\"}"; }
assert_status() { status_matches "$1" || fail "${2:-the status line should match /$1/, it is \"$(status_row)\"}"; }

assert_eq() {
	[[ $1 == "$2" ]] || fail "${3:-expected}: got \"$1\", expected \"$2\""
}

# assert_exit N: pushpander exits (now or soon) with status N.
assert_exit() {
	wait_exit "${2:-}"
	[[ $EXIT_STATUS == "$1" ]] || fail "exit status $EXIT_STATUS, expected $1"
}

assert_alive() {
	capture
	[[ $E2E_DEAD != 1 ]] || fail "pushpander exited ($(dead_status)); it should still run"
}

# assert_fits: no line of the screen is wider than the pane.
assert_fits() {
	local w
	w=$(width_of <<<"$SCREEN")
	((w <= COLS)) || fail "a line is $w columns wide on a $COLS-column screen"
}

# assert_boxes_closed: every box row drawn on the screen has its right
# border (nothing cut off at the right edge), with a blank column before
# it as on the left (text does not run into it).
assert_boxes_closed() {
	local line t n=0
	while IFS= read -r line; do
		n=$((n + 1))
		t=${line%"${line##*[! ]}"}                      # trailing spaces off
		case $t in
		*╭*) [[ $t == *╮ ]] || fail "row $((n + 1)): a box's top edge is not closed: \"$t\"" ;;
		*╰*) [[ $t == *╯ ]] || fail "row $((n + 1)): a box's bottom edge is not closed: \"$t\"" ;;
		*│*│)
			[[ $t == *' │' ]] || fail "row $((n + 1)): text runs into a box's right border: \"$t\"" ;;
		*│*) fail "row $((n + 1)): a box's right border is missing: \"$t\"" ;;
		esac
	done < <(body)
}

# assert_marker_on TEXT: exactly one row carries the selection marker, and
# it is the row with TEXT (a card's top edge).
assert_marker_on() {
	local rows
	rows=$(grep -c "^ *$MARKER" <<<"$SCREEN")
	[[ $rows == 1 ]] || fail "expected one row with the marker $MARKER, found $rows"
	[[ $(grep "^ *$MARKER" <<<"$SCREEN") == *"$1"* ]] ||
		fail "the marker is not on the row with \"$1\": $(grep "^ *$MARKER" <<<"$SCREEN")"
}

# ---- the résumé ----

# J FILTER: jq -r FILTER on the résumé.
J() { jq -r "$1" "$RESUME"; }

# fmt_date DATE [month]: as the screens show dates: "2 Feb 2024" for a
# day or a timestamp, "Feb 2024" for a month (or, with "month", in a
# range, where days are left out), "2019" as it is.
fmt_date() {
	local -a months=(Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
	if [[ $1 =~ ^([0-9]{4})-([0-9]{2})-([0-9]{2})(T[0-9:.+Z-]*)?$ && -z ${2:-} ]]; then
		printf '%d %s %s' "$((10#${BASH_REMATCH[3]}))" "${months[10#${BASH_REMATCH[2]} - 1]}" "${BASH_REMATCH[1]}"
	elif [[ $1 =~ ^([0-9]{4})-([0-9]{2})(-[0-9]{2})?$ ]]; then
		printf '%s %s' "${months[10#${BASH_REMATCH[2]} - 1]}" "${BASH_REMATCH[1]}"
	else
		printf '%s' "$1"
	fi
}

TAB_TITLES=(About Projects History Incidents Testimonials Stack Contact)
# The tab bar, as a regex: every tab named, ruled (wide) or spaced (80
# columns); and below 80, every number with only tab N named.
TAB_BAR_RULED='^ 1 About │ 2 Projects │ 3 History │ 4 Incidents │ 5 Testimonials │ 6 Stack │ 7 Contact *$'
TAB_BAR_SPACED='^ 1 About  2 Projects  3 History  4 Incidents  5 Testimonials  6 Stack  7 Contact *$'
tab_bar_numbers() {
	local i bar='^'
	for i in 1 2 3 4 5 6 7; do
		bar+=" $i"
		((i == $1)) && bar+=" ${TAB_TITLES[i - 1]}"
		((i < 7)) && bar+=" "
	done
	printf '%s *$' "$bar"
}
# Text only the top of each tab shows.
TAB_HEADINGS=("HEY, I'M" "SELECTED PROJECTS" "WORK HISTORY" "STRESS RELIEF"
	"WHAT FOLKS SAY" "TECH STACK" "HIRE ME")

# on_tab N (1-7): the screen shows tab N's heading and no other's.
on_tab() {
	local i
	has "${TAB_HEADINGS[$1 - 1]}" || return 1
	for i in "${!TAB_HEADINGS[@]}"; do
		((i == $1 - 1)) && continue
		lacks "${TAB_HEADINGS[i]}" || return 1
	done
}

wait_tab() { wait_until "tab $1 (${TAB_TITLES[$1 - 1]}: \"${TAB_HEADINGS[$1 - 1]}\" alone)" on_tab "$1"; }

# ---- walking every screen ----

# The position indicator on the status line: Top, Bot, NN%, or nothing
# when the document fits.
scroll_pos() {
	local s
	s=$(status_row)
	if [[ $s =~ (Top|Bot|[0-9]+%)[[:space:]]*$ ]]; then
		printf '%s' "${BASH_REMATCH[1]}"
	fi
}

# at_top: the document shown is at its top (or fits the screen).
at_top() { local p; p=$(scroll_pos); [[ -z $p || $p == Top ]]; }

# collect_pages FILE: pages through the document shown (PgDn until the
# status line says Bot, or there is nothing to scroll) and appends its
# lines to FILE, each once: consecutive pages overlap, and the overlap is
# found by comparing lines (marker ignored).  Every raw capture is
# appended to FILE.raw.
collect_pages() {
	local file=$1 pos k n i match
	local -a acc page cmp_acc cmp_page
	mapfile -t acc < <(body)
	printf '%s\n' "$SCREEN" >>"$file.raw"
	pos=$(scroll_pos)
	while [[ -n $pos && $pos != Bot ]]; do
		press NPage "PgDn at $pos"
		printf '%s\n' "$SCREEN" >>"$file.raw"
		mapfile -t page < <(body)
		# the largest k for which the last k lines so far are the first k
		# of this page
		cmp_acc=("${acc[@]/#"$MARKER"/ }")
		cmp_page=("${page[@]/#"$MARKER"/ }")
		n=${#page[@]}
		((n > ${#acc[@]})) && n=${#acc[@]}
		match=0
		for ((k = n; k >= 1; k--)); do
			match=1
			for ((i = 0; i < k; i++)); do
				if [[ ${cmp_acc[${#acc[@]} - k + i]} != "${cmp_page[i]}" ]]; then
					match=0
					break
				fi
			done
			((match)) && break
		done
		((match)) || k=0
		acc+=("${page[@]:k}")
		pos=$(scroll_pos)
	done
	printf '%s\n' "${acc[@]}" >>"$file"
}

# walk_any FILE: as walk_all, for any résumé: every tab the tab bar names
# (at a width where it names them all), paged to the bottom, and on a tab
# of cards (its status line counts them) every card opened and paged.
walk_any() {
	local file=$1 tab ntabs n i
	: >"$file"
	: >"$file.raw"
	ntabs=$(row 0 | grep -oE '(^| )[1-9] ' | wc -l)
	((ntabs >= 1)) || fail "no tabs on the tab bar: $(row 0)"
	for ((tab = 1; tab <= ntabs; tab++)); do
		key "$tab" g
		barrier
		collect_pages "$file"
		key g
		barrier
		[[ $(status_row) =~ \ 1/([0-9]+)(\ |$) ]] || continue
		n=${BASH_REMATCH[1]}
		key Enter
		for ((i = 1; i <= n; i++)); do
			((i > 1)) && key Right
			wait_row 1 "^── [^›]+ › "
			barrier
			collect_pages "$file"
		done
		key Escape
		wait_status " $n/$n( |\$)"
	done
}

# show_tab_top N: switches to tab N and shows its top.
show_tab_top() {
	key "$1"
	if ((COLS >= 80)); then
		wait_tab "$1"
	else # the heading may be scrolled off; the tab bar says where we are
		wait_row 0 " $1 ${TAB_TITLES[$1 - 1]}( |\$)"
	fi
	key g
	wait_until "the top of tab $1" at_top
}

# walk_all FILE: every tab of the résumé at the current size, each paged to
# the bottom, and every card of each opened and paged to the bottom; the
# documents' lines go to FILE, every capture to FILE.raw.  ASCII is true in
# an ASCII locale (for the breadcrumb).
walk_all() {
	local file=$1 tab i n name sep='›'
	[[ ${2:-} == ascii ]] && sep='>'
	: >"$file"
	: >"$file.raw"
	for tab in 1 2 3 4 5 6 7; do
		show_tab_top "$tab"
		collect_pages "$file"
		case $tab in
		2) n=$(J '.projects | length') ;;
		3) n=$(J '.work | length') ;;
		4) n=$(J '.incidents | length') ;;
		*) continue ;;
		esac
		key g
		wait_status " 1/$n "
		key Enter
		for ((i = 0; i < n; i++)); do
			case $tab in
			2) name=$(J ".projects[$i].name") ;;
			3) name=$(J ".work[$i].name") ;;
			4) name=$(J ".incidents[$i].id") ;;
			esac
			((i > 0)) && key Right
			wait_row 1 "${TAB_TITLES[tab - 1]} $sep $(re_quote "$name") "
			collect_pages "$file"
		done
		key Escape
		wait_status " $n/$n "
	done
}

# re_quote TEXT: TEXT as an extended regular expression matching itself.
# shellcheck disable=SC2016 # the $ is a character to quote
re_quote() { sed 's/[][\.*^$(){}?+|/]/\\&/g' <<<"$1"; }

# ---- running a suite (tests/e2e.sh, tests/ssh.sh) ----

# select_tests SUITE [NAME...]: SELECTED gets the NAMEs, or every test in
# TESTS without any; a NAME that is no test_NAME is an error, reported in
# the suite's summary form.
select_tests() {
	local suite=$1 name
	shift
	for name in "$@"; do
		if ! declare -F "test_$name" >/dev/null; then
			echo "$suite: no test named '$name' (see $0 --list)" >&2
			echo "$suite: 0 passed, 1 failed"
			return 1
		fi
	done
	if (($#)); then SELECTED=("$@"); else SELECTED=("${TESTS[@]}"); fi
}

# run_tests SUITE ROOT WHERE [JOBS]: runs the SELECTED tests, up to JOBS
# (default 1) at a time, each in a subshell of its own with its own tmux
# server and E2E_DIR=ROOT/NAME made for its files (see run_test).  What a
# test prints is kept in ROOT/NAME/log and shown, with its ok/FAIL/skip
# line, when it ends, so that the lines of parallel tests do not mix.  Then
# the summary, with WHERE after the names of any that failed; the last line
# is "SUITE: N passed, M failed".  Fails if one did.
run_tests() {
	local suite=$1 root=$2 where=$3 jobs=${4:-1} name rc took ended next=0 passed=0 failed=0 skipped=0
	local -a failures=()
	local -A started=()
	((jobs >= 1)) || jobs=1
	# each test writes its name here when it ends: a read that blocks
	# until one does
	rm -f "$root/.ended" && mkfifo "$root/.ended" && exec {ended}<>"$root/.ended" || return 1
	E2E_RUNNING=() # name: pid
	while ((next < ${#SELECTED[@]} || ${#E2E_RUNNING[@]})); do
		if ((next < ${#SELECTED[@]} && ${#E2E_RUNNING[@]} < jobs)); then
			name=${SELECTED[next++]}
			mkdir -p "$root/$name"
			started[$name]=$(now_us)
			{
				run_test "$root/$name" "$name" >"$root/$name/log" 2>&1 {ended}>&-
				rc=$?
				printf '%s\n' "$name" >&"$ended"
				exit "$rc"
			} &
			E2E_RUNNING[$name]=$!
			continue
		fi
		read -r -u "$ended" name || return 1
		wait "${E2E_RUNNING[$name]}"
		rc=$?
		unset "E2E_RUNNING[$name]"
		took=$((($(now_us) - started[$name]) / 100000))
		took="$((took / 10)).$((took % 10))s"
		cat "$root/$name/log"
		case $rc in
		0) passed=$((passed + 1)); echo "ok   $name ($took)" ;;
		77) skipped=$((skipped + 1)); echo "skip $name" ;;
		*) failed=$((failed + 1)); failures+=("$name"); echo "FAIL $name ($took)" ;;
		esac
	done
	exec {ended}>&-
	((skipped)) && echo "$suite: $skipped skipped"
	((failed)) && echo "$suite: failed: ${failures[*]} ($where)"
	echo "$suite: $passed passed, $failed failed"
	((failed == 0))
}

# run_test DIR NAME: test_NAME with E2E_DIR=DIR, on a tmux server of its
# own (its process id in DIR/.tmux-pid), between the hooks; its status is
# the test's.
run_test() {
	local rc
	E2E_DIR=$1 E2E_SOCKET=$(e2e_socket "$2")
	if ! e2e_server_start || ! printf '%s\n' "$E2E_SERVER_PID" >"$E2E_DIR/.tmux-pid" ||
		! e2e_control_start "$E2E_DIR"; then
		echo "  FAIL: cannot start tmux: $TMC_OUT"
		e2e_server_stop
		return 1
	fi
	if declare -F before_test >/dev/null; then before_test; fi
	(E2E_TEST=$2 "test_$2")
	rc=$?
	e2e_server_stop
	if declare -F after_test >/dev/null; then after_test; fi
	return "$rc"
}

# e2e_socket NAME: the tmux socket of test NAME in this run.
e2e_socket() { printf 'pp-test-%s-%s' "$$" "$1"; }

# e2e_stop_running ROOT: stops the tests still running, and their tmux
# servers (for an EXIT trap: an interrupted run leaves nothing behind), and
# removes the run's sockets, which tmux 3.3 leaves behind.
e2e_stop_running() {
	local name pid
	for name in "${!E2E_RUNNING[@]}"; do
		kill "${E2E_RUNNING[$name]}" 2>/dev/null
		E2E_SOCKET=$(e2e_socket "$name") E2E_CONTROL_TO='' e2e_server_stop
		read -r pid 2>/dev/null <"$1/$name/.tmux-pid" && kill -KILL "$pid" 2>/dev/null
	done
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$UID/$(e2e_socket '')"*
}
