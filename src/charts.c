/* charts.c — the timeline, the incident comparison and the stack grid. */
#include "charts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "text.h"

/* Months since year 0 of a date, or -1. */
static int months(const char *date)
{
	int y, m;
	if (!date || !resume_parse_date(date, &y, &m))
		return -1;
	return y * 12 + (m ? m - 1 : 0);
}

/* Appends text (NULL counts as empty) cut to cols columns. */
static void add_cut(struct doc *d, enum role role, const char *text, int cols)
{
	struct buf p = { 0 };
	int used;
	if (!text)
		return;
	text_printable(&p, text, strlen(text), d->ctx.utf8);
	size_t n = text_fit(p.data ? p.data : "", p.len, cols, &used, d->ctx.utf8);
	doc_addn(d, role, p.data ? p.data : "", n);
	buf_free(&p);
}

static void repeat(struct doc *d, enum role role, const char *glyph, int n)
{
	for (int i = 0; i < n; i++)
		doc_add(d, role, glyph);
}

/* ---- the career timeline ---- */

#define TIMELINE_ROWS 24

/* Under the bars, which start at column axis, track columns for the months
 * [first, last): the years, each at its January where there is room, and
 * today marked. */
static void timeline_axis(struct doc *d, int axis, int first, int last, int track)
{
	int span = last - first, next_free = 0;

	doc_pad_to(d, axis);
	for (int y = first / 12; y * 12 < last; y++) {
		int col = (y * 12 - first) * track / span;
		if (col < next_free || col + 4 > track)
			continue;
		char year[16];
		snprintf(year, sizeof year, "%d", y);
		doc_pad_to(d, axis + col);
		doc_add(d, ROLE_SUBTLE, year);
		next_free = col + 6;
	}
	doc_newline(d);
	int now = (d->ctx.today - first) * track / span;
	const char *up = doc_glyphs(d)->up;
	char label[32];
	snprintf(label, sizeof label, "%s today", up);
	if (now + text_width(label, strlen(label), d->ctx.utf8) > track)
		snprintf(label, sizeof label, "today %s", up), now -= 6;
	doc_pad_to(d, axis + (now > 0 ? now : 0));
	doc_add(d, ROLE_URGENT, label);
	doc_newline(d);
}

void chart_timeline(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	int today = d->ctx.today, first = -1, last = today, label_w = 0, rows = 0;

	/* the first TIMELINE_ROWS dated roles, and no more: the loader counted
	 * them all, so a history of thousands costs what a short one does */
	for (size_t i = 0; i < r->nwork && rows < TIMELINE_ROWS; i++) {
		int s = months(r->work[i].start);
		if (s < 0)
			continue;
		int e = r->work[i].end ? months(r->work[i].end) : today;
		if (first < 0 || s < first)
			first = s;
		if (e > last)
			last = e;
		const char *name = r->work[i].name ? r->work[i].name : "";
		int w = text_width(name, strlen(name), d->ctx.utf8);
		label_w = w > label_w ? w : label_w;
		rows++;
	}
	if (label_w > 18)
		label_w = 18;
	int track = doc_room(d) - label_w - 2;
	if (rows == 0 || track < 12)
		return;
	/* a role that starts after today still gets an axis: without this
	 * the rounding below could make it empty, and span 0 */
	if (last < first)
		last = first;
	/* whole years, so that the axis starts and ends on a year */
	first -= first % 12;
	last += 12 - last % 12;
	int span = last - first;

	rows = 0;
	for (size_t i = 0; i < r->nwork && rows < TIMELINE_ROWS; i++) {
		const struct job *j = &r->work[i];
		int s = months(j->start);
		if (s < 0)
			continue;
		int e = j->end ? months(j->end) + 1 : today + 1;
		int from = (s - first) * track / span;
		int to = (e - first) * track / span;
		if (!j->end) /* a current role reaches the column marked today */
			to = (today - first) * track / span + 1;
		if (to > track)
			to = track;
		if (to <= from)
			to = from + 1;
		add_cut(d, ROLE_TITLE, j->name ? j->name : "", label_w);
		doc_pad_to(d, doc_left(d) + label_w + 2);
		repeat(d, ROLE_METER_EMPTY, g->track, from);
		repeat(d, j->end ? ROLE_KEYWORD : ROLE_METER_LOW, g->meter_full, to - from);
		repeat(d, ROLE_METER_EMPTY, g->track, track - to);
		doc_newline(d);
		rows++;
	}
	if (r->nwork_dated > (size_t)rows) {
		char more[64];
		snprintf(more, sizeof more, "and %zu more", r->nwork_dated - (size_t)rows);
		doc_add(d, ROLE_SUBTLE, more);
		doc_newline(d);
	}
	timeline_axis(d, doc_left(d) + label_w + 2, first, last, track);
}

/* ---- the incidents, side by side ---- */

