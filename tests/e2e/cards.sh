# shellcheck shell=bash
# shellcheck disable=SC2153 # SCREEN, T, COLS … are set by lib.sh's helpers
# tests/e2e/cards.sh — sourced by tests/e2e.sh: the cards, incidents, charts
# and code spans of issue 12.  Unopened cards preview their highlights and
# say on their border what they hold back; incident cards lead with the
# headline and spell TTD and TTR out; the opened post-mortem has a header
# and a timeline to scale; the comparison is titled and above the cards;
# the career timeline tells two roles at one company apart; `code spans`
# show without backticks.  Uses the helpers of tests/e2e/lib.sh,
# tests/e2e.sh and tests/e2e/features.sh.

TESTS+=(
	cards_projects_preview cards_preview_says_more cards_incident_figures
	cards_postmortem_header cards_code_spans cards_comparison_seen cards_timeline_roles
	cards_timeline_selected cards_only_cards_boxed cards_timeline_current_named
)

# At 120x40 the Projects tab shows the projects' headline numbers, the
# highlights, without Enter: all four of Pitstop's, so nothing is held back.
test_cards_projects_preview() {
	local h y
	pp_start 120 40 -- --section projects "$RESUME"
	wait_tab 2
	wait_for "$(J '.projects[-1].keywords[-1]')" # the whole screen drawn
	assert_row 1 '^(─){120}$' "a card is open"
	for h in '~95% hit rate' 'sub-100ms' "$(J '.projects[0].highlights[3]')"; do
		assert_has "$h" "the Projects tab does not show \"$h\" without Enter"
	done
	# under the card's title, bulleted
	[[ $(row "$(row_of "~95% hit rate")") =~ ^\ *│\ •\ Hash-based ]] ||
		fail "the highlight is not a bullet in Pitstop's box: $(row "$(row_of "~95% hit rate")")"
	y=$(row_of "╭─ Pitstop ")
	local end
	end=$(awk -v y="$y" 'NR > y + 1 && /╰/ { print NR - 1; exit }' <<<"$SCREEN")
	[[ $(row "$end") != *more* ]] || fail "Pitstop shows all it holds, yet says more: $(row "$end")"
}

# At 80 columns a card shows two highlights and says on its bottom border
# how many more it holds; below 60 columns it shows none, and says so.
test_cards_preview_says_more() {
	local n
	n=$(J '.projects[0].highlights | length')
	pp_start 80 24 -- --section projects "$RESUME"
	wait_tab 2
	assert_has "$(J '.projects[0].highlights[0]')"
	assert_has "$(J '.projects[0].highlights[1]')"
	assert_lacks "$(J '.projects[0].highlights[2]')"
	grep -qE "^  ╰─+ \+$((n - 2)) more · Enter ─╯$" <<<"$SCREEN" ||
		fail "no \"+$((n - 2)) more · Enter\" on Pitstop's bottom border: $SCREEN"
	# History too, its long highlights cut to two lines each
	key 3
	wait_tab 3
	assert_has "• $(J '.work[0].highlights[0]' | cut -c1-30)"
	grep -qE "^  ╰─+ \+1 more · Enter ─╯$" <<<"$SCREEN" ||
		fail "no \"+1 more\" on Alt Mobility's border: $SCREEN"
	[[ $(grep -c '…' <<<"$SCREEN") -ge 1 ]] || fail "a long highlight is not cut with an ellipsis"
	# Enter shows them all
	key Enter
	wait_row 1 "History › $(J '.work[0].name') "
	collect_pages "$E2E_DIR/card"
	[[ $(norm <"$E2E_DIR/card") == *"$(norm_str "$(J '.work[0].highlights[2]')")"* ]] ||
		fail "the opened card lacks its last highlight"
	# narrow: no preview, and the border says how many there are
	pp_start 50 24 -- --section projects "$RESUME"
	wait_row 0 'Projects'
	assert_lacks "$(J '.projects[0].highlights[0]')"
	grep -qE "^  ╰─+ \+$n more · Enter ─╯$" <<<"$SCREEN" ||
		fail "no \"+$n more\" at 50 columns: $SCREEN"
	# the ASCII border says it too
	pp_start 80 24 -- --ascii --section projects "$RESUME"
	wait_tab 2
	grep -qE "^  \+-+ \+$((n - 2)) more - Enter -\+$|^  \+-+ \+$((n - 2)) more [|] Enter -\+$" <<<"$SCREEN" ||
		fail "no \"+$((n - 2)) more\" on the ASCII border: $SCREEN"
}

