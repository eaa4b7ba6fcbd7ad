/* layout.c — the screens: About, Projects, History, Incidents, Testimonials,
 * Stack and Contact, as documents. */
#include "layout.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charts.h"
#include "text.h"

#define MARGIN 2

static const struct {
	const char *title, *name, *alias;
} screens[SCREEN_COUNT] = {
	[SCREEN_ABOUT] = { "About", "about", NULL },
	[SCREEN_PROJECTS] = { "Projects", "projects", NULL },
	[SCREEN_HISTORY] = { "History", "history", "work" },
	[SCREEN_EDUCATION] = { "Education", "education", NULL },
	[SCREEN_INCIDENTS] = { "Incidents", "incidents", NULL },
	[SCREEN_TESTIMONIALS] = { "Testimonials", "testimonials", "references" },
	[SCREEN_STACK] = { "Stack", "stack", "skills" },
	[SCREEN_CONTACT] = { "Contact", "contact", NULL },
};

const char *layout_screen_title(enum screen_id s)
{
	return screens[s].title;
}

const char *layout_screen_name(enum screen_id s)
{
	return screens[s].name;
}

bool layout_screen_from_name(const char *name, enum screen_id *s)
{
	for (int i = 0; i < SCREEN_COUNT; i++) {
		if (strcasecmp(name, screens[i].name) == 0 ||
		    (screens[i].alias && strcasecmp(name, screens[i].alias) == 0)) {
			*s = (enum screen_id)i;
			return true;
		}
	}
	return false;
}

/* A quote card with none of its fields shows nothing, not an empty box. */
static bool card_empty(const struct quote_card *c)
{
	return !c->label && !c->text && !c->speaker && !c->signature;
}

static bool voice_present(const struct voice *v)
{
	for (size_t i = 0; i < v->ncards; i++)
		if (!card_empty(&v->cards[i]))
			return true;
	return false;
}

static bool screen_present(const struct resume *r, enum screen_id s)
{
	const struct basics *b = &r->basics;

	switch (s) {
	case SCREEN_ABOUT:
		return true;
	case SCREEN_PROJECTS:
		return r->nprojects > 0;
	case SCREEN_HISTORY:
		return r->nwork > 0 || r->nvolunteer > 0;
	case SCREEN_EDUCATION:
		return r->neducation || r->ncertificates || r->nawards || r->npublications;
	case SCREEN_INCIDENTS:
		return r->nincidents > 0 || r->playbook.steps.n > 0;
	case SCREEN_TESTIMONIALS:
		return r->nreferences > 0 || voice_present(&r->voices[VOICE_REFERENCES]);
	case SCREEN_STACK:
		return r->nskills || r->nlanguages || r->ninterests;
	case SCREEN_CONTACT:
		return r->hire.title || r->hire.text || b->email || b->phone || b->url ||
		       b->image || b->nprofiles || b->address || b->postal_code || b->city ||
		       b->region || b->country_code || r->meta.canonical || r->meta.version ||
		       r->meta.last_modified || voice_present(&r->voices[VOICE_CONTACT]) ||
		       voice_present(&r->voices[VOICE_WRITING]);
	case SCREEN_COUNT:
		break;
	}
	return false;
}

size_t layout_screens(const struct resume *r, enum screen_id out[SCREEN_COUNT])
{
	size_t n = 0;
	for (int i = 0; i < SCREEN_COUNT; i++)
		if (screen_present(r, (enum screen_id)i))
			out[n++] = (enum screen_id)i;
	return n;
}

size_t layout_card_count(const struct resume *r, enum screen_id s)
{
	switch (s) {
	case SCREEN_PROJECTS:
		return r->nprojects;
	case SCREEN_HISTORY:
		return r->nwork;
	case SCREEN_INCIDENTS:
		return r->nincidents;
	default:
		return 0;
	}
}

/* ---- small pieces shared by the screens ---- */

static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static void put_date(struct buf *out, const char *date)
{
	int year, month;
	char s[32];

	if (!resume_parse_date(date, &year, &month)) {
		buf_puts(out, date);
	} else if (month) {
		snprintf(s, sizeof s, "%s %04d", month_names[month - 1], year);
		buf_puts(out, s);
	} else {
		snprintf(s, sizeof s, "%04d", year);
		buf_puts(out, s);
	}
}

