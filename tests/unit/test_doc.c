/* test_doc.c — documents: wrapping, cutting, boxes, items and rendering
 * (doc.c, print.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "doc.h"
#include "helpers.h"
#include "text.h"

/* Starts d at width columns (margin 0) and wraps text in it after prefix. */
static void wrap_into(struct doc *d, int width, const char *prefix, const char *text)
{
	doc_init(d, CTX(width, true), 0);
	if (prefix)
		doc_add(d, ROLE_SUBTLE, prefix);
	doc_wrap(d, ROLE_TEXT, text);
	doc_newline(d);
}

/* Wraps text after prefix at width columns, and returns what show makes
 * of the document. */
static char *wrap_shown(int width, const char *prefix, const char *text,
                        char *(*show)(const struct doc *))
{
	struct doc d;

	wrap_into(&d, width, prefix, text);
	char *out = show(&d);
	doc_free(&d);
	return out;
}

static char *wrapped(int width, const char *prefix, const char *text)
{
	return wrap_shown(width, prefix, text, render_doc);
}

TEST(doc_wrap_hanging_indent)
{
	char *s = wrapped(20, "Label: ", "one two three four five six seven");
	CHECK_STR_EQ(s, "Label: one two three\n"
	                "       four five six\n"
	                "       seven\n");
	free(s);

	/* continuation lines start where the text began, also after a margin */
	struct doc d;
	doc_init(&d, CTX(24, true), 2);
	doc_add(&d, ROLE_BULLET, "•");
	doc_add(&d, ROLE_TEXT, " ");
	doc_wrap(&d, ROLE_TEXT, "alpha beta gamma delta epsilon");
	doc_newline(&d);
	s = render_doc(&d);
	CHECK_STR_EQ(s, "  • alpha beta gamma\n"
	                "    delta epsilon\n");
	CHECK_INT_EQ(d.nlines, 2);
	free(s);
	doc_free(&d);

	/* a newline in the text starts a new line at the same indent */
	s = wrapped(30, "> ", "first\nsecond line");
	CHECK_STR_EQ(s, "> first\n  second line\n");
	free(s);

	/* runs of spaces collapse to one */
	s = wrapped(30, NULL, "a   b  c");
	CHECK_STR_EQ(s, "a b c\n");
	free(s);
}

TEST(doc_wrap_breaks_long_words)
{
	char *s = wrapped(10, NULL, "abcdefghijklmnopqrstuvwxy");
	CHECK_STR_EQ(s, "abcdefghij\nklmnopqrst\nuvwxy\n");
	free(s);

	s = wrapped(10, "x ", "abcdefghijkl");
	CHECK_STR_EQ(s, "x abcdefgh\n  ijkl\n");
	free(s);

	/* a long word after a short one moves to its own line first */
	s = wrapped(10, NULL, "hi abcdefghijklmnop");
	CHECK_STR_EQ(s, "hi\nabcdefghij\nklmnop\n");
	free(s);

	/* wide characters are never split, and never pass the edge */
	s = wrapped(5, NULL, "漢字漢字漢字");
	CHECK_STR_EQ(s, "漢字\n漢字\n漢字\n");
	free(s);
}

/* Texts for the width sweep: long words, wide characters, combining marks,
 * punctuation that is transliterated in ASCII mode. */
static const char *const sweep_texts[] = {
	"Backend engineer building event-driven systems that don't fall over.",
	"Supercalifragilisticexpialidocious antidisestablishmentarianism a b c",
	"漢字漢字漢字漢字 かな カナ 한국어 テキスト 漢字漢字漢字漢字漢字漢字漢字漢字漢字",
	"🔥 on fire 🔥🔥🔥 deploys 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀 every day",
	"Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 naïve “quotes” — dashes – and … ellipses · dots",
	"x",
	"a\nb\n\nc d e f g h i j k l m n o p q r s t u v w x y z",
	"https://example.com/a/very/long/url/that/has/no/spaces/at/all/and/goes/on/and/on",
	"mixed漢字andASCIIwithoutspaces🔥🔥then-some-more",
};