# An unopened incident card: its headline right under the top border, then
# the times spelled out; one severity badge (on the border), and urgency as
# a word, not a second red badge.
test_cards_incident_figures() {
	local y i id title ttd ttr
	pp_start 100 40 -- --section incidents "$RESUME"
	wait_tab 4
	assert_lacks "TTD" "TTD is not spelled out"
	assert_lacks "TTR" "TTR is not spelled out"
	assert_lacks "URGENT" "URGENT is a second badge"
	for i in 0 1 2 3; do
		id=$(J ".incidents[$i].id") title=$(J ".incidents[$i].title")
		ttd=$(J ".incidents[$i].ttd") ttr=$(J ".incidents[$i].ttr")
		y=$(row_of "╭─ $id ")
		[[ $(row "$y") =~ \ $(J ".incidents[$i].severity")\ ─╮$ ]] ||
			fail "$id: no severity badge on the border: $(row "$y")"
		[[ $(row $((y + 1))) == *"│ $title"* ]] || fail "$id: the headline does not lead: $(row $((y + 1)))"
		[[ $(row $((y + 2))) == *"detected after $ttd · resolved after $ttr"* ]] ||
			fail "$id: the times are not spelled out: $(row $((y + 2)))"
		if [[ $(J ".incidents[$i].urgent") == true ]]; then
			[[ $(row $((y + 2))) == *"│ urgent · detected"* ]] || fail "$id: not said urgent: $(row $((y + 2)))"
		fi
	done
	# the urgent word is coloured text, not a badge: no background
	[[ $(attrs_at "urgent" | head -n 1) == *"bg= "* || $(attrs_at "urgent" | head -n 1) == *"bg=" ]] ||
		fail "\"urgent\" is drawn as a badge: $(attrs_at "urgent" | head -n 1)"
}