/* "Feb 2024 – Present", "2019 – 2021", or "" with no start date. */
static void put_date_range(struct buf *out, const struct glyphs *g, const char *start,
                           const char *end)
{
	if (!start && !end)
		return;
	if (start)
		put_date(out, start);
	buf_puts(out, g->range);
	if (end)
		put_date(out, end);
	else
		buf_puts(out, "Present");
}

/* Appends the items joined by sep. */
static void put_joined(struct buf *out, const struct strlist *l, const char *sep)
{
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			buf_puts(out, sep);
		buf_puts(out, l->v[i]);
	}
}

/* Appends " · field" (or just field at the start), if there is one. */
static void put_joined_field(struct buf *out, const struct glyphs *g, const char *field)
{
	if (!field)
		return;
	if (out->len)
		buf_puts(out, g->separator);
	buf_puts(out, field);
}

/* A URL on a line of its own, linked to itself. */
static void link_para(struct doc *d, const char *url)
{
	if (!url)
		return;
	doc_link(d, url);
	doc_wrap(d, ROLE_LINK, url);
	doc_newline(d);
	doc_link(d, NULL);
}

/* A wrapped paragraph on a line of its own. */
static void para(struct doc *d, enum role role, const char *text)
{
	if (!text)
		return;
	doc_wrap(d, role, text);
	doc_newline(d);
}

static void bullets(struct doc *d, const struct strlist *l)
{
	const char *bullet = doc_glyphs(d)->bullet;
	for (size_t i = 0; i < l->n; i++) {
		doc_add(d, ROLE_BULLET, bullet);
		doc_add(d, ROLE_TEXT, " ");
		doc_wrap(d, ROLE_TEXT, l->v[i]);
		doc_newline(d);
	}
}

static void numbered(struct doc *d, const struct strlist *l)
{
	char num[32];
	for (size_t i = 0; i < l->n; i++) {
		snprintf(num, sizeof num, "%2zu. ", i + 1);
		doc_add(d, ROLE_BULLET, num);
		doc_wrap(d, ROLE_TEXT, l->v[i]);
		doc_newline(d);
	}
}

/* "Stack: NestJS · TypeScript · …" */
static void keywords(struct doc *d, const char *label, const struct strlist *l)
{
	struct buf s = {0};

	if (l->n == 0)
		return;
	put_joined(&s, l, doc_glyphs(d)->separator);
	if (label) {
		doc_add(d, ROLE_SUBTLE, label);
		doc_add(d, ROLE_SUBTLE, " ");
	}
	doc_wrap(d, ROLE_KEYWORD, s.data);
	doc_newline(d);
	buf_free(&s);
}

static void heading(struct doc *d, const char *text)
{
	struct buf up = {0};
	doc_gap(d);
	text_upper(&up, text, d->ctx.utf8);
	para(d, ROLE_HEADING, up.data);
	buf_free(&up);
}

/* A quote card: a box titled with its label (or speaker), the text — quoted
 * unless it is a printed label's text such as a mug's — and who said it. */
static void quote_card(struct doc *d, const struct quote_card *c)
{
	const struct glyphs *g = doc_glyphs(d);
	const char *title = c->label ? c->label : c->speaker;
	struct buf s = {0};

	if (card_empty(c))
		return;
	doc_gap(d);
	doc_box_begin(d, ROLE_BORDER, title, ROLE_SPEAKER, NULL, ROLE_BORDER);
	if (c->text) {
		bool quoted = !(c->label && c->speaker);
		if (quoted)
			buf_puts(&s, g->lquote);
		buf_puts(&s, c->text);
		if (quoted)
			buf_puts(&s, g->rquote);
		para(d, quoted ? ROLE_QUOTE : ROLE_EMPH, s.data);
	}
	const char *by = c->signature ? c->signature : (c->label ? c->speaker : NULL);
	if (by) {
		buf_clear(&s);
		buf_puts(&s, g->attribution);
		buf_puts(&s, by);
		para(d, ROLE_SPEAKER, s.data);
	}
	doc_box_end(d);
	buf_free(&s);
}

