/* test_layout.c — the screens of the sample résumé (screens.c, layout.c and the
 * builders, print.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "helpers.h"
#include "layout.h"
#include "print.h"
#include "text.h"

TEST(layout_screens_of_sample)
{
	struct resume r;
	enum screen_id shown[SCREEN_COUNT];

	static const enum screen_id want[] = {
		SCREEN_ABOUT, SCREEN_PROJECTS, SCREEN_HISTORY, SCREEN_INCIDENTS,
		SCREEN_TESTIMONIALS, SCREEN_STACK, SCREEN_CONTACT,
	};

	load_sample(&r, NULL);
	size_t n = screens_present(&r, shown);
	CHECK_INT_EQ(n, 7);
	for (size_t i = 0; i < n && i < 7; i++)
		CHECK_MSG(shown[i] == want[i], "screen %zu is %s, want %s", i,
		          screen_name(shown[i]), screen_name(want[i]));
	CHECK_STR_EQ(screen_title(SCREEN_ABOUT), "About");
	CHECK_STR_EQ(screen_title(SCREEN_TESTIMONIALS), "Testimonials");
	CHECK_STR_EQ(screen_name(SCREEN_HISTORY), "history");
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_ABOUT), 0);
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_PROJECTS), 3);
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_HISTORY), 4);
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_INCIDENTS), 4);
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_TESTIMONIALS), 0);
	CHECK_INT_EQ(screen_card_count(&r, SCREEN_STACK), 0);
	CHECK_STR_EQ(screen_card_name(&r, SCREEN_PROJECTS, 0), "Pitstop");
	CHECK_STR_EQ(screen_card_name(&r, SCREEN_PROJECTS, 99), "");
	resume_free(&r);
}

TEST(layout_empty_resume_has_about_only)
{
	struct resume r;
	enum screen_id shown[SCREEN_COUNT];
	struct doc d;

	CHECK_INT_EQ(parse_json("{}", &r, NULL, NULL), 0);
	CHECK_INT_EQ(screens_present(&r, shown), 1);
	CHECK_INT_EQ(shown[0], SCREEN_ABOUT);
	layout_screen(&d, &r, SCREEN_ABOUT, CTX(80, true), false);
	char *s = render_doc(&d);
	CHECK_MSG(strstr(s, "no basics") != NULL, "About of an empty résumé says: \"%s\"", s);
	free(s);
	doc_free(&d);
	resume_free(&r);
}

/* The items of a card screen: one per card, in order, inside the document,
 * each title line within its card. */
static void check_items(const struct doc *d, size_t want, const char *what)
{
	CHECK_MSG(d->nitems == want, "%s: %zu items, want %zu", what, d->nitems, want);
	for (size_t i = 0; i < d->nitems; i++) {
		const struct doc_item *it = &d->items[i];
		CHECK_MSG(it->first <= it->title && it->title <= it->last && it->last < (int)d->nlines,
		          "%s: item %zu is lines %d–%d, title %d, of %zu", what, i, it->first,
		          it->last, it->title, d->nlines);
		if (i > 0)
			CHECK_MSG(it->first > d->items[i - 1].last, "%s: item %zu overlaps item %zu",
			          what, i, i - 1);
	}
}

static const int widths[] = { 20, 40, 80, 100, 200 };

static void check_all_screens_fit(bool utf8)
{
	struct resume r;
	enum screen_id shown[SCREEN_COUNT];
	char what[96];

	load_sample(&r, NULL);
	size_t n = screens_present(&r, shown);
	for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		int limit = widths[w] < LAYOUT_MAX_WIDTH ? widths[w] : LAYOUT_MAX_WIDTH;
		for (size_t i = 0; i < n; i++) {
			for (int expand = 0; expand < 2; expand++) {
				struct doc d;
				layout_screen(&d, &r, shown[i], CTX(widths[w], utf8), expand);
				snprintf(what, sizeof what, "%s %s width %d%s", utf8 ? "utf8" : "ascii",
				         screen_name(shown[i]), widths[w], expand ? " expanded" : "");
				char *s = render_doc(&d);
				int widest = max_line_width(s);
				CHECK_MSG(widest <= limit, "%s: a line is %d columns wide", what, widest);
				CHECK_MSG(d.nlines > 2, "%s: only %zu lines", what, d.nlines);
				check_doc_geometry(&d, limit, what);
				if (!expand)
					check_items(&d, screen_card_count(&r, shown[i]), what);
				free(s);
				doc_free(&d);
			}
			for (size_t c = 0; c < screen_card_count(&r, shown[i]); c++) {
				struct doc d;
				layout_card(&d, &r, shown[i], c, CTX(widths[w], utf8));
				snprintf(what, sizeof what, "%s %s card %zu width %d", utf8 ? "utf8" : "ascii",
				         screen_name(shown[i]), c, widths[w]);
				char *s = render_doc(&d);
				int widest = max_line_width(s);
				CHECK_MSG(widest <= limit, "%s: a line is %d columns wide", what, widest);
				check_doc_geometry(&d, limit, what);
				free(s);
				doc_free(&d);
			}
		}
	}
	resume_free(&r);
}

