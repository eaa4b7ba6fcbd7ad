/* glyphs.c — the glyph table. */
#include "glyphs.h"

static const struct glyphs utf8_glyphs = {
	.hline = "─", .vline = "│", .tl = "╭", .tr = "╮", .bl = "╰", .br = "╯",
	.bullet = "•", .dot = "·", .dash = "–", .lquote = "“", .rquote = "”",
	.ellipsis = "…", .meter_full = "█", .meter_empty = "░", .marker = "▶",
	.present_dash = " – ", .left = "←", .right = "→", .up = "↑", .down = "↓",
	.enter = "Enter", .track = "·",
};

static const struct glyphs ascii_glyphs = {
	.hline = "-", .vline = "|", .tl = "+", .tr = "+", .bl = "+", .br = "+",
	.bullet = "*", .dot = "-", .dash = "-", .lquote = "\"", .rquote = "\"",
	.ellipsis = "...", .meter_full = "#", .meter_empty = ".", .marker = ">",
	.present_dash = " - ", .left = "<-", .right = "->", .up = "^", .down = "v",
	.enter = "Enter", .track = ".",
};

const struct glyphs *glyphs_for(bool utf8)
{
	return utf8 ? &utf8_glyphs : &ascii_glyphs;
}
