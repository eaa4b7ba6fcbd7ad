/* card_screens.c — Projects, History and Incidents. */
#include "card_screens.h"

#include <stdio.h>
#include <string.h>

#include "blocks.h"
#include "charts.h"
#include "text.h"

/* ---- Projects ---- */

/* Unopened cards preview their first highlights, from this width: two,
 * or four from the wider one, in at most PREVIEW_LINES lines (a long one
 * cut to two): the best content is not a keypress away while rows sit
 * empty, and the first card still fits under the screen's head at 24 rows. */
#define PREVIEW_MIN_WIDTH 60
#define PREVIEW_WIDE_WIDTH 100
#define PREVIEW_LINES 4

/* The highlights a card shows (all of them when full, else what the
 * preview holds); sets *hidden to how many it holds back. */
static size_t shown_highlights(const struct doc *d, const struct strlist *l, bool full,
                               size_t *hidden)
{
	int w = d->ctx.width, cols = doc_room(d) - 2; /* inside the box, after "• " */
	size_t most = d->ctx.beside ? 0 : w >= PREVIEW_WIDE_WIDTH ? 4 : w >= PREVIEW_MIN_WIDTH ? 2 : 0;
	size_t n = 0;

	if (full) {
		n = l->n;
	} else {
		for (int lines = 0; n < most && n < l->n; n++) {
			lines += text_width(l->v[n], strlen(l->v[n]), d->ctx.utf8) <= cols ? 1 : 2;
			if (lines > PREVIEW_LINES)
				break;
		}
	}
	*hidden = l->n - n;
	return n;
}

/* A highlight cut, at a space, to what two lines of cols columns surely
 * hold (a line's end wastes at most a long word), with an ellipsis: a
 * preview shows the start of many, not the whole of one.  A code span the
 * cut opened is closed, so that no backtick is left showing. */
static void cut_preview(struct buf *out, const struct doc *d, const char *text, int cols)
{
	size_t len = strlen(text);
	int used, budget = 2 * cols - 12;

	buf_clear(out);
	if (budget < 8 || text_width(text, len, d->ctx.utf8) <= budget) {
		buf_puts(out, text);
		return;
	}
	size_t n = text_fit(text, len, budget, &used, d->ctx.utf8);
	while (n > 0 && text[n] != ' ')
		n--;
	while (n > 0 && text[n - 1] == ' ')
		n--;
	buf_append(out, text, n);
	size_t ticks = 0;
	for (size_t i = 0; i < n; i++)
		ticks += text[i] == '`';
	if (ticks % 2)
		buf_putc(out, '`');
	buf_puts(out, doc_glyphs(d)->ellipsis);
}

/* The first n highlights as bullets; in a preview (not full), each at most
 * two lines. */
static void highlights(struct doc *d, const struct strlist *l, size_t n, bool full)
{
	struct buf cut = {0};
	const char *v[1];
	struct strlist one = { v, 1 };

	if (!n)
		return;
	doc_gap(d);
	for (size_t i = 0; i < n; i++) {
		cut_preview(&cut, d, l->v[i], full ? 1 << 20 : doc_room(d) - 2);
		v[0] = cut.data;
		block_bullets(d, &one);
	}
	buf_free(&cut);
}

/* Ends a card, saying on its border what it holds back. */
static void card_end(struct doc *d, size_t hidden)
{
	char note[48];

	if (!hidden || d->ctx.beside) {
		doc_box_end(d);
		return;
	}
	snprintf(note, sizeof note, "+%zu more %s Enter", hidden, doc_glyphs(d)->dot);
	doc_box_end_note(d, note, ROLE_SUBTLE);
}

void projects_head(struct doc *d, const struct resume *r)
{
	block_voice(d, &r->voices[VOICE_PROJECTS]);
}

