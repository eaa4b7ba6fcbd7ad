/* test_background.c — light or dark (background.c): OSC 11 answers,
 * COLORFGBG, luminance, and the answers picked out of the keys. */
#include <math.h>
#include <string.h>

#include "background.h"
#include "check.h"

static bool near(double a, double b)
{
	return fabs(a - b) < 1e-3;
}

static bool parse(const char *body, struct rgb *c)
{
	return background_parse_osc11(body, strlen(body), c);
}

TEST(background_parses_osc11_answers)
{
	struct rgb c;

	CHECK(parse("11;rgb:ffff/ffff/ffff", &c));
	CHECK(near(c.r, 1) && near(c.g, 1) && near(c.b, 1));
	CHECK(parse("11;rgb:0000/8080/ffff", &c));
	CHECK(near(c.r, 0) && near(c.g, 0x8080 / 65535.0) && near(c.b, 1));
	/* one to four digits a component, each scaled to its own width */
	CHECK(parse("11;rgb:f/80/fff", &c));
	CHECK(near(c.r, 1) && near(c.g, 0x80 / 255.0) && near(c.b, 1));
	CHECK(parse("11;rgb:FDFD/F6F6/E3E3", &c));
	CHECK(near(c.r, 0xFDFD / 65535.0) && near(c.b, 0xE3E3 / 65535.0));
	/* rgba (urxvt with transparency): the alpha does not count */
	CHECK(parse("11;rgba:0000/0000/0000/dddd", &c));
	CHECK(near(c.r, 0) && near(c.g, 0) && near(c.b, 0));
	CHECK(parse("11;#ffffff", &c));
	CHECK(near(c.r, 1) && near(c.g, 1) && near(c.b, 1));
	CHECK(parse("11;#000", &c));
	CHECK(near(c.g, 0));

	static const char *const bad[] = {
		"", "11", "11;", "11;?", "10;rgb:ffff/ffff/ffff", "11;rgb:ffff/ffff",
		"11;rgb:ffff/ffff/ffff/", "11;rgb:ffff/ffff/ffff/ffff", "11;rgb:fffff/0/0",
		"11;rgb:/ffff/ffff", "11;rgb:ffff//ffff", "11;rgb:gggg/0/0", "11;rgb:0/0/0 ",
		"11;rgba:0/0/0", "11;#fffff", "11;#", "11;white", "111;rgb:0/0/0",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		c = (struct rgb){ 0.5, 0.5, 0.5 };
		CHECK_MSG(!parse(bad[i], &c), "\"%s\" was taken for an answer", bad[i]);
		CHECK_MSG(c.r == 0.5 && c.g == 0.5 && c.b == 0.5, "\"%s\" changed the colour",
		          bad[i]);
	}
	/* the length counts, not a NUL */
	CHECK(!background_parse_osc11("11;rgb:0/0/0", 10, &c));
}

