/* test_theme.c — the palettes (theme.c): names, resolution for a terminal,
 * and the promises the themes make (nothing relies on colour alone). */
#include "check.h"
#include "theme.h"

/* The roles whose meaning the colour themes show by colour. */
static const int meaningful_roles[] = {
	ROLE_SEV1, ROLE_SEV2, ROLE_SEV3, ROLE_SEV4, ROLE_BADGE, ROLE_URGENT,
	PAINT_MATCH, PAINT_MATCH_CURRENT, PAINT_TAB_ACTIVE,
};
/* (The status line is not among them: it is quiet, keys told by bold.) */

static const enum theme_id resolved_themes[] = {
	THEME_256, THEME_8, THEME_MONO, THEME_HIGH_CONTRAST,
};

TEST(theme_names_round_trip)
{
	static const char *const want[THEME_COUNT] = {
		[THEME_AUTO] = "auto", [THEME_256] = "256", [THEME_8] = "8",
		[THEME_MONO] = "mono", [THEME_HIGH_CONTRAST] = "high-contrast",
		[THEME_LIGHT] = "light", [THEME_DARK] = "dark",
	};

	for (int t = 0; t < THEME_COUNT; t++) {
		enum theme_id back = THEME_COUNT;
		CHECK_STR_EQ(theme_name((enum theme_id)t), want[t]);
		CHECK_MSG(theme_from_name(want[t], &back), "\"%s\" is not accepted", want[t]);
		CHECK_INT_EQ(back, t);
	}

	static const char *const unknown[] = {
		"", "Auto", "MONO", "16", "88", "256 ", " 8", "high contrast", "highcontrast",
		"high-contrast-", "mono\n", "none", "Light", "bright", "dark ",
	};
	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		enum theme_id t = THEME_8;
		CHECK_MSG(!theme_from_name(unknown[i], &t), "\"%s\" is accepted", unknown[i]);
		CHECK_MSG(t == THEME_8, "\"%s\" changed the theme to %d", unknown[i], (int)t);
	}

	/* the lists --help and the usage error show, from the same table */
	struct buf list = {0};
	theme_names(&list, ", ", false);
	CHECK_STR_EQ(list.data, "auto, 256, 8, mono, high-contrast, light, dark");
	buf_clear(&list);
	theme_names(&list, " or ", true);
	CHECK_STR_EQ(list.data, "auto (the default: the best the terminal can show, for the "
	                        "background the terminal or COLORFGBG tells), 256, 8, mono, "
	                        "high-contrast (bright, nothing dimmed), light (as auto, for a "
	                        "light background whatever the terminal says) or dark (as auto, "
	                        "for a dark background whatever the terminal says)");
	buf_free(&list);
}

TEST(theme_resolve_fits_the_terminal)
{
	/* auto: the best the terminal shows */
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 256), THEME_256);
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 16777216), THEME_256);
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 88), THEME_8);
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 16), THEME_8);
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 8), THEME_8);
	CHECK_INT_EQ(theme_resolve(THEME_AUTO, 0), THEME_MONO);
	/* light and dark choose the background, not the depth: as auto */
	for (int colors = 0; colors <= 256; colors += 8) {
		CHECK_INT_EQ(theme_resolve(THEME_LIGHT, colors), theme_resolve(THEME_AUTO, colors));
		CHECK_INT_EQ(theme_resolve(THEME_DARK, colors), theme_resolve(THEME_AUTO, colors));
	}

	/* no colour (or fewer than eight): monochrome whatever was asked */
	for (int t = 0; t < THEME_COUNT; t++) {
		for (int colors = -1; colors < 8; colors++)
			CHECK_MSG(theme_resolve((enum theme_id)t, colors) == THEME_MONO,
			          "%s with %d colours resolves to %s, want mono",
			          theme_name((enum theme_id)t), colors,
			          theme_name(theme_resolve((enum theme_id)t, colors)));
	}

	/* 256 falls back to 8 where there are fewer colours */
	CHECK_INT_EQ(theme_resolve(THEME_256, 256), THEME_256);
	CHECK_INT_EQ(theme_resolve(THEME_256, 255), THEME_8);
	CHECK_INT_EQ(theme_resolve(THEME_256, 16), THEME_8);
	CHECK_INT_EQ(theme_resolve(THEME_256, 8), THEME_8);

	/* what the terminal can show stays as asked */
	static const int enough[] = { 8, 16, 88, 256 };
	for (size_t i = 0; i < sizeof enough / sizeof enough[0]; i++) {
		CHECK_INT_EQ(theme_resolve(THEME_HIGH_CONTRAST, enough[i]), THEME_HIGH_CONTRAST);
		CHECK_INT_EQ(theme_resolve(THEME_8, enough[i]), THEME_8);
		CHECK_INT_EQ(theme_resolve(THEME_MONO, enough[i]), THEME_MONO);
	}
}