/* A screen's heading, "// comment" and quote cards. */
static void voice(struct doc *d, const struct voice *v)
{
	struct buf s = {0};

	if (v->heading)
		heading(d, v->heading);
	if (v->comment) {
		buf_puts(&s, "// ");
		buf_puts(&s, v->comment);
		para(d, ROLE_COMMENT, s.data);
		buf_free(&s);
	}
	for (size_t i = 0; i < v->ncards; i++)
		quote_card(d, &v->cards[i]);
	doc_gap(d);
}

/* ---- About ---- */

static void about(struct doc *d, const struct resume *r)
{
	const struct basics *b = &r->basics;
	struct buf s = {0};

	if (b->tagline) {
		doc_gap(d);
		para(d, ROLE_ACCENT, b->tagline);
	}
	if (b->name) {
		doc_gap(d);
		para(d, ROLE_SUBTLE, "HEY, I'M");
		text_upper(&s, b->name, d->ctx.utf8);
		buf_putc(&s, '.');
		para(d, ROLE_HERO, s.data);
	}
	if (b->label) {
		doc_gap(d);
		para(d, ROLE_EMPH, b->label);
	}
	if (b->summary) {
		doc_gap(d);
		para(d, ROLE_TEXT, b->summary);
	}
	if (!b->name && !b->label && !b->summary && !b->tagline) {
		doc_gap(d);
		para(d, ROLE_SUBTLE, "This résumé has no basics: no name, label or summary.");
	}
	for (size_t i = 0; i < r->voices[VOICE_ABOUT].ncards; i++)
		quote_card(d, &r->voices[VOICE_ABOUT].cards[i]);
	buf_free(&s);
}

/* ---- Projects ---- */

static void project_card(struct doc *d, const struct project *p, bool full)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf dates = {0};

	doc_box_begin(d, ROLE_BORDER, p->name ? p->name : "Untitled project", ROLE_TITLE,
	              p->status, ROLE_BADGE);
	para(d, ROLE_TEXT, p->description);
	put_date_range(&dates, g, p->start, p->end);
	put_joined_field(&dates, g, p->type);
	put_joined_field(&dates, g, p->entity);
	if (dates.len)
		para(d, ROLE_SUBTLE, dates.data);
	if (p->roles.n) {
		buf_clear(&dates);
		put_joined(&dates, &p->roles, ", ");
		doc_add(d, ROLE_SUBTLE, "Roles: ");
		para(d, ROLE_TEXT, dates.data);
	}
	if (full && p->highlights.n) {
		doc_gap(d);
		bullets(d, &p->highlights);
	}
	if (full && p->keywords.n)
		doc_gap(d);
	keywords(d, NULL, &p->keywords);
	if (full && p->url)
		link_para(d, p->url);
	doc_box_end(d);
	buf_free(&dates);
}

/* ---- History ---- */

static void job_card(struct doc *d, const struct job *j, bool full)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	doc_box_begin(d, ROLE_BORDER, j->name ? j->name : "Untitled role", ROLE_TITLE, NULL,
	              ROLE_BORDER);
	para(d, ROLE_EMPH, j->position);
	put_date_range(&s, g, j->start, j->end);
	put_joined_field(&s, g, j->location);
	if (s.len)
		para(d, ROLE_SUBTLE, s.data);
	if (full) {
		if (j->description)
			para(d, ROLE_SUBTLE, j->description);
		if (j->summary) {
			doc_gap(d);
			para(d, ROLE_TEXT, j->summary);
		}
		if (j->highlights.n) {
			doc_gap(d);
			bullets(d, &j->highlights);
		}
		if (j->keywords.n)
			doc_gap(d);
	}
	keywords(d, "Stack:", &j->keywords);
	if (full && j->url)
		link_para(d, j->url);
	doc_box_end(d);
	buf_free(&s);
}

static void history_head(struct doc *d, const struct resume *r)
{
	if (r->nwork) {
		voice(d, &r->voices[VOICE_WORK]);
		chart_timeline(d, r);
		doc_gap(d);
	}
}

static void volunteer(struct doc *d, const struct resume *r)
{
	if (r->nvolunteer)
		heading(d, "Volunteer");
	for (size_t i = 0; i < r->nvolunteer; i++)
		job_card(d, &r->volunteer[i], true);
}

/* ---- Education, certificates, awards, publications ---- */

/* Sets out to "who · Mon YYYY" (either part may be missing). */
static void by_and_when(struct buf *out, const struct glyphs *g, const char *who,
                        const char *date)
{
	buf_clear(out);
	put_joined_field(out, g, who);
	if (date) {
		if (out->len)
			buf_puts(out, g->separator);
		put_date(out, date);
	}
}

