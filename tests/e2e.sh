#!/usr/bin/env bash
# tests/e2e.sh — end-to-end tests of pushpander: the real binary in a real
# terminal (a private tmux server per test), driven by keys, checked on the
# screen.
#
# usage: [PUSHPANDER=./pushpander] [E2E_JOBS=N] tests/e2e.sh [--list] [TEST...]
#
# Runs from the repository root whatever the working directory; PUSHPANDER
# (default ./pushpander) is relative to it.  E2E_JOBS tests run at a time
# (default: two per processor, 2 to 4), each test's lines shown together
# when it ends.  E2E_TIMEOUT sets how long a wait may take (5 s, 15 s when
# PUSHPANDER names an asan build).  Ends with the line "e2e: N passed, M
# failed" and a non-zero status if any failed.
# Needs bash >= 5, tmux >= 3.0, jq, coreutils, grep, sed; ncurses-base's
# tmux-256color and the C.UTF-8 locale.

set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset TMUX NO_COLOR
PUSHPANDER=${PUSHPANDER:-./pushpander}
# Tests at a time; each has its own tmux server and files.  A test mostly
# waits for the screen, so two per processor, from 2 to 4.
if [[ -z ${E2E_JOBS:-} ]]; then
	E2E_JOBS=$((2 * $(nproc 2>/dev/null || echo 1)))
	((E2E_JOBS > 4)) && E2E_JOBS=4
fi
FIXTURES=tests/e2e/fixtures

# shellcheck source=tests/e2e/lib.sh
. tests/e2e/lib.sh

# cli [NAME=VALUE ...] [-- ARG ...]: runs pushpander without a terminal
# (stdin /dev/null, output to files), in a clean UTF-8 environment.  Sets
# RC, OUT (stdout) and ERR (stderr).
cli() {
	local envs=("PATH=$PATH" "HOME=${HOME:-/root}" LANG=C.UTF-8 LC_ALL=C.UTF-8) v
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[[ -n ${!v:-} ]] && envs+=("$v=${!v}")
	done
	while (($#)) && [[ $1 != -- ]]; do
		envs+=("$1")
		shift
	done
	[[ ${1:-} == -- ]] && shift
	env -i "${envs[@]}" "$PUSHPANDER" "$@" </dev/null >"$E2E_DIR/out" 2>"$E2E_DIR/err" \
		{E2E_NAP_FD}>&- {E2E_CONTROL_TO}>&- {E2E_CONTROL_FROM}>&-
	RC=$?
	OUT=$(tr -d '\0' <"$E2E_DIR/out")
	ERR=$(tr -d '\0' <"$E2E_DIR/err")
	CLI_ARGS="$*"
}

cli_fail() {
	printf '  FAIL: %s\n  pushpander %s: status %s\n  stdout: %s\n  stderr: %s\n' \
		"$1" "$CLI_ARGS" "$RC" "$(head -c 2000 <<<"$OUT")" "$ERR" >&2
	exit 1
}

assert_rc() { [[ $RC == "$1" ]] || cli_fail "exit status $RC, expected $1"; }

# The descriptions in the help table of src/keys.c, one per line.
help_table_whats() { help_table_field 1; }
# help_table_briefs: the few words of each, which the overlay shows when
# its groups stand side by side.
help_table_briefs() { help_table_field 3; }
# help_table_field N: the Nth string of each line of the help table
# (1: what it does, 2: its group, 3: its brief).
help_table_field() {
	sed -n '/struct key_help help\[\] = {/,/^};/p' src/keys.c | sed '1d;$d' | tr -d '\n\t' |
		grep -o '{[^}]*}' | sed 's/"[^"]*"/\n&\n/g' | awk -v n="$1" '
			/^\{/ { k = 0; next } /^"/ { if (++k == n) { print substr($0, 2, length($0) - 2) } }'
}

# The Keys section of --help as "LABEL DESCRIPTION" lines (normalised).
help_keys_lines() {
	local line label='' what=''
	while IFS= read -r line; do
		if [[ $line =~ ^\ \ ([^ ].*[^ ]|[^ ])\ \ +([^ ].*)$ ]]; then
			[[ -n $label ]] && printf '%s %s\n' "$label" "$what"
			label=${BASH_REMATCH[1]} what=${BASH_REMATCH[2]}
		elif [[ $line =~ ^\ \ ([^ ].*)$ ]]; then
			[[ -n $label ]] && printf '%s %s\n' "$label" "$what"
			label=${BASH_REMATCH[1]} what=
		elif [[ $line =~ ^\ +([^ ].*)$ ]]; then
			what="${what:+$what }${BASH_REMATCH[1]}"
		fi
	done < <(sed -n '/^Keys:$/,/^$/p' <<<"$1" | sed '1d')
	[[ -n $label ]] && printf '%s %s\n' "$label" "$what"
}

# ====================================================================
# 1. startup
# ====================================================================

test_startup() {
	pp_start 80 24 -- "$RESUME"
	wait_for "HEY, I'M"
	assert_row 0 "$TAB_BAR_SPACED"
	assert_row 1 '^(─){80}$'
	assert_has "HEY, I'M"
	assert_has "$(J .basics.tagline)"
	assert_text "$(J .basics.label)"
	assert_status '←→ tabs'
	assert_status '\? help'
	assert_status 'q quit'
	assert_fits
	assert_boxes_closed
}

# The same in an xterm, the usual TERM outside tmux.
test_startup_xterm() {
	pp_start 80 24 TERM=xterm-256color -- "$RESUME"
	wait_for "HEY, I'M"
	assert_row 0 '^ 1 About( │ |  )2 Projects'
	key Right
	wait_tab 2
	key Enter
	wait_row 1 "Projects › $(J '.projects[0].name') "
	key Escape
	wait_status ' 1/3 '
	key q
	assert_exit 0
}

test_default_resume() {
	[[ $PUSHPANDER == ./pushpander ]] ||
		skip "only for ./pushpander (it finds data/resume.json beside itself)"
	# Whatever résumé the user put there: without FILE the screen is the
	# one "pushpander data/resume.json" shows.
	local named
	pp_start 80 24 -- data/resume.json
	wait_status 'q quit'
	wait_row 0 '^ 1 [[:alpha:]]'
	named=$SCREEN
	printf '%s\n' "$named" >"$E2E_DIR/named.screen"
	pp_start 80 24
	wait_until "the first screen of data/resume.json (in $E2E_DIR/named.screen)" screen_is "$named"
}

# ====================================================================
# 2. tabs
# ====================================================================

test_tabs_digits() {
	local d
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for d in 4 1 7 2 6 3 5 1; do
		key "$d"
		wait_tab "$d"
	done
	# 8 and 9 name no tab: nothing happens
	key 8 9
	barrier
	on_tab 1 || fail "8 or 9 left the About tab"
}

test_tabs_arrows() {
	local i k
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for i in 2 3 4 5 6 7; do
		if ((i % 2)); then k=l; else k=Right; fi
		key "$k"
		wait_tab "$i"
	done
	key Right # wraps from the last tab to the first
	wait_tab 1
	key Left # and back
	wait_tab 7
	for i in 6 5 4 3 2 1; do
		if ((i % 2)); then k=h; else k=Left; fi
		key "$k"
		wait_tab "$i"
	done
	key h
	wait_tab 7
}

test_tabs_tab_key() {
	local i
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for i in 2 3 4 5 6 7 1; do
		key Tab
		wait_tab "$i"
	done
	for i in 7 6 5 4 3 2 1; do
		key BTab
		wait_tab "$i"
	done
}

# ====================================================================
# 3. opening cards
# ====================================================================

# select_card N TOTAL: from card 1, moves the selection down to card N.
select_card() {
	local j
	for ((j = 2; j <= $1; j++)); do
		if ((j % 2)); then key j; else key Down; fi
		wait_status " $j/$2 "
	done
}

test_incidents_open() {
	local i n id sev title learned last stress open_key
	n=$(J '.incidents | length')
	assert_eq "$n" 4 "incidents in $RESUME"
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key 4
	wait_tab 4
	assert_status " 1/$n "
	for ((i = 1; i <= n; i++)); do
		id=$(J ".incidents[$((i - 1))].id")
		sev=$(J ".incidents[$((i - 1))].severity")
		stress=$(J ".incidents[$((i - 1))].stress")
		title=$(J ".incidents[$((i - 1))].title")
		learned=$(J ".incidents[$((i - 1))].learned")
		last=$(J ".incidents[$((i - 1))].actions[-1]")
		key g
		wait_status " 1/$n "
		select_card "$i" "$n"
		assert_marker_on "$id"
		if ((i % 2)); then open_key=Enter; else open_key=o; fi
		key "$open_key"
		wait_row 1 "^── Incidents › $id ─+$"
		assert_has " $sev "
		assert_has "Stress"
		assert_has " $stress/10"
		assert_text "$title"
		assert_has "WHAT HAPPENED"
		assert_text "$(J ".incidents[$((i - 1))].happened" | tr -d '`')" # code spans: no backticks
		assert_status 'Top'
		if ((i % 2)); then key G; else key End; fi
		wait_status 'Bot'
		assert_has "WHAT WE LEARNED"
		assert_text "$learned"
		assert_text "$last"
		assert_row 1 "Incidents › $id "
		if ((i % 2)); then key g; else key Home; fi
		wait_status 'Top'
		key Escape
		wait_gone "Incidents ›"
		wait_status " $i/$n "
		assert_marker_on "$id"
	done
}

# The post-mortem's sections, in order, paged through.
test_incident_sections() {
	local text
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	collect_pages "$E2E_DIR/card"
	text=$(norm <"$E2E_DIR/card")
	[[ $text =~ WHAT\ HAPPENED.*IMPACT.*ROOT\ CAUSE.*WHAT\ I\ DID\ 1\.\ .*\ 2\.\ .*\ 3\.\ .*\ 4\.\ .*WHAT\ WE\ LEARNED ]] ||
		fail "the post-mortem of INC-001 lacks a section or has them out of order: $text"
	[[ $text == *"$(norm_str "$(J '.incidents[0].impact')")"* ]] || fail "IMPACT text missing"
	# its `code spans` are shown without their backticks
	[[ $text == *"$(norm_str "$(J '.incidents[0].rootCause' | tr -d '`')")"* ]] || fail "ROOT CAUSE text missing"
	[[ $text == *"4. $(norm_str "$(J '.incidents[0].actions[3]')")"* ]] || fail "action 4 missing"
}

test_incidents_prev_next() {
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key 4
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	key G
	wait_status Bot
	key Right
	wait_row 1 "Incidents › INC-002 "
	assert_status Top "the next card should open at its top"
	assert_text "$(J '.incidents[1].title')"
	key l
	wait_row 1 "Incidents › INC-003 "
	key Right
	wait_row 1 "Incidents › INC-004 "
	key Right # there is no fifth
	barrier
	assert_row 1 "Incidents › INC-004 "
	key Left
	wait_row 1 "Incidents › INC-003 "
	key h
	wait_row 1 "Incidents › INC-002 "
	key Left
	wait_row 1 "Incidents › INC-001 "
	key Left # there is no card before the first
	barrier
	assert_row 1 "Incidents › INC-001 "
	key Right Right
	wait_row 1 "Incidents › INC-003 "
	key Escape
	wait_gone "Incidents ›"
	wait_status ' 3/4 '
	assert_marker_on INC-003
}

test_projects_open() {
	local i n name
	n=$(J '.projects | length')
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key 2
	wait_tab 2
	for ((i = 1; i <= n; i++)); do
		name=$(J ".projects[$((i - 1))].name")
		key g
		wait_status " 1/$n "
		select_card "$i" "$n"
		assert_marker_on "$name"
		key Enter
		wait_row 1 "^── Projects › $(re_quote "$name") ─+$"
		assert_has "$(J ".projects[$((i - 1))].status")"
		assert_text "$(J ".projects[$((i - 1))].description")"
		key G
		wait_text "$(J ".projects[$((i - 1))].highlights[-1]")"
		assert_text "$(J ".projects[$((i - 1))].keywords | join(\" · \")")"
		if ((i % 2)); then key q; else key BSpace; fi
		wait_gone "Projects ›"
		wait_status " $i/$n "
		assert_marker_on "$name"
	done
	assert_alive
}

test_history_open() {
	local i n name dates end
	n=$(J '.work | length')
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key 3
	wait_tab 3
	for ((i = 1; i <= n; i++)); do
		name=$(J ".work[$((i - 1))].name")
		end=$(J ".work[$((i - 1))].endDate // empty")
		dates="$(fmt_date "$(J ".work[$((i - 1))].startDate")" month) – $(if [[ -n $end ]]; then fmt_date "$end" month; else printf Present; fi)"
		key g
		wait_status " 1/$n "
		select_card "$i" "$n"
		assert_marker_on "$name"
		key Enter
		wait_row 1 "^── History › $(re_quote "$name") ─+$"
		assert_text "$(J ".work[$((i - 1))].position")"
		assert_has "$dates · $(J ".work[$((i - 1))].location")"
		assert_text "$(J ".work[$((i - 1))].highlights[0]")"
		key End
		wait_text "$(J ".work[$((i - 1))].highlights[-1]")"
		if ((i % 2)); then key BSpace; else key q; fi
		wait_gone "History ›"
		wait_status " $i/$n "
		assert_marker_on "$name"
	done
	assert_alive
}

# A History of thousands of cards is laid out only as far as it is shown;
# every key must still see all of it: the count, End to the very last card
# (the same one --print ends with), page and line steps, a card opened deep
# down, a resize, and a tab switch back.
test_history_long() {
	local big="$E2E_DIR/big.json" n last sel i
	LC_ALL=C awk -v size=1000000 -f tests/bench/synth.awk >"$big" 2>/dev/null ||
		fail "tests/bench/synth.awk failed"
	n=$(jq '.work | length' "$big")
	last=$(jq -r '.work[-1].name' "$big")
	[[ $("$PUSHPANDER" --print history --width 80 "$big" | grep -o 'Company [0-9]*' | tail -n 1) == "$last" ]] ||
		fail "--print history does not end with $last"
	# marked_card: the selected card's number, from the marker's row
	marked_card() { grep "^ *$MARKER" <<<"$SCREEN" | grep -o 'Company [0-9]*' | cut -d' ' -f2; }
	# selected_ok: the status line's n/N names the card under the marker
	selected_ok() {
		[[ $(status_row) =~ \ ([0-9]+)/$n\  ]] || fail "no k/$n on the status line: $(status_row)"
		sel=${BASH_REMATCH[1]}
		[[ $(marked_card) == "$((sel - 1))" ]] ||
			fail "the status line says card $sel, the marker is on Company $(marked_card)"
	}
	pp_start 80 24 -- "$big"
	wait_for "Ada Synthétique"
	key 3
	# the tab opens at its top, the first card selected below the chart;
	# j brings it in
	wait_status " 1/$n .*Top$"
	key j
	wait_status ' 0%$'
	selected_ok
	assert_status " 1/$n " "j moved on from a card that was not yet on the screen"
	key End
	wait_status " $n/$n .*Bot"
	assert_marker_on "$last"
	key PageUp PageUp
	wait_status ' 9[0-9]%$'
	selected_ok
	key Home
	wait_status " 1/$n "
	for i in 1 2 3; do key PageDown; done
	wait_change
	wait_until "the selection to settle" status_matches " ([1-9][0-9]*)/$n "
	barrier
	selected_ok
	# (cards preview their highlights now, so fewer fit a page)
	((sel > 3)) || fail "three pages down selected card $sel only"
	tm send-keys -t "$T" -l "$(printf 'j%.0s' {1..200})" || fail "tmux send-keys failed"
	wait_status " $((sel + 200))/$n "
	selected_ok
	key Enter
	wait_row 1 "^── History › Company $((sel - 1)) ─+$"
	for i in 1 2 3 4 5; do key Right; done
	wait_row 1 "^── History › Company $((sel + 4)) ─+$"
	key q
	wait_status " $((sel + 5))/$n "
	selected_ok
	resize 120 40
	wait_status " $sel/$n "
	barrier
	selected_ok
	key 1
	wait_for "Ada Synthétique"
	key 3
	wait_status " $sel/$n "
	selected_ok
	key G
	wait_status " $n/$n .*Bot"
	assert_marker_on "$last"
	key q
	assert_exit 0
}

# ====================================================================
# 4. selection and scrolling
# ====================================================================

test_selection_keys() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	assert_status ' 1/4 '
	assert_marker_on INC-001
	key j
	wait_status ' 2/4 '
	assert_marker_on INC-002
	key Down
	wait_status ' 3/4 '
	assert_marker_on INC-003
	key k
	wait_status ' 2/4 '
	assert_marker_on INC-002
	key Up
	wait_status ' 1/4 '
	assert_marker_on INC-001
	key k # nothing above the first card
	barrier
	assert_status ' 1/4 '
	assert_status 'Top'
	assert_marker_on INC-001
}

test_selection_playbook() {
	local i
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	select_card 4 4
	assert_marker_on INC-004
	assert_lacks "INCIDENT RESPONSE PLAYBOOK"
	for ((i = 0; i < 30; i++)); do
		has "INCIDENT RESPONSE PLAYBOOK" && [[ $(scroll_pos) == Bot ]] && break
		press Down "Down after the last card"
		assert_status ' 4/4 ' "the last card should stay selected while Down scrolls"
	done
	assert_has "INCIDENT RESPONSE PLAYBOOK"
	assert_status Bot
	assert_text "$(J '.playbook.steps[-1]')"
	key Up
	wait_status ' 3/4 '
}

test_selection_top_bottom() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key G
	wait_status ' 4/4 .*Bot'
	assert_marker_on INC-004
	assert_has "INCIDENT RESPONSE PLAYBOOK"
	key g
	wait_status ' 1/4 .*Top'
	assert_has "STRESS RELIEF"
	assert_marker_on INC-001
	key End
	wait_status ' 4/4 .*Bot'
	key Home
	wait_status ' 1/4 .*Top'
}

# percent_of POS: p (the caller's) gets how far down POS is: Top 0, NN%
# NN, Bot 100; anything else fails, naming the key k (the caller's).
percent_of() {
	case $1 in
	Top) p=0 ;;
	Bot) p=100 ;;
	*%) p=${1%\%} ;;
	*) fail "after $k the position should be Top, NN% or Bot, it is \"$1\"" ;;
	esac
}