/* Minutes in "8m", "1h", "1h30m", "90s", "2d"; -1 when it is none of them. */
static double minutes(const char *s)
{
	double total = 0;
	bool any = false;

	while (s && *s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		char *end;
		double v = strtod(s, &end);
		if (end == s)
			return -1;
		while (*end == ' ')
			end++;
		switch (*end) {
		case 's': total += v / 60; break;
		case 'm': total += v; break;
		case 'h': total += v * 60; break;
		case 'd': total += v * 1440; break;
		default: return -1;
		}
		any = true;
		s = end + 1;
		while (*s && strchr("inrsecoutay", *s)) /* "min", "hrs", "secs", "days" */
			s++;
	}
	/* "1e999m" is infinite: a bar cannot be scaled to it */
	return any && isfinite(total) && total >= 0 ? total : -1;
}

/* "▆▆▆····· 8m": a bar of value on a scale where max fills cells, then the
 * value; the next column starts at the same place whatever the value. */
static void time_bar(struct doc *d, const char *value, double max, int cells)
{
	double v = minutes(value);
	int n = v > 0 && max > 0 ? (int)(v * cells / max + 0.5) : 0;
	int start = d->col;

	if (v > 0 && n == 0)
		n = 1;
	repeat(d, ROLE_KEYWORD, doc_glyphs(d)->bar, n);
	repeat(d, ROLE_METER_EMPTY, doc_glyphs(d)->track, cells - n);
	doc_add(d, ROLE_TEXT, " ");
	add_cut(d, ROLE_TEXT, value ? value : "?", 6);
	doc_pad_to(d, start + cells + 1 + 6);
}

/* Where the comparison's columns start, for the header row and each row. */
struct incident_cols {
	int sev, stress, ttd, ttr, cells;
	bool one_line; /* everything on one line, or the bars on a second */
};

static bool incident_cols(const struct doc *d, int id_w, struct incident_cols *c)
{
	int left = doc_left(d), room = doc_room(d);
	/* id, badge, stress meter; then TTD and TTR on one scale, on the same
	 * line when there is room, else on the next */
	int head = id_w + 1 + 7 + 1 + 10 + 6;

	c->one_line = room >= head + 2 * 14;
	c->cells = c->one_line ? (room - head - 2 * 8) / 2 : (room - 2 - 2 * 8) / 2;
	c->sev = left + id_w + 1;
	c->stress = c->sev + 7;
	c->ttd = c->one_line ? left + head : left + 2;
	c->ttr = c->ttd + c->cells + 1 + 6 + 1;
	return c->cells >= 3;
}

/* One header row says what the columns are, so the rows need no labels. */
static void incident_header_row(struct doc *d, const struct incident_cols *c)
{
	doc_add(d, ROLE_SUBTLE, "ID");
	doc_pad_to(d, c->sev + 1); /* over the badge's text, inside its padding */
	doc_add(d, ROLE_SUBTLE, "SEV");
	doc_pad_to(d, c->stress);
	doc_add(d, ROLE_SUBTLE, "STRESS");
	if (!c->one_line)
		doc_newline(d);
	doc_pad_to(d, c->ttd);
	doc_add(d, ROLE_SUBTLE, "DETECTED AFTER");
	doc_pad_to(d, c->ttr);
	doc_add(d, ROLE_SUBTLE, "RESOLVED AFTER");
	doc_newline(d);
}

void chart_incidents(struct doc *d, const struct resume *r)
{
	struct incident_cols c;
	double max = 0;
	int id_w = 2;

	if (r->nincidents < 2)
		return;
	for (size_t i = 0; i < r->nincidents; i++) {
		const struct incident *in = &r->incidents[i];
		double a = minutes(in->ttd), b = minutes(in->ttr);
		max = a > max ? a : max;
		max = b > max ? b : max;
		int w = in->id ? text_width(in->id, strlen(in->id), d->ctx.utf8) : 0;
		id_w = w > id_w ? w : id_w;
	}
	if (id_w > 12)
		id_w = 12;
	if (!incident_cols(d, id_w, &c))
		return;
	incident_header_row(d, &c);
	for (size_t i = 0; i < r->nincidents; i++) {
		const struct incident *in = &r->incidents[i];
		char sev[16], stress[16];
		add_cut(d, ROLE_TITLE, in->id ? in->id : "", id_w);
		doc_pad_to(d, c.sev);
		snprintf(sev, sizeof sev, " %.4s ", in->severity ? in->severity : "SEV?");
		doc_add(d, block_severity_role(in->severity), sev);
		doc_pad_to(d, c.stress);
		/* the short bar, not the meter's full cells: rows stay apart */
		int st = in->stress < 0 ? 0 : in->stress > 10 ? 10 : in->stress;
		repeat(d, block_stress_role(st), doc_glyphs(d)->bar, st);
		repeat(d, ROLE_METER_EMPTY, doc_glyphs(d)->track, 10 - st);
		snprintf(stress, sizeof stress, in->stress < 0 ? "  ?  " : " %2d  ", in->stress);
		doc_add(d, ROLE_TEXT, stress);
		if (!c.one_line)
			doc_newline(d);
		doc_pad_to(d, c.ttd);
		time_bar(d, in->ttd, max, c.cells);
		doc_pad_to(d, c.ttr);
		time_bar(d, in->ttr, max, c.cells);
		doc_newline(d);
	}
}

