/* test_text.c — UTF-8 decoding, the sanitiser, widths, fitting and
 * transliteration (text.c). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "text.h"

/* Decodes s (of len bytes) and checks the bytes used and the code point. */
static void check_decode(const char *s, size_t len, size_t want_n, uint32_t want_cp, int line)
{
	uint32_t cp = 0;
	size_t n = text_decode(s, len, &cp);

	if (n != want_n || cp != want_cp)
		check_fail(__FILE__, line, "text_decode of %zu bytes starting 0x%02X: got %zu bytes, U+%04X; want %zu bytes, U+%04X",
		           len, (unsigned char)s[0], n, (unsigned)cp, want_n, (unsigned)want_cp);
}

#define DECODE(s, want_n, want_cp) check_decode(s, sizeof(s) - 1, want_n, want_cp, __LINE__)
#define R TEXT_REPLACEMENT

TEST(text_decode_valid)
{
	DECODE("A", 1, 0x41);
	DECODE("\x7F", 1, 0x7F);
	DECODE("\xC2\x80", 2, 0x80);          /* smallest 2-byte form */
	DECODE("\xC3\xA9", 2, 0xE9);          /* é */
	DECODE("\xDF\xBF", 2, 0x7FF);
	DECODE("\xE0\xA0\x80", 3, 0x800);     /* smallest 3-byte form */
	DECODE("\xE2\x82\xAC", 3, 0x20AC);    /* € */
	DECODE("\xEF\xBF\xBD", 3, 0xFFFD);
	DECODE("\xF0\x90\x80\x80", 4, 0x10000);
	DECODE("\xF0\x9F\x94\xA5", 4, 0x1F525); /* 🔥 */
	DECODE("\xF4\x8F\xBF\xBF", 4, 0x10FFFF);
	/* only the first character is decoded */
	DECODE("\xC3\xA9x", 2, 0xE9);
}

TEST(text_decode_invalid)
{
	/* overlong forms */
	DECODE("\xC0\x80", 1, R);
	DECODE("\xC1\xBF", 1, R);
	DECODE("\xE0\x80\x80", 1, R);
	DECODE("\xE0\x9F\xBF", 1, R);
	DECODE("\xF0\x80\x80\x80", 1, R);
	DECODE("\xF0\x8F\xBF\xBF", 1, R);
	/* surrogates */
	DECODE("\xED\xA0\x80", 1, R);
	DECODE("\xED\xBF\xBF", 1, R);
	/* beyond U+10FFFF */
	DECODE("\xF4\x90\x80\x80", 1, R);
	/* bytes that never start a character */
	DECODE("\x80", 1, R);
	DECODE("\xBF", 1, R);
	DECODE("\xFF", 1, R);
	DECODE("\xC0", 1, R);
	DECODE("\xF5\x80\x80\x80", 1, R);
	DECODE("\xFE", 1, R);
	/* truncated by the end of the input */
	DECODE("\xC3", 1, R);
	DECODE("\xE2\x82", 1, R);
	DECODE("\xF0\x9F\x94", 1, R);
	/* truncated by a character that is not a continuation byte */
	DECODE("\xE2\x82" "A", 1, R);
	DECODE("\xC3" "A", 1, R);
	/* len is respected even when more bytes follow in memory */
	check_decode("\xC3\xA9", 1, 1, R, __LINE__);
	check_decode("\xF0\x9F\x94\xA5", 3, 1, R, __LINE__);
}

/* Sanitises s (sizeof s - 1 bytes, so NULs count) and compares. */
static void check_sanitize(const char *s, size_t len, const char *want, int line)
{
	char *got = text_sanitize(s, len);

	if (!check_str_equal(got, want))
		check_fail_str(__FILE__, line, "text_sanitize(...)", "want", got, want);
	free(got);
}

#define SANITIZE(s, want) check_sanitize(s, sizeof(s) - 1, want, __LINE__)

