/* test_search.c — finding text in laid-out documents (search.c).
 *
 * The documents are built by hand with doc.h, so the expected lines and
 * columns can be counted from the calls that made them. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"
#include "doc.h"
#include "helpers.h"
#include "search.h"
#include "text.h"

/* A document of the given lines, one doc_add each, with no margin. */
static void doc_of_lines(struct doc *d, int width, const char *const *lines, size_t n)
{
	doc_init(d, CTX(width, true), 0);
	for (size_t i = 0; i < n; i++) {
		doc_add(d, ROLE_TEXT, lines[i]);
		doc_newline(d);
	}
}

/* The hits of query in d searched alone as tab 0, page -1. */
static size_t hits_of(struct search *s, const struct doc *d, const char *query)
{
	search_begin(s, query);
	search_doc(s, d, 0, -1);
	return s->n;
}

#define CHECK_HIT(h, want_line, want_col, want_width)                                  \
	do {                                                                           \
		CHECK_INT_EQ((h).line, want_line);                                     \
		CHECK_INT_EQ((h).col, want_col);                                       \
		CHECK_INT_EQ((h).width, want_width);                                   \
	} while (0)

TEST(search_ignores_case_ascii_and_beyond)
{
	static const char *const lines[] = {
		"Hello WORLD, hello world",
		"\xC3\x89" "COLE and \xC3\xA9" "cole",            /* ÉCOLE and école */
		"\xC3\x84" "PFEL, \xC3\xA4" "pfel, apfel",        /* ÄPFEL, äpfel, apfel */
	};
	struct doc d;
	struct search s;

	doc_of_lines(&d, 60, lines, 3);

	CHECK_INT_EQ(hits_of(&s, &d, "world"), 2);
	if (s.n == 2) {
		CHECK_HIT(s.hits[0], 0, 6, 5);
		CHECK_HIT(s.hits[1], 0, 19, 5);
		CHECK_INT_EQ(s.hits[0].tab, 0);
		CHECK_INT_EQ(s.hits[0].card, -1);
	}
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "HeLLo"), 2);
	search_free(&s);

	/* É and é fold alike, from either side; columns count characters */
	CHECK_INT_EQ(hits_of(&s, &d, "\xC3\xA9" "cole"), 2);
	if (s.n == 2) {
		CHECK_HIT(s.hits[0], 1, 0, 5);
		CHECK_HIT(s.hits[1], 1, 10, 5);
	}
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "\xC3\x89" "COLE"), 2);
	search_free(&s);

	/* Ä and ä alike, but not a: folding is not stripping accents */
	CHECK_INT_EQ(hits_of(&s, &d, "\xC3\xA4" "pfel"), 2);
	if (s.n == 2) {
		CHECK_HIT(s.hits[0], 2, 0, 5);
		CHECK_HIT(s.hits[1], 2, 7, 5);
	}
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "\xC3\x84" "PFEL"), 2);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "APFEL"), 1);
	if (s.n == 1)
		CHECK_HIT(s.hits[0], 2, 14, 5);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "nowhere"), 0);
	search_free(&s);
	doc_free(&d);

	/* search_contains, as --grep uses it */
	static const char text[] = "\xC3\x89t\xC3\xA9 \xC3\xA0 Z\xC3\xBCrich, ALPHA";
	CHECK(search_contains(text, strlen(text), "\xC3\xA9t\xC3\xA9"));   /* été */
	CHECK(search_contains(text, strlen(text), "\xC3\x89T\xC3\x89"));   /* ÉTÉ */
	CHECK(search_contains(text, strlen(text), "z\xC3\x9CRICH"));       /* zÜRICH */
	CHECK(search_contains(text, strlen(text), "alpha"));
	CHECK(!search_contains(text, strlen(text), "zurich"));
	CHECK(!search_contains(text, strlen(text), "alphas"));
	CHECK(!search_contains(text, strlen(text), ""));
	/* only the len bytes given are searched */
	CHECK(!search_contains(text, 5, "alpha"));
	CHECK(!search_contains("", 0, "a"));
}

