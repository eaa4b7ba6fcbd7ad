/* test_charts.c — the timeline, the incident comparison and the stack grid
 * (charts.c), rendered with print_doc and read back as text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charts.h"
#include "check.h"
#include "helpers.h"
#include "print.h"
#include "text.h"

#define FULL "\xE2\x96\x88"   /* █ */
#define EMPTY "\xE2\x96\x91"  /* ░ */
#define TRACK "\xC2\xB7"      /* · */
#define UP "\xE2\x86\x91"     /* ↑ */
#define BAR "\xE2\x96\x86"    /* ▆ */

/* Three roles: two years, four years, and the current one since 2022. */
static const char timeline_json[] =
	"{\"work\":["
	"{\"name\":\"Alpha\",\"startDate\":\"2016-01\",\"endDate\":\"2017-12\"},"
	"{\"name\":\"Beta\",\"startDate\":\"2018-01-15\",\"endDate\":\"2021-12\"},"
	"{\"name\":\"Undated\"},"
	"{\"name\":\"Gamma\",\"startDate\":\"2022-01\"}]}";

static const char incidents_json[] =
	"{\"incidents\":["
	"{\"id\":\"INC-1\",\"severity\":\"SEV1\",\"ttd\":\"8m\",\"ttr\":\"2h\",\"stress\":9},"
	"{\"id\":\"INC-2\",\"severity\":\"SEV3\",\"ttd\":\"soon\",\"ttr\":\"1h\",\"stress\":3},"
	"{\"id\":\"INC-3\",\"severity\":\"SEV2\",\"ttd\":\"30m\",\"ttr\":\"1h 30m\"}]}";

static const char stack_json[] =
	"{\"skills\":["
	"{\"name\":\"Lang\",\"keywords\":[\"C11\",\"Go\"]},"
	"{\"name\":\"Ops\",\"keywords\":[\"k8s\"]},"
	"{\"name\":\"Data\",\"level\":\"Expert\",\"keywords\":[\"postgres\",\"redis\",\"sqlite\"]},"
	"{\"name\":\"Web\",\"keywords\":[\"htmx\"]},"
	"{\"name\":\"Cloud\",\"keywords\":[\"aws\",\"a keyword much too long for its column\"]},"
	"{\"name\":\"Test\",\"keywords\":[\"tmux\"]}]}";

static void load(const char *json, struct resume *r)
{
	CHECK_INT_EQ(parse_json(json, r, NULL, NULL), 0);
}

/* Draws one chart at width (margin 2), in UTF-8 or ASCII, and returns its
 * text; checks the document's geometry and that no printed line is wider
 * than width. */
static char *draw_in(void (*chart)(struct doc *, const struct resume *), const struct resume *r,
                     int width, bool utf8, size_t *nlines)
{
	struct doc d;
	char what[64];

	doc_init(&d, CTX(width, utf8), 2);
	chart(&d, r);
	snprintf(what, sizeof what, "chart at width %d", width);
	check_doc_geometry(&d, width, what);
	char *out = render_doc(&d);
	CHECK_MSG(max_line_width(out) <= width, "%s: a line is %d wide:\n%s", what,
	          max_line_width(out), out);
	if (nlines)
		*nlines = d.nlines;
	doc_free(&d);
	return out;
}

static char *draw(void (*chart)(struct doc *, const struct resume *), const struct resume *r,
                  int width, size_t *nlines)
{
	return draw_in(chart, r, width, true, nlines);
}

/* The first line of text that contains needle, copied into line; false
 * when there is none. */
static bool line_with(const char *text, const char *needle, char *line, size_t size)
{
	for (const char *p = text; *p;) {
		size_t len = strcspn(p, "\n");
		if (memmem(p, len, needle, strlen(needle))) {
			snprintf(line, size, "%.*s", (int)len, p);
			return true;
		}
		p += len + (p[len] == '\n');
	}
	line[0] = '\0';
	return false;
}