TEST(text_sanitize_makes_controls_visible)
{
	SANITIZE("\x1b[31mred\x1b[0m", "\\u001B[31mred\\u001B[0m");
	SANITIZE("a\x07" "b", "a\\u0007b");            /* BEL */
	SANITIZE("a\0b", "a\\u0000b");                 /* NUL inside the text */
	SANITIZE("x\x7Fy", "x\\u007Fy");               /* DEL */
	SANITIZE("\xC2\x9B" "31m", "\\u009B31m");      /* C1 CSI */
	SANITIZE("\xC2\x85", "\\u0085");               /* C1 NEL */
	SANITIZE("abc\xE2\x80\xAE" "def", "abc\\u202Edef"); /* RIGHT-TO-LEFT OVERRIDE */
	SANITIZE("\xE2\x81\xA6" "x", "\\u2066x");      /* LEFT-TO-RIGHT ISOLATE */
	SANITIZE("\xE2\x80\x8F", "\\u200F");           /* RLM */
	SANITIZE("zero\xE2\x80\x8Bwidth", "zero\\u200Bwidth"); /* ZWSP */
	SANITIZE("\xEF\xBB\xBFhello", "\\uFEFFhello"); /* BOM */
	SANITIZE("\xE2\x80\xA8", "\\u2028");           /* LINE SEPARATOR */
	SANITIZE("\xEF\xBF\xBE", "\\uFFFE");           /* noncharacter */
	SANITIZE("a\rb", "a\\u000Db");                 /* a lone CR is a control */
	SANITIZE("\xF3\xA0\x81\x81", "\\U000E0041");    /* TAG LATIN CAPITAL A: 8 digits */
}

/* A ZWJ between two emoji is a ZWJ sequence (👩‍💻) and goes through; a ZWJ
 * anywhere else is as hidden as any other format character. */
TEST(text_sanitize_keeps_emoji_zwj_sequences)
{
	/* 👩‍💻, 👩🏽‍💻 (a skin tone before the ZWJ), ❤️‍🔥 (a variation selector) */
	SANITIZE("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",
	         "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB");
	SANITIZE("\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB",
	         "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x92\xBB");
	SANITIZE("\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x94\xA5",
	         "\xE2\x9D\xA4\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x94\xA5");
	/* between letters, at either end, or before a letter: escaped */
	SANITIZE("a\xE2\x80\x8D" "b", "a\\u200Db");
	SANITIZE("\xE2\x80\x8D\xF0\x9F\x92\xBB", "\\u200D\xF0\x9F\x92\xBB");
	SANITIZE("\xF0\x9F\x91\xA9\xE2\x80\x8D", "\xF0\x9F\x91\xA9\\u200D");
	SANITIZE("\xF0\x9F\x91\xA9\xE2\x80\x8Dx", "\xF0\x9F\x91\xA9\\u200Dx");
	/* in ASCII the joiner goes and each emoji is a "?" */
	struct buf out = { 0 };
	text_printable(&out, "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB", 11, false);
	CHECK_STR_EQ(out.data, "??");
	buf_free(&out);
}

TEST(text_sanitize_name_is_one_line)
{
	char *name = text_sanitize_name("a\x1b[31m\x07\nb.json");
	CHECK_STR_EQ(name, "a\\u001B[31m\\u0007\\u000Ab.json");
	free(name);
	name = text_sanitize_name("");
	CHECK_STR_EQ(name, "");
	free(name);
}

