# shellcheck shell=bash
# shellcheck disable=SC2153 # SCREEN, T, COLS … are set by lib.sh's helpers
# tests/e2e/light.sh — sourced by tests/e2e.sh: light backgrounds.  The
# background found by asking the terminal (OSC 11: tmux answers for a pane
# whose window-style sets a background) or from COLORFGBG; no text too
# light to read on white; dark terminals as before; and the question and
# its answers never seen on the screen or taken for keys.  Uses the helpers
# of tests/e2e/lib.sh, tests/e2e.sh and tests/e2e/features.sh.

TESTS+=(
	light_colorfgbg_every_tab light_theme_every_tab light_depths
	light_dark_unchanged light_osc11_answered light_osc11_unanswered
	light_late_answer light_mute_terminal light_asks_only_when_it_should
)

# ---- helpers ----

# too_light: the cells of T's screen drawn on the terminal's own background
# (no background colour, not reversed) in a foreground whose WCAG relative
# luminance is above 0.6, one a line as "ROW:COL CHARACTER colour N";
# nothing when there are none.  Colours are xterm's: 0-15 its defaults,
# bold 0-7 shown as bright 8-15; 16-231 the cube; the greys after it.
# Spaces do not count: they show no foreground.
too_light() {
	screen_cells | perl -CSDA -e '
		my @base = (0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd,
			0xe5e5e5, 0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff,
			0xffffff);
		my @level = (0, 0x5f, 0x87, 0xaf, 0xd7, 0xff);
		sub lin { my $c = shift() / 255; $c <= 0.03928 ? $c / 12.92 : (($c + 0.055) / 1.055) ** 2.4 }
		sub lum { my ($r, $g, $b) = @_; 0.2126 * lin($r) + 0.7152 * lin($g) + 0.0722 * lin($b) }
		sub rgb {
			my $i = shift;
			return (($base[$i] >> 16) & 255, ($base[$i] >> 8) & 255, $base[$i] & 255) if $i < 16;
			return ($level[int(($i - 16) / 36)], $level[int(($i - 16) / 6) % 6], $level[($i - 16) % 6]) if $i < 232;
			my $g = 8 + 10 * ($i - 232);
			return ($g, $g, $g);
		}
		while (my $cell = <STDIN>) {
			chomp $cell;
			my ($row, $col, $state, $c) = split /\t/, $cell, 4;
			my %a = map { split /=/, $_, 2 } split / /, $state;
			next if $c eq " " || $a{fg} eq "" || $a{bg} ne "" || $a{r} ne "";
			my ($fg, @c) = ($a{fg});
			if ($fg =~ /^rgb(\d+),(\d+),(\d+)$/) { @c = ($1, $2, $3) }
			else {
				my $i = $fg =~ s/^c//r;
				@c = rgb($i < 8 && $a{b} ? $i + 8 : $i);
			}
			my $l = lum(@c);
			printf "%d:%d %s colour %s%s (luminance %.2f)\n", $row, $col, $c, $fg,
				$a{b} ? " bold" : "", $l if $l > 0.6;
		}'
}

# assert_readable WHAT: no cell of T's screen is too light (too_light).
assert_readable() {
	local bad
	bad=$(too_light | head -5)
	capture
	[[ -z $bad ]] || fail "$1: text too light for a light background: $bad"
}

# page_readable WHAT: assert_readable on every page of what is shown (PgDn
# until the status line says Bot), then back to the top.
page_readable() {
	local pos
	assert_readable "$1, top"
	pos=$(scroll_pos)
	while [[ -n $pos && $pos != Bot ]]; do
		press NPage "PgDn at $pos"
		assert_readable "$1, at $(scroll_pos)"
		pos=$(scroll_pos)
	done
	key g
	wait_until "the top" at_top
}

# every_tab_readable [NAME=VALUE ...] [-- ARG ...]: starts the viewer with
# them and checks every page of every tab, the first card of each tab of
# cards, a search's highlights and the help.
every_tab_readable() {
	local tab
	pp_start 100 30 "$@" "$RESUME"
	wait_tab 1
	for tab in 1 2 3 4 5 6 7; do
		show_tab_top "$tab"
		page_readable "tab $tab"
		case $tab in
		2 | 3 | 4)
			key Enter
			wait_row 1 "^── ${TAB_TITLES[tab - 1]} › "
			page_readable "tab $tab, card 1"
			key Escape
			wait_row 1 '^─+$'
			;;
		esac
	done
	search_for "sev"
	wait_status '[”"] 1 of [0-9]+'
	assert_readable "a search"
	key Escape '?'
	wait_for ' Keys '
	assert_readable "the help"
}

# tagline_colour [NAME=VALUE ...] -- [ARG ...]: starts the viewer and sets
# TAGLINE to the attributes of the About tab's tagline (attrs_at).
tagline_colour() {
	pp_start 80 24 "$@" "$RESUME"
	wait_for "HEY, I'M"
	tagline_attrs
}

# tagline_attrs: TAGLINE becomes the attributes of the tagline on T.
tagline_attrs() { TAGLINE=$(attrs_at "$(J .basics.tagline | awk '{ print $1 }')" | head -1); }