/* The display column of the last occurrence of glyph in line, or -1. */
static int last_column(const char *line, const char *glyph)
{
	const char *last = NULL;
	for (const char *p = line; (p = strstr(p, glyph)) != NULL; p++)
		last = p;
	return last ? text_width(line, (size_t)(last - line), true) : -1;
}

static int first_column(const char *line, const char *glyph)
{
	const char *p = strstr(line, glyph);
	return p ? text_width(line, (size_t)(p - line), true) : -1;
}

TEST(chart_timeline_draws_roles_to_scale)
{
	struct resume r;
	char alpha[512], beta[512], gamma[512], axis[512], undated[512];

	load(timeline_json, &r);
	size_t nlines;
	char *out = draw(chart_timeline, &r, 80, &nlines);

	CHECK(line_with(out, "Alpha", alpha, sizeof alpha));
	CHECK(line_with(out, "Beta", beta, sizeof beta));
	CHECK(line_with(out, "Gamma", gamma, sizeof gamma));
	CHECK(!line_with(out, "Undated", undated, sizeof undated));
	CHECK(line_with(out, "2016", axis, sizeof axis));
	/* now is marked in the axis's row, not on a row of its own */
	CHECK_MSG(strstr(axis, "now"), "axis: \"%s\"", axis);
	/* three bars and the axis, and perhaps a note on the undated */
	CHECK_MSG(nlines >= 4 && nlines <= 5, "%zu lines:\n%s", nlines, out);
	CHECK_INT_EQ(count_occurrences(out, FULL) > 0, 1);

	/* one bar per row, in order, all of the same length */
	size_t a = count_occurrences(alpha, FULL), b = count_occurrences(beta, FULL);
	size_t g = count_occurrences(gamma, FULL);
	CHECK_MSG(a > 0 && b > 0 && g > 0, "bars of %zu, %zu and %zu cells:\n%s", a, b, g, out);
	CHECK_INT_EQ(text_width(alpha, strlen(alpha), true), text_width(beta, strlen(beta), true));
	CHECK_INT_EQ(text_width(alpha, strlen(alpha), true), text_width(gamma, strlen(gamma), true));
	CHECK_MSG(last_column(alpha, FULL) < first_column(beta, FULL) &&
	          last_column(beta, FULL) < first_column(gamma, FULL),
	          "the bars are not one after another:\n%s", out);
	/* twice as long, about twice the cells (each end of a bar is rounded
	 * to a cell, so not exactly) */
	CHECK_MSG(10 * b >= 17 * a && 10 * b <= 23 * a, "Alpha %zu cells, Beta %zu:\n%s", a, b,
	          out);
	/* the axis: years in order, 2016 first */
	CHECK_MSG(strstr(axis, "2016") && strstr(axis, "2020") && strstr(axis, "2024"),
	          "axis: \"%s\"", axis);
	CHECK(first_column(axis, "2016") < first_column(axis, "2020"));
	CHECK(first_column(axis, "2020") < first_column(axis, "2024"));
	/* the first bar starts where the axis's first year is */
	CHECK_INT_EQ(first_column(alpha, FULL), first_column(axis, "2016"));
	/* every year the same columns: the ticks are evenly spaced */
	int step = first_column(axis, "2017") - first_column(axis, "2016");
	CHECK_MSG(step > 0, "axis: \"%s\"", axis);
	for (int y = 2018; y <= 2024; y++) {
		char year[8], prev[8];
		snprintf(year, sizeof year, "%d", y);
		snprintf(prev, sizeof prev, "%d", y - 1);
		CHECK_MSG(first_column(axis, year) - first_column(axis, prev) == step,
		          "%d after %d: axis \"%s\"", y, y - 1, axis);
	}
	/* the positions beside the bars; the current one says so */
	CHECK_MSG(strstr(gamma, "current"), "Gamma: \"%s\"", gamma);
	free(out);
	resume_free(&r);
}

/* The current role's bar ends in the column that the now mark points at,
 * whatever the width; the other rows show that column as a dim line. */
