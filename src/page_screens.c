/* page_screens.c — About, Education, Testimonials, Stack and Contact. */
#include "page_screens.h"

#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "charts.h"
#include "text.h"

/* ---- About ---- */

void about_page(struct doc *d, const struct resume *r)
{
	const struct basics *b = &r->basics;
	struct buf s = {0};

	if (b->tagline) {
		doc_gap(d);
		block_para(d, ROLE_ACCENT, b->tagline);
	}
	if (b->name) {
		doc_gap(d);
		block_para(d, ROLE_SUBTLE, "HEY, I'M");
		text_upper(&s, b->name, d->ctx.utf8);
		buf_putc(&s, '.');
		block_para(d, ROLE_HERO, s.data);
	}
	if (b->label) {
		doc_gap(d);
		block_para(d, ROLE_EMPH, b->label);
	}
	if (b->summary) {
		doc_gap(d);
		block_para(d, ROLE_TEXT, b->summary);
	}
	if (!b->name && !b->label && !b->summary && !b->tagline) {
		doc_gap(d);
		block_para(d, ROLE_SUBTLE, "This résumé has no basics: no name, label or summary.");
	}
	for (size_t i = 0; i < r->voices[VOICE_ABOUT].ncards; i++)
		block_quote_card(d, &r->voices[VOICE_ABOUT].cards[i]);
	buf_free(&s);
}

/* ---- Education, certificates, awards, publications ---- */

static void education_box(struct doc *d, const struct education *e)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	doc_gap(d);
	doc_box_begin(d, ROLE_BORDER, e->institution ? e->institution : "Education", ROLE_TITLE,
	              NULL, ROLE_BORDER);
	block_join_field(&s, g, e->study_type);
	block_join_field(&s, g, e->area);
	if (s.len)
		block_para(d, ROLE_EMPH, s.data);
	buf_clear(&s);
	block_date_range(&s, g, e->start, e->end);
	if (e->score) {
		block_join_field(&s, g, "Score: ");
		buf_puts(&s, e->score);
	}
	if (s.len)
		block_para(d, ROLE_SUBTLE, s.data);
	if (e->courses.n) {
		doc_gap(d);
		block_bullets(d, &e->courses);
	}
	block_link(d, e->url);
	doc_box_end(d);
	buf_free(&s);
}

/* A titled entry: its title, "who · Mon YYYY" (either may be missing),
 * then text and a link. */
static void entry(struct doc *d, const char *title, const char *who, const char *date,
                  const char *text, const char *url)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	block_join_field(&s, g, who);
	if (date) {
		if (s.len)
			buf_puts(&s, g->separator);
		block_date(&s, date);
	}
	doc_gap(d);
	block_para(d, ROLE_TITLE, title);
	if (s.len)
		block_para(d, ROLE_SUBTLE, s.data);
	block_para(d, ROLE_TEXT, text);
	block_link(d, url);
	buf_free(&s);
}

void education_page(struct doc *d, const struct resume *r)
{
	if (r->neducation)
		block_heading(d, "Education");
	for (size_t i = 0; i < r->neducation; i++)
		education_box(d, &r->education[i]);
	if (r->ncertificates)
		block_heading(d, "Certificates");
	for (size_t i = 0; i < r->ncertificates; i++) {
		const struct certificate *c = &r->certificates[i];
		entry(d, c->name, c->issuer, c->date, NULL, c->url);
	}
	if (r->nawards)
		block_heading(d, "Awards");
	for (size_t i = 0; i < r->nawards; i++) {
		const struct award *a = &r->awards[i];
		entry(d, a->title, a->awarder, a->date, a->summary, NULL);
	}
	if (r->npublications)
		block_heading(d, "Publications");
	for (size_t i = 0; i < r->npublications; i++) {
		const struct publication *p = &r->publications[i];
		entry(d, p->name, p->publisher, p->release_date, p->summary, p->url);
	}
}

/* ---- Testimonials ---- */

/* "[A] Name", the role under the name, then the quote. */
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
	} else {
		block_para(d, ROLE_SUBTLE, ref->role);
	}
	if (ref->reference) {
		buf_clear(&s);
		buf_puts(&s, g->lquote);
		buf_puts(&s, ref->reference);
		buf_puts(&s, g->rquote);
		block_para(d, ROLE_QUOTE, s.data);
	}
	buf_free(&s);
}

void testimonials_page(struct doc *d, const struct resume *r)
{
	block_voice(d, &r->voices[VOICE_REFERENCES]);
	for (size_t i = 0; i < r->nreferences; i++)
		reference(d, &r->references[i]);
}

/* ---- Stack ---- */

/* "LABEL        item · item · item", or the items under the label when
 * the line is too narrow for both. */
static void labelled_list(struct doc *d, const char *label, const char *items, int label_w)
{
	struct buf s = {0};

	doc_gap(d);
	if (label) {
		text_upper(&s, label, d->ctx.utf8);
		doc_add(d, ROLE_HEADING, s.data);
	}
	/* without a label no line is open yet, and d->col is still where the
	 * line before ended */
	int col = d->open ? d->col : doc_left(d);
	if (doc_room(d) >= 24 && col < doc_left(d) + label_w)
		doc_pad_to(d, doc_left(d) + label_w);
	else if (label)
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

	if (r->nlanguages)
		block_heading(d, "Spoken languages");
	for (size_t i = 0; i < r->nlanguages; i++) {
		buf_clear(&s);
		block_join_field(&s, g, r->languages[i].language);
		block_join_field(&s, g, r->languages[i].fluency);
		if (s.len) /* an empty entry shows nothing, not an empty line */
			block_para(d, ROLE_TEXT, s.data);
	}
	if (r->ninterests)
		block_heading(d, "Interests");
	for (size_t i = 0; i < r->ninterests; i++) {
		buf_clear(&s);
		block_join(&s, &r->interests[i].keywords, g->separator);
		labelled_list(d, r->interests[i].name, s.data, 16);
	}
	buf_free(&s);
}

void stack_page(struct doc *d, const struct resume *r)
{
	if (r->nskills)
		block_voice(d, &r->voices[VOICE_SKILLS]);
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

/* Email, phone, web, location, the profiles and the photo. */
static void addresses(struct doc *d, const struct basics *b)
{
	struct buf s = {0};

	if (b->email) {
		buf_puts(&s, "mailto:");
		buf_puts(&s, b->email);
	}
	contact_line(d, "Email", b->email, ROLE_LINK, s.data);
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
	buf_free(&s);
}

void contact_page(struct doc *d, const struct resume *r)
{
	const struct voice *v = &r->voices[VOICE_CONTACT];

	block_intro(d, v->heading, v->comment);
	if (r->hire.title) {
		doc_gap(d);
		block_para(d, ROLE_TITLE, r->hire.title);
	}
	if (r->hire.text) {
		doc_gap(d);
		block_para(d, ROLE_TEXT, r->hire.text);
	}
	doc_gap(d);
	addresses(d, &r->basics);
	for (size_t i = 0; i < v->ncards; i++)
		block_quote_card(d, &v->cards[i]);
	if (r->meta.canonical || r->meta.version || r->meta.last_modified) {
		doc_gap(d);
		contact_line(d, "Canonical", r->meta.canonical, ROLE_LINK, r->meta.canonical);
		contact_line(d, "Version", r->meta.version, ROLE_SUBTLE, NULL);
		contact_line(d, "Updated", r->meta.last_modified, ROLE_SUBTLE, NULL);
	}
	if (r->voices[VOICE_WRITING].heading || r->voices[VOICE_WRITING].ncards)
		block_voice(d, &r->voices[VOICE_WRITING]);
}