TEST(layout_lines_fit_width_utf8)
{
	check_all_screens_fit(true);
}

TEST(layout_lines_fit_width_ascii)
{
	check_all_screens_fit(false);
}

/* Joins the lines of printed text into one line of words, dropping the
 * box borders, so that wrapped phrases can be searched for. */
static char *flatten(const char *text)
{
	struct buf out = {0};
	const char *vline = glyphs_for(true)->vline;
	size_t vlen = strlen(vline);

	while (*text) {
		size_t len = strcspn(text, "\n");
		const char *p = text, *end = text + len;
		for (;;) {
			while (p < end && *p == ' ')
				p++;
			if ((size_t)(end - p) >= vlen && strncmp(p, vline, vlen) == 0)
				p += vlen;
			else
				break;
		}
		for (;;) {
			while (end > p && end[-1] == ' ')
				end--;
			if ((size_t)(end - p) >= vlen && strncmp(end - vlen, vline, vlen) == 0)
				end -= vlen;
			else
				break;
		}
		if (end > p) {
			if (out.len)
				buf_putc(&out, ' ');
			buf_append(&out, p, (size_t)(end - p));
		}
		text += len;
		if (*text)
			text++;
	}
	return out.data ? out.data : xstrdup("");
}

TEST(print_resume_expands_incidents)
{
	struct resume r;
	char *text = NULL;
	size_t size = 0;

	load_sample(&r, NULL);
	FILE *f = open_memstream(&text, &size);
	CHECK(f != NULL);
	if (!f) {
		resume_free(&r);
		return;
	}
	CHECK_INT_EQ(print_resume(f, &r, CTX(80, true), -1), 0);
	fclose(f);

	CHECK_INT_EQ(count_occurrences(text, "WHAT WE LEARNED"), 4);
	CHECK_INT_EQ(count_occurrences(text, "ROOT CAUSE"), 4);
	int widest = max_line_width(text);
	CHECK_MSG(widest <= 80 && widest >= 70, "the widest printed line is %d columns", widest);
	for (size_t i = 0; i < strlen(text); i++)
		if (text[i] == '\x1b') {
			check_fail(__FILE__, __LINE__, "an escape character in the printed résumé");
			break;
		}
	char *flat = flatten(text);
	for (size_t i = 0; i < r.nincidents; i++)
		CHECK_MSG(strstr(flat, r.incidents[i].title) != NULL,
		          "the printed résumé lacks the title of incident %zu: \"%s\"", i,
		          r.incidents[i].title);
	enum screen_id shown[SCREEN_COUNT];
	size_t nshown = screens_present(&r, shown);
	for (size_t s = 0; s < nshown; s++) {
		struct buf up = {0};
		text_upper(&up, screen_title(shown[s]), true);
		CHECK_MSG(strstr(text, up.data) != NULL, "the printed résumé lacks the title %s", up.data);
		buf_free(&up);
	}
	free(flat);
	free(text);

	/* one section only */
	text = NULL;
	f = open_memstream(&text, &size);
	if (f) {
		CHECK_INT_EQ(print_resume(f, &r, CTX(80, true), SCREEN_INCIDENTS), 0);
		fclose(f);
		CHECK(strncmp(text, "  INCIDENTS\n", 12) == 0);
		CHECK(strstr(text, "PROJECTS") == NULL);
		CHECK_INT_EQ(count_occurrences(text, "WHAT WE LEARNED"), 4);
		free(text);
	}
	resume_free(&r);
}