TEST(chart_timeline_current_role_reaches_today)
{
	struct resume r;
	char gamma[512], today[512];

	load(timeline_json, &r);
	for (int width = 36; width <= 140; width++) {
		char *out = draw(chart_timeline, &r, width, NULL);
		CHECK(line_with(out, "Gamma", gamma, sizeof gamma));
		CHECK(line_with(out, "now", today, sizeof today));
		int bar_end = last_column(gamma, FULL), mark = first_column(today, UP);
		CHECK_MSG(bar_end == mark && mark > 0,
		          "width %d: the current role ends at column %d, today is column %d:\n%s",
		          width, bar_end, mark, out);
		/* a finished role ends before today */
		char beta[512];
		CHECK(line_with(out, "Beta", beta, sizeof beta));
		CHECK_MSG(last_column(beta, FULL) < mark, "width %d: Beta reaches today:\n%s", width,
		          out);
		CHECK_MSG(last_column(beta, "\xE2\x94\x8A") == mark, /* ┊ */
		          "width %d: no now line under Beta:\n%s", width, out);
		free(out);
	}
	resume_free(&r);
}

/* "Today" is the document's, from its context: two timelines of the same
 * résumé for two todays end in different years. */
TEST(chart_timeline_today_comes_from_the_context)
{
	struct resume r;
	struct doc d;
	const int todays[] = { 2026 * 12 + 10, 2031 * 12 + 4 };
	char *out[2];

	load(timeline_json, &r);
	for (int i = 0; i < 2; i++) {
		doc_init(&d, &(const struct layout_ctx){ .width = 80, .utf8 = true,
		                                         .today = todays[i] }, 2);
		chart_timeline(&d, &r);
		out[i] = render_doc(&d);
		doc_free(&d);
	}
	CHECK_MSG(strstr(out[0], "2026") && !strstr(out[0], "2030"), "today 2026-11:\n%s", out[0]);
	CHECK_MSG(strstr(out[1], "2030"), "today 2031-05:\n%s", out[1]);
	free(out[0]);
	free(out[1]);
	resume_free(&r);
}

/* A résumé dated after "today" (a clock set back, SOURCE_DATE_EPOCH in
 * the past): the roles are drawn, and nothing divides by an empty axis. */
TEST(chart_timeline_roles_after_today)
{
	struct resume r;
	struct doc d;

	load("{\"work\":[{\"name\":\"Future\",\"startDate\":\"2026-01\"},"
	     "{\"name\":\"Later\",\"startDate\":\"2027-03\"}]}", &r);
	for (int today = 2024 * 12; today <= 2028 * 12; today++) {
		doc_init(&d, &(const struct layout_ctx){ .width = 60, .utf8 = true, .today = today }, 2);
		chart_timeline(&d, &r);
		char *out = render_doc(&d);
		CHECK_MSG(strstr(out, "Future") && strstr(out, "Later") && strstr(out, "now"),
		          "today %d-%02d:\n%s", today / 12, today % 12 + 1, out);
		check_doc_geometry(&d, 60, "roles after today");
		free(out);
		doc_free(&d);
	}
	resume_free(&r);
}

TEST(chart_timeline_draws_nothing_without_room_or_dates)
{
	struct resume r;
	size_t nlines = 99;

	load("{\"work\":[{\"name\":\"A\"},{\"name\":\"B\",\"endDate\":\"2020\"}]}", &r);
	char *out = draw(chart_timeline, &r, 80, &nlines);
	CHECK_INT_EQ(nlines, 0);
	CHECK_STR_EQ(out, "");
	free(out);
	resume_free(&r);

	load("{}", &r);
	out = draw(chart_timeline, &r, 80, &nlines);
	CHECK_INT_EQ(nlines, 0);
	free(out);
	resume_free(&r);

	load(timeline_json, &r);
	for (int width = 1; width <= 20; width++) {
		out = draw(chart_timeline, &r, width, &nlines);
		CHECK_MSG(nlines == 0, "width %d: %zu lines:\n%s", width, nlines, out);
		free(out);
	}
	out = draw(chart_timeline, &r, 40, &nlines);
	CHECK_MSG(nlines > 0, "width 40: nothing drawn");
	free(out);
	resume_free(&r);
}