static void sweep(bool utf8, int from, int to)
{
	char what[96];

	for (int width = from; width <= to; width++) {
		for (size_t t = 0; t < sizeof sweep_texts / sizeof sweep_texts[0]; t++) {
			for (int prefix = 0; prefix < 3; prefix++) {
				struct doc d;
				doc_init(&d, CTX(width, utf8), prefix == 2 ? 4 : 0);
				if (prefix == 1)
					doc_add(&d, ROLE_SUBTLE, "Stack: ");
				doc_wrap(&d, ROLE_TEXT, sweep_texts[t]);
				doc_newline(&d);
				snprintf(what, sizeof what, "%s width %d text %zu prefix %d",
				         utf8 ? "utf8" : "ascii", width, t, prefix);
				check_doc_geometry(&d, width, what);
				char *s = render_doc(&d);
				int widest = max_line_width(s);
				CHECK_MSG(widest <= width, "%s: a rendered line is %d columns wide", what, widest);
				free(s);
				doc_free(&d);
			}
		}
	}
}

TEST(doc_wrap_never_exceeds_width_utf8)
{
	sweep(true, 2, 120);
}

TEST(doc_wrap_never_exceeds_width_ascii)
{
	sweep(false, 1, 120);
}

/* One column cannot hold a wide character: doc_wrap drops it ("a character
 * wider than the whole line: skip it") rather than overflow the line. */
TEST(doc_wrap_width_one_drops_wide_characters)
{
	char *s = wrapped(1, NULL, "a漢b");
	CHECK_STR_EQ(s, "a\nb\n");
	free(s);

	sweep(true, 1, 1);
}

/* Every non-space character of the text comes out, in order, when the
 * line is wide enough for any single character. */
TEST(doc_wrap_keeps_every_character)
{
	for (int width = 2; width <= 60; width++) {
		for (size_t t = 0; t < sizeof sweep_texts / sizeof sweep_texts[0]; t++) {
			struct doc d;
			struct buf want = {0}, got = {0};

			doc_init(&d, CTX(width, true), 0);
			doc_wrap(&d, ROLE_TEXT, sweep_texts[t]);
			doc_newline(&d);
			for (const char *p = sweep_texts[t]; *p; p++)
				if (*p != ' ' && *p != '\n')
					buf_putc(&want, *p);
			for (size_t i = 0; i < d.nspans; i++)
				for (size_t k = 0; k < d.spans[i].len; k++)
					if (d.text.data[d.spans[i].off + k] != ' ')
						buf_putc(&got, d.text.data[d.spans[i].off + k]);
			CHECK_MSG(check_str_equal(got.data, want.data),
			          "width %d text %zu: the text changed in wrapping: \"%s\"", width, t,
			          got.data ? got.data : "");
			buf_free(&want);
			buf_free(&got);
			doc_free(&d);
		}
	}
}

TEST(doc_add_cuts_with_ellipsis)
{
	struct doc d;

	doc_init(&d, CTX(10, true), 0);
	doc_add(&d, ROLE_TEXT, "Hello, wonderful world");
	doc_newline(&d);
	doc_add(&d, ROLE_TEXT, "abcdefghij");       /* exactly fits: no ellipsis */
	doc_newline(&d);
	doc_add(&d, ROLE_TEXT, "abc");
	doc_add(&d, ROLE_TEXT, "defghijklm");       /* cut where the line ends */
	doc_newline(&d);
	char *s = render_doc(&d);
	CHECK_STR_EQ(s, "Hello, wo…\nabcdefghij\nabcdefghi…\n");
	check_doc_geometry(&d, 10, "utf8 cut");
	free(s);
	doc_free(&d);

	/* wide characters are not cut in half */
	doc_init(&d, CTX(6, true), 0);
	doc_add(&d, ROLE_TEXT, "漢字漢字");
	doc_newline(&d);
	s = render_doc(&d);
	CHECK_STR_EQ(s, "漢字…\n");
	check_doc_geometry(&d, 6, "cjk cut");
	free(s);
	doc_free(&d);

	doc_init(&d, CTX(10, false), 0);
	doc_add(&d, ROLE_TEXT, "Hello, wonderful world");
	doc_newline(&d);
	s = render_doc(&d);
	CHECK_STR_EQ(s, "Hello, ...\n");
	free(s);
	doc_free(&d);
}