# The opened incident: a post-mortem header (severity, detected, resolved,
# stress) and a timeline to scale whose arrows point at the moment of
# detection and at the end.
test_cards_postmortem_header() {
	local bar lab cb ca cd width
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Enter
	wait_row 1 "Incidents › INC-001 "
	assert_has "POST-MORTEM"
	assert_has "│ Severity  SEV1  urgent"
	assert_has "│ Detected  after 8m"
	assert_has "│ Resolved  after 42m from the start"
	grep -qE '^  │ Stress    █+░* 9/10' <<<"$SCREEN" || fail "no stress row: $SCREEN"
	bar=$(grep -E '^  │ ░+▆+ ' <<<"$SCREEN") || fail "no timeline bar: $SCREEN"
	lab=$(grep -F '↑ detected after 8m' <<<"$SCREEN") || fail "no detection label: $SCREEN"
	[[ $lab == *"resolved after 42m ↑"* ]] || fail "no resolution label: $lab"
	[[ $lab =~ ^\ \ │\ 0\  ]] || fail "the timeline does not start at 0: $lab"
	# to scale: detection after 8 of 42 minutes
	cb=$(col_of '▆' "$bar") ca=$(col_of '↑ detected' "$lab")
	((cb == ca)) || fail "the detection arrow (column $ca) is not where the bar turns (column $cb)"
	local rest=${bar#*│ } fill
	fill=${rest%% *}
	width=${#fill}
	cd=$(((cb - 4) * 42))
	((cd >= (8 * width) - 42 && cd <= (8 * width) + 42)) ||
		fail "detection at cell $((cb - 4)) of $width is not 8 of 42 minutes"
	# the resolution arrow under the last cell
	local label='resolved after 42m '
	((${#fill} + 3 == $(col_of "$label↑" "$lab") + ${#label})) ||
		fail "the resolution arrow is not under the bar's end: \"$bar\" / \"$lab\""
}

# `code spans`: shown as code, without the backticks, on the screen (in a
# colour of their own) and in --print.
test_cards_code_spans() {
	local text
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key Down Down
	wait_status ' 3/4 '
	key Enter
	wait_row 1 "Incidents › INC-003 "
	collect_pages "$E2E_DIR/card"
	text=$(cat "$E2E_DIR/card.raw")
	[[ $text == *getInventoryByLocation* ]] || fail "the code span's text is gone: $text"
	[[ $text != *'`'* ]] || fail "a backtick is on the screen: $(grep -F '`' <<<"$text" | head -n 2)"
	key g
	wait_status Top
	wait_for getInventoryByLocation
	local code plain
	code=$(attrs_at getInventoryByLocation | head -n 1) plain=$(attrs_at "reads to resolve" | head -n 1)
	[[ -n $code && $code != "$plain" ]] || fail "the code span looks like the text around it: [$code] [$plain]"
	"$PUSHPANDER" --print --width 80 "$RESUME" >"$E2E_DIR/print" || fail "--print failed"
	grep -q 'paymentStatus' "$E2E_DIR/print" || fail "--print lacks the code span's text"
	! grep -F '`' "$E2E_DIR/print" || fail "--print shows backticks"
	"$PUSHPANDER" --print --ascii --width 60 "$RESUME" >"$E2E_DIR/print" || fail "--print --ascii failed"
	! grep -F '`' "$E2E_DIR/print" || fail "--print --ascii shows backticks"
}

# The comparison is seen: on the first screen of the tab, above the cards,
# titled, with one header row.
test_cards_comparison_seen() {
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	assert_has "INCIDENTS COMPARED" "the comparison is not on the tab's first screen"
	assert_row "$(($(row_of "INCIDENTS COMPARED") + 1))" '^  ID +SEV +STRESS +DETECTED AFTER +RESOLVED AFTER *$'
	(($(row_of "INCIDENTS COMPARED") < $(row_of "╭─ INC-001 "))) || fail "the comparison comes after the cards"
	assert_lacks "SIDE BY SIDE"
}

# The career timeline: two roles at one company are told apart by their
# positions beside the bars; the current role is labelled; now is a calm
# mark in the axis row, not a red badge on a row of its own.
test_cards_timeline_roles() {
	local a b axis
	pp_start 120 40 SOURCE_DATE_EPOCH=$TODAY_EPOCH -- --section history "$RESUME"
	wait_tab 3
	wait_for "↑ now"
	a=$(grep -F "  $(J '.work[1].name')  " <<<"$SCREEN" | head -n 1)
	b=$(grep -F "  $(J '.work[3].name')  " <<<"$SCREEN" | sed -n 2p)
	[[ $(J '.work[1].name') == "$(J '.work[3].name')" ]] || fail "the fixture's roles 2 and 4 are not at one company"
	[[ $a == *"$(J '.work[1].position')"* && $b == *"$(J '.work[3].position')"* ]] ||
		fail "the two roles at $(J '.work[1].name') are not told apart: \"$a\" / \"$b\""
	grep -qF "$(J '.work[0].position') (current)" <<<"$SCREEN" || fail "the current role is not labelled: $SCREEN"
	axis=$(grep -F '↑ now' <<<"$SCREEN")
	[[ $axis =~ 2022\ +2023\ +2024 ]] || fail "now is not in the axis row: \"$axis\""
	assert_lacks "today"
	# calm: not a badge, no background
	[[ $(attrs_at "now" | tail -n 1) =~ bg=($|\ ) ]] || fail "now is drawn as a badge: $(attrs_at now | tail -n 1)"
	# the now line runs down the rows of past roles
	[[ $(grep -c '┊' <<<"$SCREEN") -ge 3 ]] || fail "no now line across the past roles: $SCREEN"
}

# The selected card's row of the timeline is drawn as the card is: its name
# and bar in the colour of the selected card's border; the others are not.
test_cards_timeline_selected() {
	local name2 sel row1 row2
	name2=$(J '.work[1].name')
	pp_start 80 50 -- --section history "$RESUME"
	wait_tab 3
	assert_status ' 1/4 '
	sel=$(attrs_at "╭─ $(J '.work[0].name') " | head -n 1)
	[[ $(attrs_at "$(J '.work[0].name')" | head -n 1) == "$sel" ]] ||
		fail "the first role's timeline row is not drawn as selected: [$(attrs_at "$(J '.work[0].name')" | head -n 1)] [$sel]"
	row1=$(attrs_at "$name2" | head -n 1)
	[[ $row1 != "$sel" ]] || fail "an unselected role's row is drawn as selected"
	key Down
	wait_status ' 2/4 '
	wait_for "$name2"
	sel=$(attrs_at "╭─ $name2 " | head -n 1)
	row2=$(attrs_at "$name2" | head -n 1)
	[[ $row2 == "$sel" ]] || fail "the selected role's timeline row is not drawn as its card: [$row2] [$sel]"
	[[ $(attrs_at "$(J '.work[0].name')" | head -n 1) != "$sel" ]] || fail "the first row stays selected"
	# its bar too, not only the name
	[[ $(attrs_at "█ $(J '.work[1].position')" | head -n 1) == "$sel" ]] ||
		fail "the selected role's bar is not drawn as its card"
	# the row of the same company's other role is not
	[[ $(attrs_at "$name2" | sed -n 2p) != "$sel" ]] || fail "both roles at $name2 are drawn as selected"
}

# A box means "you can open this": the playbook, which does not open, is a
# heading and its bullets, not a box, on the screen as in print.
test_cards_only_cards_boxed() {
	local title
	title=$(J '.playbook.title' | tr '[:lower:]' '[:upper:]')
	pp_start 80 60 -- --section incidents "$RESUME"
	wait_tab 4
	key End
	wait_for "$title"
	assert_row "$(row_of "$title")" "^  $(re_quote "$title")\$" "the playbook's title should be a heading of its own"
	lacks "╭─ $title" || fail "the playbook is boxed"
	assert_text "$(J '.playbook.steps[0]')"
}

# The current role's row names its position at 80 columns too, before its
# bar when the bar runs to now, giving up "(current)" before the position.
test_cards_timeline_current_named() {
	local y
	pp_start 80 24 SOURCE_DATE_EPOCH=$TODAY_EPOCH -- --section history "$RESUME"
	wait_tab 3
	y=$(row_of "$(J '.work[0].name')")
	assert_row "$y" "$(re_quote "$(J '.work[0].position')") █" "the current role's timeline row does not name its position"
	resize 100 24
	wait_row "$y" "$(re_quote "$(J '.work[0].position')") \(current\) █"
}