TEST(chart_timeline_caps_rows)
{
	struct resume r;
	struct buf json = { 0 };

	buf_puts(&json, "{\"work\":[");
	for (int i = 0; i < 30; i++) {
		char entry[128];
		snprintf(entry, sizeof entry,
		         "%s{\"name\":\"Role%02d\",\"startDate\":\"%d-03\",\"endDate\":\"%d-09\"}",
		         i ? "," : "", i, 1990 + i, 1990 + i);
		buf_puts(&json, entry);
	}
	buf_puts(&json, "]}");
	buf_putc(&json, '\0');
	load(json.data, &r);
	CHECK_INT_EQ(r.nwork, 30);
	size_t nlines;
	char *out = draw(chart_timeline, &r, 100, &nlines);
	CHECK_MSG(strstr(out, "Role23") && !strstr(out, "Role24"), "rows:\n%s", out);
	CHECK_MSG(strstr(out, "and 6 more") != NULL, "no \"and 6 more\":\n%s", out);
	CHECK_INT_EQ(count_occurrences(out, "Role"), 24);
	CHECK_INT_EQ(nlines, 24 + 1 + 1);
	free(out);
	buf_free(&json);
	resume_free(&r);
}

/* The bars of one incident's line: the cells of its stress bar and of
 * its TTD and TTR bars (filled and in all), the value after each, and the
 * columns where the TTD and TTR bars start (from the id). */
struct incident_row {
	int stress_full, stress_cells;
	int ttd_full, ttd_cells, ttr_full, ttr_cells;
	char ttd[16], ttr[16];
	int ttd_col, ttr_col;
};

static int count_between(const char *from, const char *to, const char *glyph)
{
	int n = 0;
	size_t len = strlen(glyph);
	for (const char *p = from; p && p < to && (p = strstr(p, glyph)) != NULL && p < to; p += len)
		n++;
	return n;
}

/* The row's words, split at spaces and newlines: id, badge, stress bar,
 * stress, TTD bar, TTD, TTR bar; the eighth is the rest of the line (the
 * TTR, which may hold a space).  Returns how many were found. */
static int row_words(const char *text, const char *word[8], const char *end[8])
{
	const char *p = text;
	int n = 0;

	while (n < 8) {
		p += strspn(p, " \n");
		if (!*p)
			break;
		word[n] = p;
		p += n == 7 ? strcspn(p, "\n") : strcspn(p, " \n");
		end[n++] = p;
	}
	return n;
}

/* text holds the incident's line or lines (from its id to its TTR value). */
static void read_row(const char *text, struct incident_row *row)
{
	const char *w[8], *e[8];

	memset(row, 0, sizeof *row);
	if (row_words(text, w, e) < 8)
		return;
	row->stress_full = count_between(w[2], e[2], BAR);
	row->stress_cells = row->stress_full + count_between(w[2], e[2], TRACK);
	row->ttd_full = count_between(w[4], e[4], BAR);
	row->ttd_cells = row->ttd_full + count_between(w[4], e[4], TRACK);
	row->ttr_full = count_between(w[6], e[6], BAR);
	row->ttr_cells = row->ttr_full + count_between(w[6], e[6], TRACK);
	snprintf(row->ttd, sizeof row->ttd, "%.*s", (int)(e[5] - w[5]), w[5]);
	snprintf(row->ttr, sizeof row->ttr, "%.*s", (int)(e[7] - w[7]), w[7]);
	/* trailing spaces of the padded last column */
	for (size_t n = strlen(row->ttr); n && row->ttr[n - 1] == ' ';)
		row->ttr[--n] = '\0';
	row->ttd_col = text_width(text, (size_t)(w[4] - text), true);
	row->ttr_col = text_width(text, (size_t)(w[6] - text), true);
}