/* The span of line l that covers column col, or NULL. */
static const struct span *span_at(const struct doc *d, const struct line *l, int col)
{
	for (size_t j = 0; j < l->nspans; j++) {
		const struct span *s = &d->spans[l->first_span + j];
		if (s->col <= col && col < s->col + s->width)
			return s;
	}
	return NULL;
}

/* Whether span s shows glyph g at column col (spans of one role merge, so
 * the glyph may sit inside a longer span of box drawing). */
static bool glyph_at(const struct doc *d, const struct span *s, int col, const char *g)
{
	if (!s || s->role != ROLE_BORDER)
		return false;
	const char *t = d->text.data + s->off;
	size_t len = s->len;
	for (int c = s->col; c < col; c++) {   /* border glyphs are one column each */
		uint32_t cp;
		size_t n = text_decode(t, len, &cp);
		t += n, len -= n;
	}
	return len >= strlen(g) && strncmp(t, g, strlen(g)) == 0;
}

/* For each line of a box, top to bottom, the left border is at column left
 * and the right border at column right. */
static void check_box_frame(const struct doc *d, int top, int bottom, int left, int right,
                            const char *what)
{
	const struct glyphs *g = doc_glyphs(d);

	for (int i = top; i <= bottom; i++) {
		const struct line *l = &d->lines[i];
		const char *lt = i == top ? g->tl : i == bottom ? g->bl : g->vline;
		const char *rt = i == top ? g->tr : i == bottom ? g->br : g->vline;

		CHECK_MSG(glyph_at(d, span_at(d, l, left), left, lt),
		          "%s: line %d has no \"%s\" at column %d", what, i, lt, left);
		CHECK_MSG(glyph_at(d, span_at(d, l, right), right, rt),
		          "%s: line %d has no \"%s\" at column %d", what, i, rt, right);
		for (int c = left + 1; c < right && (i == top || i == bottom); c++)
			if (i == bottom)
				CHECK_MSG(glyph_at(d, span_at(d, l, c), c, g->hline),
				          "%s: the bottom border has a gap at column %d", what, c);
	}
}

/* A card with a title, a badge and wrapped text, as the Projects screen
 * draws it. */
static void small_box(struct doc *d, int width, bool utf8)
{
	doc_init(d, CTX(width, utf8), 2);
	doc_add(d, ROLE_HEADING, "CARDS");
	doc_newline(d);
	doc_box_begin(d, ROLE_BORDER, "Card", ROLE_TITLE, "NEW", ROLE_BADGE);
	doc_wrap(d, ROLE_TEXT, "Hello there world");
	doc_newline(d);
	doc_wrap(d, ROLE_TEXT, "one two three four five six");
	doc_newline(d);
	doc_box_end(d);
}

TEST(doc_box_golden_utf8)
{
	struct doc d;

	small_box(&d, 24, true);
	char *s = render_doc(&d);
	CHECK_STR_EQ(s, "  CARDS\n"
	                "  ╭─ Card ───────[NEW]─╮\n"
	                "  │ Hello there world  │\n"
	                "  │ one two three four │\n"
	                "  │ five six           │\n"
	                "  ╰────────────────────╯\n");
	CHECK_INT_EQ(d.nlines, 6);
	if (d.nlines == 6)
		check_box_frame(&d, 1, 5, 2, 23, "golden box");
	free(s);
	doc_free(&d);
}

TEST(doc_box_golden_ascii)
{
	struct doc d;

	small_box(&d, 24, false);
	char *s = render_doc(&d);
	CHECK_STR_EQ(s, "  CARDS\n"
	                "  +- Card -------[NEW]-+\n"
	                "  | Hello there world  |\n"
	                "  | one two three four |\n"
	                "  | five six           |\n"
	                "  +--------------------+\n");
	free(s);
	doc_free(&d);
}