TEST(background_reads_colorfgbg)
{
	static const struct { const char *value; enum background want; } cases[] = {
		{ "15;0", BACKGROUND_DARK }, { "0;15", BACKGROUND_LIGHT }, { "0;7", BACKGROUND_LIGHT },
		{ "7;8", BACKGROUND_DARK }, { "0;9", BACKGROUND_LIGHT }, { "15;4", BACKGROUND_DARK },
		{ "0;16", BACKGROUND_DARK }, { "15;default;0", BACKGROUND_DARK },
		{ "0;default;15", BACKGROUND_LIGHT }, { NULL, BACKGROUND_UNKNOWN },
		{ "", BACKGROUND_UNKNOWN }, { "15", BACKGROUND_UNKNOWN }, { "15;", BACKGROUND_UNKNOWN },
		{ "0;default", BACKGROUND_UNKNOWN }, { "0;15x", BACKGROUND_UNKNOWN },
		{ "0;-1", BACKGROUND_UNKNOWN },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_MSG(background_from_colorfgbg(cases[i].value) == cases[i].want,
		          "COLORFGBG=%s: got %d, want %d", cases[i].value ? cases[i].value : "(unset)",
		          (int)background_from_colorfgbg(cases[i].value), (int)cases[i].want);
}

TEST(background_luminance_and_contrast)
{
	CHECK(near(background_luminance((struct rgb){ 0, 0, 0 }), 0));
	CHECK(near(background_luminance((struct rgb){ 1, 1, 1 }), 1));
	/* WCAG's examples: pure red, green, blue */
	CHECK(near(background_luminance((struct rgb){ 1, 0, 0 }), 0.2126));
	CHECK(near(background_luminance((struct rgb){ 0, 1, 0 }), 0.7152));
	CHECK(near(background_luminance((struct rgb){ 0, 0, 1 }), 0.0722));
	/* #777777 on white is the well-known 4.48:1 */
	double grey = background_luminance((struct rgb){ 0x77 / 255.0, 0x77 / 255.0,
	                                                 0x77 / 255.0 });
	CHECK_MSG(fabs(background_contrast(grey, 1) - 4.48) < 0.01, "#777 on white: %.3f",
	          background_contrast(grey, 1));
	CHECK(near(background_contrast(0, 1), 21));
	CHECK(near(background_contrast(1, 0), 21));
	CHECK(near(background_contrast(0.3, 0.3), 1));

	CHECK_INT_EQ(background_of((struct rgb){ 1, 1, 1 }), BACKGROUND_LIGHT);
	CHECK_INT_EQ(background_of((struct rgb){ 0, 0, 0 }), BACKGROUND_DARK);
	/* Solarized light and dark, tmux's "white" (colour 7: #c0c0c0) */
	CHECK_INT_EQ(background_of((struct rgb){ 0xfd / 255.0, 0xf6 / 255.0, 0xe3 / 255.0 }),
	             BACKGROUND_LIGHT);
	CHECK_INT_EQ(background_of((struct rgb){ 0, 0x2b / 255.0, 0x36 / 255.0 }),
	             BACKGROUND_DARK);
	CHECK_INT_EQ(background_of((struct rgb){ 0.75, 0.75, 0.75 }), BACKGROUND_LIGHT);
	/* the turn is where black and white text read equally well */
	CHECK_INT_EQ(background_of((struct rgb){ 0.45, 0.45, 0.45 }), BACKGROUND_DARK);
	CHECK_INT_EQ(background_of((struct rgb){ 0.48, 0.48, 0.48 }), BACKGROUND_LIGHT);
}

static void feed(struct background_scan *s, const char *bytes)
{
	background_scan_feed(s, bytes, strlen(bytes));
}

static void check_keys(const struct background_scan *s, const char *want)
{
	CHECK_MSG(s->nkeys == strlen(want) && memcmp(s->keys, want, s->nkeys) == 0,
	          "keys: got %zu bytes \"%.*s\", want \"%s\"", s->nkeys, (int)s->nkeys, s->keys,
	          want);
}

TEST(background_scan_takes_the_answers_out)
{
	struct background_scan s;

	/* xterm: the OSC answer ended by ST, then DA */
	memset(&s, 0, sizeof s);
	feed(&s, "\033]11;rgb:ffff/ffff/ffff\033\\\033[?64;1;2;6;22c");
	CHECK(s.have_colour && s.answered && near(s.colour.g, 1));
	CHECK(!background_scan_partial(&s));
	check_keys(&s, "");

	/* BEL-terminated, a byte at a time, keys before, between and after */
	memset(&s, 0, sizeof s);
	const char *in = "j\033]11;rgb:0/0/0\a" "3\033[?1;2cq";
	for (size_t i = 0; in[i]; i++)
		background_scan_feed(&s, in + i, 1);
	CHECK(s.have_colour && s.answered && near(s.colour.r, 0));
	check_keys(&s, "j3q");

	/* no OSC 11 here: the DA answer alone */
	memset(&s, 0, sizeof s);
	feed(&s, "\033[?62;c");
	CHECK(!s.have_colour && s.answered);
	check_keys(&s, "");

	/* keys that look like sequences stay keys, in order */
	memset(&s, 0, sizeof s);
	feed(&s, "\033[A\033OB\033[5~x\033");
	CHECK(!s.answered);
	CHECK(background_scan_partial(&s)); /* that last Esc may start an answer */
	background_scan_end(&s);
	check_keys(&s, "\033[A\033OB\033[5~x\033");

	/* an answer cut off: partial, and dropped at the end */
	memset(&s, 0, sizeof s);
	feed(&s, "a\033]11;rgb:ff");
	CHECK(background_scan_partial(&s));
	background_scan_end(&s);
	CHECK(!s.have_colour);
	check_keys(&s, "a");

	/* an answer to something else, an overlong one: consumed, not taken */
	memset(&s, 0, sizeof s);
	char longer[200] = "\033]11;rgb:";
	memset(longer + strlen(longer), 'f', 150);
	strcat(longer, "\a");
	feed(&s, "\033]10;rgb:0/0/0\033\\");
	feed(&s, longer);
	CHECK(!s.have_colour);
	check_keys(&s, "");

	/* Esc then another sequence inside an OSC ends the OSC */
	memset(&s, 0, sizeof s);
	feed(&s, "\033]11;rgb:f/f/f\033[?1c");
	CHECK(s.have_colour && s.answered);
	check_keys(&s, "");

	/* a control character in a CSI: the bytes so far are keys, then it */
	memset(&s, 0, sizeof s);
	feed(&s, "\033[1\r");
	check_keys(&s, "\033[1\r");
}

TEST(background_scan_keeps_at_most_its_keys)
{
	struct background_scan s;
	char many[BACKGROUND_SCAN_KEYS + 50];

	memset(&s, 0, sizeof s);
	memset(many, 'k', sizeof many);
	background_scan_feed(&s, many, sizeof many);
	feed(&s, "\033]11;rgb:0/0/0\a\033[?1;2c");
	CHECK_INT_EQ(s.nkeys, BACKGROUND_SCAN_KEYS);
	CHECK(s.have_colour && s.answered);
}
