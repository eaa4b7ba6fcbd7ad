/* test_contrast.c — every role of every palette measured: the WCAG
 * contrast ratio of its foreground against its background is at least
 * 4.5:1 for text and 3:1 for glyphs (borders, the marker, meters).
 *
 * The colours assumed are xterm's defaults, since terminals differ:
 *   0-15     xterm's: 000000 cd0000 00cd00 cdcd00 0000ee cd00cd 00cdcd
 *            e5e5e5, and bright 7f7f7f ff0000 00ff00 ffff00 5c5cff ff00ff
 *            00ffff ffffff;
 *   16-231   the 6×6×6 cube, levels 00 5f 87 af d7 ff;
 *   232-255  the greys 08, 12, … ee (8 + 10n).
 * Bold colours 0-7 are shown as their bright forms 8-15, as xterm does.
 * The terminal's background is black for the dark palettes and white for
 * the light ones.  A role in the terminal's own foreground on its own
 * background is the terminal's business and not measured; a role with a
 * background of its own is measured against that. */
#include "background.h"
#include "check.h"
#include "theme.h"

static struct rgb xterm_rgb(int index)
{
	static const unsigned base[16] = {
		0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
		0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
	};
	static const unsigned level[6] = { 0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff };
	unsigned r, g, b;

	if (index < 16) {
		r = base[index] >> 16, g = (base[index] >> 8) & 0xff, b = base[index] & 0xff;
	} else if (index < 232) {
		int i = index - 16;
		r = level[i / 36], g = level[i / 6 % 6], b = level[i % 6];
	} else {
		r = g = b = 8 + 10 * (unsigned)(index - 232);
	}
	return (struct rgb){ r / 255.0, g / 255.0, b / 255.0 };
}

static const char *const role_names[PAINT_COUNT] = {
	"text", "hero", "accent", "heading", "comment", "title", "emph", "subtle", "bullet",
	"keyword", "quote", "speaker", "border", "badge", "urgent", "sev1", "sev2", "sev3", "sev4",
	"meter low", "meter mid", "meter high", "meter empty", "link", "code", "tab", "active tab",
	"status", "status key", "selected border", "marker", "match", "current match",
};

static double luminance(int index)
{
	return background_luminance(xterm_rgb(index));
}

static const enum theme_id coloured[] = { THEME_256, THEME_8, THEME_HIGH_CONTRAST };

TEST(contrast_xterm_colours_as_assumed)
{
	for (int role = 0; role < PAINT_COUNT; role++)
		CHECK_MSG(role_names[role] != NULL, "role %d has no name here", role);
	CHECK(luminance(0) == 0 && luminance(15) == 1 && luminance(16) == 0 &&
	      luminance(231) == 1);
	struct rgb c = xterm_rgb(67); /* 5f87af */
	CHECK(c.r == 0x5f / 255.0 && c.g == 0x87 / 255.0 && c.b == 0xaf / 255.0);
	c = xterm_rgb(244);
	CHECK(c.r == 0x80 / 255.0 && c.g == c.r && c.b == c.r);
}

TEST(contrast_every_role_reads_on_its_background)
{
	for (size_t t = 0; t < sizeof coloured / sizeof coloured[0]; t++) {
		for (int light = 0; light <= 1; light++) {
			const char *name = theme_name(coloured[t]);
			const char *bg_name = light ? "light" : "dark";
			for (int role = 0; role < PAINT_COUNT; role++) {
				struct style s = theme_style(coloured[t], light, role);
				if (s.fg == -1 && s.bg == -1)
					continue; /* the terminal's own pair */
				CHECK_MSG(s.fg != -1, "%s (%s) %s: a background (%d) without "
				          "a foreground of its own", name, bg_name, role_names[role],
				          s.bg);
				CHECK_MSG(!(s.attrs & (STYLE_DIM | STYLE_REVERSE)),
				          "%s (%s) %s: a colour dimmed or reversed cannot be "
				          "measured", name, bg_name, role_names[role]);
				if (s.fg == -1)
					continue;
				int fg = s.fg < 8 && (s.attrs & STYLE_BOLD) ? s.fg + 8 : s.fg;
				double lb = s.bg != -1 ? luminance(s.bg) : light ? 1 : 0;
				double ratio = background_contrast(luminance(fg), lb);
				double need = theme_role_is_glyph(role) ? 3 : 4.5;
				CHECK_MSG(ratio >= need, "%s (%s) %s: %d on %d is %.2f:1, "
				          "want %.1f:1", name, bg_name, role_names[role], fg, s.bg,
				          ratio, need);
			}
		}
	}
}

/* On a light background nothing on the terminal's background is white or
 * near it, and body text and emphasis are the terminal's own colour. */
TEST(contrast_light_palettes_never_white_on_white)
{
	for (size_t t = 0; t < sizeof coloured / sizeof coloured[0]; t++) {
		for (int role = 0; role < PAINT_COUNT; role++) {
			struct style s = theme_style(coloured[t], true, role);
			if (s.bg != -1 || s.fg == -1)
				continue;
			int fg = s.fg < 8 && (s.attrs & STYLE_BOLD) ? s.fg + 8 : s.fg;
			CHECK_MSG(luminance(fg) <= 0.6, "%s (light) %s: colour %d is too light",
			          theme_name(coloured[t]), role_names[role], fg);
		}
		static const int own[] = { ROLE_TEXT, ROLE_EMPH, ROLE_TITLE };
		for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
			CHECK_MSG(theme_style(coloured[t], true, own[i]).fg == -1,
			          "%s (light) %s is not the terminal's foreground",
			          theme_name(coloured[t]), role_names[own[i]]);
	}
}