/* Every glyph is there in both forms, and the ASCII ones are ASCII. */
TEST(glyphs_ascii_is_ascii)
{
	/* struct glyphs holds nothing but strings */
	const char *const *u = (const char *const *)glyphs_for(true);
	const char *const *a = (const char *const *)glyphs_for(false);
	size_t n = sizeof(struct glyphs) / sizeof(const char *);

	for (size_t i = 0; i < n; i++) {
		CHECK_MSG(u[i] && *u[i] && a[i] && *a[i], "glyph %zu is missing", i);
		for (const char *p = a[i] ? a[i] : ""; *p; p++)
			CHECK_MSG((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F,
			          "ASCII glyph %zu is \"%s\"", i, a[i]);
	}
}

/* The mode is the document's own: two documents built side by side, one
 * UTF-8 and one ASCII, each keep theirs. */
TEST(doc_mode_comes_from_its_context)
{
	struct doc u, a;

	doc_init(&u, CTX(24, true), 0);
	doc_init(&a, CTX(24, false), 0);
	doc_box_begin(&u, ROLE_BORDER, "Zoë", ROLE_TITLE, NULL, ROLE_BORDER);
	doc_box_begin(&a, ROLE_BORDER, "Zoë", ROLE_TITLE, NULL, ROLE_BORDER);
	doc_wrap(&u, ROLE_TEXT, "“a” · b…");
	doc_wrap(&a, ROLE_TEXT, "“a” · b…");
	doc_box_end(&u);
	doc_box_end(&a);
	char *su = render_doc(&u), *sa = render_doc(&a);
	CHECK_STR_EQ(su, "╭─ Zoë ────────────────╮\n"
	                 "│ “a” · b…             │\n"
	                 "╰──────────────────────╯\n");
	CHECK_STR_EQ(sa, "+- Zoe ----------------+\n"
	                 "| \"a\" | b...           |\n"
	                 "+----------------------+\n");
	CHECK(doc_glyphs(&u) == glyphs_for(true) && doc_glyphs(&a) == glyphs_for(false));
	free(su);
	free(sa);
	doc_free(&u);
	doc_free(&a);
}

/* Boxes at many widths, nested, with long titles, badges and wide text:
 * every line from top to bottom has both borders at the box's columns. */
TEST(doc_box_borders_line_up)
{
	char what[64];

	for (int width = 12; width <= 120; width += 3) {
		struct doc d;
		doc_init(&d, CTX(width, true), 2);
		int outer_top = (int)d.nlines;
		doc_box_begin(&d, ROLE_BORDER, "A rather long title that will not fit at all", ROLE_TITLE,
		              "LIVE · SOLO BUILD", ROLE_BADGE);
		int outer_left = d.boxes[0].left, outer_right = d.boxes[0].right;
		doc_wrap(&d, ROLE_TEXT, "Text 漢字漢字 and 🔥 emoji, wrapped inside the box at every width.");
		doc_newline(&d);
		doc_gap(&d);
		int inner_top = (int)d.nlines;
		doc_box_begin(&d, ROLE_BORDER, "Inner", ROLE_TITLE, NULL, ROLE_BORDER);
		bool nested = d.nboxes == 2 && d.boxes[1].right > d.boxes[1].left;
		int inner_left = d.boxes[1].left, inner_right = d.boxes[1].right;
		doc_wrap(&d, ROLE_QUOTE, "“A quote that goes on for a while, then ends.”");
		doc_newline(&d);
		doc_meter(&d, 7, 10, ROLE_METER_HIGH);
		doc_newline(&d);
		doc_box_end(&d);
		int inner_bottom = (int)d.nlines - 1;
		doc_add(&d, ROLE_TEXT, "after the inner box, a line that is far too long to fit");
		doc_newline(&d);
		doc_box_end(&d);
		int outer_bottom = (int)d.nlines - 1;

		snprintf(what, sizeof what, "width %d outer", width);
		CHECK_MSG(outer_right - outer_left >= 8, "%s: no frame", what);
		check_box_frame(&d, outer_top, outer_bottom, outer_left, outer_right, what);
		if (nested) {
			snprintf(what, sizeof what, "width %d inner", width);
			check_box_frame(&d, inner_top, inner_bottom, inner_left, inner_right, what);
		}
		snprintf(what, sizeof what, "width %d boxes", width);
		check_doc_geometry(&d, width, what);
		CHECK_INT_EQ(d.nboxes, 0);
		doc_free(&d);
	}
}

TEST(doc_items_record_lines)
{
	struct doc d;

	doc_init(&d, CTX(40, true), 2);
	doc_add(&d, ROLE_HEADING, "HEADING");           /* line 0 */
	doc_newline(&d);
	doc_item_begin(&d);
	doc_box_begin(&d, ROLE_BORDER, "First", ROLE_TITLE, NULL, ROLE_BORDER); /* 1 */
	doc_item_title(&d);                            /* the next line: 2 */
	doc_wrap(&d, ROLE_TITLE, "The first card's title");  /* 2 */
	doc_newline(&d);
	doc_wrap(&d, ROLE_TEXT, "Body");               /* 3 */
	doc_newline(&d);
	doc_box_end(&d);                               /* 4 */
	doc_item_end(&d);
	doc_gap(&d);                                   /* 5 */
	doc_item_begin(&d);
	doc_add(&d, ROLE_TEXT, "open line");           /* 6 */
	doc_item_title(&d);                            /* the open line: 6 */
	doc_newline(&d);
	doc_add(&d, ROLE_TEXT, "more");                /* 7, left open */
	doc_item_end(&d);
	doc_item_begin(&d);                            /* no title: the first line */
	doc_add(&d, ROLE_TEXT, "third");               /* 8 */
	doc_item_end(&d);

	CHECK_INT_EQ(d.nitems, 3);
	CHECK_INT_EQ(d.nlines, 9);
	if (d.nitems == 3) {
		CHECK_INT_EQ(d.items[0].first, 1);
		CHECK_INT_EQ(d.items[0].title, 2);
		CHECK_INT_EQ(d.items[0].last, 4);
		CHECK_INT_EQ(d.items[1].first, 6);
		CHECK_INT_EQ(d.items[1].title, 6);
		CHECK_INT_EQ(d.items[1].last, 7);
		CHECK_INT_EQ(d.items[2].first, 8);
		CHECK_INT_EQ(d.items[2].title, 8);
		CHECK_INT_EQ(d.items[2].last, 8);
	}
	doc_free(&d);
}

TEST(doc_gap_adds_one_blank_line)
{
	struct doc d;

	doc_init(&d, CTX(30, true), 0);
	doc_gap(&d);                        /* nothing at the top */
	CHECK_INT_EQ(d.nlines, 0);
	doc_add(&d, ROLE_TEXT, "a");
	doc_gap(&d);
	doc_gap(&d);
	doc_add(&d, ROLE_TEXT, "b");
	doc_newline(&d);
	doc_box_begin(&d, ROLE_BORDER, "Box", ROLE_TITLE, NULL, ROLE_BORDER);
	doc_gap(&d);                        /* first line inside the box */
	doc_gap(&d);                        /* a border-only line counts as blank */
	doc_add(&d, ROLE_TEXT, "c");
	doc_box_end(&d);
	char *s = render_doc(&d);
	CHECK_STR_EQ(s, "a\n"
	                "\n"
	                "b\n"
	                "╭─ Box ──────────────────────╮\n"
	                "│                            │\n"
	                "│ c                          │\n"
	                "╰────────────────────────────╯\n");
	free(s);
	doc_free(&d);
}

TEST(doc_badges_print_in_brackets)
{
	struct doc d;

	doc_init(&d, CTX(40, true), 0);
	doc_add(&d, ROLE_SEV1, " SEV1 ");
	doc_add(&d, ROLE_TEXT, " ");
	doc_add(&d, ROLE_URGENT, " URGENT ");
	doc_add(&d, ROLE_TEXT, " ");
	doc_add(&d, ROLE_TITLE, " not a badge ");
	doc_newline(&d);
	doc_meter(&d, 3, 5, ROLE_METER_MID);
	doc_newline(&d);
	char *s = render_doc(&d);
	CHECK_STR_EQ(s, "[SEV1] [URGENT]  not a badge\n███░░\n");
	free(s);
	doc_free(&d);

	doc_init(&d, CTX(40, false), 0);
	doc_add(&d, ROLE_SEV2, " SEV2 ");
	doc_meter(&d, 3, 5, ROLE_METER_MID);
	doc_newline(&d);
	s = render_doc(&d);
	CHECK_STR_EQ(s, "[SEV2]###..\n");
	free(s);
	doc_free(&d);
}

/* The linked text of d, one "text -> target" per linked span, each
 * followed by '\n'; the caller frees it. */
static char *linked_spans(const struct doc *d)
{
	struct buf out = { 0 };

	for (size_t i = 0; i < d->nspans; i++) {
		const struct span *s = &d->spans[i];
		if (!s->link)
			continue;
		buf_append(&out, d->text.data + s->off, s->len);
		buf_puts(&out, " -> ");
		buf_puts(&out, d->links[s->link - 1]);
		buf_putc(&out, '\n');
	}
	buf_putc(&out, '\0');
	return out.data;
}

static char *links_in(int width, const char *text)
{
	return wrap_shown(width, NULL, text, linked_spans);
}

/* URLs and e-mail addresses in running text link to themselves, without
 * the punctuation around them; look-alikes do not. */
TEST(doc_wrap_links_urls_and_addresses)
{
	static const struct { const char *text, *want; } cases[] = {
		{ "see https://example.org/a.", "https://example.org/a -> https://example.org/a\n" },
		{ "(http://x.org/b?q=1), then", "http://x.org/b?q=1 -> http://x.org/b?q=1\n" },
		{ "https://en.wikipedia.org/wiki/C_(language)",
		  "https://en.wikipedia.org/wiki/C_(language) -> "
		  "https://en.wikipedia.org/wiki/C_(language)\n" },
		{ "mail ada@example.org!", "ada@example.org -> mailto:ada@example.org\n" },
		{ "<mailto:ada@example.org>", "mailto:ada@example.org -> mailto:ada@example.org\n" },
		{ "two: a.b+c@mail.example.com and https://a.io",
		  "a.b+c@mail.example.com -> mailto:a.b+c@mail.example.com\n"
		  "https://a.io -> https://a.io\n" },
		/* not links */
		{ "SDE-3 @ Alt Mobility", "" },
		{ "@ada@example.social", "" },
		{ "user@localhost", "" },
		{ "v1@2.0.1", "" },
		{ "https:// and http://", "" },
		{ "ftp://example.org javascript:alert(1)", "" },
		{ "https://exa$mple.org", "" },
		{ "https://bad\x1b]8;;x\x1b\\.org", "" },
		{ "https://bidi\xe2\x80\xae.org", "" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = links_in(80, cases[i].text);
		CHECK_MSG(strcmp(got, cases[i].want) == 0, "\"%s\": linked\n%s\nnot\n%s",
		          cases[i].text, got, cases[i].want);
		free(got);
	}
}

/* A URL broken across lines links on every line; a doc_link in force
 * wins over what the text looks like. */
TEST(doc_wrap_links_across_lines)
{
	struct doc d;
	const char *url = "https://example.org/a/very/long/path/that/wraps";

	wrap_into(&d, 20, NULL, url);
	CHECK_MSG(d.nlines >= 3, "%zu lines", d.nlines);
	struct buf all = { 0 };
	for (size_t i = 0; i < d.nspans; i++) {
		CHECK_INT_EQ(d.spans[i].link, 1);
		buf_append(&all, d.text.data + d.spans[i].off, d.spans[i].len);
	}
	buf_putc(&all, '\0');
	CHECK_STR_EQ(all.data, url);
	CHECK_INT_EQ((long)d.nlinks, 1);
	buf_free(&all);
	doc_free(&d);

	doc_init(&d, CTX(80, true), 0);
	doc_link(&d, "https://outer.example");
	doc_wrap(&d, ROLE_TEXT, "ada@example.org https://inner.example");
	doc_link(&d, NULL);
	doc_newline(&d);
	char *got = linked_spans(&d);
	CHECK_STR_EQ(got, "ada@example.org https://inner.example -> https://outer.example\n");
	free(got);
	doc_free(&d);
}

/* A separator standing alone stays with the word before it, so that no
 * line starts with one; one that starts the text or a line is left be. */
TEST(doc_wrap_keeps_separators_with_the_word_before)
{
	static const struct { int width; const char *text, *want; } cases[] = {
		{ 12, "aaaa · bbbb · cccc", "aaaa ·\nbbbb · cccc\n" },
		{ 10, "2019 – 2021 - now | ok", "2019 –\n2021 -\nnow | ok\n" },
		{ 20, "- a list item\n· another", "- a list item\n· another\n" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = wrapped(cases[i].width, NULL, cases[i].text);
		CHECK_STR_EQ(s, cases[i].want);
		free(s);
	}
}

/* The text of the spans of role in d, each followed by '|'. */
static char *spans_of(const struct doc *d, enum role role)
{
	struct buf out = { 0 };

	buf_puts(&out, "");
	for (size_t i = 0; i < d->nspans; i++) {
		if (d->spans[i].role != role)
			continue;
		buf_append(&out, d->text.data + d->spans[i].off, d->spans[i].len);
		buf_putc(&out, '|');
	}
	return out.data;
}

/* `code spans`: their text as ROLE_CODE, without the backticks, wrapped
 * as words are; a backtick without a partner on its line stays. */
TEST(doc_wrap_code_spans)
{
	static const struct { const char *text, *shown, *code; } cases[] = {
		{ "casing (`paymentStatus` to `payment_status`).",
		  "casing (paymentStatus to payment_status).", "paymentStatus|payment_status|" },
		{ "some `getInventoryByLocation` reads", "some getInventoryByLocation reads",
		  "getInventoryByLocation|" },
		{ "`two words` here", "two words here", "two|words|" },
		{ "a lone ` stays", "a lone ` stays", "" },
		{ "empty `` stays", "empty `` stays", "" },
		{ "not `across\nlines` at all", "not `across\nlines` at all", "" },
		{ "`a` then ` alone", "a then ` alone", "a|" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct doc d;
		doc_init(&d, CTX(80, true), 0);
		doc_wrap(&d, ROLE_TEXT, cases[i].text);
		doc_newline(&d);
		char *shown = render_doc(&d), *code = spans_of(&d, ROLE_CODE);
		size_t n = strlen(shown);
		while (n && (shown[n - 1] == '\n' || shown[n - 1] == ' '))
			shown[--n] = '\0';
		CHECK_MSG(strcmp(shown, cases[i].shown) == 0, "\"%s\" shows \"%s\"", cases[i].text,
		          shown);
		CHECK_MSG(strcmp(code, cases[i].code) == 0, "\"%s\": code \"%s\"", cases[i].text, code);
		free(shown);
		free(code);
		doc_free(&d);
	}
	/* narrow: the code wraps as words do, and no backtick is left */
	struct doc d;
	doc_init(&d, CTX(12, true), 0);
	doc_wrap(&d, ROLE_TEXT, "see `getInventoryByLocation` and `x`");
	char *shown = render_doc(&d);
	CHECK_MSG(!strchr(shown, '`'), "%s", shown);
	check_doc_geometry(&d, 12, "code spans at 12");
	free(shown);
	doc_free(&d);
}

TEST(doc_aside_bars_every_wrapped_line)
{
	struct doc d;
	doc_init(&d, CTX(24, true), 0);
	doc_aside_begin(&d, 2, ROLE_BORDER);
	CHECK_INT_EQ(doc_left(&d), 4);
	doc_wrap(&d, ROLE_QUOTE, "a quote long enough to wrap, with `code` and https://x.org/a");
	doc_aside_end(&d);
	CHECK_INT_EQ(doc_left(&d), 0);
	doc_wrap(&d, ROLE_TEXT, "after");
	doc_newline(&d);
	char *text = render_doc(&d), *code = spans_of(&d, ROLE_CODE);
	/* the bar on every line of the aside, none after it; wrapped as
	 * running text is, its code without backticks, its URL a link */
	CHECK_STR_EQ(text, "  ▎ a quote long enough\n"
	                   "  ▎ to wrap, with code\n"
	                   "  ▎ and https://x.org/a\n"
	                   "after\n");
	CHECK_STR_EQ(code, "code|");
	CHECK_INT_EQ((int)d.nlinks, 1);
	free(text);
	free(code);
	doc_free(&d);
}