TEST(theme_background_chosen)
{
	/* light and dark are what they say; mono has nothing to choose */
	for (int light = 0; light <= 1; light++) {
		CHECK(theme_is_light(THEME_LIGHT, light));
		CHECK(!theme_is_light(THEME_DARK, light));
		CHECK_INT_EQ(theme_is_light(THEME_AUTO, light), light);
		CHECK_INT_EQ(theme_is_light(THEME_256, light), light);
		CHECK_INT_EQ(theme_is_light(THEME_8, light), light);
		CHECK_INT_EQ(theme_is_light(THEME_HIGH_CONTRAST, light), light);
	}
	CHECK(theme_follows_background(THEME_AUTO));
	CHECK(theme_follows_background(THEME_256));
	CHECK(theme_follows_background(THEME_8));
	CHECK(theme_follows_background(THEME_HIGH_CONTRAST));
	CHECK(!theme_follows_background(THEME_LIGHT));
	CHECK(!theme_follows_background(THEME_DARK));
	CHECK(!theme_follows_background(THEME_MONO));
	for (int role = 0; role < PAINT_COUNT; role++) {
		struct style a = theme_style(THEME_MONO, false, role);
		struct style b = theme_style(THEME_MONO, true, role);
		CHECK_MSG(a.fg == b.fg && a.bg == b.bg && a.attrs == b.attrs,
		          "mono role %d differs on a light background", role);
	}
}

TEST(theme_styles_keep_their_promises)
{
	for (int light = 0; light <= 1; light++)
	for (int role = 0; role < PAINT_COUNT; role++) {
		struct style mono = theme_style(THEME_MONO, light, role);
		struct style hc = theme_style(THEME_HIGH_CONTRAST, light, role);
		struct style eight = theme_style(THEME_8, light, role);

		/* monochrome: attributes only */
		CHECK_MSG(mono.fg == -1 && mono.bg == -1, "mono role %d has colours %d on %d",
		          role, mono.fg, mono.bg);
		/* high contrast: nothing dimmed */
		CHECK_MSG(!(hc.attrs & STYLE_DIM), "high-contrast role %d is dim", role);
		/* eight colours and high contrast use the eight ANSI colours */
		CHECK_MSG(eight.fg >= -1 && eight.fg <= 7 && eight.bg >= -1 && eight.bg <= 7,
		          "8-colour role %d uses %d on %d", role, eight.fg, eight.bg);
		CHECK_MSG(hc.fg >= -1 && hc.fg <= 7 && hc.bg >= -1 && hc.bg <= 7,
		          "high-contrast role %d uses %d on %d", role, hc.fg, hc.bg);
		for (size_t t = 0; t < sizeof resolved_themes / sizeof resolved_themes[0]; t++) {
			struct style st = theme_style(resolved_themes[t], light, role);
			CHECK_MSG(st.fg >= -1 && st.fg <= 255 && st.bg >= -1 && st.bg <= 255,
			          "%s role %d uses %d on %d", theme_name(resolved_themes[t]), role,
			          st.fg, st.bg);
			CHECK_MSG((st.attrs & ~(unsigned)(STYLE_BOLD | STYLE_DIM | STYLE_UNDERLINE |
			                                  STYLE_REVERSE)) == 0,
			          "%s role %d has unknown attributes %#x",
			          theme_name(resolved_themes[t]), role, st.attrs);
		}
	}
	/* what colour says elsewhere, reverse video says in monochrome */
	for (size_t i = 0; i < sizeof meaningful_roles / sizeof meaningful_roles[0]; i++) {
		int role = meaningful_roles[i];
		CHECK_MSG(theme_style(THEME_MONO, false, role).attrs & STYLE_REVERSE,
		          "mono role %d is not in reverse video", role);
		/* and those roles have a background in the colour themes, the
		 * same on a light background */
		for (int light = 0; light <= 1; light++) {
			CHECK_MSG(theme_style(THEME_8, light, role).bg != -1,
			          "8-colour role %d has no background", role);
			CHECK_MSG(theme_style(THEME_256, light, role).bg != -1,
			          "256-colour role %d has no background", role);
			CHECK_INT_EQ(theme_style(THEME_256, light, role).bg,
			             theme_style(THEME_256, false, role).bg);
		}
	}
	/* plain text stays the terminal's own */
	for (int light = 0; light <= 1; light++) {
		struct style text = theme_style(THEME_256, light, ROLE_TEXT);
		CHECK_INT_EQ(text.fg, -1);
		CHECK_INT_EQ(text.bg, -1);
	}
	CHECK_INT_EQ(theme_style(THEME_MONO, false, ROLE_TEXT).attrs, 0);
}

/* The current search hit is the loudest thing on screen: its background is
 * no other role's, not the other hits', a badge's or the current tab's. */
TEST(theme_current_match_stands_alone)
{
	static const enum theme_id themes[] = { THEME_256, THEME_8 };

	for (size_t t = 0; t < sizeof themes / sizeof themes[0]; t++)
	for (int light = 0; light <= 1; light++) {
		struct style cur = theme_style(themes[t], light, PAINT_MATCH_CURRENT);
		CHECK(cur.bg != -1);
		for (int role = 0; role < PAINT_COUNT; role++) {
			if (role == PAINT_MATCH_CURRENT)
				continue;
			CHECK_MSG(theme_style(themes[t], light, role).bg != cur.bg,
			          "%s: role %d has the current hit's background %d",
			          theme_name(themes[t]), role, cur.bg);
		}
	}
}