# The tagline as the 256-colour palettes draw it: dark and light.
TAGLINE_DARK='b=1 d= u= r= fg=c205 bg='
TAGLINE_LIGHT='b=1 d= u= r= fg=c162 bg='

# answering_pane STYLE [NAME=VALUE ...] [-- ARG ...]: as pp_start (80x24),
# in a pane whose window-style is STYLE (e.g. bg=colour231): tmux answers
# OSC 11 there with that background.
answering_pane() {
	local style=$1
	shift
	PP_GATE=1 pp_start 80 24 "$@"
	tm set-option -w -t "$T" window-style "$style" >/dev/null ||
		fail "tmux cannot set window-style $style"
	key Enter
}

# ---- tests ----

# COLORFGBG says the background is light (dark on light): no tab draws text
# too light to read on it.
test_light_colorfgbg_every_tab() {
	every_tab_readable 'COLORFGBG=0;15' --
}

test_light_theme_every_tab() {
	every_tab_readable -- --theme light
}

# The 8-colour and high-contrast palettes on a light background, top of
# each tab: 8-colour bold is bright in xterm, and most bright colours do
# not read on white.
test_light_depths() {
	local args tab
	for args in "--theme 8" "--theme high-contrast" "--theme light TERM=screen"; do
		# shellcheck disable=SC2086 # words on purpose
		set -- $args
		pp_start 100 30 'COLORFGBG=0;15' ${3:+"$3"} -- "$1" "$2" "$RESUME"
		wait_tab 1
		for tab in 1 2 3 4 5 6 7; do
			show_tab_top "$tab"
			assert_readable "$args, tab $tab"
		done
	done
}

# A dark background, said or taken for granted, keeps the dark palette:
# today's colours, the same whichever way it is known.
test_light_dark_unchanged() {
	local want cfg
	tagline_colour --
	assert_eq "$TAGLINE" "$TAGLINE_DARK" "the tagline without a hint"
	assert_eq "$(attrs_at "█▀▀▄ █  █ ▄▀▀▀" | head -1)" 'b=1 d= u= r= fg=c214 bg=' "the name"
	assert_eq "$(attrs_at "$(J .basics.label | awk '{ print $1, $2 }')" | head -1)" \
		'b=1 d= u= r= fg=c231 bg=' "the headline"
	assert_eq "$(attrs_at "HEY, I'M" | head -1)" 'b= d= u= r= fg=c246 bg=' "the greeting"
	want=$(capture_escapes)
	for cfg in 'COLORFGBG=15;0 --' '-- --theme dark' 'COLORFGBG=0;15 -- --theme dark' \
		'COLORFGBG=15;default;0 --' 'COLORFGBG=bogus --'; do
		# shellcheck disable=SC2086 # words on purpose
		tagline_colour $cfg
		[[ $(capture_escapes) == "$want" ]] || fail "$cfg: the About tab differs from the dark one"
	done
	# eight colours: the base palette as it was
	tagline_colour TERM=screen --
	assert_eq "$TAGLINE" 'b=1 d= u= r= fg=5 bg=' "the 8-colour tagline"
	assert_eq "$(attrs_at "█▀▀▄ █  █ ▄▀▀▀" | head -1)" 'b=1 d= u= r= fg=3 bg=' "the 8-colour name"
	# and the Incidents screen, badges, meters and search hits: as before
	# but for the empty meter cells, 240 then (2.95:1 on black, too dim);
	# the comparison above the cards adds its bars' 114 and 117, and the
	# speaker's 222 went with the box that titled the 🔥 card (its label
	# is a heading now); the quiet status line (247 and 117 on 235, not 16
	# and 24 on 252), the hits (109, the current one 213, where they were
	# 220 and 114), and the keywords' chips (152 on 236)
	theme_screen TERM=tmux-256color -- --theme 256
	want=$(capture_escapes)
	theme_screen TERM=tmux-256color 'COLORFGBG=15;0' -- --theme 256
	[[ $(capture_escapes) == "$want" ]] || fail "COLORFGBG=15;0: the Incidents tab differs"
	assert_eq "$(tr '\n' ' ' <<<"$COLOURS")" \
		'38;5;108 38;5;114 38;5;117 38;5;151 38;5;152 38;5;16 38;5;203 38;5;214 38;5;220 38;5;231 38;5;241 38;5;246 38;5;247 38;5;67 38;5;81 48;5;109 48;5;160 48;5;213 48;5;214 48;5;235 48;5;236 48;5;81 ' \
		"the dark Incidents screen's colours"
}