TEST(layout_screen_names)
{
	enum screen_id s = SCREEN_COUNT;

	CHECK(screen_from_name("Incidents", &s));
	CHECK_INT_EQ(s, SCREEN_INCIDENTS);
	CHECK(screen_from_name("work", &s));
	CHECK_INT_EQ(s, SCREEN_HISTORY);
	CHECK(screen_from_name("history", &s));
	CHECK_INT_EQ(s, SCREEN_HISTORY);
	CHECK(screen_from_name("skills", &s));
	CHECK_INT_EQ(s, SCREEN_STACK);
	CHECK(screen_from_name("references", &s));
	CHECK_INT_EQ(s, SCREEN_TESTIMONIALS);
	CHECK(screen_from_name("ABOUT", &s));
	CHECK_INT_EQ(s, SCREEN_ABOUT);
	s = SCREEN_CONTACT;
	CHECK(!screen_from_name("bogus", &s));
	CHECK(!screen_from_name("", &s));
	CHECK_INT_EQ(s, SCREEN_CONTACT);   /* untouched on failure */
}

/* Every row of the screen table is whole: a screen has a title, a name
 * that finds it (as its aliases do), a presence test and a head; one with
 * cards has all of their count, builder and name. */
TEST(screen_table_rows_are_complete)
{
	for (int i = 0; i < SCREEN_COUNT; i++) {
		const struct screen_def *def = screen_def((enum screen_id)i);
		enum screen_id s = SCREEN_COUNT;
		CHECK_MSG(def->title && *def->title && def->name && *def->name, "screen %d", i);
		CHECK_MSG(def->present && def->head, "screen %d lacks a presence test or a head", i);
		CHECK_MSG(!def->card_count == !def->card && !def->card == !def->card_name,
		          "screen %d has some of its card functions, not all", i);
		CHECK_MSG(screen_from_name(def->name, &s) && s == (enum screen_id)i,
		          "\"%s\" finds screen %d, not %d", def->name, (int)s, i);
		for (size_t a = 0; a < ARRAY_LEN(def->aliases) && def->aliases[a]; a++)
			CHECK_MSG(screen_from_name(def->aliases[a], &s) && s == (enum screen_id)i,
			          "the alias \"%s\" finds screen %d, not %d", def->aliases[a], (int)s, i);
	}
	struct buf names = {0};
	screen_names(&names, " or ");
	CHECK_STR_EQ(names.data, "about, projects, history, education, incidents, testimonials, "
	                         "stack or contact");
	buf_free(&names);
}

/* The printed text of json (UTF-8, 60 columns); the caller frees it. */
static char *print_json(const char *json)
{
	struct resume r;
	char *text = NULL;
	size_t size = 0;

	if (parse_json(json, &r, NULL, NULL) != 0)
		return strdup("");
	FILE *f = open_memstream(&text, &size);
	if (f) {
		CHECK_INT_EQ(print_resume(f, &r, CTX(60, true), -1), 0);
		fclose(f);
	}
	resume_free(&r);
	return text ? text : strdup("");
}

/* An entry with a field missing shows nothing of the entry before it: an
 * emptied buffer must not read as what it held. */
TEST(layout_empty_entries_show_nothing_of_others)
{
	char *text = print_json(
		"{\"languages\": [{\"language\": \"English\", \"fluency\": \"Native\"}, {}],"
		" \"interests\": [{\"name\": \"Music\", \"keywords\": [\"jazz\", \"blues\"]},"
		"   {\"name\": \"Chess\"}, {\"keywords\": [\"ski\"]}],"
		" \"certificates\": [{\"name\": \"Loom\", \"issuer\": \"Guild\"}, {}],"
		" \"awards\": [{\"title\": \"Medal\", \"awarder\": \"Society\"}, {\"summary\": \"x\"}],"
		" \"skills\": [{\"name\": \"Systems\", \"keywords\": [\"Linux\"]}, {\"level\": \"Expert\"}]}");

	CHECK_INT_EQ(count_occurrences(text, "English · Native"), 1);
	CHECK_INT_EQ(count_occurrences(text, "jazz · blues"), 1);
	CHECK_MSG(strstr(text, "  CHESS\n") != NULL, "an interest without keywords:\n%s", text);
	/* a nameless interest's keywords line up with the others' */
	CHECK_MSG(strstr(text, "\n                  ski\n") != NULL, "a nameless interest:\n%s", text);
	CHECK_INT_EQ(count_occurrences(text, "Guild"), 1);
	CHECK_INT_EQ(count_occurrences(text, "Society"), 1);
	CHECK_INT_EQ(count_occurrences(text, "SYSTEMS"), 1);
	free(text);
}

