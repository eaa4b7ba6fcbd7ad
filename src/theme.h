/* theme.h — palettes, as plain data: no curses here, tui.c maps them.
 *
 * A style is a foreground and background colour (-1 for the terminal's
 * own; 0–7 the ANSI colours, 8–15 their bright forms, up to 255 on
 * 256-colour terminals) and attributes.  Nothing relies on colour alone:
 * every role that matters also has a glyph, a text or an attribute that
 * monochrome keeps. */
#ifndef PUSHPANDER_THEME_H
#define PUSHPANDER_THEME_H

#include <stdbool.h>

#include "doc.h"
#include "util.h"

/* The painter's roles, after the document's. */
enum {
	PAINT_TAB = ROLE_COUNT,
	PAINT_TAB_ACTIVE,
	PAINT_STATUS,
	PAINT_STATUS_KEY,
	PAINT_SELECTED,   /* the border of the selected card */
	PAINT_MARKER,
	PAINT_MATCH,      /* a search hit */
	PAINT_MATCH_CURRENT,
	PAINT_COUNT
};

enum {
	STYLE_BOLD = 1,
	STYLE_DIM = 2,
	STYLE_UNDERLINE = 4,
	STYLE_REVERSE = 8,
};

struct style {
	short fg, bg;
	unsigned attrs;
};

enum theme_id {
	THEME_AUTO,           /* the best the terminal can show */
	THEME_256,
	THEME_8,
	THEME_MONO,
	THEME_HIGH_CONTRAST,
	THEME_LIGHT,          /* auto's colours, for a light background */
	THEME_DARK,           /* auto's colours, for a dark background */
	THEME_COUNT
};

/* "auto", "256", "8", "mono", "high-contrast", "light", "dark". */
const char *theme_name(enum theme_id t);
bool theme_from_name(const char *name, enum theme_id *t);

/* Appends every theme's name, separated by ", " but for last_sep before
 * the last; with notes, each followed by what it is, where that is not
 * obvious: "auto (the default: …), 256, 8, mono or high-contrast (…)". */
void theme_names(struct buf *out, const char *last_sep, bool notes);

/* The theme to use for a terminal with colors colours (0 when it has none
 * or colour is turned off): auto, light and dark become 256, 8 or mono,
 * and a theme the terminal cannot show falls back to one it can. */
enum theme_id theme_resolve(enum theme_id t, int colors);

/* Whether t's colours follow the terminal's background, so that it is
 * worth finding out: all but light, dark and mono. */
bool theme_follows_background(enum theme_id t);

/* Whether t is drawn for a light background, when the terminal's is light
 * (light_background) or not: light and dark say so themselves. */
bool theme_is_light(enum theme_id t, bool light_background);

/* Whether role is drawn as glyphs rather than text (borders, the selection
 * marker, meters), which need less contrast to be seen: WCAG asks 3:1 of
 * graphics and 4.5:1 of text. */
bool theme_role_is_glyph(int role);

/* The style of role (a doc role or PAINT_*) in a resolved theme, for a
 * light background or a dark one.  On a light background nothing on the
 * terminal's own background is drawn in white: body text and emphasis
 * keep the terminal's foreground, accents are dark enough to read
 * (tests/unit/test_contrast.c measures them), badges keep their own
 * background.  Mono is the same on both. */
struct style theme_style(enum theme_id t, bool light, int role);

#endif
