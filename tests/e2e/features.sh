# shellcheck shell=bash
# shellcheck disable=SC2153 # SCREEN, T, COLS … are set by lib.sh's helpers
# tests/e2e/features.sh — end-to-end tests of search, the mouse, links,
# charts and themes (README: "Search, mouse, links, charts and themes").
# Sourced by tests/e2e.sh after its list of tests, which this adds to; uses
# the helpers of tests/e2e/lib.sh and tests/e2e.sh.

TESTS+=(
	search_prompt search_walk search_no_match search_unicode search_ascii cli_grep
	mouse_tabs mouse_cards mouse_wheel mouse_off
	links_always links_in_text links_off
	chart_timeline chart_timeline_ascii chart_incidents chart_stack chart_sizes
	theme_mono theme_8 theme_256 theme_auto theme_high_contrast theme_bogus theme_no_color
)

FULL=tests/fixtures/full.json
# 2026-11-18: "today" for the timeline, so that its screens do not depend
# on the date of the run.
TODAY_EPOCH=1795000000

# ====================================================================
# helpers
# ====================================================================

# type_text TEXT: types TEXT as is (spaces and non-ASCII included).
type_text() { tm send-keys -t "$T" -l "$1" || fail "tmux send-keys -l failed"; }

# search_for TEXT: opens the prompt, types TEXT and presses Enter.
search_for() {
	key /
	wait_status '^ Search:'
	type_text "$1"
	wait_status "^ Search: $(re_quote "$1")\$"
	key Enter
}