/* A titled entry: title, a subtle line of details, then text. */
static void entry(struct doc *d, const char *title, const char *details, const char *text,
                  const char *url)
{
	doc_gap(d);
	if (title)
		para(d, ROLE_TITLE, title);
	if (details && *details)
		para(d, ROLE_SUBTLE, details);
	if (text)
		para(d, ROLE_TEXT, text);
	if (url)
		link_para(d, url);
}

static void education(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	if (r->neducation)
		heading(d, "Education");
	for (size_t i = 0; i < r->neducation; i++) {
		const struct education *e = &r->education[i];
		doc_gap(d);
		doc_box_begin(d, ROLE_BORDER, e->institution ? e->institution : "Education",
		              ROLE_TITLE, NULL, ROLE_BORDER);
		buf_clear(&s);
		put_joined_field(&s, g, e->study_type);
		put_joined_field(&s, g, e->area);
		if (s.len)
			para(d, ROLE_EMPH, s.data);
		buf_clear(&s);
		put_date_range(&s, g, e->start, e->end);
		if (e->score) {
			put_joined_field(&s, g, "Score: ");
			buf_puts(&s, e->score);
		}
		if (s.len)
			para(d, ROLE_SUBTLE, s.data);
		if (e->courses.n) {
			doc_gap(d);
			bullets(d, &e->courses);
		}
		if (e->url)
			link_para(d, e->url);
		doc_box_end(d);
	}
	if (r->ncertificates)
		heading(d, "Certificates");
	for (size_t i = 0; i < r->ncertificates; i++) {
		const struct certificate *c = &r->certificates[i];
		by_and_when(&s, g, c->issuer, c->date);
		entry(d, c->name, s.data, NULL, c->url);
	}
	if (r->nawards)
		heading(d, "Awards");
	for (size_t i = 0; i < r->nawards; i++) {
		const struct award *a = &r->awards[i];
		by_and_when(&s, g, a->awarder, a->date);
		entry(d, a->title, s.data, a->summary, NULL);
	}
	if (r->npublications)
		heading(d, "Publications");
	for (size_t i = 0; i < r->npublications; i++) {
		const struct publication *p = &r->publications[i];
		by_and_when(&s, g, p->publisher, p->release_date);
		entry(d, p->name, s.data, p->summary, p->url);
	}
	buf_free(&s);
}

/* ---- Incidents ---- */

static enum role severity_role(const char *sev)
{
	if (!sev)
		return ROLE_SEV4;
	const char *digit = strpbrk(sev, "0123456789");
	switch (digit ? *digit : '4') {
	case '0': case '1': return ROLE_SEV1;
	case '2': return ROLE_SEV2;
	case '3': return ROLE_SEV3;
	default: return ROLE_SEV4;
	}
}

static void stress_meter(struct doc *d, int stress)
{
	char label[16];

	if (stress < 0)
		return;
	doc_add(d, ROLE_SUBTLE, "STRESS ");
	enum role fill = stress >= 8 ? ROLE_METER_HIGH : stress >= 5 ? ROLE_METER_MID : ROLE_METER_LOW;
	doc_meter(d, stress, 10, fill);
	snprintf(label, sizeof label, " %d/10", stress);
	doc_add(d, ROLE_TITLE, label);
	doc_newline(d);
}

/* " SEV1 "  TTD: 8m  TTR: 42m (the ID is the box's title) */
static void incident_header(struct doc *d, const struct incident *in)
{
	struct buf s = {0};

	if (in->severity) {
		buf_putc(&s, ' ');
		buf_puts(&s, in->severity);
		buf_putc(&s, ' ');
		doc_add(d, severity_role(in->severity), s.data);
		doc_add(d, ROLE_TEXT, " ");
	}
	if (in->ttd) {
		doc_add(d, ROLE_SUBTLE, " TTD: ");
		doc_add(d, ROLE_TEXT, in->ttd);
	}
	if (in->ttr) {
		doc_add(d, ROLE_SUBTLE, "  TTR: ");
		doc_add(d, ROLE_TEXT, in->ttr);
	}
	doc_newline(d);
	stress_meter(d, in->stress);
	buf_free(&s);
}