/* ---- one incident's timeline ---- */

void chart_incident_timeline(struct doc *d, const struct incident *in)
{
	const struct glyphs *g = doc_glyphs(d);
	double ttd = minutes(in->ttd), ttr = minutes(in->ttr);
	char detected[48], resolved[48];

	/* TTR counts from the start, as TTD does: the seed's INC-003 "leaked
	 * … for 47 minutes" with a TTR of 47m, and INC-002's "18 minutes of
	 * effective downtime" with 18m.  So detection falls inside the bar. */
	if (ttd < 0 || ttr <= 0)
		return;
	double end = ttd > ttr ? ttd : ttr;
	int cells = doc_room(d) - 1 < 60 ? doc_room(d) - 1 : 60;
	if (cells < 12)
		return;
	int at = (int)(ttd * cells / end + 0.5), left = doc_left(d);
	if (at < 1 && ttd > 0)
		at = 1; /* a short wait is not none */
	if (at >= cells)
		at = cells - 1;
	/* before detection in the colour of alarm, from detection to the fix
	 * in the calm one */
	repeat(d, ROLE_METER_HIGH, g->bar, at);
	repeat(d, ROLE_KEYWORD, g->bar, cells - at);
	doc_newline(d);
	/* the arrows point at their cells: the detection's from the left of
	 * its label, or from the right when the label would run past the end */
	snprintf(resolved, sizeof resolved, "resolved after %s %s", in->ttr, g->up);
	snprintf(detected, sizeof detected, "%s detected after %s", g->up, in->ttd);
	int rw = text_width(resolved, strlen(resolved), d->ctx.utf8);
	int dw = text_width(detected, strlen(detected), d->ctx.utf8);
	int dcol = at;
	if (at + dw > cells) {
		snprintf(detected, sizeof detected, "detected after %s %s", in->ttd, g->up);
		dcol = at + 1 - dw > 0 ? at + 1 - dw : 0;
	}
	bool one_row = dcol >= 2 && dcol + dw < cells - rw - 1;
	doc_add(d, ROLE_SUBTLE, "0");
	if (one_row) {
		doc_pad_to(d, left + dcol);
		doc_add(d, ROLE_TEXT, detected);
	}
	doc_pad_to(d, left + (cells - rw > 2 ? cells - rw : 2));
	doc_add(d, ROLE_TEXT, resolved);
	doc_newline(d);
	if (!one_row) {
		doc_pad_to(d, left + dcol);
		doc_add(d, ROLE_TEXT, detected);
		doc_newline(d);
	}
}

/* ---- the stack, as a grid ---- */

void chart_stack_grid(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	int room = doc_room(d), col_w = 24;
	int cols = room / col_w < 1 ? 1 : room / col_w;
	struct buf s = { 0 };

	if (cols > (int)r->nskills)
		cols = (int)r->nskills;
	if (cols < 1)
		return;
	col_w = room / cols;
	for (size_t row = 0; row < r->nskills; row += (size_t)cols) {
		size_t end = row + (size_t)cols < r->nskills ? row + (size_t)cols : r->nskills;
		size_t depth = 0;
		for (size_t i = row; i < end; i++)
			depth = r->skills[i].keywords.n > depth ? r->skills[i].keywords.n : depth;
		bool levels = false;
		for (size_t i = row; i < end; i++)
			levels |= r->skills[i].level != NULL;
		doc_gap(d);
		/* line 0: names; then levels if any; then one keyword a line */
		for (size_t line = 0; line < depth + 1 + (levels ? 1 : 0); line++) {
			for (size_t i = row; i < end; i++) {
				const struct skill *sk = &r->skills[i];
				doc_pad_to(d, doc_left(d) + (int)(i - row) * col_w);
				size_t k = line - 1 - (levels ? 1 : 0);
				if (line == 0) {
					buf_clear(&s);
					text_upper(&s, sk->name ? sk->name : "", d->ctx.utf8);
					add_cut(d, ROLE_HEADING, s.data, col_w - 2);
				} else if (levels && line == 1) {
					if (sk->level)
						add_cut(d, ROLE_SUBTLE, sk->level, col_w - 2);
				} else if (k < sk->keywords.n) {
					doc_add(d, ROLE_BULLET, g->bullet);
					doc_add(d, ROLE_TEXT, " ");
					add_cut(d, ROLE_KEYWORD, sk->keywords.v[k], col_w - 4);
				}
			}
			doc_newline(d);
		}
	}
	buf_free(&s);
}