TEST(search_columns_are_display_columns)
{
	struct doc d;
	struct search s;

	/* 漢字 takes four columns: what follows starts at column 5 */
	static const char *const lines[] = { "\xE6\xBC\xA2\xE5\xAD\x97 kanji \xE5\xAD\x97" };
	doc_of_lines(&d, 40, lines, 1);
	CHECK_INT_EQ(hits_of(&s, &d, "kanji"), 1);
	if (s.n == 1)
		CHECK_HIT(s.hits[0], 0, 5, 5);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "\xE5\xAD\x97"), 2);                   /* 字 */
	if (s.n == 2) {
		CHECK_HIT(s.hits[0], 0, 2, 2);
		CHECK_HIT(s.hits[1], 0, 11, 2);
	}
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "\xE5\xAD\x97 K"), 1);                 /* 字 K */
	if (s.n == 1)
		CHECK_HIT(s.hits[0], 0, 2, 4);
	search_free(&s);
	doc_free(&d);

	/* in a box, with a margin: the hit is where the printer puts the text */
	doc_init(&d, CTX(40, true), 2);
	doc_add(&d, ROLE_TEXT, "before");
	doc_newline(&d);
	doc_box_begin(&d, ROLE_BORDER, "Box", ROLE_TITLE, NULL, ROLE_BADGE);
	doc_add(&d, ROLE_TEXT, "\xE6\xBC\xA2 needle");
	doc_newline(&d);
	doc_box_end(&d);
	char *out = render_doc(&d);
	/* find the printed line and column of "needle" */
	int want_line = -1, want_col = -1, line = 0;
	for (const char *p = out; *p; line++) {
		size_t len = strcspn(p, "\n");
		const char *at = memmem(p, len, "needle", 6);
		if (at) {
			want_line = line;
			want_col = text_width(p, (size_t)(at - p), true);
		}
		p += len + (p[len] == '\n');
	}
	CHECK_MSG(want_line > 1 && want_col > 4, "needle printed at line %d column %d:\n%s",
	          want_line, want_col, out);
	CHECK_INT_EQ(hits_of(&s, &d, "NEEDLE"), 1);
	if (s.n == 1)
		CHECK_HIT(s.hits[0], want_line, want_col, 6);
	search_free(&s);
	free(out);
	doc_free(&d);
}

TEST(search_hits_do_not_overlap)
{
	static const char *const lines[] = { "aaaa", "aaa", "aAaAa", "a" };
	struct doc d;
	struct search s;

	doc_of_lines(&d, 20, lines, 4);
	CHECK_INT_EQ(hits_of(&s, &d, "aa"), 2 + 1 + 2);
	if (s.n == 5) {
		CHECK_HIT(s.hits[0], 0, 0, 2);
		CHECK_HIT(s.hits[1], 0, 2, 2);
		CHECK_HIT(s.hits[2], 1, 0, 2);
		CHECK_HIT(s.hits[3], 2, 0, 2);
		CHECK_HIT(s.hits[4], 2, 2, 2);
	}
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "a"), 4 + 3 + 5 + 1);
	search_free(&s);
	doc_free(&d);
}

TEST(search_empty_query_finds_nothing)
{
	static const char *const lines[] = { "text", "", "more text" };
	struct doc d;
	struct search s;
	size_t first = 99;

	doc_of_lines(&d, 20, lines, 3);
	CHECK_INT_EQ(hits_of(&s, &d, ""), 0);
	search_doc(&s, &d, 1, 0);
	CHECK_INT_EQ(s.n, 0);
	for (int line = 0; line < 3; line++)
		CHECK_INT_EQ(search_on_line(&s, 0, -1, line, &first), 0);
	search_free(&s);
	CHECK(s.hits == NULL && s.n == 0);
	search_free(&s); /* twice is harmless */
	doc_free(&d);
}

/* Tabs and cards in the order the TUI searches them, each with hits on some
 * lines and not others. */