static void postmortem_section(struct doc *d, const char *title, const char *text)
{
	if (!text)
		return;
	heading(d, title);
	para(d, ROLE_TEXT, text);
}

static void incident_card(struct doc *d, const struct incident *in, bool full)
{
	doc_box_begin(d, ROLE_BORDER, in->id ? in->id : "Incident", ROLE_TITLE,
	              in->urgent ? "URGENT" : NULL, ROLE_URGENT);
	incident_header(d, in);
	para(d, ROLE_TITLE, in->title);
	if (full) {
		postmortem_section(d, "What happened", in->happened);
		postmortem_section(d, "Impact", in->impact);
		postmortem_section(d, "Root cause", in->root_cause);
		if (in->actions.n) {
			heading(d, "What I did");
			numbered(d, &in->actions);
		}
		postmortem_section(d, "What we learned", in->learned);
	}
	doc_box_end(d);
}

static void playbook(struct doc *d, const struct resume *r)
{
	if (!r->playbook.steps.n)
		return;
	doc_gap(d);
	doc_box_begin(d, ROLE_BORDER, r->playbook.title ? r->playbook.title : "Playbook",
	              ROLE_HEADING, NULL, ROLE_BORDER);
	bullets(d, &r->playbook.steps);
	doc_box_end(d);
}

static void incidents_foot(struct doc *d, const struct resume *r)
{
	if (r->nincidents > 1) {
		heading(d, "Side by side");
		chart_incidents(d, r);
	}
	playbook(d, r);
}

/* ---- Testimonials ---- */

static void reference(struct doc *d, const struct reference *ref)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	doc_gap(d);
	if (ref->name) {
		/* the initial, a capital in ASCII too ("É" is "E") */
		uint32_t cp;
		char *initial = xstrndup(ref->name, text_decode(ref->name, strlen(ref->name), &cp));
		buf_putc(&s, ' ');
		text_upper(&s, initial, d->ctx.utf8);
		buf_putc(&s, ' ');
		free(initial);
		doc_add(d, ROLE_BADGE, s.data);
		doc_add(d, ROLE_TEXT, " ");
		int col = d->col;
		doc_wrap(d, ROLE_SPEAKER, ref->name);
		doc_newline(d);
		if (ref->role) {
			doc_pad_to(d, col);
			doc_wrap(d, ROLE_SUBTLE, ref->role);
			doc_newline(d);
		}
	} else if (ref->role) {
		para(d, ROLE_SUBTLE, ref->role);
	}
	if (ref->reference) {
		buf_clear(&s);
		buf_puts(&s, g->lquote);
		buf_puts(&s, ref->reference);
		buf_puts(&s, g->rquote);
		para(d, ROLE_QUOTE, s.data);
	}
	buf_free(&s);
}

static void testimonials(struct doc *d, const struct resume *r)
{
	voice(d, &r->voices[VOICE_REFERENCES]);
	for (size_t i = 0; i < r->nreferences; i++)
		reference(d, &r->references[i]);
}

/* ---- Stack ---- */

/* "LABEL        item · item · item", or the items under the label when
 * the line is too narrow for both. */
static void labelled_list(struct doc *d, const char *label, const char *extra,
                          const char *items, int label_w)
{
	struct buf s = {0};

	doc_gap(d);
	if (label) {
		text_upper(&s, label, d->ctx.utf8);
		doc_add(d, ROLE_HEADING, s.data);
	}
	if (extra) {
		doc_add(d, ROLE_SUBTLE, " (");
		doc_add(d, ROLE_SUBTLE, extra);
		doc_add(d, ROLE_SUBTLE, ")");
	}
	/* with neither label nor extra no line is open yet, and d->col is
	 * still where the line before ended */
	int col = d->open ? d->col : doc_left(d);
	if (doc_room(d) >= 24 && col < doc_left(d) + label_w)
		doc_pad_to(d, doc_left(d) + label_w);
	else if (label || extra)
		doc_newline(d);
	if (items && *items)
		doc_wrap(d, ROLE_KEYWORD, items);
	doc_newline(d);
	buf_free(&s);
}

