# shellcheck shell=bash
# tests/e2e/chrome.sh — sourced by tests/e2e.sh: the chrome around the
# résumé (issue 12): the tab bar, the status line, the help overlay, the
# selected card in monochrome, ASCII separators and small terminals.

TESTS+=(
	chrome_tab_bar_numbers chrome_tab_bar_ruled chrome_status_open_card chrome_status_search
	chrome_status_quiet chrome_help_fits chrome_mono_selected_heavy chrome_ascii_separators
	chrome_small_tab_top chrome_small_no_lone_border chrome_keywords_chips
)

# status_states: the distinct attribute states (screen_cells) of the
# status line's cells.
status_states() {
	screen_cells | awk -F'\t' -v r=$((ROWS - 1)) '$1 == r { print $3 }' | sort -u
}

# Below 80 columns every tab's number stays on the bar, the current tab
# named; a click on a number goes to its tab.
test_chrome_tab_bar_numbers() {
	local x
	pp_start 60 20 -- "$RESUME"
	wait_tab 1
	assert_row 0 "$(tab_bar_numbers 1)"
	key 4
	wait_row 0 "$(tab_bar_numbers 4)"
	# the current tab stands out: a background of its own
	[[ $(attrs_at "4 Incidents" | head -1) == *"bg=c"* ]] ||
		fail "the current tab has no background: $(attrs_at "4 Incidents")"
	capture
	x=$(col_of "6" "$(row 0)")
	mouse_click "$x" 0
	wait_row 0 "$(tab_bar_numbers 6)"
	x=$(col_of "2" "$(row 0)")
	mouse_click "$x" 0
	wait_row 0 "$(tab_bar_numbers 2)"
	assert_fits
}

# Wide: every tab named, ruled apart, their numbers quieter than their
# names; the current one a padded pill.
test_chrome_tab_bar_ruled() {
	pp_start 120 30 -- "$RESUME"
	wait_tab 1
	assert_row 0 "$TAB_BAR_RULED"
	key 3
	wait_tab 3
	local num name
	num=$(attrs_at "2 Projects" | head -1)
	name=$(attrs_at "Projects" | head -1)
	[[ $num != "$name" ]] || fail "a tab's number looks like its name: [$num]"
	# the pill takes a cell either side of "3 History"
	local x cells
	x=$(col_of "3 History" "$(row 0)")
	cells=$(screen_cells | awk -F'\t' -v a=$((x - 1)) -v b=$((x + 9)) \
		'$1 == 0 && ($2 == a || $2 == b) { print $3 }' | sort -u)
	[[ $(wc -l <<<"$cells") == 1 && $cells == *"bg=c"* ]] ||
		fail "the current tab is not padded on both sides: $cells"
}

# An open card's status line says which card of how many, at 120
# columns too (it used to stop after "? help").
test_chrome_status_open_card() {
	pp_start 120 40 -- --section incidents "$RESUME"
	wait_tab 4
	key j j
	wait_status ' 3/4( |$)'
	key Enter
	wait_row 1 "Incidents › INC-003 "
	assert_status 'INC-003 · 3/4( |$)'
	key Right
	wait_status 'INC-004 · 4/4( |$)'
	# small: still there
	pp_start 40 12 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	wait_status '1/4( |$)'
}

# A search shows its term and where in its hits we are.
test_chrome_status_search() {
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	search_for kafka
	wait_status 'n/N match .*“kafka” 1 of [0-9]+( |$)'
	key n
	wait_status '“kafka” 2 of [0-9]+( |$)'
	key Escape Escape
	wait_until "the search to go from the status line" lacks "kafka”"
	pp_start 80 24 LANG=C LC_ALL=C -- "$RESUME"
	wait_tab 1
	search_for kafka
	wait_status '"kafka" 1 of [0-9]+( |$)'
}

# The status line is quiet: not in reverse video, and on no background
# brighter than a dark grey, in every theme.
test_chrome_status_quiet() {
	local theme s
	for theme in 256 8 mono; do
		pp_start 80 24 -- --theme "$theme" --section incidents "$RESUME"
		wait_tab 4
		wait_status '1/4'
		while IFS= read -r s; do
			[[ $s != *"r=1"* ]] || fail "--theme $theme: the status line is in reverse video: $s"
			[[ $s =~ bg=(c([0-9]+))?( |$) ]] || fail "--theme $theme: the status line's background: $s"
			if [[ -n ${BASH_REMATCH[2]} ]]; then
				((BASH_REMATCH[2] >= 232 && BASH_REMATCH[2] <= 238)) ||
					fail "--theme $theme: the status line's background is bright: $s"
			fi
		done < <(status_states)
	done
}

# The help at 80×24: every group, every key's brief, nothing to scroll.
test_chrome_help_fits() {
	local g
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key '?'
	wait_for ' Keys '
	for g in Move Tabs Cards Search Other Mouse; do
		grep -qE "│ $g +|  $g +" <<<"$SCREEN" || fail "the help has no group \"$g\""
	done
	while IFS= read -r g; do
		assert_has "$g" "the help lacks the brief \"$g\""
	done < <(help_table_briefs)
	assert_has "never runs programs or opens links."
	status_matches 'Top|Bot|%' && fail "the help scrolls at 80×24: $(status_row)"
	assert_boxes_closed
	# the groups stand side by side: Move and Cards on one row
	grep -qE "Move +Cards" <<<"$SCREEN" || fail "the groups are not side by side"
}