/* The text of incident id: from its id to the end of its TTR's line. */
static char *incident_text(const char *out, const char *id)
{
	const char *p = strstr(out, id), *w[8], *e[8];
	if (!p)
		return xstrdup("");
	size_t len = row_words(p, w, e) == 8 ? (size_t)(e[7] - p) : strlen(p);
	char *s = xmalloc(len + 1);
	memcpy(s, p, len);
	s[len] = '\0';
	return s;
}

TEST(chart_incidents_bars_on_one_scale)
{
	struct resume r;
	struct incident_row one, two, three;

	load(incidents_json, &r);
	size_t nlines;
	char *out = draw(chart_incidents, &r, 100, &nlines);
	CHECK_INT_EQ(nlines, 4); /* the header row, then one line each */
	char header[512];
	CHECK(line_with(out, "DETECTED AFTER", header, sizeof header));
	CHECK_MSG(strstr(header, "RESOLVED AFTER") && strstr(header, "STRESS"), "header: %s",
	          header);
	CHECK_MSG(!strstr(out, "TTD") && !strstr(out, "TTR"), "labels on the rows:\n%s", out);
	char *t1 = incident_text(out, "INC-1"), *t2 = incident_text(out, "INC-2");
	char *t3 = incident_text(out, "INC-3");
	CHECK_MSG(!strchr(t1, '\n') && !strchr(t2, '\n') && !strchr(t3, '\n'),
	          "not side by side:\n%s", out);
	read_row(t1, &one);
	read_row(t2, &two);
	read_row(t3, &three);

	/* the stress bar is ten cells, filled to the stress */
	CHECK_INT_EQ(one.stress_cells, 10);
	CHECK_INT_EQ(one.stress_full, 9);
	CHECK_INT_EQ(two.stress_cells, 10);
	CHECK_INT_EQ(two.stress_full, 3);
	CHECK_INT_EQ(three.stress_cells, 10);
	CHECK_INT_EQ(three.stress_full, 0);
	CHECK_MSG(strstr(t1, "[SEV1]") && strstr(t2, "[SEV3]") && strstr(t3, "[SEV2]"),
	          "badges:\n%s", out);

	/* every bar has the same cells; the longest time (2h) fills its bar */
	int cells = one.ttr_cells;
	CHECK_MSG(cells >= 3, "bars of %d cells:\n%s", cells, out);
	CHECK_INT_EQ(one.ttd_cells, cells);
	CHECK_INT_EQ(two.ttd_cells, cells);
	CHECK_INT_EQ(two.ttr_cells, cells);
	CHECK_INT_EQ(three.ttd_cells, cells);
	CHECK_INT_EQ(three.ttr_cells, cells);
	CHECK_INT_EQ(one.ttr_full, cells);
	/* 1h is half of 2h, 1h 30m three quarters, 30m a quarter */
	CHECK_MSG(abs(two.ttr_full * 2 - cells) <= 1, "1h: %d of %d cells", two.ttr_full, cells);
	CHECK_MSG(abs(three.ttr_full * 4 - cells * 3) <= 2, "1h 30m: %d of %d cells",
	          three.ttr_full, cells);
	CHECK_MSG(abs(three.ttd_full * 4 - cells) <= 2, "30m: %d of %d cells", three.ttd_full,
	          cells);
	/* 8m is small but not nothing */
	CHECK_MSG(one.ttd_full >= 1 && one.ttd_full * 15 <= cells + 15, "8m: %d of %d cells",
	          one.ttd_full, cells);
	/* "soon" is no time: no bar, but the value is shown */
	CHECK_INT_EQ(two.ttd_full, 0);
	CHECK_STR_EQ(two.ttd, "soon");
	CHECK_STR_EQ(one.ttd, "8m");
	CHECK_STR_EQ(one.ttr, "2h");
	CHECK_STR_EQ(two.ttr, "1h");
	/* the bars line up, under their headers */
	CHECK_INT_EQ(one.ttd_col, two.ttd_col);
	CHECK_INT_EQ(one.ttr_col, two.ttr_col);
	CHECK_INT_EQ(one.ttr_col, three.ttr_col);
	CHECK_INT_EQ(one.ttd_col + 2, first_column(header, "DETECTED"));
	CHECK_INT_EQ(one.ttr_col + 2, first_column(header, "RESOLVED"));
	/* bars short of the row's height: row after row they do not fuse */
	CHECK_MSG(!strstr(out, FULL), "full cells:\n%s", out);
	free(t1);
	free(t2);
	free(t3);
	free(out);
	resume_free(&r);
}