/* Hostile strings for every field: terminal escapes, C1, bidi and
 * zero-width controls, a noncharacter, and a CR LF line break. */
#define EVIL "x\\u001b]0;owned\\u0007\\u202e\\u009b2J\\u200b\\ufffe\\r\\nline"
static const char hostile_json[] =
	"{\"basics\": {\"name\": \"" EVIL "\", \"label\": \"" EVIL "\", \"tagline\": \"" EVIL "\","
	" \"summary\": \"" EVIL "\", \"email\": \"" EVIL "\", \"location\": {\"city\": \"" EVIL "\"},"
	" \"profiles\": [{\"network\": \"" EVIL "\", \"url\": \"" EVIL "\"}]},"
	" \"projects\": [{\"name\": \"" EVIL "\", \"status\": \"" EVIL "\", \"description\": \"" EVIL "\","
	"   \"startDate\": \"" EVIL "\", \"highlights\": [\"" EVIL "\"], \"keywords\": [\"" EVIL "\"]}],"
	" \"work\": [{\"name\": \"" EVIL "\", \"position\": \"" EVIL "\", \"location\": \"" EVIL "\","
	"   \"summary\": \"" EVIL "\", \"highlights\": [\"" EVIL "\"], \"keywords\": [\"" EVIL "\"]}],"
	" \"incidents\": [{\"id\": \"" EVIL "\", \"severity\": \"" EVIL "\", \"ttd\": \"" EVIL "\","
	"   \"title\": \"" EVIL "\", \"rootCause\": \"" EVIL "\", \"actions\": [\"" EVIL "\"], \"stress\": 5}],"
	" \"playbook\": {\"title\": \"" EVIL "\", \"steps\": [\"" EVIL "\"]},"
	" \"references\": [{\"name\": \"" EVIL "\", \"role\": \"" EVIL "\", \"reference\": \"" EVIL "\"}],"
	" \"skills\": [{\"name\": \"" EVIL "\", \"level\": \"" EVIL "\", \"keywords\": [\"" EVIL "\"]}],"
	" \"hire\": {\"title\": \"" EVIL "\", \"text\": \"" EVIL "\"},"
	" \"quotes\": {\"about\": {\"heading\": \"" EVIL "\", \"cards\": [{\"label\": \"" EVIL "\","
	"   \"text\": \"" EVIL "\", \"speaker\": \"" EVIL "\"}]},"
	"   \"writing\": {\"heading\": \"" EVIL "\", \"comment\": \"" EVIL "\"}}}";
#undef EVIL

/* Hostile strings in every field reach no document raw: whatever the
 * screen, the printed text holds no control, C1, bidi or zero-width
 * character and no invalid UTF-8. */
TEST(layout_output_is_sanitized)
{
	struct resume r;
	struct diagnostics w = {0};
	char *text = NULL;
	size_t size = 0;

	CHECK_INT_EQ(parse_json(hostile_json, &r, &w, NULL), 0);
	FILE *f = open_memstream(&text, &size);
	CHECK(f != NULL);
	if (f) {
		CHECK_INT_EQ(print_resume(f, &r, CTX(60, true), -1), 0);
		fclose(f);
		size_t bad = 0;
		for (size_t i = 0; i < size;) {
			uint32_t cp;
			size_t n = text_decode(text + i, size - i, &cp);
			if ((cp == TEXT_REPLACEMENT && n == 1) || (cp != '\n' && text_is_hidden(cp))) {
				if (bad++ == 0)
					check_fail(__FILE__, __LINE__, "U+%04X (byte 0x%02X) at offset %zu of the printed résumé",
					           (unsigned)cp, (unsigned char)text[i], i);
			}
			i += n;
		}
		CHECK_INT_EQ(bad, 0);
		CHECK(strstr(text, "\\u001B]0;owned") != NULL);   /* shown, not obeyed */
		free(text);
	}
	resume_free(&r);
	diagnostics_free(&w);
}

/* A newline inside a field that is placed with doc_add (a box title, a
 * badge, a skill name, a contact label) must not end up inside a span:
 * the printer would break the line in two and curses would jump to the next
 * row.  Every screen and card of the hostile résumé keeps its shape. */