static void languages_and_interests(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	if (r->nlanguages) {
		heading(d, "Spoken languages");
		for (size_t i = 0; i < r->nlanguages; i++) {
			buf_clear(&s);
			put_joined_field(&s, g, r->languages[i].language);
			put_joined_field(&s, g, r->languages[i].fluency);
			if (s.len) /* an empty entry shows nothing, not an empty line */
				para(d, ROLE_TEXT, s.data);
		}
	}
	if (r->ninterests)
		heading(d, "Interests");
	for (size_t i = 0; i < r->ninterests; i++) {
		buf_clear(&s);
		put_joined(&s, &r->interests[i].keywords, g->separator);
		labelled_list(d, r->interests[i].name, NULL, s.data, 16);
	}
	buf_free(&s);
}

static void stack(struct doc *d, const struct resume *r)
{
	if (r->nskills)
		voice(d, &r->voices[VOICE_SKILLS]);
	chart_stack_grid(d, r);
	languages_and_interests(d, r);
}

/* ---- Contact ---- */

/* "Label     value", the value linked to target when there is one. */
static void contact_line(struct doc *d, const char *label, const char *value, enum role role,
                         const char *target)
{
	if (!value)
		return;
	doc_add(d, ROLE_SUBTLE, label);
	if (d->col < doc_left(d) + 10)
		doc_pad_to(d, doc_left(d) + 10);
	else
		doc_add(d, ROLE_SUBTLE, " ");
	doc_link(d, target);
	doc_wrap(d, role, value);
	doc_newline(d);
	doc_link(d, NULL);
}

static void contact(struct doc *d, const struct resume *r)
{
	const struct basics *b = &r->basics;
	const struct voice *v = &r->voices[VOICE_CONTACT];
	struct buf s = {0};

	if (v->heading)
		heading(d, v->heading);
	if (v->comment) {
		buf_puts(&s, "// ");
		buf_puts(&s, v->comment);
		para(d, ROLE_COMMENT, s.data);
	}
	if (r->hire.title) {
		doc_gap(d);
		para(d, ROLE_TITLE, r->hire.title);
	}
	if (r->hire.text) {
		doc_gap(d);
		para(d, ROLE_TEXT, r->hire.text);
	}
	doc_gap(d);
	struct buf mailto = {0};
	if (b->email) {
		buf_puts(&mailto, "mailto:");
		buf_puts(&mailto, b->email);
	}
	contact_line(d, "Email", b->email, ROLE_LINK, mailto.data);
	buf_free(&mailto);
	contact_line(d, "Phone", b->phone, ROLE_TEXT, NULL);
	contact_line(d, "Web", b->url, ROLE_LINK, b->url);
	buf_clear(&s);
	const char *parts[] = { b->address, b->postal_code, b->city, b->region, b->country_code };
	for (size_t i = 0; i < ARRAY_LEN(parts); i++) {
		if (!parts[i])
			continue;
		if (s.len)
			buf_puts(&s, ", ");
		buf_puts(&s, parts[i]);
	}
	contact_line(d, "Location", s.len ? s.data : NULL, ROLE_TEXT, NULL);
	for (size_t i = 0; i < b->nprofiles; i++) {
		const struct profile *p = &b->profiles[i];
		buf_clear(&s);
		if (p->username)
			buf_puts(&s, p->username);
		if (p->url) {
			if (s.len)
				buf_puts(&s, "  ");
			buf_puts(&s, p->url);
		}
		contact_line(d, p->network ? p->network : "Profile", s.len ? s.data : NULL, ROLE_LINK,
		             p->url);
	}
	contact_line(d, "Photo", b->image, ROLE_LINK, b->image);
	for (size_t i = 0; i < v->ncards; i++)
		quote_card(d, &v->cards[i]);
	if (r->meta.canonical || r->meta.version || r->meta.last_modified) {
		doc_gap(d);
		contact_line(d, "Canonical", r->meta.canonical, ROLE_LINK, r->meta.canonical);
		contact_line(d, "Version", r->meta.version, ROLE_SUBTLE, NULL);
		contact_line(d, "Updated", r->meta.last_modified, ROLE_SUBTLE, NULL);
	}
	if (r->voices[VOICE_WRITING].heading || r->voices[VOICE_WRITING].ncards)
		voice(d, &r->voices[VOICE_WRITING]);
	buf_free(&s);
}

/* A screen is laid out in three stages: what comes before its cards (or
 * all of it, on a screen without cards), the cards one at a time, and what
 * comes after them. */
enum { STAGE_HEAD, STAGE_CARDS, STAGE_FOOT, STAGE_DONE };

