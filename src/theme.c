/* theme.c — the palettes. */
#include "theme.h"

#include <string.h>

enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE };
#define DEFAULT (-1)

/* Each theme's name for --theme, and what --help says of it, if anything. */
static const struct {
	const char *name, *note;
} names[THEME_COUNT] = {
	[THEME_AUTO] = { "auto", "the default: the best the terminal can show, for the background the terminal or COLORFGBG tells" },
	[THEME_256] = { "256", NULL },
	[THEME_8] = { "8", NULL },
	[THEME_MONO] = { "mono", NULL },
	[THEME_HIGH_CONTRAST] = { "high-contrast", "bright, nothing dimmed" },
	[THEME_LIGHT] = { "light", "as auto, for a light background whatever the terminal says" },
	[THEME_DARK] = { "dark", "as auto, for a dark background whatever the terminal says" },
};

/* Eight colours: the base palette, for a dark background.  The status
 * line is quiet (no bar of its own, its text dim), borders are the dim
 * foreground (bold blue was the harshest thing on screen), and the current
 * search hit is the loudest thing there is.  Where xterm shows bold
 * colours 0-7 as their bright forms, black on a colour is not bold (it
 * would be grey); tests/unit/test_contrast.c measures every role. */
static const struct style eight[PAINT_COUNT] = {
	[ROLE_TEXT] = { DEFAULT, DEFAULT, 0 },
	[ROLE_HERO] = { YELLOW, DEFAULT, STYLE_BOLD },
	[ROLE_ACCENT] = { MAGENTA, DEFAULT, STYLE_BOLD },
	[ROLE_HEADING] = { CYAN, DEFAULT, STYLE_BOLD },
	[ROLE_COMMENT] = { GREEN, DEFAULT, 0 },
	[ROLE_TITLE] = { DEFAULT, DEFAULT, STYLE_BOLD },
	[ROLE_EMPH] = { WHITE, DEFAULT, STYLE_BOLD },
	[ROLE_SUBTLE] = { DEFAULT, DEFAULT, STYLE_DIM },
	[ROLE_BULLET] = { YELLOW, DEFAULT, 0 },
	[ROLE_KEYWORD] = { CYAN, DEFAULT, 0 },
	[ROLE_QUOTE] = { GREEN, DEFAULT, 0 },
	[ROLE_SPEAKER] = { YELLOW, DEFAULT, STYLE_BOLD },
	[ROLE_BORDER] = { DEFAULT, DEFAULT, STYLE_DIM },
	[ROLE_BADGE] = { BLACK, GREEN, 0 },
	[ROLE_URGENT] = { WHITE, RED, STYLE_BOLD },
	[ROLE_SEV1] = { WHITE, RED, STYLE_BOLD },
	[ROLE_SEV2] = { BLACK, YELLOW, 0 },
	[ROLE_SEV3] = { BLACK, CYAN, 0 },
	[ROLE_SEV4] = { BLACK, WHITE, 0 },
	[ROLE_METER_LOW] = { GREEN, DEFAULT, 0 },
	[ROLE_METER_MID] = { YELLOW, DEFAULT, 0 },
	[ROLE_METER_HIGH] = { RED, DEFAULT, STYLE_BOLD },
	[ROLE_METER_EMPTY] = { DEFAULT, DEFAULT, STYLE_DIM },
	[ROLE_LINK] = { CYAN, DEFAULT, STYLE_UNDERLINE },
	[ROLE_CODE] = { MAGENTA, DEFAULT, STYLE_BOLD },
	[PAINT_TAB] = { DEFAULT, DEFAULT, 0 },
	[PAINT_TAB_ACTIVE] = { BLACK, CYAN, 0 },
	[PAINT_STATUS] = { DEFAULT, DEFAULT, STYLE_DIM },
	[PAINT_STATUS_KEY] = { CYAN, DEFAULT, 0 },
	[PAINT_SELECTED] = { YELLOW, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { YELLOW, DEFAULT, STYLE_BOLD },
	[PAINT_MATCH] = { BLACK, WHITE, 0 },
	[PAINT_MATCH_CURRENT] = { WHITE, MAGENTA, STYLE_BOLD | STYLE_UNDERLINE },
};

/* 256 colours: softer and richer; roles not listed keep the base. */
static const struct style two_fifty_six[PAINT_COUNT] = {
	[ROLE_HERO] = { 214, DEFAULT, STYLE_BOLD },
	[ROLE_ACCENT] = { 205, DEFAULT, STYLE_BOLD },
	[ROLE_HEADING] = { 81, DEFAULT, STYLE_BOLD },
	[ROLE_COMMENT] = { 108, DEFAULT, 0 },
	[ROLE_EMPH] = { 231, DEFAULT, STYLE_BOLD },
	[ROLE_SUBTLE] = { 246, DEFAULT, 0 },
	[ROLE_BULLET] = { 214, DEFAULT, 0 },
	[ROLE_KEYWORD] = { 152, 236, 0 },
	[ROLE_QUOTE] = { 151, DEFAULT, 0 },
	[ROLE_SPEAKER] = { 222, DEFAULT, STYLE_BOLD },
	[ROLE_BORDER] = { 67, DEFAULT, 0 },
	[ROLE_BADGE] = { 16, 114, STYLE_BOLD },
	[ROLE_URGENT] = { 231, 160, STYLE_BOLD },
	[ROLE_SEV1] = { 231, 160, STYLE_BOLD },
	[ROLE_SEV2] = { 16, 214, STYLE_BOLD },
	[ROLE_SEV3] = { 16, 81, 0 },
	[ROLE_SEV4] = { 16, 250, 0 },
	[ROLE_METER_LOW] = { 114, DEFAULT, 0 },
	[ROLE_METER_MID] = { 214, DEFAULT, 0 },
	[ROLE_METER_HIGH] = { 203, DEFAULT, STYLE_BOLD },
	[ROLE_METER_EMPTY] = { 241, DEFAULT, 0 },
	[ROLE_LINK] = { 117, DEFAULT, STYLE_UNDERLINE },
	[ROLE_CODE] = { 216, 236, 0 }, /* a chip, as glow shows code */
	[PAINT_TAB_ACTIVE] = { 16, 81, STYLE_BOLD },
	[PAINT_STATUS] = { 247, 235, 0 },
	[PAINT_STATUS_KEY] = { 117, 235, STYLE_BOLD },
	[PAINT_SELECTED] = { 220, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { 220, DEFAULT, STYLE_BOLD },
	[PAINT_MATCH] = { 16, 109, 0 },
	[PAINT_MATCH_CURRENT] = { 16, 213, STYLE_BOLD | STYLE_UNDERLINE },
};

/* Eight colours on a light background; roles not listed keep the base.
 * Text and emphasis are the terminal's own foreground, and only the
 * colours that read on white are left: red, blue and magenta (bold only
 * for blue, whose bright form still reads; yellow, green and cyan do not
 * read at all). */
static const struct style eight_light[PAINT_COUNT] = {
	[ROLE_HERO] = { BLUE, DEFAULT, STYLE_BOLD },
	[ROLE_ACCENT] = { MAGENTA, DEFAULT, 0 },
	[ROLE_HEADING] = { BLUE, DEFAULT, STYLE_BOLD },
	[ROLE_COMMENT] = { MAGENTA, DEFAULT, 0 },
	[ROLE_EMPH] = { DEFAULT, DEFAULT, STYLE_BOLD },
	[ROLE_BULLET] = { RED, DEFAULT, 0 },
	[ROLE_KEYWORD] = { BLUE, DEFAULT, 0 },
	[ROLE_QUOTE] = { BLUE, DEFAULT, 0 },
	[ROLE_SPEAKER] = { RED, DEFAULT, 0 },
	[ROLE_BORDER] = { BLUE, DEFAULT, 0 },
	[ROLE_METER_LOW] = { BLUE, DEFAULT, 0 },
	[ROLE_METER_MID] = { MAGENTA, DEFAULT, 0 },
	[ROLE_METER_HIGH] = { RED, DEFAULT, STYLE_BOLD },
	[ROLE_LINK] = { BLUE, DEFAULT, STYLE_UNDERLINE },
	[ROLE_CODE] = { MAGENTA, DEFAULT, 0 },
	[PAINT_STATUS_KEY] = { BLUE, DEFAULT, STYLE_BOLD },
	[PAINT_SELECTED] = { RED, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { RED, DEFAULT, STYLE_BOLD },
};

/* 256 colours on a light background: the dark palette's hues made dark
 * enough to read on white; roles not listed (borders, badges, the bars,
 * search hits) keep the 256-colour ones. */
static const struct style two_fifty_six_light[PAINT_COUNT] = {
	[ROLE_HERO] = { 130, DEFAULT, STYLE_BOLD },
	[ROLE_ACCENT] = { 162, DEFAULT, STYLE_BOLD },
	[ROLE_HEADING] = { 25, DEFAULT, STYLE_BOLD },
	[ROLE_COMMENT] = { 28, DEFAULT, 0 },
	[ROLE_EMPH] = { DEFAULT, DEFAULT, STYLE_BOLD },
	[ROLE_SUBTLE] = { 242, DEFAULT, 0 },
	[ROLE_BULLET] = { 130, DEFAULT, 0 },
	[ROLE_KEYWORD] = { 24, 254, 0 },
	[ROLE_QUOTE] = { 22, DEFAULT, 0 },
	[ROLE_SPEAKER] = { 94, DEFAULT, STYLE_BOLD },
	[ROLE_METER_LOW] = { 28, DEFAULT, 0 },
	[ROLE_METER_MID] = { 136, DEFAULT, 0 },
	[ROLE_METER_HIGH] = { 160, DEFAULT, STYLE_BOLD },
	[ROLE_METER_EMPTY] = { 245, DEFAULT, 0 },
	[ROLE_LINK] = { 25, DEFAULT, STYLE_UNDERLINE },
	[ROLE_CODE] = { 124, 254, 0 },
	[PAINT_STATUS] = { 240, 254, 0 },
	[PAINT_STATUS_KEY] = { 25, 254, STYLE_BOLD },
	[PAINT_SELECTED] = { 130, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { 130, DEFAULT, STYLE_BOLD },
};

/* Monochrome: attributes only. */
static const unsigned mono[PAINT_COUNT] = {
	[ROLE_HERO] = STYLE_BOLD,
	[ROLE_ACCENT] = STYLE_BOLD,
	[ROLE_HEADING] = STYLE_BOLD | STYLE_UNDERLINE,
	[ROLE_COMMENT] = STYLE_DIM,
	[ROLE_TITLE] = STYLE_BOLD,
	[ROLE_EMPH] = STYLE_BOLD,
	[ROLE_SUBTLE] = STYLE_DIM,
	[ROLE_SPEAKER] = STYLE_BOLD,
	[ROLE_BADGE] = STYLE_REVERSE,
	[ROLE_URGENT] = STYLE_REVERSE | STYLE_BOLD,
	[ROLE_SEV1] = STYLE_REVERSE | STYLE_BOLD,
	[ROLE_SEV2] = STYLE_REVERSE,
	[ROLE_SEV3] = STYLE_REVERSE,
	[ROLE_SEV4] = STYLE_REVERSE,
	[ROLE_METER_LOW] = STYLE_BOLD,
	[ROLE_METER_MID] = STYLE_BOLD,
	[ROLE_METER_HIGH] = STYLE_BOLD,
	[ROLE_METER_EMPTY] = STYLE_DIM,
	[ROLE_LINK] = STYLE_UNDERLINE,
	[ROLE_CODE] = STYLE_BOLD,
	[PAINT_TAB_ACTIVE] = STYLE_REVERSE | STYLE_BOLD,
	[PAINT_STATUS] = STYLE_DIM,
	[PAINT_STATUS_KEY] = STYLE_BOLD,
	[PAINT_SELECTED] = STYLE_BOLD,
	[PAINT_MARKER] = STYLE_BOLD,
	[PAINT_MATCH] = STYLE_REVERSE,
	[PAINT_MATCH_CURRENT] = STYLE_REVERSE | STYLE_BOLD | STYLE_UNDERLINE,
};

const char *theme_name(enum theme_id t)
{
	return names[t].name;
}

bool theme_from_name(const char *name, enum theme_id *t)
{
	for (int i = 0; i < THEME_COUNT; i++) {
		if (strcmp(name, names[i].name) == 0) {
			*t = (enum theme_id)i;
			return true;
		}
	}
	return false;
}

void theme_names(struct buf *out, const char *last_sep, bool notes)
{
	for (int i = 0; i < THEME_COUNT; i++) {
		if (i)
			buf_puts(out, i == THEME_COUNT - 1 ? last_sep : ", ");
		buf_puts(out, names[i].name);
		if (notes && names[i].note) {
			buf_puts(out, " (");
			buf_puts(out, names[i].note);
			buf_putc(out, ')');
		}
	}
}

enum theme_id theme_resolve(enum theme_id t, int colors)
{
	if (colors < 8)
		return THEME_MONO;
	if (t == THEME_AUTO || t == THEME_LIGHT || t == THEME_DARK)
		return colors >= 256 ? THEME_256 : THEME_8;
	if (t == THEME_256 && colors < 256)
		return THEME_8;
	return t;
}

bool theme_follows_background(enum theme_id t)
{
	return t != THEME_LIGHT && t != THEME_DARK && t != THEME_MONO;
}

bool theme_is_light(enum theme_id t, bool light_background)
{
	return t == THEME_LIGHT || (t != THEME_DARK && light_background);
}

bool theme_role_is_glyph(int role)
{
	return role == ROLE_BORDER || role == PAINT_SELECTED || role == PAINT_MARKER ||
	       role == ROLE_METER_LOW || role == ROLE_METER_MID || role == ROLE_METER_HIGH ||
	       role == ROLE_METER_EMPTY;
}

/* A palette's entry for role over s, when it has one. */
static void overlay(struct style *s, const struct style *palette, int role)
{
	if (palette[role].fg || palette[role].bg || palette[role].attrs)
		*s = palette[role];
}

/* High contrast: the eight colours made bright and nothing dimmed.  On a
 * dark background text is white and blue cyan; on a light one, all bold,
 * text is the terminal's own foreground or blue, and glyphs may be red too
 * (the bright forms of the others do not read on white).  The roles with
 * a background keep their meaning in black on colour. */
static struct style high_contrast(struct style s, bool light, int role)
{
	s.attrs &= ~(unsigned)STYLE_DIM;
	if (s.bg != DEFAULT)
		return s;
	s.attrs |= STYLE_BOLD;
	if (light) {
		if (s.fg != BLUE && !(s.fg == RED && theme_role_is_glyph(role)))
			s.fg = DEFAULT;
		return s;
	}
	if (s.fg == DEFAULT || s.fg == WHITE || s.fg == BLUE)
		s.fg = s.fg == BLUE ? CYAN : WHITE;
	if (role == ROLE_SUBTLE || role == ROLE_METER_EMPTY || role == ROLE_COMMENT)
		s.fg = WHITE;
	return s;
}

struct style theme_style(enum theme_id t, bool light, int role)
{
	struct style s = eight[role];

	switch (t) {
	case THEME_256:
		overlay(&s, two_fifty_six, role);
		if (light)
			overlay(&s, two_fifty_six_light, role);
		break;
	case THEME_MONO:
		s = (struct style){ DEFAULT, DEFAULT, mono[role] };
		break;
	case THEME_HIGH_CONTRAST:
		if (light)
			overlay(&s, eight_light, role);
		s = high_contrast(s, light, role);
		break;
	default:
		if (light)
			overlay(&s, eight_light, role);
		break;
	}
	return s;
}
