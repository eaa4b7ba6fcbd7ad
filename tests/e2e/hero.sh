# shellcheck shell=bash
# shellcheck disable=SC2153 # SCREEN, T, COLS … are set by lib.sh's helpers
# tests/e2e/hero.sh — sourced by tests/e2e.sh: the About hero (the name
# in block letters where it fits, the greeting only where the résumé has
# one, the fact strip and the counts), quotes as asides and stickers, the
# references before the joke, one style across Education, no heading over
# nothing, and what a generic résumé shows on Contact (the town, the
# profile's URL alone linked, dates people read, meta as a footer).
# Uses the helpers of tests/e2e/lib.sh, tests/e2e.sh and
# tests/e2e/features.sh.

TESTS+=(
	hero_big_name hero_plain_when_narrow hero_plain_in_ascii hero_generic_voice
	hero_facts_and_counts hero_quotes_are_asides hero_references_first
	hero_education_one_style hero_no_empty_heading hero_contact_generic
)

# The seed's name, "PUSHPANDER.", in the block font: its three rows.
HERO_ROWS=(
	'█▀▀▄ █  █ ▄▀▀▀ █  █ █▀▀▄ ▄▀▀▄ █▄  █ █▀▀▄ █▀▀▀ █▀▀▄'
	'█▀▀  █  █  ▀▀▄ █▀▀█ █▀▀  █▀▀█ █ ▀▄█ █  █ █▀▀  █▀█'
	'▀     ▀▀  ▀▀▀  ▀  ▀ ▀    ▀  ▀ ▀   ▀ ▀▀▀  ▀▀▀▀ ▀  ▀ ▀'
)

