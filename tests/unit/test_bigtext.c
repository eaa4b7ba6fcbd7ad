/* test_bigtext.c — the block-letter font (bigtext.c) and the dates people
 * read (block_parse_date, block_date in blocks.c). */
#include <string.h>

#include "bigtext.h"
#include "blocks.h"
#include "check.h"
#include "text.h"

static void check_rows(const char *s, const char *r0, const char *r1, const char *r2, int line)
{
	const char *want[BIGTEXT_ROWS] = { r0, r1, r2 };

	for (int i = 0; i < BIGTEXT_ROWS; i++) {
		struct buf b = {0};
		bigtext_row(&b, s, i);
		if (!check_str_equal(b.data ? b.data : "", want[i]))
			check_fail(__FILE__, line, "row %d of \"%s\": got \"%s\", want \"%s\"", i, s,
			           b.data ? b.data : "", want[i]);
		buf_free(&b);
	}
}

TEST(bigtext_draws_letters_in_half_blocks)
{
	check_rows("AB", "▄▀▀▄ █▀▀▄", "█▀▀█ █▀▀▄", "▀  ▀ ▀▀▀", __LINE__);
	/* lower case is drawn as upper case; no trailing spaces on a row */
	check_rows("ab", "▄▀▀▄ █▀▀▄", "█▀▀█ █▀▀▄", "▀  ▀ ▀▀▀", __LINE__);
	check_rows("I.", "▀█▀", " █", "▀▀▀ ▀", __LINE__);
	/* glyphs one column apart, a space two columns wide */
	CHECK_INT_EQ(bigtext_width("AB"), 9);
	CHECK_INT_EQ(bigtext_width("A B"), 12);
	CHECK_INT_EQ(bigtext_width("PUSHPANDER."), 52);
}

TEST(bigtext_every_glyph_fits_its_width)
{
	const char *all = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-'!?&";

	for (const char *p = all; *p; p++) {
		if (*p == ' ') /* blank alone: refused, below */
			continue;
		char s[2] = { *p, 0 };
		int w = bigtext_width(s);
		CHECK_MSG(w > 0, "no glyph for '%c'", *p);
		for (int i = 0; i < BIGTEXT_ROWS; i++) {
			struct buf b = {0};
			bigtext_row(&b, s, i);
			int cols = text_width(b.data ? b.data : "", b.len, true);
			CHECK_MSG(cols <= w, "row %d of '%c' is %d columns, wider than %d", i, *p, cols, w);
			buf_free(&b);
		}
	}
}

TEST(bigtext_refuses_what_it_cannot_draw)
{
	CHECK_INT_EQ(bigtext_width(""), -1);
	CHECK_INT_EQ(bigtext_width("   "), -1);
	CHECK_INT_EQ(bigtext_width("Zoë"), -1);
	CHECK_INT_EQ(bigtext_width("王"), -1);
	CHECK_INT_EQ(bigtext_width("a_b"), -1);
	CHECK_INT_EQ(bigtext_width("Ada Fixture"), 53);
}

static void check_date(const char *date, const char *want, int line)
{
	struct buf b = {0};

	block_date(&b, date);
	if (!check_str_equal(b.data, want))
		check_fail(__FILE__, line, "block_date(\"%s\"): got \"%s\", want \"%s\"", date,
		           b.data ? b.data : "(null)", want);
	buf_free(&b);
}

TEST(block_date_reads_as_people_write)
{
	check_date("2025", "2025", __LINE__);
	check_date("2025-03", "Mar 2025", __LINE__);
	check_date("2025-03-02", "2 Mar 2025", __LINE__);
	check_date("2025-03-02T10:00:00Z", "2 Mar 2025", __LINE__);
	check_date("2024-01-15T10:00:00", "15 Jan 2024", __LINE__);
	check_date("2024-02-29T23:59:59.123+05:30", "29 Feb 2024", __LINE__);
	check_date("2024-01-15 10:00", "15 Jan 2024", __LINE__);
	/* what does not parse is shown as written */
	check_date("2023-02-29", "2023-02-29", __LINE__);
	check_date("2025-13", "2025-13", __LINE__);
	check_date("2025-03-02T", "2025-03-02T", __LINE__);
	check_date("2025-03-02Tnoon", "2025-03-02Tnoon", __LINE__);
	check_date("Spring 2020", "Spring 2020", __LINE__);
	check_date("202", "202", __LINE__);
}

TEST(block_date_range_reads_in_months)
{
	struct buf b = {0};

	block_date_range(&b, glyphs_for(false), "2019-03-01", "2023-08-31T00:00:00Z");
	CHECK_STR_EQ(b.data, "Mar 2019 - Aug 2023");
	buf_free(&b);
}
