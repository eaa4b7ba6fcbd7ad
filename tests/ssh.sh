#!/usr/bin/env bash
# tests/ssh.sh — end-to-end test of serving pushpander over OpenSSH: a real
# sshd, configured by contrib/install-ssh with the shipped snippet, and the
# real ssh client, browsing in tmux and trying everything the account must
# refuse.
#
# usage: [PUSHPANDER=./pushpander] tests/ssh.sh [--list] [TEST...]
#
# Needs root (it creates a throwaway account, pp-test-PID); otherwise it
# prints "ssh: skipped (not root)" and exits 0.  Its sshd is its own child,
# on 127.0.0.1 and a free port between 20000 and 60000, with its own host
# key, PidFile and configuration in a temporary directory: a copy of
# /etc/ssh/sshd_config (Debian's) whose Include names the directory
# install-ssh writes the snippet to.  Besides the account, nothing on the
# machine is changed, but /run/sshd is made if missing (sshd needs it).
# Everything is torn down on exit; the directory is kept when a test fails.
#
# Some checks run alongside the others: a connection that never logs in
# (LoginGraceTime) and one that logs in but opens nothing
# (UnusedConnectionTimeout) are started early and looked at last.
#
# SSH_TEST_TAMPER: a sed script applied to the installed snippet before
# sshd starts, to see the assertions fail (e.g. 's/^    DisableForwarding
# yes/    DisableForwarding no/').
#
# Ends with the line "ssh: N passed, M failed".
# Needs bash >= 5, openssh-server, openssh-client, tmux, jq, coreutils,
# procps, grep, sed.

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset TMUX NO_COLOR
PUSHPANDER=${PUSHPANDER:-./pushpander}
# Seconds a wait may take: ssh adds a connection to every start.
E2E_TIMEOUT=${E2E_TIMEOUT:-10}
SSHD=/usr/sbin/sshd

# shellcheck source=tests/e2e/lib.sh
. tests/e2e/lib.sh

ACCOUNT=pp-test-$$
TMPD='' DIR='' PORT='' SSHD_PID='' AGENT_PID='' MADE_RUN_SSHD=0
# The dedicated sshd (install-ssh --mode instance), for an account of its
# own, at most ISESSIONS sessions at a time.
IACCOUNT=pp-inst-$$ IPORT='' ISSHD_PID='' ISESSIONS=3
# The settings the snippet gives the account that the tests rely on.
GRACE=20 UNUSED=10

# ---- running ssh ----

# The client, isolated from the caller's ~/.ssh and agent: no
# configuration, no known hosts, never a prompt.
ssh_opts() {
	SSH_OPTS=(-F /dev/null -p "$PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
		-o BatchMode=yes -o ConnectTimeout=5 -o LogLevel=ERROR -o IdentitiesOnly=yes
		-o IdentityFile=none)
	HOST=$ACCOUNT@127.0.0.1
}

# client_env [NAME=VALUE ...]: the environment every client runs in.
client_env() {
	CLIENT_ENV=(env -i "PATH=$PATH" "HOME=$TMPD/client" LANG=C.UTF-8 LC_ALL=C.UTF-8 "$@")
}