# assert_rows_in_order TEXT...: each TEXT is on a row below the one before.
assert_rows_in_order() {
	local last=-1 i t found
	screen_rows
	for t in "$@"; do
		found=-1
		for ((i = last + 1; i < ${#SCREEN_ROWS[@]}; i++)); do
			if [[ ${SCREEN_ROWS[i]} == *"$t"* ]]; then found=$i; break; fi
		done
		((found >= 0)) || fail "expected \"$t\" on a row below row $last"
		last=$found
	done
}

# The name is the largest thing on About: three rows of block letters,
# one under the other and under the greeting, at 100x30 and at 80x24; the
# name is not also written plainly.
test_hero_big_name() {
	local size
	for size in "100 30" "80 24"; do
		# shellcheck disable=SC2086 # two words on purpose
		pp_start $size -- "$RESUME"
		wait_tab 1
		assert_rows_in_order "HEY, I'M" "  ${HERO_ROWS[0]}" "  ${HERO_ROWS[1]}" "  ${HERO_ROWS[2]}"
		assert_lacks "PUSHPANDER."
		key q
		assert_exit 0
	done
}

# Narrower than 80 columns the name is plain bold text; so it is in
# --print at any width, where it must stay a word that grep finds.
test_hero_plain_when_narrow() {
	pp_start 50 20 -- "$RESUME"
	wait_row 0 '^ *1 About +2 +3 '
	wait_for "PUSHPANDER."
	assert_lacks "${HERO_ROWS[0]:0:9}"
	key q
	assert_exit 0
	"$PUSHPANDER" --print --width 60 "$RESUME" >"$E2E_DIR/60.txt" || fail "--print failed"
	grep -q '^  PUSHPANDER\.$' "$E2E_DIR/60.txt" ||
		fail "--print at 60 columns should show the name plainly"
	"$PUSHPANDER" --print --width 100 "$RESUME" >"$E2E_DIR/100.txt" || fail "--print failed"
	grep -q '^  PUSHPANDER\.$' "$E2E_DIR/100.txt" ||
		fail "--print at 100 columns should show the name as a word"
	! grep -qF "${HERO_ROWS[1]}" "$E2E_DIR/100.txt" ||
		fail "--print at 100 columns should not draw the name in block letters"
	[[ $("$PUSHPANDER" --grep pushpander --width 100 "$RESUME") == *PUSHPANDER.* ]] ||
		fail "--grep does not find the name"
}

# ASCII (--ascii, or a C locale) has no half blocks: the name is plain.
test_hero_plain_in_ascii() {
	pp_start 100 30 -- --ascii "$RESUME"
	wait_for "PUSHPANDER."
	assert_lacks "▀"
	key q
	assert_exit 0
	pp_start 100 30 LANG=C LC_ALL=C -- "$RESUME"
	wait_for "PUSHPANDER."
	assert_lacks "▀"
	key q
	assert_exit 0
}

# A generic résumé has no greeting: no "HEY, I'M", and its name is drawn
# as written (block letters at 100 columns, "Ada Fixture" at 50), not
# shouted with a full stop.  A name the font lacks a letter of is plain.
test_hero_generic_voice() {
	pp_start 100 30 -- "$FULL"
	wait_for "Systems Programmer"
	assert_lacks "HEY, I'M"
	assert_has "  ▄▀▀▄ █▀▀▄ ▄▀▀▄    █▀▀▀ ▀█▀"
	key q
	assert_exit 0
	pp_start 50 20 -- "$FULL"
	wait_for "Systems Programmer"
	assert_has "  Ada Fixture"
	assert_lacks "ADA FIXTURE"
	key q
	assert_exit 0
	pp_start 100 30 -- "$FIXTURES/hero-empty.json"
	wait_for "Writer"
	assert_has "  Émile Zola"
	assert_lacks "▀"
	key q
	assert_exit 0
}

# Under the name: the role held now @ where, the place, what the owner is
# open to, and a row of counts; a generic résumé's last job says until
# when, its place is the town and region, and its counts are singular
# where they are one and leave out what it has none of.
test_hero_facts_and_counts() {
	pp_start 100 30 -- "$RESUME"
	wait_tab 1
	assert_has "  Software Engineer @ Alt Mobility · Delhi, India"
	assert_has "  Currently open for freelance backend gigs and exploring SDE2 roles."
	assert_has "  3 projects · 4 roles · 4 incidents · 5 testimonials"
	key q
	assert_exit 0
	pp_start 100 30 -- "$FULL"
	wait_for "Systems Programmer"
	assert_has "  Principal Engineer @ Difference Engines Ltd, until Aug 2023 · London, Greater London"
	assert_has "  1 project · 3 roles · 1 testimonial"
	assert_lacks "incident"
	assert_lacks "12 Analytical Row"
	key q
	assert_exit 0
}

# Quotes are asides, not boxes: a label over the words behind a bar, and
# a card with only a label and a speaker is one line.
test_hero_quotes_are_asides() {
	pp_start 100 30 -- "$RESUME"
	wait_tab 1
	assert_rows_in_order "  DUNDER MIFFLIN" "  ▎ WORLD'S BEST BACKEND ENGINEER." "  ▎ — Michael Scott"
	assert_has "   SHIPPED ✓  — Jim Halpert"
	assert_lacks "╭"
	key 4
	wait_tab 4
	assert_rows_in_order "  🔥" "  ▎ “How I handle incidents"
	assert_lacks "╭─ 🔥"
	key q
	assert_exit 0
}

# The four references come first, each a name, a role and its words
# behind a bar; Stanley's joke comes after them, no longer boxed.
test_hero_references_first() {
	pp_start 100 60 -- "$RESUME"
	key 5
	wait_tab 5
	assert_rows_in_order "WHAT FOLKS SAY" " M  Mehul" "SDE-3 @ Alt Mobility" "      ▎ “I've worked with" \
		" S  Shailesh Kumar" " A  Abhinav Ashish" " P  Prateek Jha" \
		"  ▎ “I have been here for 18 years." "  ▎ — Stanley Hudson"
	assert_lacks "╭─ Stanley"
	key q
	assert_exit 0
}

# Education, certificates, awards and publications are entries of one
# style: a title, a line under it, a quiet line of who and when; no box.
test_hero_education_one_style() {
	pp_start 100 40 -- "$FULL"
	key 4
	wait_for "University of Fixtures"
	assert_rows_in_order "  EDUCATION" "  University of Fixtures" "  Bachelor · Mathematics" \
		"  Sep 2011 – Jun 2015 · Score: First" "  CERTIFICATES" "  Certified Loom Operator" \
		"  Weavers Guild · 20 May 2016"
	assert_lacks "╭"
	key q
	assert_exit 0
}

# A heading with nothing under it is not drawn: empty awards and
# publications, a writing voice that is a heading alone.
test_hero_no_empty_heading() {
	pp_start 100 30 -- "$FIXTURES/hero-empty.json"
	wait_for "Writer"
	key 2
	wait_for "Certified Novelist"
	assert_has "  2 Mar 2025"
	assert_lacks "AWARDS"
	assert_lacks "PUBLICATIONS"
	key q
	assert_exit 0
	"$PUSHPANDER" --print --width 80 "$FIXTURES/hero-empty.json" >"$E2E_DIR/empty.txt" ||
		fail "--print failed"
	! grep -q "WRITING" "$E2E_DIR/empty.txt" || fail "a writing heading over nothing is drawn"
}

# A generic résumé's Contact: only a profile's
# URL is underlined (as a link), not its user name; the résumé's meta is
# one quiet line with its date as people write it.
test_hero_contact_generic() {
	pp_start 100 30 -- --section contact "$FULL"
	wait_for "v1.0.0"
	assert_has "  v1.0.0 · updated 15 Jan 2024 · https://ada.example.com/resume.json"
	assert_lacks "2024-01-15T10:00:00"
	assert_lacks "Canonical"
	assert_eq "$(attrs_at "adafix" | head -1 | grep -o 'u=[^ ]*')" "u=" "the GitHub user name's underline"
	assert_eq "$(attrs_at "https://github.com/adafix" | head -1 | grep -o 'u=[^ ]*')" "u=1" \
		"the GitHub URL's underline"
	key q
	assert_exit 0
}