TEST(chart_incidents_two_lines_when_narrow)
{
	struct resume r;
	struct incident_row one;

	load(incidents_json, &r);
	size_t nlines;
	char *out = draw(chart_incidents, &r, 44, &nlines);
	CHECK_INT_EQ(nlines, 8); /* two header rows, two lines each */
	char line[256];
	CHECK(line_with(out, "INC-1", line, sizeof line));
	CHECK_MSG(!strstr(line, "8m"), "INC-1's line: \"%s\"", line);
	char *t1 = incident_text(out, "INC-1");
	CHECK_INT_EQ(count_occurrences(t1, "\n"), 1);
	read_row(t1, &one);
	CHECK_INT_EQ(one.stress_cells, 10);
	CHECK(one.ttr_cells >= 3);
	CHECK_INT_EQ(one.ttr_full, one.ttr_cells);
	CHECK_INT_EQ(one.ttd_cells, one.ttr_cells);
	CHECK_STR_EQ(one.ttd, "8m");
	free(t1);
	free(out);

	/* with one incident there is nothing to compare */
	resume_free(&r);
	load("{\"incidents\":[{\"id\":\"A\",\"ttd\":\"1m\",\"ttr\":\"2m\"}]}", &r);
	out = draw(chart_incidents, &r, 100, &nlines);
	CHECK_INT_EQ(nlines, 0);
	free(out);
	resume_free(&r);
}

/* A time so large that it is infinite as a double must not break the
 * scale: every bar keeps its cells, and nothing is undefined. */
TEST(chart_incidents_huge_times)
{
	struct resume r;
	struct incident_row one, two;

	load("{\"incidents\":["
	     "{\"id\":\"A\",\"ttd\":\"1e999m\",\"ttr\":\"2h\",\"stress\":1},"
	     "{\"id\":\"B\",\"ttd\":\"1h\",\"ttr\":\"1e300m\",\"stress\":1}]}", &r);
	char *out = draw(chart_incidents, &r, 100, NULL);
	char *ta = incident_text(out, "A "), *tb = incident_text(out, "B ");
	read_row(ta, &one);
	read_row(tb, &two);
	int cells = one.ttr_cells;
	CHECK_MSG(cells >= 3, "bars:\n%s", out);
	CHECK_MSG(one.ttd_cells == cells && two.ttd_cells == cells && two.ttr_cells == cells,
	          "bars of different lengths:\n%s", out);
	CHECK_INT_EQ(one.ttr_col, two.ttr_col);
	free(ta);
	free(tb);
	free(out);
	resume_free(&r);
}