TEST(search_on_line_finds_hits_by_bisection)
{
	static const struct {
		int tab, card;
		const char *lines[5];
	} docs[] = {
		{ 0, -1, { "x", "fox", "", "fox fox", "no" } },
		{ 0, 0, { "fox", "", "", "", "fox fox fox" } },
		{ 0, 1, { "", "", "", "", "" } },
		{ 0, 2, { "", "FOX", "", "", "" } },
		{ 1, -1, { "fox", "fox", "fox", "fox", "fox" } },
		{ 2, -1, { "none", "", "", "", "" } },
		{ 3, -1, { "", "", "", "", "Fox" } },
		{ 3, 0, { "f o x", "", "fox", "", "" } },
		{ 3, 4, { "fox", "", "", "", "" } },
	};
	enum { NDOCS = sizeof docs / sizeof docs[0] };
	struct doc d[NDOCS];
	struct search s;

	search_begin(&s, "fox");
	for (size_t i = 0; i < NDOCS; i++) {
		doc_of_lines(&d[i], 30, docs[i].lines, 5);
		search_doc(&s, &d[i], docs[i].tab, docs[i].card);
	}
	/* hits in (tab, card, line, col) order */
	for (size_t i = 1; i < s.n; i++) {
		const struct search_hit *a = &s.hits[i - 1], *b = &s.hits[i];
		bool ordered = a->tab != b->tab ? a->tab < b->tab :
		               a->card != b->card ? a->card < b->card :
		               a->line != b->line ? a->line < b->line : a->col < b->col;
		CHECK_MSG(ordered, "hit %zu (%d,%d,%d,%d) after hit %zu (%d,%d,%d,%d)", i, b->tab,
		          b->card, b->line, b->col, i - 1, a->tab, a->card, a->line, a->col);
	}
	/* every line of every document, and some that are in none */
	size_t total = 0;
	for (size_t i = 0; i < NDOCS; i++) {
		for (int line = 0; line < 6; line++) {
			size_t want = 0, first = 12345;
			const char *text = line < 5 ? docs[i].lines[line] : "";
			for (const char *p = text; *p; p++)
				want += strncasecmp(p, "fox", 3) == 0;
			size_t n = search_on_line(&s, docs[i].tab, docs[i].card, line, &first);
			CHECK_MSG(n == want, "tab %d card %d line %d: %zu hits, want %zu",
			          docs[i].tab, docs[i].card, line, n, want);
			for (size_t k = 0; k < n && first + k < s.n; k++) {
				const struct search_hit *h = &s.hits[first + k];
				CHECK_MSG(h->tab == docs[i].tab && h->card == docs[i].card &&
				          h->line == line,
				          "tab %d card %d line %d: hit %zu is (%d,%d,%d)", docs[i].tab,
				          docs[i].card, line, first + k, h->tab, h->card, h->line);
			}
			total += n;
		}
	}
	CHECK_INT_EQ(total, s.n);
	CHECK_INT_EQ(s.n, 3 + 4 + 1 + 5 + 1 + 2);
	/* documents that were not searched have no hits */
	size_t first;
	CHECK_INT_EQ(search_on_line(&s, 0, 3, 0, &first), 0);
	CHECK_INT_EQ(search_on_line(&s, 4, -1, 0, &first), 0);
	CHECK_INT_EQ(search_on_line(&s, -1, -1, 0, &first), 0);
	CHECK_INT_EQ(search_on_line(&s, 1, 0, 0, &first), 0);
	search_free(&s);
	for (size_t i = 0; i < NDOCS; i++)
		doc_free(&d[i]);
}

TEST(search_match_stays_on_one_line)
{
	struct doc d;
	struct search s;

	/* wrapped: "alpha" ends line 0, "beta" starts line 1 */
	doc_init(&d, CTX(8, true), 0);
	doc_wrap(&d, ROLE_TEXT, "alpha beta");
	doc_newline(&d);
	doc_add(&d, ROLE_TEXT, "gam");
	doc_newline(&d);
	doc_add(&d, ROLE_TEXT, "ma");
	doc_newline(&d);
	CHECK_INT_EQ(d.nlines, 4);
	CHECK_INT_EQ(hits_of(&s, &d, "alpha beta"), 0);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "alphabeta"), 0);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "gamma"), 0);
	search_free(&s);
	CHECK_INT_EQ(hits_of(&s, &d, "beta"), 1);
	if (s.n == 1)
		CHECK_HIT(s.hits[0], 1, 0, 4);
	search_free(&s);
	doc_free(&d);
}

/* Text in two spans with blank columns between them is shown apart: a
 * query must not match across the gap as if the spans touched. */
TEST(search_does_not_join_spans_across_a_gap)
{
	struct doc d;
	struct search s;

	doc_init(&d, CTX(30, true), 0);
	doc_add(&d, ROLE_TITLE, "ab");
	doc_pad_to(&d, 10);
	doc_add(&d, ROLE_KEYWORD, "cd");
	doc_newline(&d);
	char *out = render_doc(&d);
	CHECK_STR_EQ(out, "ab        cd\n");
	free(out);
	CHECK_INT_EQ(hits_of(&s, &d, "cd"), 1);
	if (s.n == 1)
		CHECK_HIT(s.hits[0], 0, 10, 2);
	search_free(&s);
	/* "bc" is not on the screen */
	hits_of(&s, &d, "bc");
	CHECK_MSG(s.n == 0, "\"bc\" matched %zu times, first at column %d, %d wide", s.n,
	          s.n ? s.hits[0].col : 0, s.n ? s.hits[0].width : 0);
	search_free(&s);
	/* spans that do touch are one text */
	doc_add(&d, ROLE_TITLE, "ab");
	doc_add(&d, ROLE_KEYWORD, "cd");
	doc_newline(&d);
	hits_of(&s, &d, "bc");
	size_t first = 0;
	CHECK_INT_EQ(search_on_line(&s, 0, -1, 1, &first), 1);
	if (first < s.n)
		CHECK_HIT(s.hits[first], 1, 1, 2);
	search_free(&s);
	doc_free(&d);
}