TEST(text_sanitize_repairs_text)
{
	SANITIZE("a\xFF" "b", "a\xEF\xBF\xBD" "b");
	SANITIZE("\x80", "\xEF\xBF\xBD");
	SANITIZE("end\xC3", "end\xEF\xBF\xBD");
	SANITIZE("\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"); /* overlong '/' */
	SANITIZE("\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	SANITIZE("a\tb\t\tc", "a b  c");
	SANITIZE("one\r\ntwo\r\n", "one\ntwo\n");
	SANITIZE("line\nnext", "line\nnext");
	/* nothing in, an empty string out (compared by hand: if the result
	 * were not terminated, printing it would read past the buffer) */
	char *empty = text_sanitize("", 0);
	CHECK_MSG(empty && empty[0] == '\0',
	          "text_sanitize(\"\", 0) did not return an empty string (first byte 0x%02X)",
	          empty ? (unsigned char)empty[0] : 0u);
	free(empty);
	/* text that needs nothing is unchanged */
	SANITIZE("Pushpander — backend, “quotes”, café, 漢字, 🔥, e\xCC\x81.",
	         "Pushpander — backend, “quotes”, café, 漢字, 🔥, e\xCC\x81.");
	SANITIZE("plain ASCII {\"json\": [1, 2]} ~!@#$%^&*()",
	         "plain ASCII {\"json\": [1, 2]} ~!@#$%^&*()");
}

static int width_of(const char *s)
{
	return text_width(s, strlen(s), true);
}

TEST(text_width_columns)
{
	CHECK_INT_EQ(width_of(""), 0);
	CHECK_INT_EQ(width_of("hello, world"), 12);
	CHECK_INT_EQ(width_of("é"), 1);
	CHECK_INT_EQ(width_of("e\xCC\x81"), 1);   /* e + COMBINING ACUTE ACCENT */
	CHECK_INT_EQ(width_of("漢字"), 4);
	CHECK_INT_EQ(width_of("🔥"), 2);
	CHECK_INT_EQ(width_of("a漢b🔥c"), 7);
	CHECK_INT_EQ(width_of("—…“”"), 4);
	CHECK_INT_EQ(width_of("\xFF"), 1);        /* shown as U+FFFD */
	CHECK_INT_EQ(text_width("漢字", 3, true), 2);    /* only the first character */
}

/* Checks text_fit(s, cols) for every cols up to the width of s and a bit
 * more: never a cut inside a character or before a combining mark, the
 * columns reported are the columns used, and as much as fits is taken. */
static void check_fit_everywhere(const char *s, int line)
{
	size_t len = strlen(s);
	int total = text_width(s, len, true);

	for (int cols = 0; cols <= total + 2; cols++) {
		int used = -1;
		size_t n = text_fit(s, len, cols, &used, true);

		if (n > len) {
			check_fail(__FILE__, line, "cols %d: text_fit returned %zu of %zu bytes", cols, n, len);
			continue;
		}
		if (n < len) {
			uint32_t next;
			text_decode(s + n, len - n, &next);
			if (((unsigned char)s[n] & 0xC0) == 0x80)
				check_fail(__FILE__, line, "cols %d: cut at byte %zu, inside a character", cols, n);
			else if (text_cp_width(next, true) == 0)
				check_fail(__FILE__, line, "cols %d: cut at byte %zu, before combining U+%04X",
				           cols, n, (unsigned)next);
			else if (used + text_cp_width(next, true) <= cols)
				check_fail(__FILE__, line, "cols %d: stopped at byte %zu though U+%04X fits",
				           cols, n, (unsigned)next);
		}
		if (used != text_width(s, n, true) || used > cols)
			check_fail(__FILE__, line, "cols %d: used %d, but the %zu bytes are %d wide",
			           cols, used, n, text_width(s, n, true));
	}
}

TEST(text_fit_cuts_between_characters)
{
	int used = -1;

	CHECK_INT_EQ(text_fit("漢字", 6, 3, &used, true), 3);
	CHECK_INT_EQ(used, 2);
	CHECK_INT_EQ(text_fit("漢字", 6, 1, &used, true), 0);
	CHECK_INT_EQ(used, 0);
	CHECK_INT_EQ(text_fit("ab🔥", 6, 3, &used, true), 2);
	CHECK_INT_EQ(text_fit("ab🔥", 6, 4, &used, true), 6);
	CHECK_INT_EQ(used, 4);
	/* the combining accent stays with its e, on either side of the cut */
	CHECK_INT_EQ(text_fit("e\xCC\x81x", 4, 1, &used, true), 3);
	CHECK_INT_EQ(used, 1);
	CHECK_INT_EQ(text_fit("ae\xCC\x81", 4, 1, &used, true), 1);
	CHECK_INT_EQ(text_fit("caf\xC3\xA9!", 6, 4, NULL, true), 5);
	check_fit_everywhere("abc漢字de🔥f", __LINE__);
	check_fit_everywhere("e\xCC\x81" "a\xCC\x88\xCC\x81" "漢\xCC\x81" "z", __LINE__);
	check_fit_everywhere("Résumé — “Pushpander” …", __LINE__);
}

static void check_printable(const char *s, bool utf8, const char *want, int line)
{
	struct buf out = {0};

	text_printable(&out, s, strlen(s), utf8);
	const char *got = out.data ? out.data : "";
	if (!check_str_equal(got, want))
		check_fail_str(__FILE__, line, "text_printable(...)", "want", got, want);
	buf_free(&out);
}

TEST(text_printable_ascii_mode)
{
	check_printable("2019–2021", false, "2019-2021", __LINE__);
	check_printable("“quoted”", false, "\"quoted\"", __LINE__);
	check_printable("a · b", false, "a | b", __LINE__);
	check_printable("wait…", false, "wait...", __LINE__);
	check_printable("✓ done", false, "[ok] done", __LINE__);
	check_printable("café", false, "cafe", __LINE__);
	check_printable("Émile Ødegaard Œuvre", false, "Emile Odegaard OEuvre", __LINE__);
	check_printable("×÷", false, "x?", __LINE__);
	check_printable("e\xCC\x81", false, "e", __LINE__);    /* the accent vanishes */
	check_printable("漢字", false, "??", __LINE__);        /* unknown: one '?' each */
	check_printable("\xEF\xBF\xBD", false, "?", __LINE__);
	check_printable("plain", false, "plain", __LINE__);
	CHECK_INT_EQ(text_cp_width(0x6F22, false), 1); /* "?" is one column */
	/* UTF-8 mode passes printable characters through */
	check_printable("2019–2021 “漢字” 🔥", true, "2019–2021 “漢字” 🔥", __LINE__);
}

TEST(text_upper_every_letter)
{
	struct buf out = {0};

	/* UTF-8 mode: every letter, and the sanitiser's escapes stay readable */
	text_upper(&out, "What we learned: é ß \\u202e!", true);
	CHECK_STR_EQ(out.data, "WHAT WE LEARNED: É ß \\u202E!");
	buf_free(&out);
}

/* ASCII mode: transliterated first, then upper-cased, so that no letter
 * is lost to a "?" or left in lower case. */
TEST(text_upper_ascii_keeps_every_letter)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "Zoë Émile", "ZOE EMILE" },
		{ "Ada Synthétique", "ADA SYNTHETIQUE" },
		{ "Ødegaard Œuvre Þór Æsir", "ODEGAARD OEUVRE THOR AESIR" },
		{ "ÀÁÂÃÄÅ ÇÈÉÊË ÌÍÎÏ ÐÑ ÒÓÔÕÖ ÙÚÛÜ Ý", "AAAAAA CEEEE IIII DN OOOOO UUUU Y" },
		{ "straße · “x” \\u202e", "STRASSE | \"X\" \\u202E" },
		{ "漢字", "??" },
		{ "", "" },
	};
	struct buf out = {0};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		buf_clear(&out);
		text_upper(&out, cases[i].in, false);
		CHECK_STR_EQ(out.data, cases[i].want);
	}
	/* appends, as in UTF-8 mode */
	buf_clear(&out);
	buf_puts(&out, "x ");
	text_upper(&out, "é", false);
	CHECK_STR_EQ(out.data, "x E");
	buf_free(&out);
}