void project_card(struct doc *d, const struct resume *r, size_t i, bool full)
{
	const struct project *p = &r->projects[i];
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	doc_box_begin(d, ROLE_BORDER, p->name ? p->name : "Untitled project", ROLE_TITLE,
	              p->status, ROLE_BADGE);
	block_para(d, ROLE_TEXT, p->description);
	block_date_range(&s, g, p->start, p->end);
	block_join_field(&s, g, p->type);
	block_join_field(&s, g, p->entity);
	if (s.len)
		block_para(d, ROLE_SUBTLE, s.data);
	if (p->roles.n) {
		buf_clear(&s);
		block_join(&s, &p->roles, ", ");
		doc_add(d, ROLE_SUBTLE, "Roles: ");
		block_para(d, ROLE_TEXT, s.data);
	}
	size_t hidden, shown = shown_highlights(d, &p->highlights, full, &hidden);
	highlights(d, &p->highlights, shown, full);
	if (shown && p->keywords.n)
		doc_gap(d);
	block_keywords(d, NULL, &p->keywords);
	if (full && p->url)
		block_link(d, p->url);
	card_end(d, hidden);
	buf_free(&s);
}

/* ---- History ---- */

/* A role: a job, or a volunteer's (always full: they are not cards). */
static void role_card(struct doc *d, const struct job *j, bool full)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	doc_box_begin(d, ROLE_BORDER, j->name ? j->name : "Untitled role", ROLE_TITLE, NULL,
	              ROLE_BORDER);
	block_para(d, ROLE_EMPH, j->position);
	block_date_range(&s, g, j->start, j->end);
	block_join_field(&s, g, j->location);
	if (s.len)
		block_para(d, ROLE_SUBTLE, s.data);
	if (full) {
		if (j->description)
			block_para(d, ROLE_SUBTLE, j->description);
		if (j->summary) {
			doc_gap(d);
			block_para(d, ROLE_TEXT, j->summary);
		}
	}
	size_t hidden, shown = shown_highlights(d, &j->highlights, full, &hidden);
	highlights(d, &j->highlights, shown, full);
	if ((full || shown) && j->keywords.n)
		doc_gap(d);
	block_keywords(d, "Stack:", &j->keywords);
	if (full && j->url)
		block_link(d, j->url);
	card_end(d, hidden);
	buf_free(&s);
}

void history_head(struct doc *d, const struct resume *r)
{
	if (r->nwork) {
		block_voice(d, &r->voices[VOICE_WORK]);
		chart_timeline(d, r);
		doc_gap(d);
	}
}

void work_card(struct doc *d, const struct resume *r, size_t i, bool full)
{
	role_card(d, &r->work[i], full);
}

void history_foot(struct doc *d, const struct resume *r)
{
	if (r->nvolunteer)
		block_heading(d, "Volunteer");
	for (size_t i = 0; i < r->nvolunteer; i++)
		role_card(d, &r->volunteer[i], true);
}

/* ---- Incidents ---- */

/* The comparison comes first, where it is seen: the cards follow it. */
void incidents_head(struct doc *d, const struct resume *r)
{
	block_voice(d, &r->voices[VOICE_INCIDENTS]);
	if (r->nincidents > 1) {
		block_heading(d, "Incidents compared");
		chart_incidents(d, r);
		doc_gap(d);
	}
}

static void stress_meter(struct doc *d, int stress)
{
	char label[16];

	if (stress < 0)
		return;
	doc_meter(d, stress, 10, block_stress_role(stress));
	snprintf(label, sizeof label, " %d/10", stress);
	doc_add(d, ROLE_TITLE, label);
}

/* One fact of an incident's line: "label value" after a separator, or at
 * the start of a new line where it would not fit on this one. */
static void incident_fact(struct doc *d, enum role label_role, const char *label,
                          const char *value, bool *first)
{
	const char *sep = doc_glyphs(d)->separator;
	bool utf8 = d->ctx.utf8;
	int w = text_width(label, strlen(label), utf8);

	if (value)
		w += text_width(value, strlen(value), utf8);
	if (!*first && text_width(sep, strlen(sep), utf8) + w > doc_room(d)) {
		doc_newline(d);
		*first = true;
	}
	if (!*first)
		doc_add(d, ROLE_SUBTLE, sep);
	doc_add(d, label_role, label);
	if (value)
		doc_add(d, ROLE_TEXT, value);
	*first = false;
}

/* "urgent · detected after 8m · resolved after 42m": the figures spelled
 * out, and the state the data gives (a TTR says it was resolved). */
