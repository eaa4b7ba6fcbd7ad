/* theme.c — the palettes. */
#include "theme.h"

#include <string.h>

enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE };
#define DEFAULT (-1)

/* Each theme's name for --theme, and what --help says of it, if anything. */
static const struct {
	const char *name, *note;
} names[THEME_COUNT] = {
	[THEME_AUTO] = { "auto", "the default: the best the terminal can show" },
	[THEME_256] = { "256", NULL },
	[THEME_8] = { "8", NULL },
	[THEME_MONO] = { "mono", NULL },
	[THEME_HIGH_CONTRAST] = { "high-contrast", "bright, nothing dimmed" },
};

/* Eight colours: the base palette. */
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
	[ROLE_BORDER] = { BLUE, DEFAULT, 0 },
	[ROLE_BADGE] = { BLACK, GREEN, STYLE_BOLD },
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
	[PAINT_TAB] = { DEFAULT, DEFAULT, 0 },
	[PAINT_TAB_ACTIVE] = { BLACK, CYAN, STYLE_BOLD },
	[PAINT_STATUS] = { BLACK, WHITE, 0 },
	[PAINT_STATUS_KEY] = { BLUE, WHITE, STYLE_BOLD },
	[PAINT_SELECTED] = { YELLOW, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { YELLOW, DEFAULT, STYLE_BOLD },
	[PAINT_MATCH] = { BLACK, YELLOW, 0 },
	[PAINT_MATCH_CURRENT] = { BLACK, GREEN, STYLE_BOLD | STYLE_UNDERLINE },
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
	[ROLE_KEYWORD] = { 117, DEFAULT, 0 },
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
	[ROLE_METER_EMPTY] = { 240, DEFAULT, 0 },
	[ROLE_LINK] = { 117, DEFAULT, STYLE_UNDERLINE },
	[PAINT_TAB_ACTIVE] = { 16, 81, STYLE_BOLD },
	[PAINT_STATUS] = { 16, 252, 0 },
	[PAINT_STATUS_KEY] = { 24, 252, STYLE_BOLD },
	[PAINT_SELECTED] = { 220, DEFAULT, STYLE_BOLD },
	[PAINT_MARKER] = { 220, DEFAULT, STYLE_BOLD },
	[PAINT_MATCH] = { 16, 220, 0 },
	[PAINT_MATCH_CURRENT] = { 16, 114, STYLE_BOLD | STYLE_UNDERLINE },
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
	[PAINT_TAB_ACTIVE] = STYLE_REVERSE | STYLE_BOLD,
	[PAINT_STATUS] = STYLE_REVERSE,
	[PAINT_STATUS_KEY] = STYLE_REVERSE | STYLE_BOLD,
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
	if (t == THEME_AUTO)
		return colors >= 256 ? THEME_256 : THEME_8;
	if (t == THEME_256 && colors < 256)
		return THEME_8;
	return t;
}

struct style theme_style(enum theme_id t, int role)
{
	struct style s = eight[role];

	switch (t) {
	case THEME_256:
		if (two_fifty_six[role].fg || two_fifty_six[role].bg || two_fifty_six[role].attrs)
			s = two_fifty_six[role];
		break;
	case THEME_MONO:
		s = (struct style){ DEFAULT, DEFAULT, mono[role] };
		break;
	case THEME_HIGH_CONTRAST:
		/* the base colours made bright, and nothing dimmed: on white
		 * text the reverse roles keep their meaning in black on colour */
		s.attrs &= ~(unsigned)STYLE_DIM;
		if (s.bg == DEFAULT) {
			s.attrs |= STYLE_BOLD;
			if (s.fg == DEFAULT || s.fg == WHITE || s.fg == BLUE)
				s.fg = s.fg == BLUE ? CYAN : WHITE;
		}
		if (role == ROLE_SUBTLE || role == ROLE_METER_EMPTY || role == ROLE_COMMENT)
			s.fg = WHITE;
		break;
	default:
		break;
	}
	return s;
}
