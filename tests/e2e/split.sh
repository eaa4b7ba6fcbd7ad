# shellcheck shell=bash
# shellcheck disable=SC2153 # SCREEN, T, COLS … are set by lib.sh's helpers
# tests/e2e/split.sh — sourced by tests/e2e.sh: wide terminals.  From 140
# columns a tab of cards shows its list on the left and the selected card,
# opened, on the right, following the selection without Enter; Enter
# moves the keys into it, Esc back.  Between 100 columns and the split the
# column is centred.  Uses the helpers of tests/e2e/lib.sh, tests/e2e.sh
# and tests/e2e/features.sh.

TESTS+=(
	split_incidents split_history split_enter_scrolls split_mouse split_resize
	centred_column
)

# text_column_at_least TEXT N: TEXT is on the screen from column N or
# further right (columns counted in characters: the screens' box drawing
# and text here are one column each).
text_column_at_least() {
	local r line prefix
	r=$(row_of "$1")
	line=$(row "$r")
	prefix=${line%%"$1"*}
	((${#prefix} >= $2)) || fail "\"$1\" starts at column ${#prefix}, left of $2: \"$line\""
}

# text_right_of TEXT N: some row of the screen has TEXT from column N or
# further right.
text_right_of() {
	local line prefix
	while IFS= read -r line; do
		[[ $line == *"$1"* ]] || continue
		prefix=${line%%"$1"*}
		((${#prefix} >= $2)) && return 0
	done <<<"$SCREEN"
	return 1
}

# The Incidents tab at 160×45: the list and the selected incident's
# post-mortem side by side, without Enter, following ↑↓.
test_split_incidents() {
	local happened0 happened1 r
	happened0=$(J '.incidents[0].happened' | cut -c1-30)
	happened1=$(J '.incidents[1].happened' | cut -c1-30)
	pp_start 160 45 -- --section incidents "$RESUME"
	wait_tab 4
	wait_text "$happened0"
	# the post-mortem is right of the list, whose selected card is at the left
	assert_marker_on "$(J '.incidents[0].id')"
	text_column_at_least "$happened0" 66
	assert_row 1 '^(─){160}$' "nothing is open: the rule has no breadcrumb"
	# the comparison's header, in the narrower list, keeps its words apart
	has "INCIDENTS COMPARED" || fail "the comparison is not above the list"
	lacks "AFTER RESOLVED" || fail "the comparison's header runs its words together"
	key Down
	wait_text "$happened1"
	lacks "$happened0" || fail "the first incident's post-mortem is still shown"
	assert_marker_on "$(J '.incidents[1].id')"
}

# History at 160×45: the roles beside the selected role's highlights.
test_split_history() {
	local hl0 hl1
	hl0=$(J '.work[0].highlights[0]' | cut -c1-30)
	hl1=$(J '.work[1].highlights[0]' | cut -c1-30)
	pp_start 160 45 -- --section history "$RESUME"
	wait_tab 3
	wait_text "$hl0"
	# once, beside the list: the list's cards keep to their summary there
	text_right_of "$hl0" 66 || fail "the first role's highlight is not beside the list"
	(($(grep -cF "$hl0" <<<"$SCREEN") == 1)) || fail "\"$hl0\" is shown twice: in the list too"
	lacks "more $(printf '\u00b7') Enter" || fail "a card of the split's list says it holds more"
	key Down
	wait_text "$hl1"
	lacks "$hl0" || fail "the first role's highlights are still shown"
	# below the split's width, the card is shown only in the column
	resize 139 45
	wait_until "nothing right of the centred column" right_blank 120
	assert_text "$hl1"
}

# right_blank COL: the rows between the rule and the status line have
# nothing but spaces from column COL on.
right_blank() {
	local line
	while IFS= read -r line; do
		[[ -z ${line:$1} || ${line:$1} =~ ^\ +$ ]] || return 1
	done < <(screen_rows; printf '%s\n' "${SCREEN_ROWS[@]:2:ROWS-3}")
}

# Enter moves the keys into the detail: ↓ scrolls it, the list stays; Esc
# moves them back and ↓ selects again.
test_split_enter_scrolls() {
	local id2 learned2
	id2=$(J '.incidents[2].id')
	learned2=$(J '.incidents[2].learned' | cut -c1-24)
	pp_start 160 20 -- --section incidents "$RESUME"
	wait_status ' 1/4'
	key Down Down
	wait_status ' 3/4'
	lacks "$learned2" || fail "the end of the post-mortem should be below the screen at 20 rows"
	key Enter
	wait_row 1 "^── Incidents › $(re_quote "$id2") ─+$"
	assert_marker_on "$id2"
	key End
	wait_text "$learned2"
	assert_marker_on "$id2"
	key Escape
	wait_row 1 '^(─){160}$'
	key Down
	wait_status ' 4/4'
}

# A click on the detail moves into it; one on the list moves back and
# selects the card clicked.
test_split_mouse() {
	local y id1
	id1=$(J '.incidents[1].id')
	pp_start 160 45 -- --section incidents "$RESUME"
	wait_tab 4
	wait_for "$(J '.incidents[0].id')"
	mouse_click 90 10
	wait_row 1 "^── Incidents › $(re_quote "$(J '.incidents[0].id')") ─+$"
	y=$(row_of "╭─ $id1 ")
	mouse_click 10 $((y + 1))
	wait_row 1 '^(─){160}$'
	wait_status ' 2/4'
	assert_marker_on "$id1"
}

# Resizing across the split keeps the selection and the open card.
test_split_resize() {
	local hl2
	hl2=$(J '.work[2].highlights[0]' | cut -c1-30)
	pp_start 100 40 -- --section history "$RESUME"
	wait_tab 3
	key Down Down
	wait_status ' 3/4'
	resize 180 40
	wait_status ' 3/4'
	wait_until "the selected role beside the list" text_right_of "$hl2" 80
	resize 90 40
	wait_status ' 3/4'
	wait_until "nothing right of the screen's 90 columns" right_blank 90
	text_right_of "$hl2" 80 && fail "at 90 columns there is no split"
	assert_text "$hl2"
}

# Between 100 columns and the split, the column of at most 100 is centred;
# at 100 and below it starts at the left edge.
test_centred_column() {
	local y
	pp_start 120 40 -- --section projects "$RESUME"
	wait_tab 2
	y=$(row_of "SELECTED PROJECTS")
	assert_row "$y" '^ {12}SELECTED PROJECTS' "the column should start 10 columns in (plus its margin) at 120"
	y=$(row_of "╭─ $(J '.projects[0].name')")
	assert_row "$y" '^ {10}▶ ╭─' "the selected card's marker should be 10 columns in"
	resize 100 40
	wait_row "$y" '^▶ ╭─'
}