static void incident_facts(struct doc *d, const struct incident *in)
{
	bool first = true;

	if (in->urgent)
		incident_fact(d, ROLE_METER_HIGH, "urgent", NULL, &first);
	if (in->ttd)
		incident_fact(d, ROLE_SUBTLE, "detected after ", in->ttd, &first);
	if (in->ttr)
		incident_fact(d, ROLE_SUBTLE, "resolved after ", in->ttr, &first);
	if (!first)
		doc_newline(d);
}

/* One row of the post-mortem's header: a label in a column of its own. */
static void header_row(struct doc *d, const char *label, int col)
{
	doc_add(d, ROLE_SUBTLE, label);
	doc_pad_to(d, doc_left(d) + col);
}

/* The opened card's header: severity, detection, resolution and stress as
 * a post-mortem states them, then the timeline drawn to scale. */
static void postmortem_header(struct doc *d, const struct incident *in)
{
	struct buf s = {0};

	if (!in->severity && !in->urgent && !in->ttd && !in->ttr && in->stress < 0)
		return;
	block_heading(d, "Post-mortem");
	if (in->severity || in->urgent) {
		header_row(d, "Severity", in->severity ? 9 : 10); /* a badge's text inside its padding */
		if (in->severity) {
			buf_putc(&s, ' ');
			buf_puts(&s, in->severity);
			buf_putc(&s, ' ');
			doc_add(d, block_severity_role(in->severity), s.data);
			doc_add(d, ROLE_TEXT, " ");
		}
		if (in->urgent)
			doc_add(d, ROLE_METER_HIGH, "urgent");
		doc_newline(d);
	}
	if (in->ttd) {
		header_row(d, "Detected", 10);
		doc_add(d, ROLE_TEXT, "after ");
		doc_add(d, ROLE_TEXT, in->ttd);
		doc_newline(d);
	}
	if (in->ttr) {
		header_row(d, "Resolved", 10);
		doc_add(d, ROLE_TEXT, "after ");
		doc_add(d, ROLE_TEXT, in->ttr);
		doc_add(d, ROLE_SUBTLE, " from the start");
		doc_newline(d);
	}
	if (in->stress >= 0) {
		header_row(d, "Stress", 10);
		stress_meter(d, in->stress);
		doc_newline(d);
	}
	chart_incident_timeline(d, in);
	buf_free(&s);
}

static void postmortem_section(struct doc *d, const char *title, const char *text)
{
	if (!text)
		return;
	block_heading(d, title);
	block_para(d, ROLE_TEXT, text);
}

/* The headline leads; the one coloured badge is the severity's, on the
 * border, and urgency is a word beside the figures, not a second red
 * badge saying the same. */
void incident_card(struct doc *d, const struct resume *r, size_t i, bool full)
{
	const struct incident *in = &r->incidents[i];

	doc_box_begin(d, ROLE_BORDER, in->id ? in->id : "Incident", ROLE_TITLE, in->severity,
	              block_severity_role(in->severity));
	block_para(d, ROLE_EMPH, in->title);
	if (full) {
		postmortem_header(d, in);
		postmortem_section(d, "What happened", in->happened);
		postmortem_section(d, "Impact", in->impact);
		postmortem_section(d, "Root cause", in->root_cause);
		if (in->actions.n) {
			block_heading(d, "What I did");
			block_numbered(d, &in->actions);
		}
		postmortem_section(d, "What we learned", in->learned);
	} else {
		incident_facts(d, in);
		if (in->stress >= 0) {
			doc_add(d, ROLE_SUBTLE, "stress ");
			stress_meter(d, in->stress);
			doc_newline(d);
		}
	}
	doc_box_end(d);
}

static void playbook(struct doc *d, const struct resume *r)
{
	if (!r->playbook.steps.n)
		return;
	/* a heading, not a box: boxes are cards, which open */
	block_heading(d, r->playbook.title ? r->playbook.title : "Playbook");
	block_bullets(d, &r->playbook.steps);
}

void incidents_foot(struct doc *d, const struct resume *r)
{
	playbook(d, r);
}
