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

/* The timeline's scale: months [first, last) over track columns from
 * column axis, each year the same whole number of columns where it can
 * be, so that the year ticks are evenly spaced. */
struct timeline {
	int first, last, track, axis;
	int now;    /* the column (from axis) of today */
};

static int timeline_col(const struct timeline *t, int month)
{
	return (month - t->first) * t->track / (t->last - t->first);
}

/* "↑ now" starts under the now column and runs this far past it, into
 * room kept for it after the track, so that it never hides the years. */
#define NOW_LABEL_OVER 4

/* Under the bars: the years, evenly spaced, labelled every year or every
 * few where a label a year would crowd, and now marked calmly among them. */
static void timeline_axis(struct doc *d, const struct timeline *t)
{
	char now[32];
	snprintf(now, sizeof now, "%s now", doc_glyphs(d)->up);
	int now_at = t->now, now_end = now_at + text_width(now, strlen(now), d->ctx.utf8);
	int years = (t->last - t->first) / 12, per_year = t->track / years;
	int every = per_year >= 6 ? 1 : per_year >= 3 ? 2 : per_year >= 2 ? 3 : 5 + 12 / (per_year + 1);

	for (int k = 0; k < years; k++) {
		int col = timeline_col(t, t->first + 12 * k);
		/* every few years, and never over the now label */
		if (k % every || col + 4 > t->track || (col + 5 > now_at && col < now_end + 1))
			continue;
		char year[16];
		snprintf(year, sizeof year, "%d", t->first / 12 + k);
		doc_pad_to(d, t->axis + col);
		if (d->col > t->axis + col)
			continue;
		doc_add(d, ROLE_SUBTLE, year);
	}
	doc_pad_to(d, t->axis + now_at);
	doc_add(d, ROLE_SUBTLE, now);
	doc_newline(d);
}

/* Sets the scale for the roles in [first, last); false when there is not
 * the room for one. */
static bool timeline_scale(struct doc *d, int first, int last, int label_w, struct timeline *t)
{
	int track = doc_room(d) - label_w - 2 - NOW_LABEL_OVER;

	if (track < 12)
		return false;
	/* a role that starts after today still gets an axis: without this
	 * the rounding below could make it empty, and span 0 */
	if (last < first)
		last = first;
	/* whole years, so that the axis starts and ends on a year */
	first -= first % 12;
	last += 12 - last % 12;
	int years = (last - first) / 12;
	/* the same columns to every year, where a year gets at least one */
	if (track / years >= 1)
		track = track / years * years;
	*t = (struct timeline){ .first = first, .last = last, .track = track,
	                        .axis = doc_left(d) + label_w + 2 };
	t->now = timeline_col(t, d->ctx.today);
	if (t->now >= track)
		t->now = track - 1;
	if (t->now < 0)
		t->now = 0;
	return true;
}

/* Where a label width columns wide goes beside a bar from..to: after it
 * where there is room, else before it, else -1. */
static int label_place(const struct timeline *t, int from, int to, int width)
{
	if (t->track - to >= width)
		return to;
	if (from >= width)
		return from - width;
	return -1;
}

/* The role's position for beside its bar, in label; the column (from the
 * axis) where it goes, or -1 where it fits nowhere: two roles at one
 * company read apart.  The current role's says so ("(current)"), or, short
 * of room, gives that up before its position. */
static int bar_label(const struct doc *d, const struct timeline *t, const struct job *j,
                     int from, int to, struct buf *label, int *width)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		bool current = !j->end && (attempt == 0 || !j->position);
		buf_clear(label);
		/* a blank column each side keeps it off the track's dots */
		buf_putc(label, ' ');
		if (j->position)
			text_printable(label, j->position, strlen(j->position), d->ctx.utf8);
		if (current) /* the legend for the current role */
			buf_puts(label, j->position ? " (current)" : "current");
		if (label->len == 1)
			return -1;
		buf_putc(label, ' ');
		*width = text_width(label->data, label->len, d->ctx.utf8);
		int at = label_place(t, from, to, *width);
		if (at >= 0 || j->end)
			return at;
	}
	return -1;
}

/* One role's row: its company, its bar along the track with its position
 * beside it, and now's column as a dim line where the bar is not. */
static void timeline_row(struct doc *d, const struct timeline *t, const struct job *j, int s,
                         int label_w)
{
	const struct glyphs *g = doc_glyphs(d);
	int e = j->end ? months(j->end) + 1 : d->ctx.today + 1;
	int from = timeline_col(t, s), to = timeline_col(t, e), w = 0;
	struct buf label = { 0 };

	if (!j->end) /* a current role reaches the column marked now */
		to = t->now + 1;
	if (to > t->track)
		to = t->track;
	if (from >= t->track)
		from = t->track - 1;
	if (to <= from)
		to = from + 1;
	int at = bar_label(d, t, j, from, to, &label, &w);
	add_cut(d, ROLE_TITLE, j->name ? j->name : "", label_w);
	doc_pad_to(d, t->axis);
	for (int c = 0; c < t->track; c++) {
		if (c == at) {
			doc_add(d, j->end ? ROLE_SUBTLE : ROLE_METER_LOW, label.data);
			c += w - 1;
		} else if (c >= from && c < to) {
			doc_add(d, j->end ? ROLE_KEYWORD : ROLE_METER_LOW, g->meter_full);
		} else if (c == t->now) {
			doc_add(d, ROLE_SUBTLE, g->now_line);
		} else {
			doc_add(d, ROLE_METER_EMPTY, g->track);
		}
	}
	doc_newline(d);
	buf_free(&label);
}

void chart_timeline(struct doc *d, const struct resume *r)
{
	int today = d->ctx.today, first = -1, last = today, label_w = 0, rows = 0;
	struct timeline t;

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
	if (rows == 0 || !timeline_scale(d, first, last, label_w, &t))
		return;
	rows = 0;
	for (size_t i = 0; i < r->nwork && rows < TIMELINE_ROWS; i++) {
		int s = months(r->work[i].start);
		if (s < 0)
			continue;
		doc_mark_item(d, (int)i); /* the row is History's card i */
		timeline_row(d, &t, &r->work[i], s, label_w);
		rows++;
	}
	if (r->nwork_dated > (size_t)rows) {
		char more[64];
		snprintf(more, sizeof more, "and %zu more", r->nwork_dated - (size_t)rows);
		doc_add(d, ROLE_SUBTLE, more);
		doc_newline(d);
	}
	timeline_axis(d, &t);
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
	/* the short words where the long ones would run into each other */
	bool roomy = c->ttr - c->ttd > (int)strlen("DETECTED AFTER") + 1;
	doc_pad_to(d, c->ttd);
	doc_add(d, ROLE_SUBTLE, roomy ? "DETECTED AFTER" : "DETECTED");
	doc_pad_to(d, c->ttr);
	doc_add(d, ROLE_SUBTLE, roomy ? "RESOLVED AFTER" : "RESOLVED");
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
	doc_gap(d);
	int at = (int)(ttd * cells / end + 0.5), left = doc_left(d);
	if (at < 1 && ttd > 0)
		at = 1; /* a short wait is not none */
	if (at >= cells)
		at = cells - 1;
	/* unseen until detection, light and in the colour of alarm; from
	 * detection to the fix solid and calm: told apart without colour too */
	repeat(d, ROLE_METER_HIGH, g->meter_empty, at);
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