/* Starts d for ctx, no wider than LAYOUT_MAX_WIDTH. */
static void start_doc(struct doc *d, const struct layout_ctx *ctx)
{
	struct layout_ctx c = *ctx;

	if (c.width > LAYOUT_MAX_WIDTH)
		c.width = LAYOUT_MAX_WIDTH;
	doc_init(d, &c, MARGIN);
}

void layout_begin(struct doc *d, struct layout_progress *p, enum screen_id s,
                  const struct layout_ctx *ctx, bool expand)
{
	*p = (struct layout_progress){ .screen = s, .expand = expand };
	start_doc(d, ctx);
	if (expand) {
		struct buf t = {0};
		text_upper(&t, layout_screen_title(s), d->ctx.utf8);
		para(d, ROLE_HEADING, t.data);
		doc_rule(d, ROLE_BORDER);
		buf_free(&t);
	}
}

static void head(struct doc *d, const struct resume *r, enum screen_id s)
{
	switch (s) {
	case SCREEN_ABOUT: about(d, r); break;
	case SCREEN_PROJECTS: voice(d, &r->voices[VOICE_PROJECTS]); break;
	case SCREEN_HISTORY: history_head(d, r); break;
	case SCREEN_EDUCATION: education(d, r); break;
	case SCREEN_INCIDENTS: voice(d, &r->voices[VOICE_INCIDENTS]); break;
	case SCREEN_TESTIMONIALS: testimonials(d, r); break;
	case SCREEN_STACK: stack(d, r); break;
	case SCREEN_CONTACT: contact(d, r); break;
	case SCREEN_COUNT: break;
	}
}

static void card(struct doc *d, const struct resume *r, enum screen_id s, size_t i, bool full)
{
	switch (s) {
	case SCREEN_PROJECTS: project_card(d, &r->projects[i], full); break;
	case SCREEN_HISTORY: job_card(d, &r->work[i], full); break;
	case SCREEN_INCIDENTS: incident_card(d, &r->incidents[i], full); break;
	default: break;
	}
}

static void foot(struct doc *d, const struct resume *r, enum screen_id s)
{
	switch (s) {
	case SCREEN_HISTORY: volunteer(d, r); break;
	case SCREEN_INCIDENTS: incidents_foot(d, r); break;
	default: break;
	}
	if (d->open)
		doc_newline(d);
}

bool layout_more(struct doc *d, struct layout_progress *p, const struct resume *r,
                 size_t lines, size_t items)
{
	size_t ncards = layout_card_count(r, p->screen);

	while (p->stage != STAGE_DONE && (d->nlines < lines || d->nitems < items)) {
		switch (p->stage) {
		case STAGE_HEAD:
			head(d, r, p->screen);
			p->stage = STAGE_CARDS;
			break;
		case STAGE_CARDS:
			if (p->next == ncards) {
				p->stage = STAGE_FOOT;
				break;
			}
			doc_item_begin(d);
			card(d, r, p->screen, p->next++, p->expand);
			doc_item_end(d);
			break;
		case STAGE_FOOT:
			foot(d, r, p->screen);
			p->stage = STAGE_DONE;
			break;
		}
	}
	return p->stage == STAGE_DONE;
}

void layout_screen(struct doc *d, const struct resume *r, enum screen_id s,
                   const struct layout_ctx *ctx, bool expand)
{
	struct layout_progress p;

	layout_begin(d, &p, s, ctx, expand);
	layout_more(d, &p, r, SIZE_MAX, SIZE_MAX);
}

void layout_card(struct doc *d, const struct resume *r, enum screen_id s, size_t index,
                 const struct layout_ctx *ctx)
{
	start_doc(d, ctx);
	if (index < layout_card_count(r, s))
		card(d, r, s, index, true);
	if (d->open)
		doc_newline(d);
}

const char *layout_card_name(const struct resume *r, enum screen_id s, size_t index)
{
	const char *name = NULL;

	if (index < layout_card_count(r, s)) {
		switch (s) {
		case SCREEN_PROJECTS: name = r->projects[index].name; break;
		case SCREEN_HISTORY: name = r->work[index].name; break;
		case SCREEN_INCIDENTS: name = r->incidents[index].id; break;
		default: break;
		}
	}
	return name ? name : "";
}