TEST(layout_newlines_in_fields_keep_lines)
{
	struct resume r;

	CHECK_INT_EQ(parse_json(hostile_json, &r, NULL, NULL), 0);
	enum screen_id shown[SCREEN_COUNT];
	size_t nshown = screens_present(&r, shown);
	char what[64];
	CHECK_INT_EQ(nshown, 7);
	for (size_t i = 0; i < nshown; i++) {
		struct doc d;
		layout_screen(&d, &r, shown[i], CTX(60, true), false);
		snprintf(what, sizeof what, "hostile %s", screen_name(shown[i]));
		check_doc_geometry(&d, 60, what);
		doc_free(&d);
		for (size_t c = 0; c < screen_card_count(&r, shown[i]); c++) {
			layout_card(&d, &r, shown[i], c, CTX(60, true));
			snprintf(what, sizeof what, "hostile %s card %zu", screen_name(shown[i]), c);
			check_doc_geometry(&d, 60, what);
			doc_free(&d);
		}
	}
	resume_free(&r);
}

/* Whether the first nlines lines of a and b are the same, span for span;
 * when items, their first nitems items too. */
static bool same_prefix(const struct doc *a, const struct doc *b, size_t nlines, size_t nitems)
{
	if (a->nlines < nlines || b->nlines < nlines || a->nitems < nitems || b->nitems < nitems)
		return false;
	for (size_t i = 0; i < nlines; i++) {
		const struct line *la = &a->lines[i], *lb = &b->lines[i];
		if (la->nspans != lb->nspans || la->width != lb->width)
			return false;
		for (size_t j = 0; j < la->nspans; j++) {
			const struct span *sa = &a->spans[la->first_span + j];
			const struct span *sb = &b->spans[lb->first_span + j];
			if (sa->len != sb->len || sa->col != sb->col || sa->role != sb->role ||
			    memcmp(a->text.data + sa->off, b->text.data + sb->off, sa->len) != 0)
				return false;
		}
	}
	for (size_t i = 0; i < nitems; i++)
		if (memcmp(&a->items[i], &b->items[i], sizeof a->items[i]) != 0)
			return false;
	return true;
}

/* The viewer lays out a tab a piece at a time: every piece is the start of
 * the whole, each step adds at least what was asked for (or completes the
 * screen), and the end is the whole, card for card. */
TEST(layout_piecewise_equals_whole)
{
	static const char *const files[] = { SAMPLE_RESUME, "tests/fixtures/full.json" };

	for (size_t f = 0; f < sizeof files / sizeof files[0]; f++) {
		struct resume r;
		struct diagnostics w = { 0 };
		char *err = NULL;
		CHECK_INT_EQ(resume_load(files[f], &r, &w, &err), 0);
		free(err);
		enum screen_id shown[SCREEN_COUNT];
		size_t n = screens_present(&r, shown);
		for (size_t i = 0; i < n; i++) {
			for (int width = 30; width <= 120; width += 45) {
				struct doc whole, part;
				struct layout_progress p;
				layout_screen(&whole, &r, shown[i], CTX(width, true), false);
				layout_begin(&part, &p, shown[i], CTX(width, true), false);
				CHECK_INT_EQ((long)part.nlines, 0);
				size_t steps = 0;
				bool done = false;
				for (size_t want = 1; !done; want += 5, steps++) {
					done = layout_more(&part, &p, &r, want, want / 5);
					CHECK_MSG(done || (part.nlines >= want && part.nitems >= want / 5),
					          "%s %s width %d: asked for %zu lines, got %zu",
					          files[f], screen_name(shown[i]), width, want,
					          part.nlines);
					CHECK_MSG(same_prefix(&whole, &part, part.nlines, part.nitems),
					          "%s %s width %d: the first %zu lines differ from the whole",
					          files[f], screen_name(shown[i]), width, part.nlines);
				}
				CHECK_INT_EQ((long)part.nlines, (long)whole.nlines);
				CHECK_INT_EQ((long)part.nitems, (long)whole.nitems);
				if (screen_card_count(&r, shown[i]) > 2)
					CHECK_MSG(steps > 2, "%s %s: laid out in %zu steps, not card by card",
					          files[f], screen_name(shown[i]), steps);
				doc_free(&whole);
				doc_free(&part);
			}
		}
		resume_free(&r);
		diagnostics_free(&w);
	}
}