TEST(chart_stack_grid_columns)
{
	struct resume r;
	char line[256];

	load(stack_json, &r);
	/* 80 columns: three columns of 26, so two rows of three groups */
	char *out = draw(chart_stack_grid, &r, 80, NULL);
	CHECK(line_with(out, "LANG", line, sizeof line));
	CHECK_MSG(strstr(line, "OPS") && strstr(line, "DATA") && !strstr(line, "WEB"),
	          "first row: \"%s\"\n%s", line, out);
	int c0 = first_column(line, "LANG"), c1 = first_column(line, "OPS");
	int c2 = first_column(line, "DATA");
	CHECK(line_with(out, "WEB", line, sizeof line));
	CHECK_MSG(strstr(line, "CLOUD") && strstr(line, "TEST"), "second row: \"%s\"\n%s", line,
	          out);
	CHECK_INT_EQ(first_column(line, "WEB"), c0);
	CHECK_INT_EQ(first_column(line, "CLOUD"), c1);
	CHECK_INT_EQ(first_column(line, "TEST"), c2);
	CHECK_INT_EQ(c0, 2);
	CHECK_INT_EQ(c1 - c0, c2 - c1);
	/* keywords under their group's name */
	CHECK(line_with(out, "postgres", line, sizeof line));
	CHECK_INT_EQ(first_column(line, "postgres") - 2, c2);
	CHECK(line_with(out, "Expert", line, sizeof line));
	CHECK_INT_EQ(first_column(line, "Expert"), c2);
	static const char *const keywords[] = {
		"C11", "Go", "k8s", "postgres", "redis", "sqlite", "htmx", "aws", "tmux",
	};
	for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
		CHECK_MSG(strstr(out, keywords[i]), "width 80: no %s:\n%s", keywords[i], out);
	CHECK_MSG(strstr(out, "a keyword"), "width 80: the long keyword is gone:\n%s", out);
	free(out);

	/* 30 columns: one column, every group under the other */
	out = draw(chart_stack_grid, &r, 30, NULL);
	static const char *const names[] = { "LANG", "OPS", "DATA", "WEB", "CLOUD", "TEST" };
	const char *prev = out;
	for (size_t i = 0; i < 6; i++) {
		bool alone = line_with(out, names[i], line, sizeof line) &&
		             strlen(line) == 2 + strlen(names[i]) && first_column(line, names[i]) == 2;
		CHECK_MSG(alone, "width 30: %s's line is \"%s\"\n%s", names[i], line, out);
		const char *at = strstr(out, names[i]);
		CHECK_MSG(at && at >= prev, "width 30: %s out of order", names[i]);
		prev = at ? at : prev;
	}
	for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
		CHECK_MSG(strstr(out, keywords[i]), "width 30: no %s:\n%s", keywords[i], out);
	free(out);

	/* every width: nothing lost, nothing too wide (draw checks widths) */
	for (int width = 8; width <= 200; width += 3) {
		out = draw(chart_stack_grid, &r, width, NULL);
		CHECK_MSG(strstr(out, "LANG") && strstr(out, "TEST"), "width %d:\n%s", width, out);
		if (width >= 16)
			for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
				CHECK_MSG(strstr(out, keywords[i]), "width %d: no %s:\n%s", width,
				          keywords[i], out);
		free(out);
	}
	resume_free(&r);
}

TEST(chart_all_fit_and_ascii_stays_ascii)
{
	static const char *const jsons[] = { timeline_json, incidents_json, stack_json };
	void (*const charts[])(struct doc *, const struct resume *) = {
		chart_timeline, chart_incidents, chart_stack_grid,
	};

	for (int utf8 = 1; utf8 >= 0; utf8--) {
		for (size_t i = 0; i < 3; i++) {
			struct resume r;
			load(jsons[i], &r);
			for (int width = 1; width <= 160; width += width < 60 ? 1 : 7) {
				char *out = draw_in(charts[i], &r, width, utf8, NULL);
				const char *p = out;
				while (!utf8 && *p && (unsigned char)*p < 0x80)
					p++;
				CHECK_MSG(utf8 || !*p, "chart %zu, width %d, ASCII mode: byte 0x%02X:\n%s", i,
				          width, (unsigned char)*p, out);
				free(out);
			}
			resume_free(&r);
		}
	}
	/* ASCII glyphs, and the same shapes */
	struct resume r;
	load(timeline_json, &r);
	char *out = draw_in(chart_timeline, &r, 80, false, NULL);
	CHECK_MSG(strstr(out, "#") && strstr(out, "^ now"), "ASCII timeline:\n%s", out);
	free(out);
	resume_free(&r);
	load(incidents_json, &r);
	out = draw_in(chart_incidents, &r, 100, false, NULL);
	CHECK_MSG(strstr(out, "#########.") && strstr(out, "DETECTED AFTER") && strstr(out, "soon"),
	          "ASCII incidents:\n%s", out);
	free(out);
	resume_free(&r);
}