# page_through up|down KEY...: presses the KEYs in turn until the document
# shown reaches its top or bottom, each moving the position (Top, NN%,
# Bot) that way; then the status line must say Top or Bot.
page_through() {
	local dir=$1 end=Bot k=start p prev
	shift
	[[ $dir == up ]] && end=Top
	percent_of "$(scroll_pos)"
	prev=$p
	for k; do
		[[ $(scroll_pos) == "$end" ]] && break
		press "$k"
		percent_of "$(scroll_pos)"
		if [[ $dir == down ]]; then
			((p > prev)) || fail "after $k the position went from $prev% to $p%"
		else
			((p < prev)) || fail "after $k the position went from $prev% to $p%"
		fi
		prev=$p
	done
	assert_status "$end"
}

test_paging() {
	local k
	pp_start 80 24 -- --section testimonials "$RESUME"
	wait_tab 5
	assert_status 'Top'
	# one line down: somewhere in the middle
	key j
	wait_status ' [0-9]+% *$'
	key g
	wait_status Top
	# every page-down key, until the bottom
	page_through down NPage Space C-f NPage Space C-f
	assert_text "$(J '.references[-1].reference')"
	key NPage # nothing below the bottom
	barrier
	assert_status Bot
	# every page-up key, until the top
	page_through up PPage b C-b PPage b C-b
	assert_has "WHAT FOLKS SAY"
	# each key on its own
	for k in Space C-f; do
		press "$k"
		[[ $(scroll_pos) != Top ]] || fail "$k did not scroll down"
		press g
	done
	key G
	wait_status Bot
	for k in b C-b; do
		press "$k"
		[[ $(scroll_pos) != Bot ]] || fail "$k did not scroll up"
		press G
	done
}

# PgDn on a card list keeps the selection on the screen.
test_paging_cards() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	press NPage
	[[ $(grep -c "^ *$MARKER" <<<"$SCREEN") == 1 ]] || fail "after PgDn the selected card should be on the screen"
	status_matches ' 1/4 ' && fail "after PgDn the first card is off the screen but still selected"
	press PPage
	assert_status Top
	grep -q "^ *$MARKER" <<<"$SCREEN" || fail "after PgUp the selected card should be on the screen"
}

# ====================================================================
# 5. help
# ====================================================================

