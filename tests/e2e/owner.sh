# tests/e2e/owner.sh — sourced by tests/e2e.sh: what the résumé's owner does
# while making it theirs: --validate catching real mistakes, the résumé
# from a pipe, and --watch following the file while it is edited.

TESTS+=(
	validate_owner_mistakes pipe_opens_viewer pipe_prints
	watch_follows_saves watch_keeps_last_good_resume watch_refused_with_ssh_or_pipe
)

OWNER_RESUME=tests/fixtures/full.json

# --validate names each impossible value by its JSON path and fails with
# 65; a near-miss key gets a suggestion.
test_validate_owner_mistakes() {
	local f=$FIXTURES/owner-mistakes.json
	cli -- --validate "$f"
	assert_rc 65
	local want
	for want in \
		"$f: work[0].startDate: 2023-02-30 is not a date" \
		"$f: basics.email: 'not-an-email' is not an e-mail address" \
		"$f: basics.url: 'htp:/broken' is not a URL" \
		"$f: work[1].endDate: 2020-01 is before startDate 2021-05" \
		"$f: basics.location.countryCode: 'IND' is not a two-letter country code" \
		"$f: incidents[0].severity: 'SEV9' is not a severity" \
		"$f: work[0].highlight: unknown key; did you mean \`highlights\`?" \
		"$f: 1 unknown key ignored"; do
		[[ $OUT == *"$want"* ]] || cli_fail "no line with: $want"
	done
	# notes alone do not fail
	jq '{basics: {name: "Ada", sumary: "x"}, "x-extra": 1}' "$f" >"$E2E_DIR/notes.json"
	cli -- --validate "$E2E_DIR/notes.json"
	assert_rc 0
	[[ $OUT == *"did you mean \`summary\`?"* && $OUT == *": valid"* ]] || cli_fail "notes only"
}

# cat FILE | pushpander - : the viewer, reading its keys from the terminal.
test_pipe_opens_viewer() {
	PP_WRAP="cat $OWNER_RESUME |" pp_start 80 24 -- -
	wait_status 'quit'
	assert_has 'PARSERS'
	key 2
	wait_for 'Bernoulli Calculator'
	key q
	assert_exit 0
}

# … | pushpander --print - prints; without a terminal it prints too, and
# errors name the pipe <stdin>.
test_pipe_prints() {
	local want
	want=$("$PUSHPANDER" --print --width 80 "$OWNER_RESUME")
	local got
	got=$(env -i PATH="$PATH" LANG=C.UTF-8 "$PUSHPANDER" --print --width 80 - <"$OWNER_RESUME") ||
		fail "--print - failed"
	[[ $got == "$want" ]] || fail "--print - differs from --print FILE"
	got=$(env -i PATH="$PATH" LANG=C.UTF-8 "$PUSHPANDER" --width 80 - <"$OWNER_RESUME" | cat) ||
		fail "- without a terminal failed"
	[[ $got == "$want" ]] || fail "- without a terminal did not print"
	local err rc
	err=$(printf '{\n  "basics": {"name": "x",}\n}\n' | "$PUSHPANDER" --print - 2>&1 >/dev/null)
	rc=$?
	[[ $rc == 65 && $err == "pushpander: <stdin>:2:26: "* ]] || fail "error from a pipe: status $rc: $err"
}

# replace FILE TEXT-FILE: saves as editors do, a new file renamed over.
owner_save_by_rename() { cp "$2" "$1.tmp" && mv -f "$1.tmp" "$1"; }

# owner_watch_projects FILE: a copy of the fixture in FILE, watched, on
# the Projects tab.
owner_watch_projects() {
	cp "$OWNER_RESUME" "$1"
	pp_start 80 24 -- --watch "$1"
	wait_status 'quit'
	key 2
	wait_for 'Bernoulli Calculator'
}

# Edits by rename and in place are shown within a second, on the same tab
# and card.
test_watch_follows_saves() {
	local f="$E2E_DIR/resume.json"
	owner_watch_projects "$f"
	sed 's/Bernoulli Calculator/Bernoulli Engine/' "$OWNER_RESUME" >"$E2E_DIR/v2.json"
	owner_save_by_rename "$f" "$E2E_DIR/v2.json"
	WAIT_TIMEOUT=1 wait_for 'Bernoulli Engine'
	assert_has ' 2 Projects '
	sed 's/Bernoulli Calculator/Bernoulli Mill/' "$OWNER_RESUME" >"$f" # in place
	WAIT_TIMEOUT=1 wait_for 'Bernoulli Mill'
	key q
	assert_exit 0
}

# A broken save keeps the résumé on screen and says where it broke, until
# the next good save; a removed file is waited for.
test_watch_keeps_last_good_resume() {
	local f="$E2E_DIR/resume.json"
	owner_watch_projects "$f"
	# the sandbox holds here too: a reload reads from the directory only
	[[ $PUSHPANDER == *asan* ]] || assert_sandboxed "$(pp_pid)"
	printf '{\n  "basics": {"name": "x",}\n}\n' >"$f"
	WAIT_TIMEOUT=1 wait_status 'resume.json:2:26: trailing comma'
	assert_has 'Bernoulli Calculator'
	rm -f "$f"
	WAIT_TIMEOUT=1 wait_status 'waiting for it'
	sed 's/Bernoulli Calculator/Bernoulli Again/' "$OWNER_RESUME" >"$E2E_DIR/v3.json"
	owner_save_by_rename "$f" "$E2E_DIR/v3.json"
	WAIT_TIMEOUT=1 wait_for 'Bernoulli Again'
	wait_status 'quit'
	key q
	assert_exit 0
}

test_watch_refused_with_ssh_or_pipe() {
	cli -- --watch --ssh "$OWNER_RESUME"
	assert_rc 64
	cli -- --watch -
	assert_rc 64
}