# tmux answers OSC 11 for a pane whose window-style sets a background: a
# light one gets the light palette, with no COLORFGBG; a dark one the dark
# palette, whatever COLORFGBG says (the terminal knows better).
test_light_osc11_answered() {
	local style
	for style in bg=colour231 bg=white 'bg=#fdf6e3'; do
		answering_pane "$style" -- "$RESUME"
		wait_for "HEY, I'M"
		tagline_attrs
		assert_eq "$TAGLINE" "$TAGLINE_LIGHT" "the tagline on window-style $style"
		assert_readable "window-style $style"
		assert_lacks "11;" "the answer is on the screen"
	done
	answering_pane bg=black 'COLORFGBG=0;15' -- "$RESUME"
	wait_for "HEY, I'M"
	tagline_attrs
	assert_eq "$TAGLINE" "$TAGLINE_DARK" "the tagline on a black background, with COLORFGBG=0;15"
	# --theme dark is not asked and not overruled
	answering_pane bg=colour231 -- --theme dark "$RESUME"
	wait_for "HEY, I'M"
	tagline_attrs
	assert_eq "$TAGLINE" "$TAGLINE_DARK" "--theme dark on a white background"
	# a key typed before the first frame still works
	answering_pane bg=colour231 -- "$RESUME"
	key 3
	wait_tab 3
}

# Without a window-style tmux does not answer OSC 11 (it answers Device
# Attributes): dark, as before, nothing of the exchange on the screen, and
# the first key, sent before the first frame, works.
test_light_osc11_unanswered() {
	pp_start 80 24 -- "$RESUME"
	key 4
	wait_tab 4
	assert_lacks "11;"
	assert_lacks "rgb:"
	assert_lacks "?1;2c"
	[[ $(capture_escapes) != *$'\e]'* ]] || fail "an OSC sequence is on the screen"
	key 1
	wait_tab 1
	tagline_attrs
	assert_eq "$TAGLINE" "$TAGLINE_DARK" "the tagline"
}

# An answer that comes after the first frame (a slow link) is read whole,
# never typed into the search prompt, and the palette follows it, once;
# a late Device Attributes answer is nothing either.
test_light_late_answer() {
	pp_start 80 24 -- "$RESUME"
	wait_for "HEY, I'M"
	key /
	wait_status '^ Search:'
	type_text $'\e]11;rgb:ffff/ffff/ffff\e\\'
	type_text "ab"
	type_text $'\e[?1;2c'
	type_text "c"
	wait_status '^ Search: abc$'
	tagline_attrs
	assert_eq "$TAGLINE" "$TAGLINE_LIGHT" "the tagline after a late light answer"
	# BEL-terminated, and only the first late answer counts
	type_text $'\e]11;rgb:0000/0000/0000\a'
	type_text "d"
	wait_status '^ Search: abcd$'
	tagline_attrs
	assert_eq "$TAGLINE" "$TAGLINE_LIGHT" "the tagline after a second late answer"
	key Enter
	wait_status 'No match for "abcd"'
	key Escape q
	assert_exit 0
}

# A terminal that answers nothing, not even Device Attributes (script(1)
# with its output to a file): the wait ends after its timeout, the first
# frame comes, and a key typed during the wait is not lost.
test_light_mute_terminal() {
	command -v script >/dev/null || skip "no script(1)"
	local fifo=$E2E_DIR/keys out=$E2E_DIR/out start end
	mkfifo "$fifo" || fail "mkfifo failed"
	start=$(now_us)
	script -qfec "stty rows 24 cols 80; exec env -i PATH=$PATH TERM=xterm-256color \
LANG=C.UTF-8 LC_ALL=C.UTF-8 $(printf '%q ' "$PUSHPANDER" "$RESUME")" /dev/null \
		<"$fifo" >"$out" 2>&1 &
	local pid=$!
	exec 3>"$fifo"
	printf 3 >&3
	end=$(($(now_us) + E2E_TIMEOUT * 1000000))
	until grep -q "WORK HISTORY" "$out" 2>/dev/null; do
		(($(now_us) > end)) && { exec 3>&-; fail "tab 3 never came: $(tail -c 300 "$out" | cat -v)"; }
		sleep 0.02
	done
	note "tab 3 after $((($(now_us) - start) / 1000)) ms (script's own start included)"
	printf q >&3
	exec 3>&-
	wait "$pid" || fail "pushpander under script(1) exited with status $?"
	grep -q $'\e\\]11;?' "$out" || fail "the background was not asked"
}

# The question is written only where it may be: not for --print, not for
# a theme that does not follow the background, not without colours.
test_light_asks_only_when_it_should() {
	local rec=$E2E_DIR/bytes args
	pp_record "$rec" 80 24 -- "$RESUME"
	wait_for "HEY, I'M"
	wait_bytes "$rec" "$(hex_str $'\e]11;?\e\\\e[c')" "the background query"
	for args in "--print" "--theme dark" "--theme light" "--theme mono" "--no-color"; do
		# shellcheck disable=SC2086 # words on purpose
		pp_record "$rec" 80 24 -- $args "$RESUME"
		if [[ $args == --print ]]; then
			wait_exit
		else
			wait_for "HEY, I'M"
			key q
			wait_exit
		fi
		! has_bytes "$rec" "$(hex_str $'\e]11')" || fail "$args: the background was asked"
	done
	pp_record "$rec" 80 24 NO_COLOR=1 -- "$RESUME"
	wait_for "HEY, I'M"
	key q
	wait_exit
	! has_bytes "$rec" "$(hex_str $'\e]11')" || fail "NO_COLOR=1: the background was asked"
}