test_help() {
	local -a whats entries
	local w e screen_text
	mapfile -t whats < <(help_table_whats)
	((${#whats[@]} >= 10)) || fail "could not read the help table in src/keys.c (found ${#whats[@]} lines)"
	cli -- --help
	assert_rc 0
	mapfile -t entries < <(help_keys_lines "$OUT")
	assert_eq "${#entries[@]}" "${#whats[@]}" "keys listed by --help vs. the help table in src/keys.c"

	# wide: the groups side by side, each key's brief
	pp_start 100 40 -- "$RESUME"
	wait_tab 1
	key '?'
	wait_for ' Keys '
	assert_row -1 'close'
	screen_text=$(norm <<<"$SCREEN")
	while IFS= read -r w; do
		[[ $screen_text == *"$(norm_str "$w")"* ]] || fail "the help lacks the brief \"$w\""
	done < <(help_table_briefs)
	assert_boxes_closed
	# narrow: one column, each key's whole help, as --help has it
	pp_start 64 60 -- "$RESUME"
	wait_tab 1
	key '?'
	wait_for ' Keys '
	screen_text=$(norm <<<"$SCREEN")
	for w in "${whats[@]}"; do
		[[ $screen_text == *"$(norm_str "$w")"* ]] || fail "the help lacks \"$w\""
	done
	for e in "${entries[@]}"; do
		[[ $screen_text == *"$(norm_str "$e")"* ]] ||
			fail "the help lacks the line \"$e\" (as --help shows it)"
	done
	assert_boxes_closed
	# ? closes it
	key '?'
	wait_gone ' Keys '
	wait_tab 1
	# so does Esc
	key '?'
	wait_for ' Keys '
	key Escape
	wait_gone ' Keys '
	wait_tab 1
	# and q, which does not quit
	key '?'
	wait_for ' Keys '
	key q
	wait_gone ' Keys '
	wait_tab 1
	assert_alive
	# from an open card, back to the card
	key 4 Enter
	wait_row 1 "Incidents › INC-001 "
	key '?'
	wait_for ' Keys '
	key q
	wait_gone ' Keys '
	assert_row 1 "Incidents › INC-001 "
	assert_has "WHAT HAPPENED"
	assert_alive
}

# At 80x24 the help is longer than its box: it scrolls.
test_help_scroll() {
	pp_start 60 24 -- "$RESUME"
	wait_tab 1
	key '?'
	wait_for ' Keys '
	assert_status Top
	key G
	wait_status Bot
	assert_text "never runs programs or opens links."
	assert_text "$(help_table_whats | tail -n 1)"
	key g
	wait_status Top
	assert_text "select the next card, or scroll down"
	key Escape
	wait_gone ' Keys '
	assert_alive
}

# In narrower terminals the help wraps inside its box, which is as wide as
# the terminal allows; every page of it stays inside the box.
test_help_narrow() {
	local size pages
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for size in 60x15 52x14 44x12 40x12; do
		resize "${size%x*}" "${size#*x}"
		wait_until "the viewer repainted at $size" repainted_at "${size%x*}"
		key '?'
		wait_for ' Keys '
		for ((pages = 0; pages < 20; pages++)); do
			assert_fits
			assert_boxes_closed
			[[ $(scroll_pos) == Bot || -z $(scroll_pos) ]] && break
			press NPage
		done
		assert_text "opens links."
		key Escape
		wait_gone ' Keys '
	done
}

# ====================================================================
# 6. resize
# ====================================================================

body_wider_than() { (($(body | width_of) > $1)); }

test_resize() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key j Enter
	wait_row 1 "^── Incidents › INC-002 ─+$"
	(($(body | width_of) <= 80)) || fail "a line is wider than 80 columns"
	resize 120 40
	wait_until "a line wider than 80 columns (the text reflowed)" body_wider_than 80
	assert_fits
	assert_boxes_closed
	assert_row 1 "Incidents › INC-002 "
	assert_text "$(J '.incidents[1].happened')"
	resize 30 8
	wait_for "Terminal too small"
	assert_fits
	resize 80 24
	wait_row 1 "^── Incidents › INC-002 ─+$"
	assert_fits
	assert_boxes_closed
	(($(body | width_of) <= 80)) || fail "a line is wider than 80 columns after resizing back"
	assert_text "$(J '.incidents[1].title')"
	key Escape
	wait_status ' 2/4 '
}

# Several resizes at once, keys among them: the screen ends up laid out
# for the last size.
test_resize_storm() {
	local size
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	for size in 100x30 50x20 120x40 30x8 90x25 45x13 70x20; do
		resize "${size%x*}" "${size#*x}"
		key j
	done
	wait_row 1 '^── Incidents › INC-001 ─{47}$'
	wait_row 0 "$(tab_bar_numbers 4)"
	# the repaint for the last size can come before the last j is read
	wait_status '[0-9]+%|Bot'
	assert_row 1 '^── Incidents › INC-001 ─{47}$'
	assert_row 0 "$(tab_bar_numbers 4)"
	assert_fits
	assert_boxes_closed
	[[ $(wc -l <<<"$SCREEN") -le 20 ]] || fail "more rows than the pane has"
}

# The tab bar: every tab named, with rules between them where there is
# room; below that every number, only the current tab named.
test_resize_tabbar() {
	pp_start 80 24 -- --section stack "$RESUME"
	wait_tab 6
	assert_row 0 "$TAB_BAR_SPACED"
	resize 120 20
	wait_row 0 "$TAB_BAR_RULED"
	resize 70 20
	wait_row 0 "$(tab_bar_numbers 6)"
	resize 40 20
	wait_row 0 "$(tab_bar_numbers 6)"
	assert_fits
}

# ====================================================================
# 7. sizes
# ====================================================================

test_sizes_large() {
	local d
	pp_start 120 40 -- "$RESUME"
	wait_tab 1
	assert_row 0 "$TAB_BAR_RULED"
	for d in 1 2 3 4 5 6 7; do
		key "$d"
		wait_tab "$d"
		assert_fits
		assert_boxes_closed
	done
	key 4 Enter
	wait_row 1 "Incidents › INC-001 "
	assert_fits
	assert_boxes_closed
}

test_sizes_small() {
	local d
	pp_start 40 12 -- "$RESUME"
	wait_row 0 "$(tab_bar_numbers 1)"
	for d in 1 2 3 4 5 6 7; do
		key "$d"
		wait_row 0 "$(tab_bar_numbers "$d")"
		assert_fits
		assert_boxes_closed
		assert_status 'quit|help|tabs'
	done
	key 4
	wait_row 0 "$(tab_bar_numbers 4)"
	key g Enter
	wait_row 1 "Incidents › INC-001 "
	assert_fits
	assert_boxes_closed
	key G
	wait_status Bot
	assert_fits
	assert_boxes_closed
	key '?'
	wait_for ' Keys '
	assert_fits
	assert_boxes_closed
}

test_too_small() {
	pp_start 20 6 -- "$RESUME"
	wait_for "Terminal too small"
	assert_fits
	assert_text "Terminal too small: 20×6. pushpander needs 40×12. Press q to quit."
	resize 80 24
	wait_tab 1
	resize 20 6
	wait_for "Terminal too small"
	# Only q and Ctrl-C act here: had 4 and Enter opened a card, q would
	# only close it.
	key 4 Enter q
	assert_exit 0
}

# ====================================================================
# 8. quitting
# ====================================================================

alternate_on() { tm display-message -p -t "$T" '#{alternate_on}'; }

test_quit() {
	local log="$E2E_DIR/pane.log" i
	PP_GATE=1 pp_start 80 24 -- "$RESUME"
	tm pipe-pane -t "$T" "cat >>$(printf '%q' "$log")" || fail "tmux pipe-pane failed"
	key Enter # start it
	wait_tab 1
	assert_eq "$(alternate_on)" 1 "the viewer should use the alternate screen"
	key q
	assert_exit 0
	assert_eq "$(alternate_on)" 0 "after q the terminal should be back on the normal screen"
	assert_lacks "HEY, I'M" "after q the viewer's screen should be gone"
	# the bytes written: the alternate screen left, the cursor shown again
	for ((i = 0; i < 100; i++)); do
		grep -q $'\e\\[?1049l' "$log" 2>/dev/null && break
		nap 0.05
	done
	grep -q $'\e\\[?1049h' "$log" || fail "no smcup (ESC [?1049h) written: $(head -c 300 "$log" | cat -v)"
	grep -q $'\e\\[?1049l' "$log" || fail "no rmcup (ESC [?1049l) written at exit: $(tail -c 300 "$log" | cat -v)"
	local tail_bytes
	tail_bytes=$(tr -d '\n' <"$log" | sed $'s/.*\e\\[?1049h//')
	[[ $tail_bytes == *$'\e[?1049l'* ]] || fail "rmcup is not written after the last smcup"
	if grep -q $'\e\\[?25l' "$log"; then
		[[ $(tr -d '\n' <"$log" | sed $'s/.*\e\\[?25l//') == *$'\e[?25h'* ]] ||
			fail "the cursor was hidden and not shown again"
	fi
}

test_quit_ctrl_c() {
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key C-c
	assert_exit 0
	assert_eq "$(alternate_on)" 0 "after Ctrl-C the terminal should be back on the normal screen"
	# from an open card and from the help too
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	key C-c
	assert_exit 0
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key '?'
	wait_for ' Keys '
	key C-c
	assert_exit 0
}

test_quit_in_card() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	key q
	wait_gone "Incidents ›"
	wait_status ' 1/4 '
	assert_alive
	key q
	assert_exit 0
}

test_signals() {
	local sig status
	for sig in TERM:143 HUP:129 INT:130; do
		status=${sig#*:} sig=${sig%:*}
		pp_start 80 24 -- --section incidents "$RESUME"
		wait_tab 4
		key Enter
		wait_row 1 "Incidents › INC-001 "
		kill -s "$sig" "$(pane_pid)" || fail "cannot send SIG$sig"
		wait_exit
		[[ $EXIT_STATUS == "$status" ]] || fail "after SIG$sig the status is $EXIT_STATUS, expected $status"
		assert_eq "$(alternate_on)" 0 "after SIG$sig the terminal should be back on the normal screen"
	done
}

# Ctrl-L repaints what something else wrote over the screen.
test_redraw() {
	local tty
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	tty=$(tm display-message -p -t "$T" '#{pane_tty}')
	printf '\e[5;1HGARBAGE-GARBAGE' >"$tty" || fail "cannot write to $tty"
	wait_for GARBAGE-GARBAGE
	key C-l
	wait_gone GARBAGE-GARBAGE
	wait_tab 1
	assert_has "HEY, I'M"
}

# ====================================================================
# 9. locale and colour
# ====================================================================

test_locale_ascii() {
	local bad
	pp_start 80 24 LANG=C LC_ALL=C -- "$RESUME"
	wait_tab 1
	assert_row 1 '^-{80}$'
	assert_has 'DUNDER MIFFLIN'
	assert_lacks '+- DUNDER MIFFLIN -'
	assert_has '| WORLD'
	assert_status 'Left/Right'
	key 4
	wait_tab 4
	grep -q '^> +- INC-001 ' <<<"$SCREEN" || fail 'the selected card should have the ">" marker'
	assert_has '#########. 9/10'
	key Enter
	wait_row 1 '^-- Incidents > INC-001 -+$'
	key Escape
	wait_gone 'Incidents >'
	walk_all "$E2E_DIR/walk" ascii
	key '?'
	wait_for ' Keys '
	printf '%s\n' "$SCREEN" >>"$E2E_DIR/walk.raw"
	bad=$(LC_ALL=C grep -n '[^ -~]' "$E2E_DIR/walk.raw" | head -n 5)
	[[ -z $bad ]] || fail "non-ASCII bytes on the screen in the C locale:
$bad"
}

test_ascii_option() {
	local bad
	pp_start 80 24 -- --ascii --section incidents "$RESUME"
	wait_tab 4
	grep -q '^> +- INC-001 ' <<<"$SCREEN" || fail 'the selected card should have the ">" marker'
	assert_has '| stress #########. 9/10'
	bad=$(LC_ALL=C grep -n '[^ -~]' <<<"$SCREEN" | head -n 5)
	[[ -z $bad ]] || fail "non-ASCII bytes on the screen with --ascii: $bad"
}

# colour_params: the SGR parameters of stdin that set a colour.
colour_params() {
	grep -o $'\e\\[[0-9;:]*m' | sed $'s/^\e\\[//; s/m$//' | tr ';:' '\n' |
		grep -xE '3[0-8]|4[0-8]|9[0-7]|10[0-7]'
}

test_color_default() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	[[ -n $(capture_escapes | colour_params) ]] || fail "no colours on the screen by default"
}

test_no_color_env() {
	local esc
	pp_start 80 24 NO_COLOR=1 -- --section incidents "$RESUME"
	wait_tab 4
	esc=$(capture_escapes)
	[[ -z $(colour_params <<<"$esc") ]] ||
		fail "colours with NO_COLOR=1: $(colour_params <<<"$esc" | sort -u | tr '\n' ' ')"
	grep -q $'\e\\[[0-9;]*7' <<<"$esc" || fail "without colour the current tab should still be shown in reverse video"
}

test_no_color_option() {
	pp_start 80 24 -- --no-color --section incidents "$RESUME"
	wait_tab 4
	[[ -z $(capture_escapes | colour_params) ]] || fail "colours with --no-color"
	# an empty NO_COLOR does not count
	pp_start 80 24 NO_COLOR= -- --section incidents "$RESUME"
	wait_tab 4
	[[ -n $(capture_escapes | colour_params) ]] || fail "no colours with NO_COLOR set but empty"
}

# ====================================================================
# 10. the command line
# ====================================================================

# options_table: the entries of src/options.c's table, one per line, as
# NAME|SHORT|ARG|WHAT, separated by \x1f (SHORT and ARG empty when there
# are none).
# Each entry is read as tokens: its id, the long name, the short name
# ('x' or 0), the argument's name (or NULL), any other fields, and the
# description (adjacent string literals, at the end).
options_table() {
	local src entry re='\{ *(OPT_[A-Za-z_0-9]+[^}]*)\}' i
	local -a tok
	src=$(sed -n '/option_doc table\[\] = {/,/^};/p' src/options.c | tr '\n\t' '  ')
	while [[ $src =~ $re ]]; do
		entry=${BASH_REMATCH[1]}
		src=${src#*"${BASH_REMATCH[0]}"}
		mapfile -t tok < <(grep -oE '"([^"\\]|\\.)*"|'"'"'.'"'"'|[A-Za-z_0-9]+' <<<"$entry")
		((${#tok[@]} >= 5)) || continue
		local name=${tok[1]//\"/} short='' arg='' what=''
		[[ ${tok[2]} == \'?\' ]] && short=${tok[2]:1:1}
		[[ ${tok[3]} == \"* ]] && arg=${tok[3]//\"/}
		for ((i = ${#tok[@]} - 1; i > 3; i--)); do
			[[ ${tok[i]} == \"* ]] || break
			what=${tok[i]:1:-1}$what
		done
		printf '%s\x1f%s\x1f%s\x1f%s\n' "$name" "$short" "$arg" "$what"
	done
}

test_cli_help() {
	local name short arg what expect text n=0
	cli -- --help
	assert_rc 0
	[[ -z $ERR ]] || cli_fail "--help wrote to stderr"
	[[ $OUT == "Usage: pushpander "* ]] || cli_fail "--help should start with the usage"
	text=$(norm <<<"$OUT")
	while IFS=$'\x1f' read -r name short arg what; do
		n=$((n + 1))
		expect="--$name"
		[[ -n $short ]] && expect="-$short, $expect"
		# the argument as "ARG", "[ARG]" or "[=ARG]"
		grep -qE "^  +$(re_quote "$expect")${arg:+ ?\\[?=?$arg\\]?}( |\$)" <<<"$OUT" ||
			cli_fail "--help lacks the option \"$expect${arg:+ $arg}\""
		[[ -n $what ]] || cli_fail "no description for --$name in src/options.c"
		[[ $text == *"$(norm_str "$what")"* ]] || cli_fail "--help lacks the description of --$name: \"$what\""
	done < <(options_table)
	((n >= 5)) || cli_fail "could not read the option table in src/options.c (found $n options)"
	while IFS= read -r what; do
		[[ $text == *"$(norm_str "$what")"* ]] || cli_fail "--help lacks the key description \"$what\""
	done < <(help_table_whats)
	# -h is the same
	local long=$OUT
	cli -- -h
	assert_rc 0
	[[ $OUT == "$long" ]] || cli_fail "-h and --help differ"
}

test_cli_version() {
	local v
	v=$(sed -n 's/^#define PUSHPANDER_VERSION "\(.*\)"$/\1/p' src/version.h)
	[[ -n $v ]] || fail "no PUSHPANDER_VERSION in src/version.h"
	cli -- --version
	assert_rc 0
	[[ $OUT == "pushpander $v" ]] || cli_fail "--version should print \"pushpander $v\""
	[[ -z $ERR ]] || cli_fail "--version wrote to stderr"
	cli -- -V
	[[ $RC == 0 && $OUT == "pushpander $v" ]] || cli_fail "-V should print \"pushpander $v\""
}

# usage_error ARGS...: status 64, nothing on stdout, one line on stderr.
usage_error() {
	cli -- "$@"
	assert_rc 64
	[[ -z $OUT ]] || cli_fail "a usage error should print nothing on stdout"
	[[ $ERR == pushpander:* && $ERR != *$'\n'* ]] ||
		cli_fail "a usage error should be one line on stderr starting \"pushpander:\""
	control_bytes "$E2E_DIR/err" ||
		cli_fail "the message has control bytes: $(od -c "$E2E_DIR/err" | head -n 4)"
}

# control_bytes FILE: FILE has no control bytes but newlines (and no NUL).
control_bytes() { [[ $(LC_ALL=C tr -d '\040-\176\200-\377\n' <"$1" | wc -c) == 0 ]]; }

test_cli_unknown_option() {
	usage_error --bogus "$RESUME"
	[[ $ERR == *--bogus* ]] || cli_fail "the message should name --bogus"
	usage_error -x "$RESUME"
	[[ $ERR == *-x* ]] || cli_fail "the message should name -x"
	usage_error "$RESUME" "$RESUME"
	usage_error --width 19 "$RESUME"
	usage_error --width 1001 "$RESUME"
	usage_error --width abc "$RESUME"
	[[ $ERR == *abc* ]] || cli_fail "the message should name the bad width"
}

test_cli_missing_argument() {
	usage_error "$RESUME" --section
	[[ $ERR == *--section* && $ERR == *argument* ]] ||
		cli_fail "a missing argument should be reported as such, naming --section"
	usage_error "$RESUME" -w
	[[ $ERR == *-w* && $ERR == *argument* ]] ||
		cli_fail "a missing argument should be reported as such, naming -w"
}

test_cli_unexpected_argument() {
	usage_error --no-color=1 "$RESUME"
	[[ $ERR == *--no-color* ]] || cli_fail "the message should name --no-color"
	usage_error --help=x
	[[ $ERR == *--help* ]] || cli_fail "the message should name --help"
	usage_error --ascii=yes "$RESUME"
	[[ $ERR == *--ascii* ]] || cli_fail "the message should name --ascii"
}

test_cli_missing_file() {
	cli -- tests/e2e/fixtures/no-such-file.json
	assert_rc 66
	[[ -z $OUT ]] || cli_fail "nothing should go to stdout"
	[[ $ERR == "pushpander: tests/e2e/fixtures/no-such-file.json: No such file or directory" ]] ||
		cli_fail "the message should name the file and the reason"
	cli -- tests/e2e/fixtures
	assert_rc 66
	[[ $ERR == *tests/e2e/fixtures* ]] || cli_fail "the message should name the directory"
}

# syntax_error FILE STATUS POSITION...: exits with STATUS and reports
# "pushpander: FILE:POSITION: " for one of the POSITIONs (LINE:COL, or ""
# for a message without a position).
syntax_error() {
	local file=$FIXTURES/$1 status=$2 p
	shift 2
	cli -- "$file"
	assert_rc "$status"
	[[ -z $OUT ]] || cli_fail "nothing should go to stdout"
	[[ $ERR != *$'\n'* ]] || cli_fail "the error should be one line"
	for p in "$@"; do
		[[ $ERR == "pushpander: $file${p:+:$p}: "* ]] && return 0
	done
	cli_fail "expected \"pushpander: $file:$(printf '%s or ' "$@" | sed 's/ or $//'): …\""
}

test_cli_syntax_errors() {
	# The positions were counted by hand (lines and columns from 1, columns
	# in characters) and agree with Python's json module.
	syntax_error missing-comma.json 65 4:5          # the "label" that needs a comma before it
	syntax_error trailing-text.json 65 5:3          # "and more" after the closing brace
	syntax_error trailing-comma.json 65 1:34        # the } where a name must follow the comma
	syntax_error multibyte-column.json 65 1:34      # 'ä' is one column
	syntax_error not-object.json 65 1:1
	syntax_error empty.json 65 1:1 ""
	# an unterminated string: its opening quote, or where it ends (a raw
	# newline, which JSON does not allow inside a string, or the end)
	syntax_error unterminated-eof.json 65 1:21 1:32
	syntax_error unterminated-string.json 65 3:13 3:25
	[[ $ERR == *"syntax error"* || $ERR == *string* || $ERR == *U+000A* ]] ||
		cli_fail "the message should say what is wrong"
}

# --validate, when the program has it: the same positions, status 0 or 65.
test_cli_validate() {
	grep -q $'^validate\x1f' < <(options_table) || skip "no --validate in src/options.c"
	cli -- --validate "$RESUME"
	assert_rc 0
	cli -- --validate "$FIXTURES/missing-comma.json"
	assert_rc 65
	[[ $OUT$ERR == *"$FIXTURES/missing-comma.json:4:5: "* ]] ||
		cli_fail "--validate should report $FIXTURES/missing-comma.json:4:5"
	cli -- --validate "$FIXTURES/trailing-comma.json"
	assert_rc 65
	[[ $OUT$ERR == *"$FIXTURES/trailing-comma.json:1:34: "* ]] ||
		cli_fail "--validate should report $FIXTURES/trailing-comma.json:1:34"
}

test_cli_section() {
	local s
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	assert_status ' 1/4 '
	pp_start 80 24 -- -s work "$RESUME"
	wait_tab 3
	pp_start 80 24 -- --section=CONTACT "$RESUME"
	wait_tab 7
	usage_error --section bogus "$RESUME"
	[[ $ERR == *bogus* ]] || cli_fail "the message should name the section"
	cli -- --print --section incidents "$RESUME"
	assert_rc 0
	[[ $OUT == *INCIDENTS* && $OUT == *INC-004* ]] || cli_fail "--print --section incidents should print the incidents"
	for s in "SELECTED PROJECTS" "WORK HISTORY" "WHAT FOLKS SAY" "TECH STACK" "HIRE ME"; do
		[[ $OUT != *"$s"* ]] || cli_fail "--print --section incidents should print only the incidents, not \"$s\""
	done
}

test_cli_pipe() {
	local esc
	# stdout a pipe
	env -i "PATH=$PATH" TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
		${ASAN_OPTIONS:+"ASAN_OPTIONS=$ASAN_OPTIONS"} \
		"$PUSHPANDER" "$RESUME" </dev/null 2>"$E2E_DIR/err" | cat >"$E2E_DIR/out"
	RC=${PIPESTATUS[0]} OUT=$(cat "$E2E_DIR/out") ERR=$(cat "$E2E_DIR/err") CLI_ARGS="$RESUME | cat"
	assert_rc 0
	esc=$(grep -c $'\e' "$E2E_DIR/out")
	[[ $esc == 0 ]] || cli_fail "$esc lines with an ESC byte in the plain text"
	for s in "HEY, I'M" "SELECTED PROJECTS" "WORK HISTORY" "STRESS RELIEF" "INC-004" \
		"WHAT WE LEARNED" "WHAT FOLKS SAY" "TECH STACK" "HIRE ME"; do
		[[ $OUT == *"$s"* ]] || cli_fail "the plain text lacks \"$s\""
	done
	# in a terminal, with only stdout redirected: plain text, no viewer
	PP_REDIRECT=" >$(printf '%q' "$E2E_DIR/pane.out")" pp_start 80 24 -- "$RESUME"
	assert_exit 0
	grep -q "HEY, I'M" "$E2E_DIR/pane.out" || fail "with stdout in a file the résumé should be printed there"
	! grep -q $'\e' "$E2E_DIR/pane.out" || fail "ESC bytes in the text printed to a file"
	# in a terminal, with stdin not one: plain text on the terminal
	PP_REDIRECT=' </dev/null' pp_start 80 24 -- --section contact "$RESUME"
	assert_exit 0
	assert_eq "$(alternate_on)" 0 "with stdin not a terminal there is no viewer"
	assert_has "HIRE ME"
}

test_cli_print_width() {
	local w
	for w in 40 20 120; do
		cli -- --print --width "$w" "$RESUME"
		assert_rc 0
		(($(width_of <<<"$OUT") <= w)) ||
			cli_fail "--width $w printed a line $(width_of <<<"$OUT") columns wide: $(awk -v w="$w" 'length($0) > w' <<<"$OUT" | head -n 3)"
		[[ $OUT != *$'\e'* ]] || cli_fail "ESC bytes in --print"
	done
	cli -- --print --width 40 --ascii "$RESUME"
	assert_rc 0
	(($(width_of <<<"$OUT") <= 40)) || cli_fail "--ascii --width 40 printed a wider line"
	! LC_ALL=C grep -q '[^ -~]' <<<"$OUT" || cli_fail "--ascii printed non-ASCII bytes"
}

# Control characters, escape sequences and bidi overrides in the résumé
# reach neither the terminal nor the printed text.
test_hostile_text() {
	local f=$FIXTURES/hostile.json bad
	cli -- --print "$f"
	assert_rc 0
	control_bytes "$E2E_DIR/out" || cli_fail "--print wrote control bytes: $(grep -n $'[\x01-\x09\x0b-\x1f\x7f]' "$E2E_DIR/out" | cat -v | head -n 3)"
	bad=$(grep -nE $'\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$E2E_DIR/out" | head -n 3)
	[[ -z $bad ]] || cli_fail "--print wrote C1 controls or bidi overrides: $bad"
	[[ $OUT == *Name* && $OUT == *666* && $OUT == *"line two"* ]] || cli_fail "the text around the controls should still be printed"
	pp_start 80 24 -- "$f"
	wait_for "Right-to-left"
	assert_row 0 '^ 1 About( │ |  )(4|2) Incidents'
	assert_row 1 '^(─){80}$'
	[[ $(tm display-message -p -t "$T" '#{pane_title}') != *pwned* ]] || fail "an OSC sequence from the résumé set the terminal's title"
	[[ $SCREEN != *$'\u202e'* ]] || fail "a bidi override reached the screen"
	key Right Enter
	wait_row 1 'Incidents › INC-'
	assert_text "Escape"
	assert_text "blink"
	# (an SGR 5 of its own, not the 5 of "38;5;235": sgr_params tells them apart)
	! sgr_params < <(capture_escapes) | grep -qx 5 || fail "blinking text on the screen"
	[[ $(tm display-message -p -t "$T" '#{pane_title}') != *pwned* ]] || fail "an OSC sequence from the résumé set the terminal's title"
}

# A terminal that cannot be driven gets plain text.
test_cli_dumb_terminal() {
	pp_start 80 24 TERM=dumb -- --section contact "$RESUME"
	assert_exit 0
	SCREEN=$(tm capture-pane -p -S - -t "$T")
	assert_has "cannot drive terminal type 'dumb'"
	assert_has "HIRE ME"
	assert_has "$(J '.quotes.writing.cards[0].speaker')"
}

# Keys whose escape sequence the terminfo entry does not know (Home in
# tmux is ESC [ 1 ~, xterm's khome is ESC O H) must not act as Esc, '[',
# '1', '~' -- '1' would switch to the first tab.
test_keys_unknown_sequence() {
	local k
	pp_start 80 24 TERM=xterm-256color -- --section incidents "$RESUME"
	wait_tab 4
	# tmux sends ESC [ 1 ~ and ESC [ 4 ~, which xterm's terminfo does not
	# describe: read whole, they are still Home and End, never Esc [ 1 ~
	key j
	wait_status ' 2/4 '
	key End
	wait_status ' 4/4 '
	key Home
	wait_status ' 1/4 '
	barrier
	on_tab 4 || fail "Home/End as unknown escape sequences switched the tab"
}

# ====================================================================
# 11. every fact is reachable with keys alone
# ====================================================================

# block_form_into TEXT: BLOCK becomes the first row of TEXT drawn as the
# About hero draws a name in block letters (normalised as norm_into does),
# or nothing when it has no such form: as the viewer draws it, 200
# columns wide, for a résumé with that name alone.
block_form_into() {
	local json="$E2E_DIR/block-form.json" session=block-form i v
	local -a envs=("PATH=$PATH" "TERM=$E2E_TERM" LANG=C.UTF-8 LC_ALL=C.UTF-8)
	BLOCK=
	for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
		[[ -n ${!v:-} ]] && envs+=("$v=${!v}")
	done
	jq -n --arg name "$1" '{basics: {name: $name}}' >"$json" || return 1
	# the screen's About, wide: --print keeps a name a word
	tm new-session -d -s "$session" -x 200 -y 20 \
		"$(printf '%q ' env -i "${envs[@]}" "$PUSHPANDER" --section about "$json")" || return 1
	for ((i = 0; i < 100; i++)); do
		BLOCK=$(tm capture-pane -p -t "$session" | grep -m 1 '[▀▄█]') && break
		nap 0.05
	done
	tm kill-session -t "$session"
	norm_into "$BLOCK"
	BLOCK=$NORM
}

# assert_covers JSON TEXT WHAT: every string in JSON (but "$schema") is in
# the file TEXT (white space and borders ignored), verbatim or in the form
# the screens give it on purpose: headings in capitals, dates by name, a
# name in block letters.
assert_covers() {
	local s n hay up form month
	local -a missing=() shown=()
	hay=$(norm <"$2")
	while IFS= read -r s; do
		norm_into "${s//[[:space:]]/ }"
		n=$NORM
		[[ -z $n || $hay == *"$n"* ]] && continue
		up=${n^^}
		form=$(fmt_date "$n")
		month=$(fmt_date "$n" month)
		if [[ $n != "$up" && $hay == *"$up"* ]]; then
			shown+=("\"$s\" (in capitals: \"$up\")")
		elif [[ $form != "$n" && $hay == *"$form"* ]]; then
			shown+=("\"$s\" (as \"$form\")")
		elif [[ $n == *'`'* && $hay == *"${n//\`/}"* ]]; then
			shown+=("\"$s\" (its code spans without their backticks)")
		elif [[ $month != "$n" && $hay == *"$month"* ]]; then
			shown+=("\"$s\" (as \"$month\", in a range)")
		elif block_form_into "$s" && [[ -n $BLOCK && $hay == *"$BLOCK"* ]]; then
			shown+=("\"$s\" (in block letters)")
		else
			missing+=("$s")
		fi
	done < <(jq -r 'del(."$schema") | .. | strings' "$1")
	if ((${#shown[@]})); then
		note "$3: ${#shown[@]} strings are shown, but not verbatim:"
		printf '    %s\n' "${shown[@]}" >&2
	fi
	if ((${#missing[@]})); then
		printf '  missing: %s\n' "${missing[@]}" >&2
		SCREEN=
		fail "${#missing[@]} strings of $1 are not $3 (see $2)"
	fi
}

# coverage_of JSON WALK: every string of JSON is reachable with keys at
# 80x24 (walked with WALK: walk_all or walk_any), and is in --print.
coverage_of() {
	pp_start 80 24 -- "$1"
	wait_row 0 '^ 1 About '
	"$2" "$E2E_DIR/walk"
	assert_covers "$1" "$E2E_DIR/walk" "reachable with keys"
	key q
	assert_exit 0
	"$PUSHPANDER" --print --width 100 "$1" >"$E2E_DIR/print" 2>/dev/null ||
		fail "--print $1 failed"
	assert_covers "$1" "$E2E_DIR/print" "in --print"
}

test_coverage() { coverage_of "$RESUME" walk_all; }

# tests/fixtures/full.json uses every JSON Resume section and field.
test_coverage_full() { coverage_of tests/fixtures/full.json walk_any; }

# ====================================================================
# 12. hostile bytes, hostile terminals, hangups
# ====================================================================

PLANTED=$FIXTURES/planted.json

# Byte sequences (hex) that no résumé may get to a terminal: OSC (ESC ]),
# the planted clear screen ESC [ 2 J (unless the terminfo entry clears
# that way: tmux's clears with ESC [ H ESC [ J), BEL (the end of an OSC;
# nothing here rings), DEL, C1 controls in UTF-8 (C2 80-9F), zero-width
# space, non-joiner, joiner, LRM and RLM (U+200B-U+200F), line and
# paragraph separators, embeddings and overrides (U+2028-U+202E), word
# joiner and isolates (U+2060-U+206F), and the BOM.
forbidden_sequences() {
	local i
	printf '%s\n' "1b 5d" "07" "7f" "ef bb bf"
	[[ $(tput -T "$E2E_TERM" clear 2>/dev/null) == *$'\e[2J'* ]] || printf '%s\n' "1b 5b 32 4a"
	for ((i = 0x80; i <= 0x9f; i++)); do printf 'c2 %02x\n' "$i"; done
	for ((i = 0x8b; i <= 0x8f; i++)); do printf 'e2 80 %02x\n' "$i"; done
	for ((i = 0xa8; i <= 0xae; i++)); do printf 'e2 80 %02x\n' "$i"; done
	for ((i = 0xa0; i <= 0xaf; i++)); do printf 'e2 81 %02x\n' "$i"; done
}

# unasked FILE: writes FILE.unasked, FILE without the one OSC the viewer
# itself writes, once, before its first frame: its question about the
# terminal's background (ESC ] 11 ; ? ESC \); prints that file's name.
unasked() {
	perl -0777 -pe 's/\e\]11;\?\e\\//' "$1" >"$1.unasked" || fail "perl failed on $1"
	printf '%s' "$1.unasked"
}

# assert_clean_bytes FILE WHAT: none of the forbidden sequences is in FILE
# (but for the viewer's own question, see unasked), and FILE is well-formed
# UTF-8 (so a 0x9B byte can only be part of a character, never a C1 CSI).
assert_clean_bytes() {
	local hex seq at
	hex=$(hex_of "$(unasked "$1")")
	while IFS= read -r seq; do
		if [[ $hex == *" $seq "* ]]; then
			at=${hex%%" $seq "*}
			at=$(((${#at} + 1) / 3))
			SCREEN=
			fail "$2: the bytes $seq at offset $at: $(tail -c +$((at > 40 ? at - 40 : 1)) "$1" | head -c 100 | od -c | head -n 8)"
		fi
	done < <(forbidden_sequences)
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 ||
		fail "$2: not well-formed UTF-8 (a raw C1 byte or a cut sequence)"
}

# assert_plain_bytes FILE WHAT: as assert_clean_bytes, and no control
# byte at all but newlines (plain text has no escape sequences).
assert_plain_bytes() {
	control_bytes "$1" ||
		fail "$2: control bytes: $(LC_ALL=C grep -na $'[\x01-\x09\x0b-\x1f\x7f]' "$1" | head -n 3 | cat -v)"
	assert_clean_bytes "$1" "$2"
}

# assert_ascii_bytes FILE WHAT: FILE is all ASCII.
assert_ascii_bytes() {
	local n
	n=$(LC_ALL=C tr -d '\000-\177' <"$1" | wc -c)
	((n == 0)) || fail "$2: $n bytes above 0x7F"
}

# assert_osc8_only FILE URI...: every OSC in FILE (but the viewer's own
# question, see unasked) is an OSC 8 hyperlink, opened and closed with
# ESC \ around printable ASCII, and the targets linked are exactly the URIs
# given; otherwise FILE is clean (as assert_clean_bytes, but for the ESC ]
# of OSC 8).
assert_osc8_only() {
	local file all good targets want
	file=$(unasked "$1")
	shift
	all=$(LC_ALL=C grep -ao $'\e]' "$file" | wc -l)
	good=$(LC_ALL=C grep -aoE $'\e\\]8;;[!-~]*\e\\\\' "$file" | wc -l)
	((all == good)) ||
		fail "$((all - good)) of $all OSC sequences are not well-formed OSC 8 hyperlinks: $(LC_ALL=C grep -ao $'\e][^\e]*' "$file" | grep -v '^.]8;;[!-~]*$' | head -n 3 | cat -v)"
	targets=$(LC_ALL=C grep -aoE $'\e\\]8;;[!-~]+\e\\\\' "$file" | sed $'s/^\e\\]8;;//; s/\e\\\\$//' | sort -u)
	want=$(printf '%s\n' "$@" | sort -u)
	[[ $targets == "$want" ]] || fail "linked targets: $(tr '\n' ' ' <<<"$targets"), expected $(tr '\n' ' ' <<<"$want")"
	LC_ALL=C sed $'s/\e\\]8;;[!-~]*\e\\\\//g' "$file" >"$file.no-osc8"
	assert_clean_bytes "$file.no-osc8" "outside the hyperlinks"
}

# The escaped forms the sanitiser shows instead of what was planted.
PLANTED_VISIBLE=('\u001B[2J' '\u001B]0;pwned\u0007' '\u001B]52;c;aGVsbG8=\u0007' '\u001B]8;;'
	'\u009B' '\u007F' '\u202E' '\u202D' '\u202C' '\u2066' '\u2067' '\u2068' '\u2069'
	'\u200B' '\u200D' '\uFEFF')

# walk_planted FILE [ascii]: visits every tab of planted.json, opens every
# card, the help and a search through every hit; every screen is appended
# to FILE.
walk_planted() {
	local file=$1 sep='›' d n i
	[[ ${2:-} == ascii ]] && sep='>'
	local -a marks=('Combining first' 'LIVE\u001B[5m' 'Evil\u009BCorp' 'INC-\u001B[31m1'
		'Ref\u202E Eree' 'LANGS\u2066' 'mallory@example.com')
	local -a ends=('' 'clip' 'once' 'WHAT WE LEARNED')
	for d in 2 3 4 5 6 7 1; do
		key "$d"
		wait_for "${marks[d - 1]}"
		printf '%s\n' "$SCREEN" >>"$file"
		((d >= 2 && d <= 4)) || continue
		key Enter
		wait_row 1 " ${TAB_TITLES[d - 1]} $sep "
		key G
		wait_for "${ends[d - 1]}"
		printf '%s\n' "$SCREEN" >>"$file"
		key Escape
		wait_gone " $sep "
	done
	key '?'
	wait_for ' Keys '
	printf '%s\n' "$SCREEN" >>"$file"
	key Escape
	wait_gone ' Keys '
	key / p w n e d Enter
	wait_status '[”"] 1 of [0-9]+( |$)'
	printf '%s\n' "$SCREEN" >>"$file"
	[[ $(status_row) =~ \ 1\ of\ ([0-9]+) ]]
	n=${BASH_REMATCH[1]}
	((n >= 3)) || fail "the search should find \"pwned\" in the name, a project and an incident, found $n"
	for ((i = 2; i <= n; i++)); do
		key n
		wait_status "[”\"] $i of $n( |$)"
		printf '%s\n' "$SCREEN" >>"$file"
	done
}

# Control characters, escape sequences, bidi controls and invisible
# characters planted in the résumé, in the name, a project, a highlight, an
# incident, a skill and a reference: the bytes written to the terminal
# while every tab and card is shown hold none of them, the screen shows
# their escaped forms, and so do --print and a pipe.
test_bytes_hostile() {
	local rec="$E2E_DIR/tui.rec" v screens
	pp_record "$rec" 80 24 -- "$PLANTED"
	wait_row 0 '^ 1 About '
	walk_planted "$E2E_DIR/screens"
	key C-c
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	assert_clean_bytes "$rec" "the viewer wrote"
	screens=$(<"$E2E_DIR/screens")
	for v in "${PLANTED_VISIBLE[@]}" '中文字符' '漢字' '◌́'; do
		[[ $screens == *"$v"* ]] || fail "the screens never show \"$v\" (see $E2E_DIR/screens)"
	done
	[[ $(tm display-message -p -t "$T" '#{pane_title}') != *pwned* ]] ||
		fail "an OSC sequence from the résumé set the terminal's title"

	# in the C locale: ASCII only, the same escaped forms
	rec="$E2E_DIR/tui-c.rec"
	pp_record "$rec" 80 24 LANG=C LC_ALL=C -- "$PLANTED"
	wait_row 0 '^ 1 About '
	walk_planted "$E2E_DIR/screens-c" ascii
	key C-c
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	assert_clean_bytes "$rec" "the viewer wrote (C locale)"
	assert_ascii_bytes "$rec" "the viewer wrote (C locale)"
	screens=$(<"$E2E_DIR/screens-c")
	for v in "${PLANTED_VISIBLE[@]}"; do
		[[ $screens == *"$v"* ]] || fail "the screens (C locale) never show \"$v\""
	done

	# with hyperlinks: the only OSC is OSC 8, closed by ESC \, around the
	# targets that are plain printable ASCII with a known scheme
	rec="$E2E_DIR/tui-links.rec"
	pp_record "$rec" 80 24 -- --links always "$PLANTED"
	wait_row 0 '^ 1 About '
	walk_planted "$E2E_DIR/screens-links"
	key C-c
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	assert_osc8_only "$rec" "https://good.example/~me?a=1;b=2" "https://ok.example/photo.png" \
		"http://work.example/ok" "mailto:mallory@example.com"

	# --print, and the plain text written to a pipe
	cli -- --print "$PLANTED"
	assert_rc 0
	assert_plain_bytes "$E2E_DIR/out" "--print wrote"
	for v in "${PLANTED_VISIBLE[@]}"; do
		[[ $OUT == *"$v"* ]] || cli_fail "--print does not show \"$v\""
	done
	env -i "PATH=$PATH" "TERM=$E2E_TERM" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
		${ASAN_OPTIONS:+"ASAN_OPTIONS=$ASAN_OPTIONS"} \
		"$PUSHPANDER" "$PLANTED" </dev/null 2>"$E2E_DIR/err" | od -An -v -c >"$E2E_DIR/pipe.od"
	RC=${PIPESTATUS[0]} OUT=$(<"$E2E_DIR/pipe.od") ERR=$(<"$E2E_DIR/err") CLI_ARGS="$PLANTED | od -c"
	assert_rc 0
	# stderr: the validator's warnings (the planted URLs are not URLs), a
	# line each, and not a control byte in them
	! grep -qv '^pushpander: warning: ' "$E2E_DIR/err" || cli_fail "stderr holds more than warnings"
	[[ $ERR == *"basics.url: "*"is not a URL"* ]] || cli_fail "no warning for the planted basics.url"
	! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$E2E_DIR/err" || cli_fail "control bytes on stderr"
	# od -c shows a control byte as its octal number or a C escape
	! grep -qE '(^| )(033|233|177|\\a|\\0)( |$)' "$E2E_DIR/pipe.od" ||
		cli_fail "control bytes in the plain text: $(grep -nE '(^| )(033|233|177|\\a)( |$)' "$E2E_DIR/pipe.od" | head -n 3)"
	cli -- --grep pwned "$PLANTED"
	assert_rc 0
	assert_plain_bytes "$E2E_DIR/out" "--grep wrote"
	(($(wc -l <"$E2E_DIR/out") >= 3)) || cli_fail "--grep pwned should find the name, a project and an incident"
	env -i "PATH=$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 ${ASAN_OPTIONS:+"ASAN_OPTIONS=$ASAN_OPTIONS"} \
		"$PUSHPANDER" "$PLANTED" </dev/null 2>/dev/null | cat >"$E2E_DIR/pipe.out"
	assert_plain_bytes "$E2E_DIR/pipe.out" "the plain text in a pipe"
	grep -qF '\u202E' "$E2E_DIR/pipe.out" || fail "the plain text in a pipe lacks \"\\u202E\""
}

# Entries with no name, no title and no dates, in every section: the
# screens and --print show them (as "Untitled …") and nothing crashes.
test_nameless_entries() {
	local f=$FIXTURES/nameless.json d
	cli -- --print "$f"
	assert_rc 0
	[[ -z $ERR ]] || cli_fail "nothing should go to stderr"
	[[ $OUT == *PROJECTS* && $OUT == *STACK* ]] || cli_fail "--print should print every section"
	cli -- --print --width 20 --ascii "$f"
	assert_rc 0
	pp_start 80 24 -- "$f"
	wait_for 'About'
	for d in 1 2 3 4 5 6 7 8; do
		key "$d" Enter G
		barrier
		assert_alive
		key Escape g
	done
	barrier
	key q
	assert_exit 0
}

# assert_restored FILE: the bytes in FILE, all that pushpander wrote, leave
# the terminal as they found it: the alternate screen is left after it was
# last entered, the cursor shown after it was last hidden, every DEC
# private mode set (mouse reporting, keypad, bracketed paste …) reset after
# it was last set, the keypad transmit mode left; and after the last rmcup
# nothing but those resets, attribute resets and line ends.
assert_restored() {
	local bytes rest smcup rmcup cnorm civis smkx rmkx seq m
	bytes=$(tr -d '\0' <"$1")
	smcup=$(tput -T "$E2E_TERM" smcup) rmcup=$(tput -T "$E2E_TERM" rmcup)
	cnorm=$(tput -T "$E2E_TERM" cnorm) civis=$(tput -T "$E2E_TERM" civis)
	smkx=$(tput -T "$E2E_TERM" smkx) rmkx=$(tput -T "$E2E_TERM" rmkx)
	[[ $bytes == *"$smcup"* ]] || fail "no smcup written: $(head -c 200 "$1" | cat -v)"
	[[ ${bytes##*"$smcup"} == *"$rmcup"* ]] ||
		fail "rmcup not written after the last smcup: $(tail -c 200 "$1" | cat -v)"
	if [[ $bytes == *"$civis"* ]]; then
		[[ ${bytes##*"$civis"} == *"$cnorm"* ]] ||
			fail "the cursor was hidden and cnorm not written after: $(tail -c 200 "$1" | cat -v)"
	fi
	if [[ $bytes == *"$smkx"* ]]; then
		[[ ${bytes##*"$smkx"} == *"$rmkx"* ]] ||
			fail "the keypad was put in transmit mode and not taken out: $(tail -c 200 "$1" | cat -v)"
	fi
	# every DEC private mode set with ESC [ ? N h is reset with ESC [ ? N l
	# after its last setting (25 is the cursor, checked above)
	while IFS= read -r seq; do
		for m in ${seq//;/ }; do
			[[ $m == 25 ]] && continue
			grep -aoE $'\e\\[\\?[0-9;]*[hl]' <<<"$bytes" | sed $'s/^\e\\[?//' |
				awk -v m="$m" '{ k = substr($0, length($0)); n = split(substr($0, 1, length($0) - 1), p, ";");
					for (i = 1; i <= n; i++) if (p[i] == m) last = k } END { exit last != "l" }' ||
				fail "DEC private mode $m is left set at exit: $(tail -c 300 "$1" | cat -v)"
		done
	done < <(grep -aoE $'\e\\[\\?[0-9;]*h' <<<"$bytes" | sed $'s/^\e\\[?//; s/h$//' | sort -u)
	# after the last rmcup: only resets
	rest=${bytes##*"$rmcup"}
	rest=${rest//"$cnorm"/} rest=${rest//"$rmkx"/}
	rest=$(sed -E $'s/\e\\[\\?[0-9;]*l//g; s/\e\\[[0-9;]*m//g; s/\e\\(B//g; s/\e>//g' <<<"$rest" | tr -d '\r\n\017')
	[[ -z $rest ]] || fail "after leaving the alternate screen pushpander wrote: $(cat -v <<<"$rest" | head -c 200)"
}

# The terminal's modes, as "stty -a" lists them, one a line.
stty_modes() { tr -s ' ;' '\n' <"$1" | sed '/^$/d' | grep -vE '^(speed|baud|rows|columns|line|[0-9]+)$'; }

# restore_after HOW STATUS: starts the viewer (in an open card) with the
# terminal's modes saved before and after, ends it by HOW (q, ctrl-c, or a
# signal name sent to the process), and checks the exit status, the bytes
# written and that the modes are what they were.
restore_after() {
	local how=$1 want=$2 rec="$E2E_DIR/$1.rec" pid status
	local before="$E2E_DIR/$how.stty-before" after="$E2E_DIR/$how.stty-after"
	local status_file="$E2E_DIR/$how.status"
	PP_BEFORE="stty -a >$(printf %q "$before"); " \
		PP_AFTER="echo \$? >$(printf %q "$status_file"); stty -a >$(printf %q "$after")" \
		pp_record "$rec" 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	pid=$(pp_pid)
	grep -q 'icanon' "$before" || fail "no stty -a output before the program"
	case $how in
	q) key q q ;; # closes the card, then quits
	ctrl-c) key C-c ;;
	*) kill -s "$how" "$pid" || fail "cannot send SIG$how to $pid" ;;
	esac
	wait_exit >/dev/null
	status=$(cat "$status_file" 2>/dev/null)
	[[ $status == "$want" ]] || fail "after $how the exit status is '$status', expected $want"
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup after $how"
	assert_restored "$rec"
	grep -qE '(^| )icanon( |;|$)' "$after" || fail "after $how icanon is off: $(cat "$after")"
	grep -qE '(^| )echo( |;|$)' "$after" || fail "after $how echo is off: $(cat "$after")"
	local diff_out
	diff_out=$(diff <(stty_modes "$before") <(stty_modes "$after")) ||
		fail "after $how the terminal's modes differ from before: $(tr '\n' ' ' <<<"$diff_out")"
}

# Every way out restores the terminal: the alternate screen left, the
# cursor shown, mouse reporting off, the tty modes as they were.
test_restore_on_exit() {
	restore_after q 0
	restore_after ctrl-c 0
	restore_after TERM 143
	restore_after INT 130
	restore_after HUP 129
	# Ctrl-Z and Ctrl-\ are plain keys in raw mode: no stop, no core dump
	local pid
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	pid=$(pp_pid)
	key C-z "C-\\"
	barrier
	assert_alive
	[[ $(proc_state "$pid") != T ]] || fail "Ctrl-Z stopped pushpander"
	key 4
	wait_tab 4
	key C-z "C-\\" C-z
	key 2
	wait_tab 2
	[[ $(proc_state "$pid") == [RS] ]] || fail "pushpander is in state $(proc_state "$pid") after Ctrl-Z and Ctrl-\\"
	key q
	assert_exit 0
}

# hangup_case WHAT: ends T's session (tmux closes the terminal) and checks
# that pushpander ends within a second without burning CPU meanwhile.
hangup_case() {
	local pid=$1 what=$2 cpu0 cpu=0 c
	cpu0=$(proc_cpu "$pid") || fail "no /proc/$pid/stat"
	tm kill-session -t "=$T" || fail "tmux could not kill $T"
	local start end
	start=$(now_us)
	end=$((start + 1000000))
	cpu=$cpu0
	until proc_ended "$pid"; do
		c=$(proc_cpu "$pid") && cpu=$c
		past "$end" &&
			fail "$what: pushpander (pid $pid, state $(proc_state "$pid")) still runs 1 s after the terminal went away, $((cpu - cpu0)) ticks of CPU since"
		nap 0.02
	done
	# exiting takes a moment of CPU; spinning until the deadline would
	# take 100 ticks
	((cpu - cpu0 <= 10)) || fail "$what: $((cpu - cpu0)) ticks of CPU between the hangup and the end"
	note "$what: ended $((($(now_us) - start) / 1000)) ms after the hangup, $((cpu - cpu0)) ticks of CPU"
}

# When the terminal goes away pushpander ends within a second: by SIGHUP,
# with SIGHUP ignored (as nohup or a careless wrapper leave it), and with
# SIGHUP blocked, so that only end of file or EIO on its input tell it.
test_hangup() {
	local pid
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	hangup_case "$(pp_pid)" "SIGHUP"

	PP_BEFORE='trap "" HUP; ' pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	pid=$(pp_pid)
	hangup_case "$pid" "SIGHUP ignored"

	PP_WRAP="perl -MPOSIX -e $(printf %q 'sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGHUP)) or die "sigprocmask: $!"; exec @ARGV or die "exec: $!"')" \
		pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	pid=$(pp_pid)
	[[ $(sed -n 's/^SigBlk:[[:space:]]*//p' "/proc/$pid/status") =~ 1$|3$|5$|7$|9$|b$|d$|f$ ]] ||
		fail "SIGHUP is not blocked in pushpander: $(grep SigBlk "/proc/$pid/status")"
	hangup_case "$pid" "SIGHUP blocked (end of file only)"
}

# Waiting for a key, pushpander does nothing: no timer, no polling.  The
# measure is the kernel's count of context switches (every wake-up, even
# one that uses no measurable CPU, counts) and its CPU time, both from
# /proc: they need no privilege, unlike strace, which a container may not
# allow to attach.  When strace can attach, it also shows that no system
# call completes while idle.
test_idle_no_cpu() {
	local pid sw0 sw1 cpu0 cpu1 trace="$E2E_DIR/strace"
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	pid=$(pp_pid)
	sw0=$(proc_switches "$pid") cpu0=$(proc_cpu "$pid")
	sleep 2 # the idle time measured, not a wait for something
	sw1=$(proc_switches "$pid") cpu1=$(proc_cpu "$pid")
	[[ $sw1 == "$sw0" ]] || fail "pushpander woke up $((sw1 - sw0)) times in 2 s of idleness"
	[[ $cpu1 == "$cpu0" ]] || fail "pushpander used $((cpu1 - cpu0)) ticks of CPU in 2 s of idleness"
	if ! command -v strace >/dev/null; then
		note "no strace: the system calls were not traced"
	else
		timeout -s INT 2 strace -f -p "$pid" -e trace=all -o "$trace" 2>"$trace.err"
		if grep -q 'Operation not permitted' "$trace.err"; then
			note "strace may not attach here: the system calls were not traced"
		else
			# one line: the read it was blocked in, as strace left it
			[[ $(grep -vc 'detached \.\.\.>$\|<unfinished \.\.\.>$' "$trace") == 0 ]] ||
				fail "system calls while idle: $(head -n 5 "$trace")"
			grep -q 'detached \.\.\.>$\|<unfinished \.\.\.>$' "$trace" ||
				fail "strace saw nothing: $(cat "$trace" "$trace.err")"
		fi
	fi
	key 4
	wait_tab 4
}

# pty_drained PID: pushpander (PID) sleeps and its terminal holds no
# unread input: what was sent has been read.
pty_drained() {
	local n
	[[ $(proc_state "$1") == S ]] || return 1
	n=$(perl -MFcntl -e 'sysopen(my $f, $ARGV[0], O_RDONLY | O_NOCTTY | O_NONBLOCK) or die "$ARGV[0]: $!";
		my $n = pack("L", 0); ioctl($f, 0x541B, $n) or die "FIONREAD: $!"; print unpack("L", $n)' \
		"$(tm display-message -p -t "$T" '#{pane_tty}')") || fail "cannot read the input queue of $T"
	[[ $n == 0 ]]
}

# A megabyte pasted at once -- random printable characters and random
# bytes, all but q and Ctrl-C, which would quit -- then 5000 j as from a
# held key: pushpander is alive afterwards and answers the next key in the
# usual time.
test_paste_storm() {
	local data="$E2E_DIR/paste" pid start
	{
		head -c 1500000 /dev/urandom | LC_ALL=C tr -dc '[:print:]' | LC_ALL=C tr -d 'q' | head -c 524288
		head -c 540000 /dev/urandom | LC_ALL=C tr -d 'q\003' | head -c 524288
	} >"$data"
	(($(wc -c <"$data") == 1048576)) || fail "could not make the paste"
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	pid=$(pp_pid)
	start=$(now_us)
	tm load-buffer -b storm "$data" || fail "tmux load-buffer failed"
	tm paste-buffer -d -b storm -t "$T" || fail "tmux paste-buffer failed"
	WAIT_TIMEOUT=60 wait_until "the paste to be read" pty_drained "$pid"
	note "the megabyte was read in $((($(now_us) - start) / 1000)) ms"
	assert_alive
	# leave whatever the paste left open: the search prompt, the help, a
	# card, a search (each Esc closes one); g for the top of the tab
	key Escape Escape Escape Escape 4 g
	wait_tab 4
	# a held key
	tm send-keys -t "$T" -l "$(printf 'j%.0s' {1..5000})" || fail "tmux send-keys failed"
	barrier
	assert_status ' 4/4 .*Bot'
	assert_alive
	[[ $(proc_state "$pid") == [RS] ]] || fail "pushpander is in state $(proc_state "$pid")"
	# About is taller than 24 rows: the paste may have scrolled it, g shows its top
	key 1 g
	wait_tab 1
	key q
	assert_exit 0
}

# A byte that is not UTF-8 (a paste of binary data, a terminal in another
# encoding) is one key that does nothing: the keys after it still work.
test_keys_after_invalid_utf8() {
	local b
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for b in ff c3 e2 f0 80; do
		tm send-keys -t "$T" -H "$b" || fail "tmux send-keys -H failed"
		key 4
		wait_until "tab 4 after the byte 0x$b" on_tab 4
		key 1
		wait_until "tab 1 after the byte 0x$b and 4" on_tab 1
	done
	# a lead byte followed by a key that cannot continue it
	tm send-keys -t "$T" -H e2 34 || fail "tmux send-keys -H failed"
	key 3
	wait_tab 3
	key q
	assert_exit 0
}

# huge_case: pushpander in T runs with the size the kernel gives it (huge or
# 0x0), paints, answers keys, stays small, and quits with status 0.
huge_case() {
	local what=$1 pid rss
	pid=$(pp_pid)
	key 4
	wait_for "STRESS RELIEF"
	key 1
	wait_for "HEY, I'M"
	assert_row 0 '^ 1 About( │ |  )2 Projects'
	rss=$(proc_rss_kb "$pid")
	[[ -n $rss ]] || fail "$what: no VmRSS for $pid"
	((rss < 100 * 1024)) || fail "$what: pushpander uses $((rss / 1024)) MB of memory"
	note "$what: $((rss / 1024)) MB resident"
	key q
	assert_exit 0
}

# A terminal announcing 65535x65535 (an ssh client can) or 0x0: at start
# and at run time.  pushpander clamps the size to 512x256, so the pane is
# made that size to show what it paints.
test_huge_size() {
	local tty
	PP_BEFORE='stty rows 65535 cols 65535; ' pp_start 512 256 -- "$RESUME"
	wait_row 0 '^ 1 About( │ |  )2 Projects'
	wait_status 'q quit'
	huge_case "65535x65535 at start"

	PP_BEFORE='stty rows 0 cols 0; ' pp_start 80 24 -- "$RESUME"
	wait_row 0 '^ 1 About( │ |  )2 Projects'
	wait_status 'q quit'
	huge_case "0x0 at start"

	pp_start 512 256 -- "$RESUME"
	wait_tab 1
	tty=$(tm display-message -p -t "$T" '#{pane_tty}')
	stty -F "$tty" rows 30 cols 100 || fail "cannot set the size of $tty"
	wait_row 29 'q quit'
	stty -F "$tty" rows 65535 cols 65535 || fail "cannot set the size of $tty"
	wait_status 'q quit'
	wait_until "row 29 to be cleared" row_matches 29 '^ *$'
	huge_case "65535x65535 at run time"

	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	tty=$(tm display-message -p -t "$T" '#{pane_tty}')
	stty -F "$tty" rows 0 cols 0 || fail "cannot set the size of $tty"
	huge_case "0x0 at run time"
}

# term_plain WHAT ENV...: with a terminal pushpander cannot drive it says
# so in one line on stderr, writes plain text with no escape sequence to
# the terminal, and exits with status 0.
term_plain() {
	local what=$1 rec="$E2E_DIR/term.rec" err="$E2E_DIR/term.err"
	shift
	PP_REDIRECT=" 2>$(printf %q "$err")" pp_record "$rec" 80 24 "$@" -- --section contact "$RESUME"
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "HIRE ME")" "the plain text"
	[[ $(wc -l <"$err") == 1 ]] || fail "$what: stderr should be one line: $(cat -v "$err")"
	grep -q "^pushpander: cannot drive terminal type" "$err" || fail "$what: stderr says: $(cat -v "$err")"
	! has_bytes "$rec" 1b || fail "$what: escape sequences written: $(grep -a $'\e' "$rec" | head -n 3 | cat -v)"
	assert_clean_bytes "$rec" "$what"
}

test_term_types() {
	term_plain "TERM unset" -TERM
	term_plain "TERM empty" TERM=
	term_plain "TERM=dumb" TERM=dumb
	term_plain "TERM=unknown-xyz" TERM=unknown-xyz
	# vt100 addresses the cursor: the viewer runs
	pp_start 80 24 TERM=vt100 -- "$RESUME"
	wait_row 0 '^ 1 About( │ |  )2 Projects'
	wait_for "HEY, I'M"
	key 4
	wait_tab 4
	key q
	assert_exit 0
}

# ====================================================================

TESTS=(
	startup startup_xterm default_resume
	tabs_digits tabs_arrows tabs_tab_key
	incidents_open incident_sections incidents_prev_next projects_open history_open history_long
	selection_keys selection_playbook selection_top_bottom paging paging_cards
	help help_scroll help_narrow
	resize resize_storm resize_tabbar
	sizes_large sizes_small too_small
	quit quit_ctrl_c quit_in_card signals redraw
	locale_ascii ascii_option color_default no_color_env no_color_option
	cli_help cli_version cli_unknown_option cli_missing_argument cli_unexpected_argument cli_missing_file
	cli_syntax_errors cli_validate cli_section cli_pipe cli_print_width hostile_text cli_dumb_terminal
	keys_unknown_sequence
	coverage coverage_full
	bytes_hostile nameless_entries keys_after_invalid_utf8 restore_on_exit hangup idle_no_cpu paste_storm huge_size term_types
)
. tests/e2e/features.sh # search, mouse, links, charts, themes: more tests
. tests/e2e/hardening.sh # signals, blocked output, memory, hostile sizes
. tests/e2e/owner.sh # --validate's checks, the résumé from a pipe, --watch
. tests/e2e/light.sh # light backgrounds: the palette, the question, the answers
. tests/e2e/split.sh # wide terminals: the split, the centred column
. tests/e2e/cards.sh # cards, incidents, charts and code spans (issue 12)
. tests/e2e/hero.sh # the About hero, quotes as asides, Education, a generic résumé's Contact
. tests/e2e/chrome.sh # the tab bar, the status line, help, mono selection, small terminals

main() {
	if [[ ${1:-} == --list ]]; then
		printf '%s\n' "${TESTS[@]}"
		return 0
	fi
	select_tests e2e "$@" || return 1
	if ! command -v tmux >/dev/null || ! command -v jq >/dev/null; then
		echo "e2e: needs tmux and jq" >&2
		echo "e2e: 0 passed, 1 failed"
		return 1
	fi
	if [[ ! -x $PUSHPANDER ]]; then
		echo "e2e: no executable $PUSHPANDER (build it first)" >&2
		echo "e2e: 0 passed, 1 failed"
		return 1
	fi
	# what the tests write; kept when one fails
	E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pushpander-e2e.XXXXXX") || return 1
	trap 'e2e_stop_running "$E2E_TMP"; [[ -n ${E2E_KEEP:-} ]] || rm -rf "$E2E_TMP"' EXIT
	trap 'exit 130' INT TERM
	echo "e2e: $PUSHPANDER, TERM=$E2E_TERM, tmux $(tmux -V | cut -d' ' -f2), timeout ${E2E_TIMEOUT}s, $E2E_JOBS at a time"
	run_tests e2e "$E2E_TMP" "files in $E2E_TMP" "$E2E_JOBS" || {
		E2E_KEEP=1
		return 1
	}
}

main "$@"