# screen_cells: every cell of T's screen, one a line, as
# "ROW<TAB>COL<TAB>STATE<TAB>CHARACTER" (from 0) with the STATE of its
# attributes "b<bold> d<dim> u<underline> r<reverse> fg=<colour>
# bg=<colour>" read from the screen's SGR sequences as a terminal would: a
# colour is 0-15 (SGR 30-37, 90-97 …), cN (38;5;N) or rgbR,G,B.
screen_cells() {
	capture_escapes | perl -CSDA -e '
		my %a;
		sub state { join " ", map { "$_=" . ($a{$_} // "") } qw(b d u r fg bg) }
		sub sgr {
			my @p = split /[;:]/, shift, -1;
			@p = (0) unless @p;
			while (@p) {
				my $n = shift @p;
				$n = 0 if $n eq "";
				if ($n == 0) { %a = () }
				elsif ($n == 1) { $a{b} = 1 }
				elsif ($n == 2) { $a{d} = 1 }
				elsif ($n == 22) { delete @a{qw(b d)} }
				elsif ($n == 4) { $a{u} = 1 }
				elsif ($n == 24) { delete $a{u} }
				elsif ($n == 7) { $a{r} = 1 }
				elsif ($n == 27) { delete $a{r} }
				elsif ($n >= 30 && $n <= 37) { $a{fg} = $n - 30 }
				elsif ($n >= 90 && $n <= 97) { $a{fg} = $n - 82 }
				elsif ($n == 39) { delete $a{fg} }
				elsif ($n >= 40 && $n <= 47) { $a{bg} = $n - 40 }
				elsif ($n >= 100 && $n <= 107) { $a{bg} = $n - 92 }
				elsif ($n == 49) { delete $a{bg} }
				elsif ($n == 38 || $n == 48) {
					my $k = $n == 38 ? "fg" : "bg";
					my $m = shift @p // "";
					if ($m eq "5") { $a{$k} = "c" . (shift @p // "") }
					elsif ($m eq "2") { $a{$k} = "rgb" . join ",", splice @p, 0, 3 }
				}
			}
		}
		my $row = 0;
		while (my $line = <STDIN>) {
			chomp $line;
			my $col = 0;
			while (length $line) {
				if ($line =~ s/^\e\[([0-9;:]*)m//) { sgr($1) }
				elsif ($line =~ s/^\e(?:\[[0-9;?]*[A-Za-z]|[()][0-9A-Za-z]|.)//) { }
				else { $line =~ s/^(.)//s; print "$row\t", $col++, "\t", state(), "\t$1\n" }
			}
			$row++;
		}'
}

# attrs_at TEXT: for every occurrence of TEXT on T's screen (ignoring case),
# top to bottom, one line with the attributes of its first character (the
# STATE of screen_cells), the status line left out: it echoes the search.
attrs_at() {
	screen_cells | perl -CSDA -e '
		my $want = lc shift;
		my (@rows, %text, %states);
		while (my $cell = <STDIN>) {
			chomp $cell;
			my ($row, $col, $state, $c) = split /\t/, $cell, 4;
			push @rows, $row unless exists $text{$row};
			$text{$row} .= $c;
			push @{ $states{$row} }, $state;
		}
		pop @rows; # the status line, which echoes the search term
		for my $row (@rows) {
			my $text = lc $text{$row};
			for (my $i = index($text, $want); $i >= 0; $i = index($text, $want, $i + length $want)) {
				print $states{$row}[$i], "\n";
			}
		}' "$1"
}

# sgr_params: the attributes set by the SGR sequences of stdin, one a line:
# a number, or "38;5;N", "48;5;N", "38;2;R;G;B", "48;2;R;G;B" whole.
sgr_params() {
	grep -o $'\e\\[[0-9;:]*m' | sed $'s/^\e\\[//; s/m$//' | tr ':' ';' |
		awk -F';' '{ for (i = 1; i <= NF; i++) {
			p = $i == "" ? 0 : $i
			if ((p == 38 || p == 48) && $(i + 1) == 5) { print p ";5;" $(i + 2); i += 2 }
			else if ((p == 38 || p == 48) && $(i + 1) == 2) { print p ";2;" $(i + 2) ";" $(i + 3) ";" $(i + 4); i += 4 }
			else print p + 0 } }'
}

# colours_of: the parameters of stdin's SGR sequences that set a colour
# (39 and 49, the default colours, are none).
colours_of() { sgr_params | grep -E '^(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;|$)' | sort -u; }

# chr N: the character with code N (N < 128).
chr() { printf '%b' "\\$(printf '%03o' "$1")"; }

# mouse_event BUTTON X Y: what a terminal in X10 mouse mode sends for
# BUTTON (0 left, 3 release, 64 wheel up, 65 wheel down) at column X,
# row Y (from 0): ESC [ M, then 32 + BUTTON, 33 + X, 33 + Y as bytes.
mouse_event() {
	((32 + $1 < 127 && 33 + $2 < 127 && 33 + $3 < 127)) ||
		fail "mouse_event $*: X10 mouse reports here are ASCII only"
	tm send-keys -t "$T" -l "$(printf '\e[M')$(chr $((32 + $1)))$(chr $((33 + $2)))$(chr $((33 + $3)))" ||
		fail "tmux send-keys -l failed"
}

# mouse_click X Y: the left button pressed and released at X, Y.
mouse_click() { mouse_event 0 "$1" "$2"; mouse_event 3 "$1" "$2"; }

# row_of TEXT: the first row (from 0) of SCREEN that contains TEXT.
row_of() {
	local -a lines
	local i
	mapfile -t lines <<<"$SCREEN"
	for i in "${!lines[@]}"; do
		[[ ${lines[i]} == *"$1"* ]] && { printf '%s' "$i"; return 0; }
	done
	fail "no row shows \"$1\""
}

# col_of TEXT LINE: the column (from 0, in characters) of TEXT in LINE.
col_of() {
	[[ $2 == *"$1"* ]] || fail "\"$1\" is not in \"$2\""
	local before=${2%%"$1"*}
	printf '%s' "${#before}"
}

# doc_of_tab N FILE: FILE gets every line of tab N's document at the
# current size (from its top, paged through with PgDn).
doc_of_tab() {
	: >"$2"
	show_tab_top "$1"
	collect_pages "$2"
}

# mouse_modes FILE: the DEC private modes that turn mouse reporting on,
# as set in FILE (ESC [ ? 1000 h and its kin: 1002, 1003, 1005, 1006, 1015).
mouse_modes() {
	LC_ALL=C grep -aoE $'\e\\[\\?[0-9;]*h' "$1" | tr -d '\033[?h' | tr ';' '\n' |
		grep -xE '100[0-6]|1015' | sort -u | tr '\n' ' '
}

# pane_mouse: tmux's idea of the mouse modes of T's terminal: non-zero
# when it would report clicks or the wheel to the program.
pane_mouse() {
	tm display-message -p -t "$T" \
		'#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_all_flag}#{mouse_sgr_flag}#{mouse_utf8_flag}'
}

# ====================================================================
# search
# ====================================================================

# The prompt: on the status line, edited with Backspace and Ctrl-U, what
# is typed goes to it (q does not quit, digits do not switch tabs), and
# Esc cancels without moving.
test_search_prompt() {
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	key /
	wait_status '^ Search:$'
	assert_row 1 '^(─){80}$'
	type_text "q4x"
	wait_status '^ Search: q4x$'
	on_tab 1 || fail "a digit typed at the prompt switched the tab"
	assert_alive
	key BSpace
	wait_status '^ Search: q4$'
	key C-u
	wait_status '^ Search:$'
	type_text "rabbit"
	wait_status '^ Search: rabbit$'
	key BSpace BSpace
	wait_status '^ Search: rabb$'
	key Escape
	wait_status 'q quit'
	assert_lacks "Search:"
	assert_lacks "match"
	on_tab 1 || fail "Esc at the prompt moved away from tab 1"
	# nothing to go to: n and N do nothing
	key n N
	barrier
	on_tab 1 || fail "n or N moved without a search"
	assert_lacks "match"
}

# Enter finds the first match at or after the current place; n walks
# through every match, across tabs and into cards, and wraps; N goes back;
# the current match is highlighted apart from the others; Esc closes the
# card, then clears the search.  The number of matches is checked against
# the text of every tab and card (walked first, with keys).
test_search_walk() {
	local q=rabbitmq k want i line cur='' seen='' name id
	local -a states
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	walk_all "$E2E_DIR/walk"
	want=$(grep -oi "$q" "$E2E_DIR/walk" | wc -l)
	((want >= 4)) || fail "the walk found $q only $want times (see $E2E_DIR/walk)"
	key 1 g
	wait_tab 1
	search_for "$q"
	wait_tab 3
	wait_status "[”\"] 1 of [0-9]+( |$)"
	[[ $(status_row) =~ \ 1\ of\ ([0-9]+) ]]
	k=${BASH_REMATCH[1]}
	((k == want)) || fail "the search counts $k matches; every tab and card shows \"$q\" $want times"
	assert_row 1 '^(─){80}$'
	for ((i = 2; i <= k; i++)); do
		key n
		wait_status "[”\"] $i of $k( |$)"
		line=$(row 1)
		seen+="[$i ${line//─/}]"
		[[ -n $(attrs_at "$q") ]] || fail "match $i/$k: no \"$q\" on the screen"
		# a screen with several matches: exactly one looks different,
		# the current one
		mapfile -t states < <(attrs_at "$q")
		if ((${#states[@]} >= 3)); then
			local odd
			odd=$(printf '%s\n' "${states[@]}" | sort | uniq -c | awk '$1 == 1 { $1 = ""; print substr($0, 2) }')
			[[ -n $odd && $(wc -l <<<"$odd") == 1 ]] ||
				fail "match $i/$k: of ${#states[@]} matches on the screen exactly one should look different: $(printf '[%s] ' "${states[@]}")"
			[[ -z $cur || $cur == "$odd" ]] || fail "the current match looks different from one screen to the next: [$cur] [$odd]"
			cur=$odd
		fi
		if [[ -n $cur ]]; then
			[[ $(printf '%s\n' "${states[@]}" | grep -cxF "$cur") == 1 ]] ||
				fail "match $i/$k: the current match should be highlighted once on the screen: $(printf '[%s] ' "${states[@]}")"
		fi
	done
	[[ -n $cur ]] || fail "no screen showed three matches at once: the current match could not be told apart"
	# every card that holds the text was opened on the way
	while IFS= read -r name; do
		[[ $seen == *"History › $name "* ]] || fail "n never opened the History card \"$name\": $seen"
	done < <(J ".work[] | select(tostring | test(\"$q\"; \"i\")) | .name")
	while IFS= read -r id; do
		[[ $seen == *"Incidents › $id "* ]] || fail "n never opened the incident $id: $seen"
	done < <(J ".incidents[] | select(tostring | test(\"$q\"; \"i\")) | .id")
	# the last match is on the Stack tab; n wraps to the first
	wait_tab 6
	key n
	wait_status "[”\"] 1 of $k( |$)"
	wait_tab 3
	# N goes back, wrapping the other way
	key N
	wait_status "[”\"] $k of $k( |$)"
	wait_tab 6
	key N
	wait_status "[”\"] $((k - 1)) of $k( |$)"
	key n n
	wait_status "[”\"] 1 of $k( |$)"
	# on to the first match in the first card opened (the matches its
	# preview on the page shows come before)
	local m
	for ((m = 2; m <= k; m++)); do
		key n
		wait_status "[”\"] $m of $k( |$)"
		[[ $(row 1) == *"History › $(J '.work[0].name') "* ]] && break
	done
	((m <= k)) || fail "n never opened the History card $(J '.work[0].name')"
	mapfile -t states < <(attrs_at "$q")
	[[ ${states[0]} == "$cur" ]] || fail "match $m is the first on the card's screen but is not highlighted as the current one: $(printf '[%s] ' "${states[@]}")"
	key n
	wait_status "[”\"] $((m + 1)) of $k( |$)"
	mapfile -t states < <(attrs_at "$q")
	[[ ${states[1]} == "$cur" && ${states[0]} != "$cur" ]] ||
		fail "after n the second match on the screen should be the current one: $(printf '[%s] ' "${states[@]}")"
	# Esc closes the card, keeping the search; a second Esc clears it
	key Escape
	wait_gone "History ›"
	wait_tab 3
	assert_status "[”\"] $((m + 1)) of $k( |$)"
	key Escape
	wait_until "the match counter to go" lacks "match"
	wait_status 'q quit'
	wait_tab 3
	# (in their own roles: a keyword's chip, a preview's text; but none on
	# a search hit's background, 109 or the current one's 213)
	! attrs_at "$q" | grep -qE 'bg=c(109|213)( |$)' || fail "after the search is cleared the matches should not be highlighted: $(attrs_at "$q" | tr '\n' ' ')"
	key n
	barrier
	assert_lacks "match"
	lacks "History ›" || fail "n moved after the search was cleared"
}

# A query with no match says so, and nothing moves.
test_search_no_match() {
	local before
	pp_start 80 24 -- --section incidents "$RESUME"
	wait_tab 4
	key j
	wait_status ' 2/4 '
	before=$(sed '$d' <<<"$SCREEN")
	search_for zzz
	wait_status '^ No match for "zzz"'
	[[ $(sed '$d' <<<"$SCREEN") == "$before" ]] || fail "a search without a match changed the screen above the status line"
	key n
	barrier
	[[ $(sed '$d' <<<"$SCREEN") == "$before" ]] || fail "n after a search without a match moved"
	key j
	wait_status ' 3/4 '
	assert_marker_on INC-003
	assert_lacks "match"
}

# Non-ASCII queries, typed as they are, and case: the Contact card's
# speaker, with the em dash that precedes it, in capitals; and letters
# outside ASCII in another case than the résumé's (a copy whose speaker
# is "Zoë Ångström").
test_search_unicode() {
	local f="$E2E_DIR/unicode.json" q
	for q in "— Pam Beesly" "PAM BEESLY" "— pam"; do
		pp_start 80 24 -- "$RESUME"
		wait_tab 1
		search_for "$q"
		wait_tab 7
		wait_status '[”"] 1 of 1$'
		assert_has "— Pam Beesly"
		local hit
		hit=$(attrs_at "Pam Beesly")
		key Escape
		wait_until "the match counter to go" lacks "match"
		[[ $(attrs_at "Pam Beesly") != "$hit" ]] || fail "\"$q\": the match was not highlighted: [$hit]"
	done
	jq '.quotes.contact.cards[0].speaker = "Zoë Ångström"' "$RESUME" >"$f" || fail "jq failed"
	for q in "ZOË ÅNGSTRÖM" "zoë ångström" "ångSTRÖM"; do
		pp_start 80 24 -- "$f"
		wait_tab 1
		search_for "$q"
		wait_tab 7
		wait_status '[”"] 1 of 1$'
		assert_has "— Zoë Ångström"
	done
}

# In the C locale: the same matches, the breadcrumb in ASCII.
test_search_ascii() {
	pp_start 80 24 LANG=C LC_ALL=C -- "$RESUME"
	wait_tab 1
	key /
	wait_status '^ Search:$'
	type_text "RabbitMQ"
	wait_status '^ Search: RabbitMQ$'
	key Enter
	wait_tab 3
	wait_status '[”"] 1 of [0-9]+( |$)'
	[[ $(status_row) =~ \ 1\ of\ ([0-9]+) ]]
	local k=${BASH_REMATCH[1]}
	# n steps through the matches on the page (the first card's preview
	# shows some) into the first card
	local m
	for ((m = 2; m <= k; m++)); do
		key n
		wait_status "[”\"] $m of $k( |$)"
		[[ $(row 1) == "-- History > $(J '.work[0].name') -"* ]] && break
	done
	((m <= k)) || fail "n never opened the History card $(J '.work[0].name')"
	# the same count as in UTF-8
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	search_for rabbitmq
	wait_status "[”\"] 1 of $k( |\$)"
}

# --grep: the matching lines of the plain text, after their section's
# name; status 1 and nothing printed without a match; a section limits it.
test_cli_grep() {
	local -a got printed
	local i line sections='^(about|projects|history|education|incidents|testimonials|stack|contact): '
	# the lines of --print that contain it, without their borders
	cli -- --print "$RESUME"
	assert_rc 0
	mapfile -t printed < <(grep -i rabbitmq <<<"$OUT" | norm_lines)
	cli -- --grep rabbitmq "$RESUME"
	assert_rc 0
	[[ -z $ERR ]] || cli_fail "--grep wrote to stderr"
	mapfile -t got <<<"$OUT"
	((${#got[@]} == ${#printed[@]})) || cli_fail "--grep printed ${#got[@]} lines; --print has ${#printed[@]} with the text"
	for i in "${!got[@]}"; do
		line=${got[i]}
		[[ $line =~ $sections ]] || cli_fail "line $((i + 1)) lacks its section's name: \"$line\""
		[[ $line =~ [Rr]abbit[Mm][Qq] ]] || cli_fail "line $((i + 1)) does not contain the text: \"$line\""
		[[ $(norm_str "${line#*: }") == "${printed[i]}" ]] ||
			cli_fail "line $((i + 1)) is \"$line\"; --print has \"${printed[i]}\""
	done
	[[ ${got[0]} == history:* && ${got[-1]} == stack:* ]] || cli_fail "the sections should be history first and stack last"
	local all=$OUT
	# any case
	cli -- --grep RABBITMQ "$RESUME"
	assert_rc 0
	[[ $OUT == "$all" ]] || cli_fail "--grep RABBITMQ and --grep rabbitmq differ"
	# one section
	cli -- --grep rabbitmq incidents "$RESUME"
	assert_rc 0
	[[ -n $OUT && $OUT == "$(grep '^incidents: ' <<<"$all")" ]] ||
		cli_fail "--grep rabbitmq incidents should print the incidents lines of the whole search: $(grep '^incidents: ' <<<"$all")"
	# no match
	cli -- --grep zzzqqq "$RESUME"
	assert_rc 1
	[[ -z $OUT ]] || cli_fail "no match should print nothing"
	[[ -z $ERR ]] || cli_fail "no match is not an error message"
	cli -- --grep zzzqqq --print stack "$RESUME"
	assert_rc 1
	[[ -z $OUT ]] || cli_fail "no match in a section should print nothing"
}

# norm_lines: each line of stdin normalised as norm_str does.
norm_lines() { local l; while IFS= read -r l; do printf "%s\n" "$(norm_str "$l")"; done; }

# ====================================================================
# the mouse
# ====================================================================

# A click on a tab's name switches to it.
test_mouse_tabs() {
	local d x
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	for d in 3 7 2 1 6; do
		x=$(col_of "$d ${TAB_TITLES[d - 1]}" "$(row 0)")
		mouse_click $((x + 3)) 0
		wait_tab "$d"
	done
	# a click on the rule under the tabs does nothing
	mouse_click 30 1
	barrier
	on_tab 6 || fail "a click on the rule switched the tab"
}

# A click selects a card; a second click on it opens it.
test_mouse_cards() {
	local y name2 name3
	name2=$(J '.work[1].name') name3=$(J '.work[2].name')
	# tall enough for three cards, which preview their highlights
	pp_start 80 50 -- --section history "$RESUME"
	wait_tab 3
	assert_status ' 1/4 '
	y=$(row_of "╭─ $name2 ")
	mouse_click 20 $((y + 1))
	wait_status ' 2/4 '
	assert_marker_on "$name2"
	assert_row 1 '^(─){80}$' "the first click on a card should only select it"
	y=$(row_of "╭─ $name3 ")
	mouse_click 40 $((y + 2))
	wait_status ' 3/4 '
	assert_marker_on "$name3"
	assert_row 1 '^(─){80}$' "a click on another card should only select it"
	y=$(row_of "╭─ $name3 ")
	mouse_click 40 $((y + 2))
	wait_row 1 "^── History › $(re_quote "$name3") ─+$"
	assert_text "$(J '.work[2].position')"
	key Escape
	wait_status ' 3/4 '
	assert_marker_on "$name3"
}

# pos_number: the status line's position as a number (Top 0, Bot 100).
pos_number() {
	case $(scroll_pos) in
	Top) printf 0 ;;
	Bot) printf 100 ;;
	*%) local p; p=$(scroll_pos); printf '%s' "${p%\%}" ;;
	*) fail "no position on the status line: \"$(status_row)\"" ;;
	esac
}

pos_beyond() { (($(pos_number) > $1)); }
pos_before() { (($(pos_number) < $1)); }

# The wheel scrolls, in the tab and in an open card.
test_mouse_wheel() {
	local p1 p2
	pp_start 80 24 -- --section testimonials "$RESUME"
	wait_tab 5
	assert_status Top
	mouse_event 65 40 10
	wait_status '[0-9]+%|Bot'
	p1=$(pos_number)
	mouse_event 65 40 10
	wait_until "the wheel to scroll further" pos_beyond "$p1"
	p2=$(pos_number)
	mouse_event 64 40 10
	wait_until "the wheel up to scroll back" pos_before "$p2"
	mouse_event 64 40 10
	wait_status Top
	# in an open card
	key 4 Enter
	wait_row 1 "Incidents › INC-001 "
	assert_status Top
	mouse_event 65 40 10
	wait_status '[0-9]+%|Bot'
	assert_row 1 "Incidents › INC-001 " "the wheel should scroll the card, not leave it"
	mouse_event 64 40 10
	wait_status Top
}

# With --no-mouse pushpander never asks the terminal for mouse reports, so
# clicks and the wheel stay the terminal's (they reach it as nothing).
test_mouse_off() {
	local rec="$E2E_DIR/mouse.rec" modes
	# by default it does, and tmux then reports clicks to it
	pp_record "$rec" 80 24 -- "$RESUME"
	wait_tab 1
	[[ $(pane_mouse) == *1* ]] || fail "without --no-mouse the terminal should be in a mouse mode (tmux flags $(pane_mouse))"
	key q
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	has_bytes "$rec" "$(hex_str $'\e[?1000h')" || fail "without --no-mouse no ESC [?1000h was written"

	rec="$E2E_DIR/no-mouse.rec"
	pp_record "$rec" 80 24 -- --no-mouse "$RESUME"
	wait_tab 1
	[[ $(pane_mouse) == 000000 ]] || fail "with --no-mouse the terminal is in a mouse mode (tmux flags $(pane_mouse))"
	key 4
	wait_tab 4
	[[ $(pane_mouse) == 000000 ]] || fail "with --no-mouse the terminal is in a mouse mode (tmux flags $(pane_mouse))"
	# a mouse report the terminal sends anyway is not keys: its bytes
	# " q2" (button, column, row) neither quit nor switch to tab 2
	tm send-keys -t "$T" -H 1b 5b 4d 20 71 32 || fail "tmux send-keys -H failed"
	key 5
	wait_tab 5
	key q
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	! has_bytes "$rec" "$(hex_str $'\e[?1000h')" || fail "with --no-mouse ESC [?1000h was written"
	modes=$(mouse_modes "$rec")
	[[ -z $modes ]] || fail "with --no-mouse the mouse modes $modes were set"
}

# ====================================================================
# links
# ====================================================================

# What full.json's Contact tab links to.
CONTACT_LINKS=(mailto:ada@example.com https://ada.example.com https://github.com/adafix
	https://example.social/@ada https://example.com/ada.png https://ada.example.com/resume.json)

# osc8_pairs FILE: every OSC 8 hyperlink in FILE as "TARGET<TAB>TEXT", the
# text between the opening and the closing with its SGR sequences taken
# out; a line "UNCLOSED<TAB>TARGET" for an opening not closed before the
# next one.
osc8_pairs() {
	perl -0777 -ne '
		while (/\e\]8;;([!-~]+?)\e\\(.*?)(?=\e\]8;;)/gs) {
			my ($t, $x) = ($1, $2);
			my $rest = substr($_, pos($_));
			if ($rest !~ /^\e\]8;;\e\\/) { print "UNCLOSED\t$t\n"; next }
			$x =~ s/\e\[[0-9;:]*m//g; $x =~ s/[\x0e\x0f]//g;
			print "$t\t$x\n";
		}' "$1"
}

# --links always: each link on the Contact tab is written, while the tab is
# shown, as an OSC 8 hyperlink around the text it links, opened and closed;
# the targets are exactly the expected ones; the screen looks as it does
# without links; and once pushpander has quit nothing more is written.
test_links_always() {
	local rec="$E2E_DIR/links.rec" u screen esc n=0 target text
	pp_record "$rec" 80 24 -- --links always --section contact "$FULL"
	wait_for "v1.0.0"
	for u in "${CONTACT_LINKS[@]}"; do
		wait_bytes "$rec" "$(hex_str $'\e]8;;'"$u"$'\e\\')" "the OSC 8 hyperlink to $u while the Contact tab is shown"
	done
	screen=$SCREEN esc=$(capture_escapes)
	key q
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	assert_osc8_only "$rec" "${CONTACT_LINKS[@]}"
	while IFS=$'\t' read -r target text; do
		n=$((n + 1))
		[[ $target != UNCLOSED ]] || fail "the hyperlink to $text is not closed (ESC ] 8 ; ; ESC \\) before the next"
		[[ $text == *"${target#mailto:}"* ]] || fail "the hyperlink to $target is around \"$text\", which does not show it"
	done < <(osc8_pairs "$rec")
	((n >= ${#CONTACT_LINKS[@]})) || fail "only $n hyperlinks written"
	assert_restored "$rec"
	# the same screen, attributes included, without links
	pp_start 80 24 -- --links never --section contact "$FULL"
	wait_for "v1.0.0"
	[[ $SCREEN == "$screen" ]] || fail "the screen with --links always differs from the one with --links never"
	[[ $(capture_escapes) == "$esc" ]] || fail "the screen's attributes with --links always differ from those with --links never"
}

# Addresses and URLs in running text (a summary, a highlight) are links
# too, around exactly their own text; look-alikes and a URL carrying
# hostile bytes are not.
test_links_in_text() {
	local rec="$E2E_DIR/text-links.rec" json="$E2E_DIR/text-links.json" pairs
	cat >"$json" <<-'JSON'
	{"basics": {"name": "Lin Ks",
	  "summary": "Write to lin@example.org, or see (https://lin.example.org/about). SDE-3 @ Alt, @lin@example.social, user@localhost, https://evil\u001b]8;;x.example/."},
	 "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01",
	   "highlights": ["Wrote https://en.wikipedia.org/wiki/C_(language) notes"]}]}
	JSON
	pp_record "$rec" 80 24 -- --links always "$json"
	wait_for "Write to"
	wait_bytes "$rec" "$(hex_str $'\e]8;;mailto:lin@example.org\e\\')" "the link to lin@example.org"
	wait_bytes "$rec" "$(hex_str $'\e]8;;https://lin.example.org/about\e\\')" "the link to https://lin.example.org/about"
	key 2
	wait_for "Acme"
	key Enter
	wait_for "notes"
	wait_bytes "$rec" "$(hex_str $'\e]8;;https://en.wikipedia.org/wiki/C_(language)\e\\')" "the link in a highlight"
	key q q
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
	pairs=$(osc8_pairs "$rec" | sort -u)
	[[ $pairs == $'https://en.wikipedia.org/wiki/C_(language)\thttps://en.wikipedia.org/wiki/C_(language)\nhttps://lin.example.org/about\thttps://lin.example.org/about\nmailto:lin@example.org\tlin@example.org' ]] ||
		fail "the links written are not exactly the three in the text, around their own text: $pairs"
	assert_restored "$rec"
}

# --links never, and auto on a terminal not known to support them: no
# OSC 8 at all; auto on one known to (WezTerm): there are; --print never
# has them, not even on a terminal with --links always.
test_links_off() {
	local rec how
	for how in never auto-tmux auto-wezterm; do
		rec="$E2E_DIR/$how.rec"
		case $how in
		never) pp_record "$rec" 80 24 -- --links never --section contact "$FULL" ;;
		auto-tmux) pp_record "$rec" 80 24 -- --section contact "$FULL" ;;
		auto-wezterm) pp_record "$rec" 80 24 TERM_PROGRAM=WezTerm -- --section contact "$FULL" ;;
		esac
		wait_for "v1.0.0"
		key 1
		wait_for "Systems Programmer"
		key 7
		wait_for "v1.0.0"
		key q
		assert_exit 0
		wait_bytes "$rec" "$(hex_str "$(tput -T "$E2E_TERM" rmcup)")" "rmcup at the end"
		if [[ $how == auto-wezterm ]]; then
			has_bytes "$rec" "$(hex_str $'\e]8;;mailto:ada@example.com\e\\')" ||
				fail "$how: no OSC 8 hyperlinks with TERM_PROGRAM=WezTerm"
		else
			! has_bytes "$(unasked "$rec")" "1b 5d" || fail "$how: an OSC sequence was written: $(LC_ALL=C grep -ao $'\e][^\e]*' "$rec.unasked" | head -n 2 | cat -v)"
		fi
	done
	cli -- --print --links always "$FULL"
	assert_rc 0
	[[ $OUT == *"https://github.com/adafix"* ]] || cli_fail "--print lacks the links' text"
	[[ $OUT != *$'\e'* ]] || cli_fail "--print --links always wrote ESC"
	rec="$E2E_DIR/print.rec"
	pp_record "$rec" 80 24 TERM_PROGRAM=WezTerm -- --print contact --links always "$FULL"
	assert_exit 0
	wait_bytes "$rec" "$(hex_str "https://ada.example.com/resume.json")" "the printed contact details"
	! has_bytes "$rec" "1b" || fail "--print on a terminal wrote ESC: $(grep -a $'\e' "$rec" | head -n 2 | cat -v)"
}

# ====================================================================
# charts
# ====================================================================

# check_timeline FILE BAR TRACK ARROW [YEAR...]: the career timeline in the
# lines of FILE: a row per role, in the résumé's order, each its name and a
# track of TRACK with one run of BAR (and perhaps the role's position beside
# it); under them the axis: the years, increasing and evenly spaced
# (exactly YEAR... when given), then "ARROW now" under the column where
# the current role's bar ends; each bar starts between the labels of the
# years around its start; nothing is cut at the right edge.
check_timeline() {
	local file=$1 bar=$2 track=$3 arrow=$4
	shift 4
	local -a lines names starts ends years ycols
	local i n=0 first=-1 ax=-1 line name t trk col0='' len='' axis today_col c y step
	mapfile -t lines <"$file"
	mapfile -t names < <(J '.work[].name')
	# the axis first: its first year is where every track starts
	for i in "${!lines[@]}"; do
		[[ ${lines[i]} =~ ^\ +20[0-9]{2}(\ +20[0-9]{2})*\ +$(re_quote "$arrow")\ now\ *$ ]] && ax=$i && break
	done
	((ax >= 0)) || fail "no year axis ending \"$arrow now\": $(cat "$file")"
	axis=${lines[ax]}
	[[ $axis =~ 20[0-9]{2} ]] && col0=$(col_of "${BASH_REMATCH[0]}" "$axis")
	first=$((ax - ${#names[@]}))
	for ((i = first; i < ax; i++)); do
		line=${lines[i]}
		name=${line:0:col0} trk=${line:col0}
		name=${name#"  "} name=${name%"${name##*[! ]}"}
		[[ $name == "${names[n]}" ]] || fail "timeline row $((n + 1)) is \"$name\", expected \"${names[n]}\""
		trk=${trk%"${trk##*[! ]}"}
		[[ $trk =~ ^[^$bar]*[$bar]+[^$bar]*$ ]] || fail "the bar of \"$name\" is not one run of $bar: \"$trk\""
		[[ -z $len || ${#trk} -le $len ]] || fail "the tracks do not line up: \"$line\""
		((${#trk} > ${len:-0})) && len=${#trk}
		t=${trk%%["$bar"]*}
		starts[n]=$((col0 + ${#t}))
		t=${trk%["$bar"]*}
		ends[n]=$((col0 + ${#t}))
		n=$((n + 1))
	done
	((col0 + len <= COLS)) || fail "the timeline's tracks end at column $((col0 + len)) of $COLS"
	read -r -a years <<<"${axis%"$arrow now"*}"
	for i in "${!years[@]}"; do
		ycols[i]=$(col_of "${years[i]}" "$axis")
		((i == 0 || years[i] > years[i - 1])) || fail "the years do not increase: \"$axis\""
		((ycols[i] >= col0 && ycols[i] + 4 <= COLS)) || fail "the year ${years[i]} is outside the track: \"$axis\""
		# evenly spaced: as many columns a year, every year
		((i < 2)) && step=$(((ycols[i] - ycols[0]) / (years[i] - years[0] + (i == 0))))
		((i == 0 || ycols[i] - ycols[i - 1] == step * (years[i] - years[i - 1]))) ||
			fail "the years are not evenly spaced: \"$axis\""
	done
	if (($#)); then
		[[ ${years[*]} == "$*" ]] || fail "the years are \"${years[*]}\", expected \"$*\""
	fi
	today_col=$(col_of "$arrow now" "$axis")
	((today_col < col0 + len)) || fail "now is past the track"
	(($(width_of <<<"$axis") <= COLS)) || fail "the axis is cut"
	for i in "${!names[@]}"; do
		if [[ -z $(J ".work[$i].endDate // empty") ]]; then
			((ends[i] == today_col)) ||
				fail "the current role \"${names[i]}\" ends at column ${ends[i]}, now is at column $today_col"
		else
			((ends[i] <= today_col)) || fail "the past role \"${names[i]}\" reaches past now"
		fi
		((i == 0)) && continue
		# the résumé lists the roles newest first
		((starts[i] <= starts[i - 1] && ends[i] <= ends[i - 1])) ||
			fail "\"${names[i]}\" (columns ${starts[i]}-${ends[i]}) is not before \"${names[i - 1]}\" (${starts[i - 1]}-${ends[i - 1]})"
	done
	# to scale: a role starting in year Y starts at or after the label of
	# the last year shown up to Y, and before the next label
	for i in "${!names[@]}"; do
		y=$(J ".work[$i].startDate[0:4]")
		local lo=-1 hi=999 j
		for j in "${!years[@]}"; do
			((years[j] <= y)) && lo=${ycols[j]}
			((years[j] > y && hi == 999)) && hi=${ycols[j]}
		done
		((starts[i] >= lo && starts[i] < hi)) ||
			fail "\"${names[i]}\" starts in $y at column ${starts[i]}, not between the year labels at $lo and $hi"
	done
}

test_chart_timeline() {
	pp_start 80 24 SOURCE_DATE_EPOCH=$TODAY_EPOCH -- --section history "$RESUME"
	wait_tab 3
	wait_for "↑ now"
	printf '%s\n' "$SCREEN" >"$E2E_DIR/timeline"
	check_timeline "$E2E_DIR/timeline" '█' '·' '↑' 2022 2023 2024 2025 2026
	# another today: the axis ends earlier, the current role still reaches it
	pp_start 80 24 SOURCE_DATE_EPOCH=1717200000 -- --section history "$RESUME" # 2024-06-01
	wait_tab 3
	wait_for "now"
	printf '%s\n' "$SCREEN" >"$E2E_DIR/timeline-2024"
	check_timeline "$E2E_DIR/timeline-2024" '█' '·' '↑' 2022 2023 2024
}

test_chart_timeline_ascii() {
	local bad
	pp_start 80 24 LANG=C LC_ALL=C SOURCE_DATE_EPOCH=$TODAY_EPOCH -- --section history "$RESUME"
	wait_tab 3
	wait_for "^ now"
	printf '%s\n' "$SCREEN" >"$E2E_DIR/timeline"
	check_timeline "$E2E_DIR/timeline" '#' '.' '^' 2022 2023 2024 2025 2026
	bad=$(LC_ALL=C grep -n '[^ -~]' "$E2E_DIR/timeline" | head -n 3)
	[[ -z $bad ]] || fail "non-ASCII bytes in the C locale: $bad"
	# --ascii in UTF-8 too
	pp_start 80 24 SOURCE_DATE_EPOCH=$TODAY_EPOCH -- --ascii --section history "$RESUME"
	wait_tab 3
	wait_for "^ now"
	printf '%s\n' "$SCREEN" >"$E2E_DIR/timeline-option"
	check_timeline "$E2E_DIR/timeline-option" '#' '.' '^' 2022 2023 2024 2025 2026
}

# check_side_by_side FILE: under "INCIDENTS COMPARED" in FILE, one header
# row (ID, SEV, STRESS, DETECTED AFTER, RESOLVED AFTER), then each incident
# in the résumé's order with its severity, its stress as a bar of 10, and
# TTD and TTR as bars on one scale (the longest time fills its bar), each
# bar with its minutes after it (nothing cut at the right edge); the bars
# are ▆, short of the row, so that row after row they do not fuse.
check_side_by_side() {
	local text id rest sev stress meter ttd ttr tb rb w='' max=0 m i n d header
	local -a ids cells mins
	text=$(sed -n '/^  INCIDENTS COMPARED$/,/^ *$/p' "$1")
	[[ -n $text ]] || fail "no INCIDENTS COMPARED in $1: $(cat "$1")"
	header=$(sed -n 2p <<<"$text")
	[[ $header =~ ^\ \ ID\ +SEV\ +STRESS ]] || fail "no header row under the title: \"$header\""
	[[ $text == *"DETECTED AFTER"*"RESOLVED AFTER"* ]] || fail "the header does not name the times: $text"
	[[ $text != *TTD* && $text != *TTR* ]] || fail "TTD and TTR are not spelled out: $text"
	[[ $text != *█* ]] || fail "full-height bars fuse row into row: $text"
	mapfile -t ids < <(J '.incidents[].id')
	n=$(grep -c '^  INC-' <<<"$text")
	((n == ${#ids[@]})) || fail "the comparison has $n incident rows, the résumé ${#ids[@]}: $text"
	for i in "${!ids[@]}"; do
		id=${ids[i]}
		rest=${text#*"  $id "}
		[[ $rest != "$text" ]] || fail "no row for $id in the comparison: $text"
		[[ $i == 0 || $(grep -n "^  ${ids[i - 1]} " <<<"$text" | cut -d: -f1) -lt $(grep -n "^  $id " <<<"$text" | cut -d: -f1) ]] ||
			fail "$id is before ${ids[i - 1]}"
		rest=${rest%%$'\n'"  INC-"*}
		rest=$(tr '\n' ' ' <<<"$rest")
		sev=$(J ".incidents[$i].severity") stress=$(J ".incidents[$i].stress")
		ttd=$(J ".incidents[$i].ttd") ttr=$(J ".incidents[$i].ttr")
		[[ $rest =~ ^\ *\[?$sev\]?\ +([▆·]{10})\ +$stress\ +([▆·]+)\ $ttd\ +([▆·]+)\ $ttr\ *$ ]] ||
			fail "the row of $id should be \"$sev, a stress bar, $stress, a bar and $ttd, a bar and $ttr\": \"$rest\""
		meter=${BASH_REMATCH[1]} tb=${BASH_REMATCH[2]} rb=${BASH_REMATCH[3]}
		m=${meter//·/}
		((${#m} == stress)) || fail "$id: the stress bar \"$meter\" shows ${#m} of 10, the stress is $stress"
		[[ -z $w || (${#tb} == "$w" && ${#rb} == "$w") ]] || fail "$id: the bars are not all $w wide"
		w=${#tb}
		((${#rb} == w)) || fail "$id: the TTD and TTR bars differ in width"
		[[ $tb =~ ^▆+·*$ && $rb =~ ^▆+·*$ ]] || fail "$id: a bar is not filled from the left"
		m=${tb//·/} cells[2 * i]=${#m} mins[2 * i]=${ttd%m}
		m=${rb//·/} cells[2 * i + 1]=${#m} mins[2 * i + 1]=${ttr%m}
	done
	for m in "${mins[@]}"; do ((m > max)) && max=$m; done
	for i in "${!mins[@]}"; do
		# within a cell of the exact length
		d=$((cells[i] * max - mins[i] * w))
		((d <= max && d >= -max)) ||
			fail "a bar of ${mins[i]}m has ${cells[i]} of $w cells; ${max}m fills them all"
		((mins[i] != max || cells[i] == w)) || fail "the longest time, ${max}m, does not fill its bar"
		((mins[i] == max || cells[i] < w)) || fail "${mins[i]}m fills its bar as the longest, ${max}m, does"
	done
	for i in "${!mins[@]}"; do
		for m in "${!mins[@]}"; do
			((mins[i] < mins[m] && cells[i] > cells[m])) &&
				fail "${mins[i]}m has a longer bar (${cells[i]}) than ${mins[m]}m (${cells[m]})"
		done
	done
	return 0
}

test_chart_incidents() {
	local d
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	doc_of_tab 4 "$E2E_DIR/incidents"
	check_side_by_side "$E2E_DIR/incidents"
	# one row per incident at 80 columns
	for d in $(J '.incidents[].id'); do
		grep -q "^  $d .*▆.* $(J ".incidents[] | select(.id == \"$d\") | .ttr") *$" "$E2E_DIR/incidents" ||
			fail "$d's times are not on its row at 80 columns"
	done
	# above the cards, where it is seen
	(($(grep -n 'INCIDENTS COMPARED' "$E2E_DIR/incidents" | cut -d: -f1) < $(grep -n '╭─ INC-001 ' "$E2E_DIR/incidents" | cut -d: -f1))) ||
		fail "the comparison comes after the cards"
}

# check_stack FILE N: the skill groups of the résumé as a grid of N
# columns (0: as many as the first row has, at least 3): each row of
# group names in capitals, and under each name its keywords, one a line,
# in the name's column.
check_stack() {
	local file=$1 per=$2 g i j k r line heading col kw re
	local -a lines groups hrow
	mapfile -t lines <"$file"
	mapfile -t groups < <(J '.skills[].name | ascii_upcase')
	for r in "${!lines[@]}"; do [[ ${lines[r]} =~ ^\ \ ${groups[0]}(\ |$) ]] && break; done
	[[ ${lines[r]:-} =~ ^\ \ ${groups[0]}(\ |$) ]] || fail "no row starts with ${groups[0]}: $(cat "$file")"
	if ((per == 0)); then
		read -r -a hrow <<<"${lines[r]}"
		per=${#hrow[@]}
		((per >= 3)) || fail "the stack's first row has $per groups: \"${lines[r]}\""
	fi
	for ((g = 0; g < ${#groups[@]}; g += per)); do
		heading=${lines[r]:-}
		re="^ "
		for ((i = g; i < g + per && i < ${#groups[@]}; i++)); do re+=" +${groups[i]}"; done
		re+=" *\$"
		[[ $heading =~ $re ]] || fail "the stack's row of names should be \"${groups[*]:g:per}\": \"$heading\""
		k=0
		for ((i = g; i < g + per && i < ${#groups[@]}; i++)); do
			col=$(col_of "${groups[i]}" "$heading")
			j=0
			while IFS= read -r kw; do
				line=${lines[r + 1 + j]:-}
				[[ ${line:col} == "• $kw"* ]] ||
					fail "\"$kw\" should be under ${groups[i]} (column $col, row $((j + 1))): \"$line\""
				j=$((j + 1))
			done < <(J ".skills[$i].keywords[]")
			((j > k)) && k=$j
		done
		r=$((r + 1 + k))
		while ((r < ${#lines[@]})) && [[ ${lines[r]} =~ ^\ *$ ]]; do r=$((r + 1)); done
	done
}

test_chart_stack() {
	pp_start 80 24 -- "$RESUME"
	wait_tab 1
	doc_of_tab 6 "$E2E_DIR/stack-80"
	grep -qE '^  LANGUAGES +BACKEND +DATA *$' "$E2E_DIR/stack-80" || fail "LANGUAGES, BACKEND and DATA are not on one row at 80 columns"
	check_stack "$E2E_DIR/stack-80" 3
	resize 40 12
	wait_until "the viewer repainted at 40x12" repainted_at 40
	doc_of_tab 6 "$E2E_DIR/stack-40"
	check_stack "$E2E_DIR/stack-40" 1
}

# Every chart at 40x12 and at 120x40: whole, within the width.
test_chart_sizes() {
	local size
	for size in 40x12 120x40; do
		pp_start "${size%x*}" "${size#*x}" SOURCE_DATE_EPOCH=$TODAY_EPOCH -- "$RESUME"
		wait_row 0 'About'
		doc_of_tab 3 "$E2E_DIR/history-$size"
		check_timeline "$E2E_DIR/history-$size" '█' '·' '↑'
		doc_of_tab 4 "$E2E_DIR/incidents-$size"
		check_side_by_side "$E2E_DIR/incidents-$size"
		doc_of_tab 6 "$E2E_DIR/stack-$size"
		if [[ $size == 40x12 ]]; then check_stack "$E2E_DIR/stack-$size" 1; else check_stack "$E2E_DIR/stack-$size" 0; fi
		(($(cat "$E2E_DIR"/*-"$size" | width_of) <= ${size%x*})) || fail "a line is wider than the screen at $size"
	done
}

# ====================================================================
# themes
# ====================================================================

# theme_screen ARGS...: starts the viewer on the Incidents tab (badges,
# meters, the selection) with a search open (its highlights) and sets
# PARAMS to the attributes on its screen.
theme_screen() {
	pp_start 80 24 "$@" --section incidents "$RESUME"
	wait_tab 4
	search_for "sev1"
	wait_status '[”"] 1 of [0-9]+'
	PARAMS=$(capture_escapes | sgr_params | sort -u)
	COLOURS=$(capture_escapes | colours_of)
}

test_theme_mono() {
	theme_screen -- --theme mono
	[[ -z $COLOURS ]] || fail "--theme mono has colours: $(tr '\n' ' ' <<<"$COLOURS")"
	grep -qx 7 <<<"$PARAMS" || fail "--theme mono should show the current tab and the matches in reverse video"
	[[ $(attrs_at sev1 | sort -u | wc -l) -ge 2 ]] || fail "--theme mono: the current match looks like the others"
}

test_theme_8() {
	local bad
	theme_screen -- --theme 8
	[[ -n $COLOURS ]] || fail "--theme 8 has no colours"
	bad=$(grep -vxE '3[0-7]|4[0-7]' <<<"$COLOURS")
	[[ -z $bad ]] || fail "--theme 8 uses colours other than 30-37 and 40-47: $(tr '\n' ' ' <<<"$bad")"
}

test_theme_256() {
	theme_screen TERM=tmux-256color -- --theme 256
	grep -qE '^38;5;[0-9]+$' <<<"$COLOURS" || fail "--theme 256 has no 256-colour foreground (38;5;N): $(tr '\n' ' ' <<<"$COLOURS")"
}

# auto: 256 colours where the terminal has them, 8 where it has 8.
test_theme_auto() {
	local p256 bad
	theme_screen TERM=tmux-256color -- --theme 256
	p256=$(capture_escapes)
	theme_screen TERM=tmux-256color -- --theme auto
	grep -qE '^38;5;[0-9]+$' <<<"$COLOURS" || fail "--theme auto on tmux-256color has no 256 colours"
	[[ $(capture_escapes) == "$p256" ]] || fail "--theme auto on tmux-256color differs from --theme 256"
	theme_screen TERM=tmux-256color -- 
	[[ $(capture_escapes) == "$p256" ]] || fail "no --theme on tmux-256color differs from --theme 256"
	theme_screen TERM=screen -- --theme auto
	[[ -n $COLOURS ]] || fail "--theme auto on an 8-colour terminal has no colours"
	bad=$(grep -vxE '3[0-7]|4[0-7]' <<<"$COLOURS")
	[[ -z $bad ]] || fail "--theme auto on an 8-colour terminal (screen) uses $(tr '\n' ' ' <<<"$bad")"
}

test_theme_high_contrast() {
	theme_screen -- --theme high-contrast
	[[ -n $COLOURS ]] || fail "--theme high-contrast has no colours"
	! grep -qx 2 <<<"$PARAMS" || fail "--theme high-contrast dims text (SGR 2)"
	# nor once a card is open
	key Escape Escape Enter
	wait_row 1 "Incidents › INC-001 "
	! capture_escapes | sgr_params | grep -qx 2 || fail "--theme high-contrast dims text in an open card"
}

test_theme_bogus() {
	usage_error --theme bogus "$RESUME"
	[[ $ERR == *bogus* ]] || cli_fail "the message should name the theme"
	cli -- --theme mono --print contact "$RESUME"
	assert_rc 0
}

# NO_COLOR (and --no-color) win over any theme.
test_theme_no_color() {
	local th
	for th in 256 8 high-contrast auto; do
		theme_screen NO_COLOR=1 -- --theme "$th"
		[[ -z $COLOURS ]] || fail "NO_COLOR=1 --theme $th has colours: $(tr '\n' ' ' <<<"$COLOURS")"
	done
	theme_screen -- --no-color --theme 256
	[[ -z $COLOURS ]] || fail "--no-color --theme 256 has colours"
}