# split_envs [NAME=VALUE ...] [--] ARG...: ENVS gets the NAME=VALUEs in
# front, ARGS the rest.
split_envs() {
	ENVS=()
	while (($#)) && [[ $1 == *=* && $1 != -* ]]; do
		ENVS+=("$1")
		shift
	done
	[[ ${1:-} == -- ]] && shift
	ARGS=("$@")
}

# sshc [NAME=VALUE ...] [-- ] SSH-ARG...: runs ssh without a terminal,
# stdin /dev/null.  Sets RC, OUT, ERR.
sshc() {
	split_envs "$@"
	client_env "${ENVS[@]}"
	CLI_ARGS="ssh ${ARGS[*]}"
	timeout 20 "${CLIENT_ENV[@]}" ssh "${SSH_OPTS[@]}" "${ARGS[@]}" </dev/null >"$DIR/out" 2>"$DIR/err"
	RC=$?
	OUT=$(tr -d '\0' <"$DIR/out")
	ERR=$(tr -d '\0' <"$DIR/err")
}

# ssh_bg NAME SSH-ARG...: starts ssh in the background, stopped when the
# test ends; its output goes to $DIR/NAME.out and .err.  Sets BG_PID.
ssh_bg() {
	local name=$1
	shift
	client_env
	# (at LogLevel INFO, the client says when the server refuses a channel)
	timeout 60 "${CLIENT_ENV[@]}" ssh -o LogLevel=INFO "${SSH_OPTS[@]}" "$@" </dev/null \
		>"$DIR/$name.out" 2>"$DIR/$name.err" &
	BG_PID=$!
	echo "$BG_PID" >>"$DIR/bg.pids"
}

cli_fail() {
	printf '  FAIL: %s\n  %s: status %s\n  stdout: %s\n  stderr: %s\n' \
		"$1" "$CLI_ARGS" "$RC" "$(head -c 1500 <<<"$OUT")" "$(head -c 1500 <<<"$ERR")" >&2
	exit 1
}
assert_rc() { [[ $RC == "$1" ]] || cli_fail "exit status $RC, expected $1"; }
out_has() { [[ $OUT == *"$1"* ]] || cli_fail "${2:-expected \"$1\" on standard output}"; }
out_lacks() { [[ $OUT != *"$1"* ]] || cli_fail "${2:-did not expect \"$1\" on standard output}"; }
err_has() { [[ $ERR == *"$1"* ]] || cli_fail "${2:-expected \"$1\" on standard error}"; }

# tui_start [NAME=VALUE ...] [--] SSH-ARG...: ssh -tt HOST in a new 80x24
# tmux pane, TERM=$E2E_TERM, with the locale sent along (Debian's sshd
# accepts LANG and LC_*).  Sets T, COLS, ROWS.
tui_start() {
	local cmd
	split_envs "$@"
	client_env "TERM=$E2E_TERM" "${ENVS[@]}"
	cmd="exec $(printf '%q ' "${CLIENT_ENV[@]}" ssh "${SSH_OPTS[@]}" -o SendEnv=LANG -o SendEnv=LC_ALL -tt "${ARGS[@]}" "$HOST")"
	E2E_NSESSIONS=$((E2E_NSESSIONS + 1))
	T="${E2E_TEST:-t}-$E2E_NSESSIONS"
	COLS=80 ROWS=24 SCREEN=
	tm new-session -d -s "$T" -x 80 -y 24 -c "$TMPD" "$cmd" || fail "tmux could not start: $cmd"
}

# ---- waiting ----

# poll SECONDS COMMAND...: until COMMAND succeeds, every 0.05 s; fails
# (returns 1) after SECONDS.
poll() {
	local end=$(($(now_us) + $1 * 1000000))
	shift
	until "$@"; do
		past "$end" && return 1
		nap 0.05
	done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port: a port between 20000 and 60000 that nothing listens on.
free_port() {
	local p
	while :; do
		p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
		port_open "$p" || break
	done
	printf '%s' "$p"
}

account_procs() { pgrep -u "$ACCOUNT" 2>/dev/null; }
no_account_procs() { ! pgrep -u "$ACCOUNT" >/dev/null 2>&1; }

# The number of times sshd said it listens: one more after each reload.
listening_count() { grep -c "^Server listening on 127.0.0.1 port $PORT" "$TMPD/sshd.log"; }
listened_more_than() { (($(listening_count) > $1)); }

# ---- setup and teardown ----

install_ssh() {
	contrib/install-ssh --mode shared --user "$ACCOUNT" --bin "$TMPD/pp/pushpander" --home "$TMPD/home" \
		--snippet "$TMPD/sshd_config.d/pushpander-$ACCOUNT.conf" --sshd-config "$TMPD/sshd_config" \
		--key "$TMPD/visitor-key" --slots-dir "$TMPD/slots" --limits "$TMPD/limits.conf" "$@"
}

setup() {
	local f
	for f in "$SSHD" /usr/bin/ssh /usr/bin/ssh-keygen /usr/bin/ssh-agent /usr/bin/tmux /usr/bin/jq; do
		[[ -x $f ]] || { echo "ssh: needs $f (make deps)" >&2; return 1; }
	done
	[[ -x $PUSHPANDER ]] || { echo "ssh: no executable $PUSHPANDER (build it first)" >&2; return 1; }
	[[ -r /etc/ssh/sshd_config ]] || { echo "ssh: no /etc/ssh/sshd_config (apt-get install openssh-server)" >&2; return 1; }
	! getent passwd "$ACCOUNT" >/dev/null || { echo "ssh: an account $ACCOUNT exists already" >&2; return 1; }
	TMPD=$(mktemp -d "${TMPDIR:-/tmp}/pushpander-ssh.XXXXXX") || return 1
	# the account must reach its home and pushpander in here
	chmod 755 "$TMPD"
	mkdir -p "$TMPD/pp/data" "$TMPD/sshd_config.d" "$TMPD/client" "$TMPD/marker" || return 1
	chmod 700 "$TMPD/client"
	cp "$PUSHPANDER" "$TMPD/pp/pushpander" && cp "$RESUME" "$TMPD/pp/data/resume.json" || return 1
	ssh-keygen -q -t ed25519 -N '' -C "tests/ssh.sh host key" -f "$TMPD/host_key" || return 1
	for f in agent_key wrong1 wrong2; do
		ssh-keygen -q -t ed25519 -N '' -C "tests/ssh.sh $f" -f "$TMPD/$f" || return 1
	done
	if [[ ! -d /run/sshd ]]; then
		install -d -m 755 /run/sshd && MADE_RUN_SSHD=1
	fi
	# Debian's configuration as it is, with its Include pointed here and
	# nothing that would make this sshd listen elsewhere or use the host's
	# keys
	{
		printf '# tests/ssh.sh: the sshd of one run, on 127.0.0.1 only\n'
		printf 'HostKey %s\nPidFile %s\n' "$TMPD/host_key" "$TMPD/sshd.pid"
		grep -q '^Include /etc/ssh/sshd_config.d/\*\.conf' /etc/ssh/sshd_config ||
			printf 'Include %s/sshd_config.d/*.conf\n' "$TMPD"
		sed -E -e "s|^Include /etc/ssh/sshd_config.d/\*\.conf|Include $TMPD/sshd_config.d/*.conf|" \
			-e '/^[[:space:]]*(ListenAddress|Port|HostKey|PidFile)[[:space:]]/Id' /etc/ssh/sshd_config
	} >"$TMPD/sshd_config"
	install_ssh >"$TMPD/install.log" 2>&1 || {
		echo "ssh: contrib/install-ssh failed:" >&2
		cat "$TMPD/install.log" >&2
		return 1
	}
	if [[ -n ${SSH_TEST_TAMPER:-} ]]; then
		sed -i "$SSH_TEST_TAMPER" "$TMPD/sshd_config.d/pushpander-$ACCOUNT.conf"
		echo "ssh: SSH_TEST_TAMPER applied: $SSH_TEST_TAMPER"
	fi
	# What a home could hold to change a session; the account cannot
	# write there, but root can, and sshd must ignore it all the same.
	mkdir -p "$TMPD/home/.ssh"
	chown "$ACCOUNT" "$TMPD/marker"
	printf 'touch %s/rc-ran\n' "$TMPD/marker" >"$TMPD/home/.ssh/rc"
	printf 'PP_LEAK=from-home\n' >"$TMPD/home/.ssh/environment"
	# an agent to forward (which must not happen)
	eval "$(ssh-agent -s -a "$TMPD/agent.sock")" >/dev/null || return 1
	AGENT_PID=$SSH_AGENT_PID
	unset SSH_AUTH_SOCK SSH_AGENT_PID
	SSH_AUTH_SOCK=$TMPD/agent.sock ssh-add -q "$TMPD/agent_key" 2>/dev/null || return 1
	start_sshd && setup_instance
}

install_instance() {
	contrib/install-ssh --user "$IACCOUNT" --bin "$TMPD/pp/pushpander" --home "$TMPD/ihome" \
		--config "$TMPD/instance/sshd_config" --unit "$TMPD/instance/pushpander-$IACCOUNT-sshd.service" \
		--port "$IPORT" --listen 127.0.0.1 --host-key "$TMPD/host_key" --max-sessions "$ISESSIONS" \
		--slots-dir "$TMPD/islots" --limits "$TMPD/ilimits.conf" "$@"
}

# setup_instance: install-ssh --mode instance for IACCOUNT, on a free port,
# and its sshd started as README.md says for a machine without systemd, but
# with -D and -e (it stays this script's child and logs here) and a PidFile
# of its own; retries on another port when it loses the race for one.
setup_instance() {
	for _ in 1 2 3; do
		IPORT=$(free_port)
		install_instance >"$TMPD/instance.log" 2>&1 || {
			echo "ssh: contrib/install-ssh --mode instance failed:" >&2
			cat "$TMPD/instance.log" >&2
			return 1
		}
		if run_sshd "$IPORT" "$TMPD/isshd.log" prlimit --nproc=$((2 * ISESSIONS + 40)) \
			"$SSHD" -D -e -f "$TMPD/instance/sshd_config" -o PidFile="$TMPD/isshd.pid"; then
			ISSHD_PID=$RUN_PID
			return 0
		fi
	done
	echo "ssh: the visitors' sshd did not start; its log:" >&2
	tail -20 "$TMPD/isshd.log" >&2
	return 1
}

# use_instance: what follows in the test talks to the dedicated sshd, as
# its account.
use_instance() {
	[[ ${SSH_OPTS[2]} == -p ]] || fail "SSH_OPTS has no -p where use_instance expects it"
	SSH_OPTS[3]=$IPORT
	ACCOUNT=$IACCOUNT HOST=$IACCOUNT@127.0.0.1
}

# start_sshd: on a free port; retries with another when it loses the race
# for one.  Ready once ssh-keyscan gets its host key.
start_sshd() {
	for _ in 1 2 3 4 5; do
		PORT=$(free_port)
		if run_sshd "$PORT" "$TMPD/sshd.log" "$SSHD" -D -e -f "$TMPD/sshd_config" -p "$PORT" \
			-o ListenAddress=127.0.0.1; then
			SSHD_PID=$RUN_PID
			ssh_opts
			return 0
		fi
	done
	echo "ssh: sshd did not start; its log:" >&2
	tail -20 "$TMPD/sshd.log" >&2
	return 1
}

# run_sshd PORT LOG COMMAND...: starts an sshd (COMMAND, in the background,
# its standard error to LOG) and waits until it answers on PORT; sets
# RUN_PID.  Returns 1, having stopped it, when it dies or never answers.
run_sshd() {
	local port=$1 log=$2
	shift 2
	"$@" 2>>"$log" &
	RUN_PID=$!
	poll 10 sshd_answers_or_gone "$RUN_PID" "$port"
	sshd_answers "$RUN_PID" "$port" && return 0
	kill "$RUN_PID" 2>/dev/null
	wait "$RUN_PID" 2>/dev/null
	return 1
}

# sshd_answers PID PORT: the sshd PID runs and gives its host key on PORT
# (one key type: a connection each would pass PerSourceMaxStartups).
sshd_answers() {
	kill -0 "$1" 2>/dev/null &&
		ssh-keyscan -T 1 -t ed25519 -p "$2" 127.0.0.1 2>/dev/null | grep -q ssh-ed25519
}
sshd_answers_or_gone() { ! kill -0 "$1" 2>/dev/null || sshd_answers "$1" "$2"; }
sshd_ready() { sshd_answers "$SSHD_PID" "$PORT"; }

# stop_bg FILE: kills the processes whose ids FILE lists.
stop_bg() {
	local pid
	[[ -f $1 ]] || return 0
	while read -r pid; do kill "$pid" 2>/dev/null; done <"$1"
	rm -f "$1"
}

teardown() {
	local pid
	e2e_stop_running "$TMPD"
	[[ -n $TMPD ]] && stop_bg "$TMPD/bg.pids" && stop_bg "$DIR/bg.pids"
	[[ -n $AGENT_PID ]] && kill "$AGENT_PID" 2>/dev/null
	for pid in "$SSHD_PID" "$ISSHD_PID"; do
		[[ -n $pid ]] || continue
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	# sessions that outlived them (there should be none)
	for ACCOUNT in "$ACCOUNT" "$IACCOUNT"; do
		for pid in $(account_procs); do kill -KILL "$pid" 2>/dev/null; done
		if getent passwd "$ACCOUNT" >/dev/null; then
			poll 2 no_account_procs
			userdel "$ACCOUNT" 2>/dev/null
		fi
		getent group "$ACCOUNT" >/dev/null && groupdel "$ACCOUNT" 2>/dev/null
	done
	((MADE_RUN_SSHD)) && rmdir /run/sshd 2>/dev/null
	if [[ -n $TMPD ]]; then
		if [[ -n ${SSH_KEEP:-} ]]; then echo "ssh: files in $TMPD"; else rm -rf "$TMPD"; fi
	fi
}

# ---- the probes that run alongside the tests ----

# probe_unused: logs in and opens nothing (ssh -N); sshd should close the
# connection after UnusedConnectionTimeout.  Writes "STATUS SECONDS".
probe_unused() {
	client_env
	(
		local start=$EPOCHREALTIME rc
		timeout 60 "${CLIENT_ENV[@]}" ssh "${SSH_OPTS[@]}" -N "$HOST" </dev/null \
			>/dev/null 2>"$TMPD/unused.err" &
		echo "$!" >>"$TMPD/bg.pids"
		wait "$!"
		rc=$?
		printf '%s %s\n' "$rc" "$(elapsed_since "$start")" >"$TMPD/unused.done"
	) &
	echo "$!" >>"$TMPD/bg.pids"
}

# elapsed_since EPOCHREALTIME: whole seconds since then (rounded).
elapsed_since() {
	local a=${1/./} b=${EPOCHREALTIME/./}
	printf '%s' "$(((10#$b - 10#$a + 500000) / 1000000))"
}

# hold N: a TCP connection that never logs in, held by a background shell
# (HOLD_PID; killing it closes the connection).  Writes holdN.banner with
# the first line sshd sent (its version, or why it drops the connection),
# then holdN.done with the seconds from then until sshd closed it.
hold() {
	(
		exec 3<>"/dev/tcp/127.0.0.1/$PORT" || { : >"$TMPD/hold$1.banner"; exit 1; }
		local line='' start rc end=$((SECONDS + 60))
		IFS= read -r -t 5 -u 3 line
		start=$EPOCHREALTIME
		printf '%s\n' "$line" >"$TMPD/hold$1.banner"
		# until end of file (read says 1; more than 128 is a time-out)
		while ((SECONDS < end)); do
			IFS= read -r -t 0.2 -u 3 line
			rc=$?
			((rc == 0 || rc > 128)) || break
		done
		elapsed_since "$start" >"$TMPD/hold$1.done"
	) &
	HOLD_PID=$!
	echo "$HOLD_PID" >>"$TMPD/bg.pids"
}

# ====================================================================
# the configuration
# ====================================================================

# For the account, sshd uses what the snippet says; for anyone else,
# nothing changes but the four server-wide lines.
test_config() {
	local eff other plain line
	eff=$("$SSHD" -T -f "$TMPD/sshd_config" -C "user=$ACCOUNT,host=localhost,addr=127.0.0.1") ||
		fail "sshd -T failed"
	for line in "forcecommand $TMPD/pp/pushpander --ssh --slots $TMPD/slots" "permittty yes" "maxsessions 1" \
		"disableforwarding yes" "allowtcpforwarding no" "allowagentforwarding no" \
		"allowstreamlocalforwarding no" "x11forwarding no" "permittunnel no" "permitopen none" \
		"permitlisten none" "permituserrc no" "permituserenvironment no" "exposeauthinfo no" \
		"authenticationmethods none" "permitemptypasswords yes" "pubkeyauthentication no" \
		"maxstartups 10:30:60" "persourcemaxstartups 3" "logingracetime $GRACE" \
		"clientaliveinterval 15" "clientalivecountmax 2" "unusedconnectiontimeout $UNUSED"; do
		grep -qxF "$line" <<<"$eff" ||
			fail "sshd -T for $ACCOUNT: expected \"$line\", got \"$(grep "^${line%% *} " <<<"$eff")\""
	done
	# another account, with and without the snippet
	other=$("$SSHD" -T -f "$TMPD/sshd_config" -C user=someone-else,host=localhost,addr=127.0.0.1) ||
		fail "sshd -T failed"
	sed "s|^Include .*|Include $TMPD/nothing/*.conf|" "$TMPD/sshd_config" >"$DIR/plain_config"
	plain=$("$SSHD" -T -f "$DIR/plain_config" -C user=someone-else,host=localhost,addr=127.0.0.1) ||
		fail "sshd -T failed"
	local skip='^(maxstartups|persourcemaxstartups|logingracetime|permituserenvironment) '
	diff <(grep -Ev "$skip" <<<"$plain") <(grep -Ev "$skip" <<<"$other") >"$DIR/diff" ||
		fail "the snippet changes other accounts' settings: $(cat "$DIR/diff")"
	grep -qx 'forcecommand none' <<<"$other" || fail "another account has a forced command"
}

# Running contrib/install-ssh again changes nothing.
test_install_again() {
	local before after snippet=$TMPD/sshd_config.d/pushpander-$ACCOUNT.conf
	state() {
		getent passwd "$ACCOUNT"
		getent group "$ACCOUNT"
		passwd -S "$ACCOUNT" | cut -d' ' -f1,2
		grep -c "^$ACCOUNT:" /etc/passwd /etc/shadow /etc/group
		sha256sum "$snippet" "$TMPD/pp/ssh-shell-$ACCOUNT"
		stat -c '%n %U %a' "$TMPD/home" "$snippet" "$TMPD/pp/ssh-shell-$ACCOUNT" "$TMPD/limits.conf" \
			"$TMPD/slots" "$TMPD/slots"/*
		sha256sum "$TMPD/limits.conf"
		ls -A "$TMPD/sshd_config.d"
	}
	before=$(state)
	OUT=$(install_ssh 2>&1)
	RC=$? CLI_ARGS="contrib/install-ssh (again)" ERR=""
	assert_rc 0
	out_has "nothing to change"
	after=$(state)
	[[ $before == "$after" ]] || cli_fail "the second run changed: $(diff <(echo "$before") <(echo "$after"))"
	grep -q "^$ACCOUNT NP" <<<"$after" || cli_fail "the password is not empty: $after"
}

# An earlier file in sshd_config.d that sets what the snippet sets, server-
# wide or in a Match block, makes install-ssh fail, naming each setting, and
# leaves the snippet as it was.
test_earlier_file_wins() {
	local early=$TMPD/sshd_config.d/00-early.conf snippet=$TMPD/sshd_config.d/pushpander-$ACCOUNT.conf before w
	printf '%s\n' 'LoginGraceTime 120' 'Match all' '    ClientAliveInterval 0' \
		'    UnusedConnectionTimeout none' '    MaxAuthTries 10' >"$early"
	before=$(sha256sum "$snippet")
	OUT=$(install_ssh 2>&1)
	RC=$? ERR="" CLI_ARGS="contrib/install-ssh (with $early)"
	rm -f "$early"
	assert_rc 1
	for w in "logingracetime 120" "clientaliveinterval 0" "unusedconnectiontimeout none" "maxauthtries 10"; do
		out_has "sshd would use '$w'"
	done
	[[ $(sha256sum "$snippet") == "$before" ]] || cli_fail "the snippet changed"
}

# install-ssh never takes over a home it did not make.
test_home_not_ours() {
	OUT=$(install_ssh --home "$TMPD/marker" 2>&1)
	RC=$? ERR="" CLI_ARGS="contrib/install-ssh --home $TMPD/marker"
	assert_rc 1
	out_has "$TMPD/marker exists and install-ssh did not make it"
	[[ $(getent passwd "$ACCOUNT" | cut -d: -f6) == "$TMPD/home" ]] || cli_fail "the home was changed"
}

# ====================================================================
# the dedicated sshd (install-ssh --mode instance)
# ====================================================================

# Its configuration, unit, limits and slots are what install-ssh says they
# are, with the caps computed from --max-sessions, and sshd -T agrees.
test_instance_config() {
	local unit=$TMPD/instance/pushpander-$IACCOUNT-sshd.service conf=$TMPD/instance/sshd_config
	local eff line nproc=$((2 * ISESSIONS + 40))
	OUT=$(cat "$TMPD/instance.log") RC=0 ERR='' CLI_ARGS="contrib/install-ssh --mode instance"
	out_has "sshd -t and sshd -T agree on all"
	out_has "made $ISESSIONS session slots in $TMPD/islots"
	if [[ ! -d /run/systemd/system ]]; then
		out_has "no systemd: to start it, prlimit --nproc=$nproc $SSHD -f $conf"
	fi
	for line in "TasksMax=$((3 * ISESSIONS + 190))" "MemoryMax=$((96 + 16 * ISESSIONS))M" "CPUQuota=50%" \
		"LimitNPROC=$nproc" "ExecStart=$SSHD -D -f $conf" "ExecStartPre=$SSHD -t -f $conf" \
		"ConditionPathExists=$conf" "RuntimeDirectoryPreserve=yes"; do
		grep -qxF "$line" "$unit" || fail "the unit has no line \"$line\": $(grep -v '^#' "$unit")"
	done
	if command -v systemd-analyze >/dev/null; then
		systemd-analyze verify --man=no "$unit" >"$DIR/verify" 2>&1 ||
			fail "systemd-analyze verify: $(cat "$DIR/verify")"
	fi
	[[ $(grep -v '^#' "$TMPD/ilimits.conf") == "$IACCOUNT hard nproc $nproc" ]] ||
		fail "limits: $(cat "$TMPD/ilimits.conf")"
	[[ $(cd "$TMPD/islots" && echo *) == "slot-1 slot-2 slot-3" ]] || fail "slots: $(ls -A "$TMPD/islots")"
	[[ $(stat -c '%U %a' "$TMPD/islots/slot-1") == "root 444" ]] || fail "slot-1: $(stat -c '%U %a' "$TMPD/islots/slot-1")"
	eff=$("$SSHD" -T -f "$conf" -C "user=$IACCOUNT,host=visitor.invalid,addr=203.0.113.7") || fail "sshd -T failed"
	for line in "port $IPORT" "listenaddress 127.0.0.1:$IPORT" "allowusers $IACCOUNT" "permitrootlogin no" \
		"usepam no" "printmotd no" "printlastlog no" "maxstartups 10:30:60" "persourcemaxstartups 3" \
		"logingracetime 20" "maxauthtries 3" "channeltimeout session:*=11m" "unusedconnectiontimeout 10" \
		"versionaddendum none" "disableforwarding yes" "permittunnel no" "maxsessions 1" \
		"forcecommand $TMPD/pp/pushpander --ssh --slots $TMPD/islots" "authenticationmethods none"; do
		grep -qxF "$line" <<<"$eff" || fail "sshd -T: expected \"$line\", got \"$(grep "^${line%% *} " <<<"$eff")\""
	done
	[[ $(grep '^acceptenv ' <<<"$eff" | sort | tr '\n' ' ') == "acceptenv COLORFGBG acceptenv LANG acceptenv LC_ALL acceptenv LC_CTYPE acceptenv NO_COLOR " ]] ||
		fail "AcceptEnv: $(grep '^acceptenv ' <<<"$eff" | tr '\n' ' ')"
	grep -q '^subsystem ' <<<"$eff" && fail "a Subsystem is defined: $(grep '^subsystem ' <<<"$eff")"
	# again: nothing changes
	OUT=$(install_instance 2>&1)
	RC=$? CLI_ARGS="contrib/install-ssh --mode instance (again)"
	assert_rc 0
	out_has "nothing to change"
}

# A visitor gets the résumé from it; its version string has no Debian patch
# level; the environment holds only the variables it accepts.
test_instance_serves() {
	local line pid envs
	exec 3<>"/dev/tcp/127.0.0.1/$IPORT" || fail "cannot connect to port $IPORT"
	IFS= read -r -t 5 -u 3 line
	exec 3<&-
	line=${line%$'\r'}
	[[ $line == SSH-2.0-OpenSSH_+([^ ]) ]] || fail "the version string says more than the version: \"$line\""
	use_instance
	tui_start LC_CTYPE=C.UTF-8 NO_COLOR=1 LC_PP_LEAK=x -- -o SendEnv=LC_CTYPE -o SendEnv=NO_COLOR -o SendEnv=LC_PP_LEAK
	wait_tab 1
	assert_text "$(J '.basics.label')"
	pid=$(pgrep -n -u "$ACCOUNT" -x pushpander) || fail "no pushpander process of $ACCOUNT"
	envs=$(tr '\0' '\n' <"/proc/$pid/environ") || fail "cannot read the environment of $pid"
	for line in LANG=C.UTF-8 LC_ALL=C.UTF-8 LC_CTYPE=C.UTF-8 NO_COLOR=1; do
		grep -qxF "$line" <<<"$envs" || fail "$line did not reach pushpander: $envs"
	done
	[[ $envs != *LC_PP_LEAK* ]] || fail "an LC_ variable it does not accept reached pushpander"
	[[ $(tr '\0' ' ' <"/proc/$pid/cmdline") == "$TMPD/pp/pushpander --ssh --slots $TMPD/islots " ]] ||
		fail "pushpander runs as: $(tr '\0' ' ' <"/proc/$pid/cmdline")"
	key q
	assert_exit 0
}

# AllowUsers: the other account (empty password, fine on the host's sshd)
# and root cannot log in through it.
test_instance_only_visitors() {
	use_instance
	sshc -T "$ACCOUNT@127.0.0.1" help
	assert_rc 0
	sshc -T "pp-test-$$@127.0.0.1" help
	assert_rc 255
	err_has "Permission denied"
	sshc -i "$TMPD/agent_key" -T "root@127.0.0.1" help
	assert_rc 255
	err_has "Permission denied"
	grep -q "User pp-test-$$ from 127.0.0.1 not allowed because not listed in AllowUsers" "$TMPD/isshd.log" ||
		fail "sshd did not refuse by AllowUsers: $(tail -5 "$TMPD/isshd.log")"
}

# --max-sessions: with every slot held, the next visitor hears "busy" in
# one line (status 75) at once; the sessions open go on; a slot freed is
# taken by the next.
test_instance_busy() {
	local i first
	use_instance
	poll "$E2E_TIMEOUT" no_pushpander || fail "a pushpander of $ACCOUNT runs already"
	for ((i = 1; i <= ISESSIONS; i++)); do
		tui_start
		wait_tab 1
		[[ -n ${first:-} ]] || first=$T
	done
	sshc -T "$HOST" help
	assert_rc 75
	err_has "pushpander: busy: all $ISESSIONS sessions are in use; please try again later"
	[[ $(grep -c . <<<"$ERR") == 1 ]] || cli_fail "more than one line"
	sshc -tt "$HOST"
	assert_rc 75
	out_has "busy: all $ISESSIONS sessions are in use"
	T=$first
	key 2
	wait_tab 2
	key q
	assert_exit 0
	poll "$E2E_TIMEOUT" sshc_ok help || cli_fail "a slot freed was not taken"
	out_has "ssh HOST print"
}
sshc_ok() { sshc -T "$HOST" "$@"; [[ $RC == 0 ]]; }

# --destdir: the files alone, under DIR, for a package; no account.
test_instance_destdir() {
	local d=$DIR/dest f
	OUT=$(contrib/install-ssh --destdir "$d" --user pp-pkg-$$ --max-sessions 5 --port 22 2>&1)
	RC=$? ERR='' CLI_ARGS="contrib/install-ssh --destdir $d"
	assert_rc 0
	for f in /etc/ssh/pushpander-pp-pkg-$$/sshd_config /etc/systemd/system/pushpander-pp-pkg-$$-sshd.service \
		/etc/security/limits.d/pushpander-pp-pkg-$$.conf /usr/local/lib/pushpander/ssh-shell-pp-pkg-$$ \
		/var/lib/pushpander/pp-pkg-$$-slots/slot-5; do
		[[ -f $d$f ]] || cli_fail "no $d$f: $(cd "$d" && find . -type f)"
	done
	[[ ! -e $d/var/lib/pushpander/pp-pkg-$$-slots/slot-6 ]] || cli_fail "a sixth slot"
	! getent passwd pp-pkg-$$ >/dev/null || cli_fail "--destdir made the account"
	grep -qx 'Port 22' "$d/etc/ssh/pushpander-pp-pkg-$$/sshd_config" || cli_fail "not on port 22"
	grep -qx 'TasksMax=205' "$d/etc/systemd/system/pushpander-pp-pkg-$$-sshd.service" || cli_fail "TasksMax"
	out_has "systemctl enable --now pushpander-pp-pkg-$$-sshd.service"
}

# --remove takes the unit, the configuration, the limits, the slots and the
# account away, and nothing else.
test_instance_remove() {
	touch "$TMPD/instance/owners-file"
	OUT=$(install_instance --remove 2>&1)
	RC=$? ERR='' CLI_ARGS="contrib/install-ssh --mode instance --remove"
	assert_rc 0
	! getent passwd "$IACCOUNT" >/dev/null || cli_fail "the account is still there"
	local f
	for f in "$TMPD/instance/sshd_config" "$TMPD/instance/pushpander-$IACCOUNT-sshd.service" \
		"$TMPD/ilimits.conf" "$TMPD/islots" "$TMPD/pp/ssh-shell-$IACCOUNT" "$TMPD/pp/install-ssh-$IACCOUNT.manifest"; do
		[[ ! -e $f ]] || cli_fail "$f is still there"
	done
	[[ -e $TMPD/instance/owners-file ]] || cli_fail "--remove deleted a file it did not make"
	[[ -e $TMPD/host_key ]] || cli_fail "--remove deleted the host key"
}

# ====================================================================
# what visitors get
# ====================================================================

test_tui() {
	local title
	title=$(J '.incidents[0].title')
	tui_start
	wait_tab 1
	assert_text "$(J '.basics.label')"
	key 2
	wait_tab 2
	key 4
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › $(re_quote "$(J '.incidents[0].id')") "
	assert_text "$title"
	assert_text "$(J '.incidents[0].happened' | cut -d' ' -f1-6)"
	key q
	wait_until "the Incidents list again" row_matches 1 '^─+$'
	wait_tab 4
	key q
	assert_exit 0
}

test_plain() {
	sshc -T "$HOST"
	assert_rc 0
	out_has "PUSHPANDER."
	out_has "INC-004"
	out_has "$(J '.incidents[3].title' | cut -d' ' -f1-4)"
	[[ $OUT != *$'\e'* ]] || cli_fail "escape sequences in the plain text"
	[[ -z $ERR ]] || cli_fail "something on standard error"
}

test_print_section() {
	sshc "$HOST" print incidents
	assert_rc 0
	out_has "INC-001"
	out_has "INC-004"
	out_lacks "PUSHPANDER."
	out_lacks "WORK HISTORY"
	sshc "$HOST" print nothing
	assert_rc 64
	err_has "no section named 'nothing'"
}

test_help() {
	sshc "$HOST" help
	assert_rc 0
	out_has "ssh HOST print SECTION"
	out_has "ssh -t HOST"
}

# ====================================================================
# what the account refuses
# ====================================================================

test_command_refused() {
	sshc "$HOST" cat /etc/passwd
	assert_rc 64
	err_has "pushpander: 'cat /etc/passwd' is not offered here"
	out_lacks "root:"
	[[ -z $OUT ]] || cli_fail "something on standard output"
	# and nothing is run, whatever shell syntax it holds
	local cmd
	for cmd in "touch $TMPD/marker/ran" "print; touch $TMPD/marker/ran" \
		"print \$(touch $TMPD/marker/ran)" "exec /bin/sh -c 'touch $TMPD/marker/ran'"; do
		sshc "$HOST" "$cmd"
		assert_rc 64
		[[ ! -e $TMPD/marker/ran ]] || cli_fail "the command was run"
	done
	# a shell asked for by name is one more command
	sshc -T "$HOST" /bin/sh -i
	assert_rc 64
}

test_sftp_scp() {
	local opts=(-F /dev/null -P "$PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
		-o BatchMode=yes -o LogLevel=ERROR -o IdentitiesOnly=yes -o IdentityFile=none)
	client_env
	# the subsystem runs the forced command, which refuses (sshd drops a
	# subsystem's standard error, so only the status tells)
	sshc -s "$HOST" sftp
	assert_rc 64
	RC=0
	timeout 20 "${CLIENT_ENV[@]}" sftp "${opts[@]}" -b - "$HOST" <<<"get /etc/passwd $DIR/got" \
		>"$DIR/out" 2>"$DIR/err" || RC=$?
	OUT=$(cat "$DIR/out") ERR=$(cat "$DIR/err") CLI_ARGS="sftp $HOST"
	[[ $RC != 0 ]] || cli_fail "sftp worked"
	[[ ! -e $DIR/got ]] || cli_fail "sftp fetched /etc/passwd"
	# scp, by the SFTP protocol (the default) and the old one (-O)
	local o
	for o in -s -O; do
		RC=0
		timeout 20 "${CLIENT_ENV[@]}" scp "${opts[@]}" "$o" "$HOST:/etc/passwd" "$DIR/got" \
			</dev/null >"$DIR/out" 2>"$DIR/err" || RC=$?
		OUT=$(cat "$DIR/out") ERR=$(cat "$DIR/err") CLI_ARGS="scp $o $HOST:/etc/passwd"
		[[ $RC != 0 ]] || cli_fail "scp $o worked"
		[[ ! -e $DIR/got ]] || cli_fail "scp $o fetched /etc/passwd"
		RC=0
		timeout 20 "${CLIENT_ENV[@]}" scp "${opts[@]}" "$o" "$TMPD/sshd_config" "$HOST:$TMPD/marker/put" \
			</dev/null >"$DIR/out" 2>"$DIR/err" || RC=$?
		OUT=$(cat "$DIR/out") ERR=$(cat "$DIR/err") CLI_ARGS="scp $o FILE $HOST:$TMPD/marker/put"
		[[ $RC != 0 ]] || cli_fail "scp $o to the server worked"
		[[ ! -e $TMPD/marker/put ]] || cli_fail "scp $o wrote a file"
	done
	err_has "pushpander: 'scp -t $TMPD/marker/put' is not offered here"
}

# -L: the client listens, but the server refuses every channel through it.
test_forward_local() {
	local lport data
	lport=$(free_port)
	ssh_bg L -N -o ExitOnForwardFailure=yes -L "127.0.0.1:$lport:127.0.0.1:$PORT" "$HOST"
	poll "$E2E_TIMEOUT" port_open "$lport" || fail "the client never listened on $lport: $(cat "$DIR/L.err")"
	data=$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$lport; timeout 3 cat <&3" 2>/dev/null | tr -d '\0')
	[[ $data != *SSH-2.0* ]] || fail "-L reached the server's port: \"$data\""
	poll "$E2E_TIMEOUT" grep -q 'administratively prohibited' "$DIR/L.err" ||
		fail "no refusal from the server: $(cat "$DIR/L.err")"
}

# -R: the server refuses to listen.
test_forward_remote() {
	local rport
	rport=$(free_port)
	sshc -N -o ExitOnForwardFailure=yes -R "127.0.0.1:$rport:127.0.0.1:$PORT" "$HOST"
	assert_rc 255
	err_has "remote port forwarding failed for listen port $rport"
	! port_open "$rport" || cli_fail "something listens on $rport"
}

# -D: a SOCKS4 request through the client's proxy is refused by the server.
test_forward_dynamic() {
	local dport req data
	dport=$(free_port)
	ssh_bg D -N -o ExitOnForwardFailure=yes -D "127.0.0.1:$dport" "$HOST"
	poll "$E2E_TIMEOUT" port_open "$dport" || fail "the client never listened on $dport: $(cat "$DIR/D.err")"
	# SOCKS4 CONNECT 127.0.0.1:PORT, user id ""
	printf -v req '\\x04\\x01\\x%02x\\x%02x\\x7f\\x00\\x00\\x01\\x00' $((PORT >> 8)) $((PORT & 255))
	data=$(timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/$dport; printf '$req' >&3; timeout 3 cat <&3" \
		2>/dev/null | tr -d '\0')
	[[ $data != *SSH-2.0* ]] || fail "-D reached the server's port: \"$data\""
	poll "$E2E_TIMEOUT" grep -q 'administratively prohibited' "$DIR/D.err" ||
		fail "no refusal from the server: $(cat "$DIR/D.err")"
}

# -W: the same channel as -L, with the client's standard input and output.
test_forward_stdio() {
	sshc -W "127.0.0.1:$PORT" "$HOST"
	assert_rc 255
	err_has "stdio forwarding failed"
	out_lacks "SSH-2.0"
}

# -X and -w: the server says no; the session itself goes on.
test_forward_x11_tunnel() {
	sshc DISPLAY=127.0.0.1:99 -- -X -T "$HOST" print about
	assert_rc 0
	err_has "X11 forwarding request failed"
	out_has "ABOUT"
	sshc -w any -o Tunnel=point-to-point -T "$HOST" print about
	if [[ $ERR == *"Tunnel device open failed"* ]]; then
		note "-w not tried: this client cannot open a tunnel device"
	else
		assert_rc 0
		err_has "Tunnel forwarding failed"
	fi
}

# -A with an agent: the session has no agent socket; nothing from the home
# (~/.ssh/environment, ~/.ssh/rc) is read or run.
test_session_env() {
	local pid envs
	tui_start SSH_AUTH_SOCK="$TMPD/agent.sock" -- -A
	wait_tab 1
	pid=$(pgrep -n -u "$ACCOUNT" -x pushpander) || fail "no pushpander process of $ACCOUNT"
	envs=$(tr '\0' '\n' <"/proc/$pid/environ") || fail "cannot read the environment of $pid"
	[[ $envs == *"SSH_CONNECTION="* ]] || fail "no SSH_CONNECTION: not the session's environment? $envs"
	[[ $envs != *SSH_AUTH_SOCK* ]] || fail "the agent is forwarded: $(grep SSH_AUTH_SOCK <<<"$envs")"
	[[ $envs != *PP_LEAK* ]] || fail "the home's .ssh/environment was read"
	[[ $envs != *SSH_USER_AUTH* ]] || fail "SSH_USER_AUTH is set (ExposeAuthInfo)"
	[[ -z $(find /tmp -maxdepth 2 -user "$ACCOUNT" -name 'agent.*' 2>/dev/null) ]] ||
		fail "an agent socket of $ACCOUNT exists"
	key q
	assert_exit 0
	[[ ! -e $TMPD/marker/rc-ran ]] || fail "the home's .ssh/rc was run"
	# and -A does not stop the session from working
	sshc SSH_AUTH_SOCK="$TMPD/agent.sock" -- -A -T "$HOST" print about
	assert_rc 0
	out_has "ABOUT"
}

# MaxSessions 1: a second session over the same connection is refused.
test_max_sessions() {
	local mux=$TMPD/mux
	ssh_bg master -N -o ControlMaster=yes -o ControlPath="$mux" "$HOST"
	poll "$E2E_TIMEOUT" test -S "$mux" || fail "no control socket: $(cat "$DIR/master.err")"
	tui_start -o ControlPath="$mux"
	wait_tab 1
	# (refused, the client falls back to a connection of its own)
	sshc -o ControlPath="$mux" "$HOST" help
	err_has "Session open refused by peer"
	key q
	assert_exit 0
	# the limit, not the connection, refused it
	sshc -o ControlPath="$mux" "$HOST" help
	assert_rc 0
	out_has "ssh HOST print"
	[[ $ERR != *refused* ]] || cli_fail "refused with no other session open"
}

# A client that dies mid-session leaves nothing of the session behind: its
# pushpander and the account's sshd process are gone within 2 seconds.
# (The account may run other things meanwhile: the probe of
# test_unused_connection.)
test_killed_client() {
	local client n before pid
	local -a session=()
	poll "$E2E_TIMEOUT" no_pushpander || fail "a pushpander of $ACCOUNT runs already"
	before=" $(account_procs | tr '\n' ' ') "
	tui_start
	wait_tab 1
	key 4
	wait_tab 4
	n=$(pgrep -c -u "$ACCOUNT" -x pushpander)
	[[ $n == 1 ]] || fail "expected one pushpander of $ACCOUNT, found $n"
	for pid in $(account_procs); do
		[[ $before == *" $pid "* ]] || session+=("$pid")
	done
	((${#session[@]} >= 2)) || fail "expected pushpander and sshd's process, found: ${session[*]}"
	client=$(pane_pid)
	[[ $(cat "/proc/$client/comm") == ssh ]] || fail "the pane runs $(cat "/proc/$client/comm"), not ssh"
	kill -KILL "$client"
	SESSION_PIDS=("${session[@]}")
	poll 2 session_gone ||
		fail "2 s after the client died, $ACCOUNT still runs: $(ps -o pid,etimes,args -p "$(IFS=,; echo "${session[*]}")" | tail -n +2)"
}

no_pushpander() { ! pgrep -u "$ACCOUNT" -x pushpander >/dev/null; }
session_gone() {
	local pid
	no_pushpander || return 1
	for pid in "${SESSION_PIDS[@]}"; do
		[[ -d /proc/$pid && $(stat -c %U "/proc/$pid" 2>/dev/null) == "$ACCOUNT" ]] &&
			[[ $(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) != Z ]] && return 1
	done
	return 0
}

# PerSourceMaxStartups 3: a fourth connection from one address that has not
# logged in is dropped, and so is an ssh client's.  The third stays open
# until LoginGraceTime ends it (test_login_grace).
test_per_source() {
	local i
	# on failure, the connections go (the later tests need the slots)
	trap 'for i in 1 2 3 4; do kill "${HOLD[i]:-}" 2>/dev/null; done' EXIT
	HOLD=()
	for i in 1 2 3; do
		hold "$i"
		HOLD[i]=$HOLD_PID
	done
	for i in 1 2 3; do
		poll "$E2E_TIMEOUT" test -s "$TMPD/hold$i.banner" || fail "connection $i got no banner"
		grep -q '^SSH-2.0-' "$TMPD/hold$i.banner" || fail "connection $i: $(cat "$TMPD/hold$i.banner")"
	done
	hold 4
	HOLD[4]=$HOLD_PID
	poll "$E2E_TIMEOUT" test -e "$TMPD/hold4.done" || fail "a fourth connection was not dropped"
	[[ $(tr -d '\r' <"$TMPD/hold4.banner") == "Exceeded MaxStartups" ]] ||
		fail "a fourth connection got: $(cat "$TMPD/hold4.banner")"
	sshc -T "$HOST" help
	assert_rc 255
	err_has "kex_exchange_identification"
	kill "${HOLD[1]}" "${HOLD[2]}"
	# the slots come back
	local end=$(($(now_us) + E2E_TIMEOUT * 1000000))
	while :; do
		sshc "$HOST" help
		[[ $RC == 0 ]] && break
		(($(now_us) > end)) && cli_fail "ssh still refused after the connections closed"
		sleep 0.1
	done
	# the third stays, for test_login_grace
	HOLD[3]=''
}

# The login shell runs pushpander whatever it is asked: su (or login, or
# any other service) that logs the account in gets the résumé, not a shell.
test_login_shell() {
	local shell
	shell=$(getent passwd "$ACCOUNT" | cut -d: -f7)
	[[ $shell == "$TMPD/pp/ssh-shell-$ACCOUNT" ]] || fail "the account's shell is $shell"
	OUT=$(su "$ACCOUNT" -c 'id; echo SHELL-RAN' </dev/null 2>&1)
	RC=$? ERR="" CLI_ARGS="su $ACCOUNT -c 'id; echo SHELL-RAN'"
	assert_rc 0
	out_has "PUSHPANDER."
	out_lacks "SHELL-RAN"
	out_lacks "uid="
	OUT=$(su - "$ACCOUNT" </dev/null 2>&1)
	RC=$? CLI_ARGS="su - $ACCOUNT"
	assert_rc 0
	out_has "PUSHPANDER."
}

# Given a password, the account no longer logs in at all: "none" is the
# only method, and it works only with an empty password.
test_password_set() {
	usermod -p 'not-a-hash' "$ACCOUNT" || fail "usermod failed"
	sshc -T "$HOST" help
	passwd -q -d "$ACCOUNT"
	assert_rc 255
	err_has "Permission denied"
	sshc -T "$HOST" help
	assert_rc 0
}

# --login key: only the published key logs in, and the key alone allows no
# more than the account did.
test_key_login() {
	local n
	n=$(listening_count)
	OUT=$(install_ssh --login key --reload 2>&1)
	RC=$? ERR="" CLI_ARGS="contrib/install-ssh --login key --reload"
	assert_rc 0
	out_has "reloaded sshd"
	poll "$E2E_TIMEOUT" listened_more_than "$n" || fail "sshd did not come back after the reload"
	poll "$E2E_TIMEOUT" sshd_ready || fail "sshd does not answer after the reload"
	[[ $(passwd -S "$ACCOUNT" | cut -d' ' -f2) == L ]] || fail "the password is not locked"
	grep -q "^restrict,pty,command=\"$TMPD/pp/pushpander --ssh --slots $TMPD/slots\" ssh-ed25519 " "$TMPD/home/.ssh/authorized_keys" ||
		fail "authorized_keys: $(cat "$TMPD/home/.ssh/authorized_keys")"
	sshc -T "$HOST" help
	assert_rc 255
	err_has "Permission denied"
	sshc -i "$TMPD/visitor-key" -T "$HOST" print about
	assert_rc 0
	out_has "ABOUT"
	sshc -i "$TMPD/visitor-key" -W "127.0.0.1:$PORT" "$HOST"
	assert_rc 255
	err_has "stdio forwarding failed"
	sshc -i "$TMPD/visitor-key" "$HOST" cat /etc/passwd
	assert_rc 64
	# MaxAuthTries 3: three wrong keys, and the right one is not even tried
	sshc -i "$TMPD/agent_key" -i "$TMPD/wrong1" -i "$TMPD/wrong2" -i "$TMPD/visitor-key" -T "$HOST" help
	assert_rc 255
	err_has "Too many authentication failures"
}

# LoginGraceTime: the connection test_per_source left open was closed.
test_login_grace() {
	[[ -e $TMPD/hold3.banner ]] || skip "test_per_source did not run"
	poll $((GRACE + 10)) test -s "$TMPD/hold3.done" || fail "not closed after $((GRACE + 10)) s"
	local s
	s=$(cat "$TMPD/hold3.done")
	((s >= GRACE - 1 && s <= GRACE + 3)) || fail "closed after ${s} s, expected about $GRACE"
}

# UnusedConnectionTimeout: the ssh -N started first was closed by sshd.
test_unused_connection() {
	poll $((UNUSED + 30)) test -s "$TMPD/unused.done" || fail "ssh -N still connected"
	local rc s
	read -r rc s <"$TMPD/unused.done"
	((s >= UNUSED - 1 && s <= UNUSED + 3)) || fail "closed after ${s} s, expected about $UNUSED"
	[[ $rc == 255 ]] || fail "ssh -N: status $rc"
	grep -q 'closed by remote host' "$TMPD/unused.err" || fail "$(cat "$TMPD/unused.err")"
}

# --remove: the account, its shell, the snippet and what install-ssh put in
# the home go; the home stays while it holds what the test put there (.ssh,
# made by setup), and goes once that is gone.  sshd -t still passes, and the
# account no longer logs in.
test_remove() {
	local n
	rm -f "$TMPD/home/.ssh/rc" "$TMPD/home/.ssh/environment"
	touch "$TMPD/home/.ssh/owners-file"
	n=$(listening_count)
	OUT=$(install_ssh --remove --reload 2>&1)
	RC=$? ERR="" CLI_ARGS="contrib/install-ssh --remove --reload"
	assert_rc 0
	! getent passwd "$ACCOUNT" >/dev/null || cli_fail "the account is still there"
	! getent group "$ACCOUNT" >/dev/null || cli_fail "the group is still there"
	[[ ! -e $TMPD/sshd_config.d/pushpander-$ACCOUNT.conf ]] || cli_fail "the snippet is still there"
	[[ ! -e $TMPD/pp/ssh-shell-$ACCOUNT ]] || cli_fail "the login shell is still there"
	[[ ! -e $TMPD/home/.ssh/authorized_keys ]] || cli_fail "install-ssh's authorized_keys is still there"
	[[ -e $TMPD/home/.ssh/owners-file ]] || cli_fail "--remove deleted a file it did not make"
	out_has "left $TMPD/home"
	[[ ! -e $TMPD/pp/install-ssh-$ACCOUNT.manifest ]] || cli_fail "the manifest is still there"
	[[ ! -e $TMPD/limits.conf ]] || cli_fail "the limits file is still there"
	[[ ! -e $TMPD/slots ]] || cli_fail "the slots are still there: $(ls -A "$TMPD/slots")"
	rm -r "$TMPD/home"
	"$SSHD" -t -f "$TMPD/sshd_config" || cli_fail "sshd -t fails"
	poll "$E2E_TIMEOUT" listened_more_than "$n" || fail "sshd did not come back after the reload"
	poll "$E2E_TIMEOUT" sshd_ready || fail "sshd does not answer after the reload"
	sshc -T "$HOST" help
	assert_rc 255
	err_has "Permission denied"
}

TESTS=(
	config install_again earlier_file_wins home_not_ours
	per_source
	tui plain print_section help
	command_refused sftp_scp
	forward_local forward_remote forward_dynamic forward_stdio forward_x11_tunnel
	session_env max_sessions killed_client
	instance_config instance_serves instance_only_visitors instance_busy instance_destdir instance_remove
	login_shell password_set key_login login_grace unused_connection remove
)

# run_tests' hooks: each test's files, and the processes it left behind
before_test() { DIR=$E2E_DIR; }
after_test() { stop_bg "$DIR/bg.pids"; }

main() {
	if [[ ${1:-} == --list ]]; then
		printf '%s\n' "${TESTS[@]}"
		return 0
	fi
	select_tests ssh "$@" || return 1
	if (($(id -u) != 0)); then
		echo "ssh: skipped (not root)"
		return 0
	fi
	trap teardown EXIT
	trap 'exit 130' INT TERM
	if ! setup; then
		echo "ssh: setup failed" >&2
		SSH_KEEP=1
		echo "ssh: 0 passed, 1 failed"
		return 1
	fi
	echo "ssh: $(ssh -V 2>&1 | cut -d, -f1), sshd on 127.0.0.1:$PORT, account $ACCOUNT, $PUSHPANDER"
	DIR=$TMPD/probes
	mkdir -p "$DIR"
	probe_unused
	# logged in, so that it holds none of the slots test_per_source counts
	poll "$E2E_TIMEOUT" account_procs >/dev/null || echo "ssh: the ssh -N probe did not log in" >&2
	run_tests ssh "$TMPD" "sshd's log and the tests' files in $TMPD" || {
		SSH_KEEP=1
		return 1
	}
}

main "$@"
