/* glyphs.c — the glyph table. */
#include "glyphs.h"

static const struct glyphs utf8_glyphs = {
	.hline = "─", .vline = "│", .tl = "╭", .tr = "╮", .bl = "╰", .br = "╯",
	.bullet = "•", .dot = "·", .ellipsis = "…", .lquote = "“", .rquote = "”",
	.separator = " · ", .range = " – ", .dash = "–", .attribution = "— ", .aside = "▎", .crumb = " › ",
	.meter_full = "█", .meter_empty = "░", .track = "·", .marker = "▶",
	.bar = "▆", .now_line = "┊",
	.left = "←", .right = "→", .up = "↑", .down = "↓", .enter = "Enter",
	.key_left = "←", .key_right = "→", .key_up = "↑", .key_down = "↓",
};

/* Plain ASCII, of the same meaning; the arrow keys' names read better as
 * words.  The separator is not the range's "-", or "Feb 2024 - Present -
 * Delhi" would read as two ranges. */
static const struct glyphs ascii_glyphs = {
	.hline = "-", .vline = "|", .tl = "+", .tr = "+", .bl = "+", .br = "+",
	.bullet = "*", .dot = "-", .ellipsis = "...", .lquote = "\"", .rquote = "\"",
	.separator = ", ", .range = " - ", .dash = "-", .attribution = "- ", .aside = "|", .crumb = " > ",
	.meter_full = "#", .meter_empty = ".", .track = ".", .marker = ">",
	.bar = "#", .now_line = ":",
	.left = "<-", .right = "->", .up = "^", .down = "v", .enter = "Enter",
	.key_left = "Left", .key_right = "Right", .key_up = "Up", .key_down = "Down",
};

const struct glyphs *glyphs_for(bool utf8)
{
	return utf8 ? &utf8_glyphs : &ascii_glyphs;
}