# In monochrome the selected card's border is heavy, not only marked.
test_chrome_mono_selected_heavy() {
	local env
	for env in NO_COLOR=1 TERM=tmux-256color; do
		if [[ $env == NO_COLOR=1 ]]; then
			pp_start 80 24 NO_COLOR=1 -- --section incidents "$RESUME"
		else
			pp_start 80 24 -- --theme mono --section incidents "$RESUME"
		fi
		wait_tab 4
		assert_row "$(row_of "━ INC-001 ")" "^$MARKER ┏━ INC-001 ━+ SEV1 ━┓\$"
		assert_row "$(row_of "─ INC-002 ")" '^  ╭─ INC-002 ─+ SEV2 ─╮$'
		assert_has "┗━━━━"
		key j
		wait_until "INC-002's border heavy" has "┏━ INC-002 "
		assert_row "$(row_of "━ INC-002 ")" "^$MARKER ┏━ INC-002 ━+ SEV2 ━┓\$"
	done
	# ASCII: "=" and "#" corners
	pp_start 80 24 LANG=C LC_ALL=C -- --theme mono --section incidents "$RESUME"
	wait_tab 4
	assert_row "$(row_of "= INC-001 ")" '^> #= INC-001 =+ SEV1 =#$'
	assert_row "$(row_of "- INC-002 ")" '^  \+- INC-002 -+ SEV2 -\+$'
	# colour tells the selection already: the border keeps its shape
	pp_start 80 24 -- --theme 256 --section incidents "$RESUME"
	wait_tab 4
	assert_row "$(row_of "─ INC-001 ")" "^$MARKER ╭─ INC-001 ─+ SEV1 ─╮\$"
}

# In ASCII a date range and what follows it do not read as two ranges,
# and a check mark is not a letter.
test_chrome_ascii_separators() {
	cli -- --print --ascii --width 80 "$RESUME"
	assert_rc 0
	[[ $OUT == *"Feb 2024 - Present, Delhi, India"* ]] || cli_fail "no \"Feb 2024 - Present, Delhi, India\""
	[[ $OUT != *"Present - Delhi"* ]] || cli_fail "\"Present - Delhi\" reads as a second range"
	[[ $OUT == *"SHIPPED [ok]"* ]] || cli_fail "✓ is not \"[ok]\""
	[[ $OUT == *"LIVE | SOLO BUILD"* ]] || cli_fail "a middle dot in the text is not \"|\""
	pp_start 80 24 LANG=C LC_ALL=C -- --section history "$RESUME"
	wait_for "Feb 2024 - Present, Delhi, India"
}

# On a small terminal a tab opens at its top, its heading in view and its
# first card selected, though below the screen; j brings that card in
# before it moves on.
test_chrome_small_tab_top() {
	local t
	pp_start 40 12 -- "$RESUME"
	wait_tab 1
	for t in 4 3 2; do
		key "$t"
		wait_tab "$t"
		assert_status ' 1/[0-9]+ ' "tab $t does not open with its first card selected"
		assert_status 'Top' "tab $t does not open at its top"
	done
	key 4
	wait_tab 4
	lacks "$MARKER" || fail "INC-001 fits under the heading after all: the test proves nothing"
	key j
	wait_for "$MARKER"
	assert_status ' 1/4 '
	assert_row 2 "^$MARKER ╭─ INC-001 "
	key j
	wait_status ' 2/4 '
}

# Going through the cards on a small terminal, the screen never starts
# with a lone bottom border (of the card before, or of a box above).
test_chrome_small_no_lone_border() {
	local i
	pp_start 40 12 -- --section incidents "$RESUME"
	wait_tab 4
	for i in 1 2 3 4; do
		key j
		wait_status " $i/4 "
		wait_for "$MARKER"
		[[ ! $(row 2) =~ ^\ *╰─+╯\ *$ ]] || fail "card $i: a lone bottom border at the top: $(row 2)"
		[[ ! $(row 3) =~ ^\ *╰─+╯\ *$ || $(row 2) == *[![:space:]]* ]] ||
			fail "card $i: a gap and a lone bottom border at the top"
	done
	assert_boxes_closed
}

# Keywords are chips (a background of their own, the separators between
# them off it); links are links (underlined, no chip).
test_chrome_keywords_chips() {
	local kw link sep x y
	pp_start 120 40 -- --theme 256 tests/fixtures/full.json
	wait_for "Contact"
	key 3
	wait_for "Stack: Brass"
	kw=$(attrs_at "Brass" | head -1)
	[[ $kw == *"bg=c"* ]] || fail "a keyword has no chip: [$kw]"
	[[ $(attrs_at "Punch cards" | head -1) == "$kw" ]] || fail "the keywords differ: $(attrs_at "Punch cards")"
	capture
	y=$(row_of "Stack: Brass")
	x=$(col_of "·" "$(row "$y")")
	sep=$(screen_cells | awk -F'\t' -v r="$y" -v c="$x" '$1 == r && $2 == c { print $3 }')
	[[ $sep != "$kw" && $sep != *"bg=c"* ]] || fail "the separator between keywords is on the chip: [$sep]"
	key 7
	wait_for "https://ada.example.com"
	link=$(attrs_at "https://ada.example.com" | head -1)
	[[ $link == *"u=1"* && $link != *"bg=c"* ]] || fail "a link is not a link: [$link]"
	[[ $link != "$kw" ]] || fail "links look like keywords: [$link]"
}
