/* page_screens.c — Education, Testimonials, Stack and Contact (About is
 * about.c). */
#include "page_screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "charts.h"
#include "text.h"

/* ---- Education, certificates, awards, publications ---- */

/* What the four sections' entries show, in one style: the title, a line
 * under it (a degree), a quiet line of who and when, text, bullets and a
 * link.  The entry owns its two lines' buffers. */
struct entry {
	const char *title, *text, *url;
	const struct strlist *bullets;
	struct buf subtitle, meta;
};

typedef void entry_fill(const struct resume *r, size_t i, const struct glyphs *g,
                        struct entry *e);

static void education_entry(const struct resume *r, size_t i, const struct glyphs *g,
                            struct entry *e)
{
	const struct education *ed = &r->education[i];

	block_join_field(&e->subtitle, g, ed->study_type);
	block_join_field(&e->subtitle, g, ed->area);
	e->title = ed->institution;
	block_date_range(&e->meta, g, ed->start, ed->end);
	if (ed->score) {
		block_join_field(&e->meta, g, "Score: ");
		buf_puts(&e->meta, ed->score);
	}
	e->bullets = &ed->courses;
	e->url = ed->url;
}

/* "who · 2 Mar 2025", either part may be missing. */
static void who_and_when(struct buf *out, const struct glyphs *g, const char *who,
                         const char *date)
{
	block_join_field(out, g, who);
	if (date) {
		if (out->len)
			buf_puts(out, g->separator);
		block_date(out, date);
	}
}

static void certificate_entry(const struct resume *r, size_t i, const struct glyphs *g,
                              struct entry *e)
{
	const struct certificate *c = &r->certificates[i];

	e->title = c->name;
	who_and_when(&e->meta, g, c->issuer, c->date);
	e->url = c->url;
}

static void award_entry(const struct resume *r, size_t i, const struct glyphs *g,
                        struct entry *e)
{
	const struct award *a = &r->awards[i];

	e->title = a->title;
	who_and_when(&e->meta, g, a->awarder, a->date);
	e->text = a->summary;
}

static void publication_entry(const struct resume *r, size_t i, const struct glyphs *g,
                              struct entry *e)
{
	const struct publication *p = &r->publications[i];

	e->title = p->name;
	who_and_when(&e->meta, g, p->publisher, p->release_date);
	e->text = p->summary;
	e->url = p->url;
}

static bool entry_present(const struct entry *e)
{
	return e->title || e->subtitle.len || e->meta.len || e->text || e->url ||
	       (e->bullets && e->bullets->n);
}

static void entry_draw(struct doc *d, const struct entry *e)
{
	doc_gap(d);
	block_para(d, ROLE_TITLE, e->title);
	if (e->subtitle.len)
		block_para(d, ROLE_EMPH, e->subtitle.data);
	if (e->meta.len)
		block_para(d, ROLE_SUBTLE, e->meta.data);
	block_para(d, ROLE_TEXT, e->text);
	if (e->bullets)
		block_bullets(d, e->bullets);
	block_link(d, e->url);
}

/* A heading and its entries; no heading when no entry has anything to
 * show, and no empty entry. */
static void section(struct doc *d, const struct resume *r, const char *heading, size_t n,
                    entry_fill *fill)
{
	const struct glyphs *g = doc_glyphs(d);
	bool headed = false;

	for (size_t i = 0; i < n; i++) {
		struct entry e = {0};
		fill(r, i, g, &e);
		if (entry_present(&e)) {
			if (!headed)
				block_heading(d, heading);
			headed = true;
			entry_draw(d, &e);
		}
		buf_free(&e.subtitle);
		buf_free(&e.meta);
	}
}

void education_page(struct doc *d, const struct resume *r)
{
	section(d, r, "Education", r->neducation, education_entry);
	section(d, r, "Certificates", r->ncertificates, certificate_entry);
	section(d, r, "Awards", r->nawards, award_entry);
	section(d, r, "Publications", r->npublications, publication_entry);
}

/* ---- Testimonials ---- */

/* "[A] Name", the role under the name, then the quote as an aside under
 * them; nothing for an empty reference. */
static void reference(struct doc *d, const struct reference *ref)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};
	int col = doc_left(d);

	if (!ref->name && !ref->role && !ref->reference)
		return;
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
		col = d->col;
		doc_wrap(d, ROLE_SPEAKER, ref->name);
		doc_newline(d);
	}
	if (ref->role) {
		doc_pad_to(d, col);
		doc_wrap(d, ROLE_SUBTLE, ref->role);
		doc_newline(d);
	}
	if (ref->reference) {
		buf_clear(&s);
		buf_puts(&s, g->lquote);
		buf_puts(&s, ref->reference);
		buf_puts(&s, g->rquote);
		block_aside(d, col, ROLE_QUOTE, s.data);
	}
	buf_free(&s);
}

/* The references first, each under its name: the voice's cards (a joke
 * on the seed) come after them, lighter. */
void testimonials_page(struct doc *d, const struct resume *r)
{
	const struct voice *v = &r->voices[VOICE_REFERENCES];

	if (r->nreferences)
		block_intro(d, v->heading, v->comment);
	else
		block_voice_intro(d, v);
	for (size_t i = 0; i < r->nreferences; i++)
		reference(d, &r->references[i]);
	for (size_t i = 0; i < v->ncards; i++)
		block_quote_card(d, &v->cards[i]);
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

/* The headings only over entries that show something: an empty language
 * or interest ({}) is not drawn, so a list of them is no section. */
static void languages_and_interests(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};
	bool headed = false;

	for (size_t i = 0; i < r->nlanguages; i++) {
		buf_clear(&s);
		block_join_field(&s, g, r->languages[i].language);
		block_join_field(&s, g, r->languages[i].fluency);
		if (!s.len)
			continue;
		if (!headed)
			block_heading(d, "Spoken languages");
		headed = true;
		block_para(d, ROLE_TEXT, s.data);
	}
	headed = false;
	for (size_t i = 0; i < r->ninterests; i++) {
		const struct interest *in = &r->interests[i];
		if (!in->name && !in->keywords.n)
			continue;
		if (!headed)
			block_heading(d, "Interests");
		headed = true;
		buf_clear(&s);
		block_join(&s, &in->keywords, g->separator);
		labelled_list(d, in->name, s.data, 16);
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

/* "GitHub    adafix  https://github.com/adafix": only the URL is a link. */
static void profile_line(struct doc *d, const struct profile *p)
{
	if (!p->username && !p->url)
		return;
	if (!p->url) {
		contact_line(d, p->network ? p->network : "Profile", p->username, ROLE_TEXT, NULL);
		return;
	}
	doc_add(d, ROLE_SUBTLE, p->network ? p->network : "Profile");
	if (d->col < doc_left(d) + 10)
		doc_pad_to(d, doc_left(d) + 10);
	else
		doc_add(d, ROLE_SUBTLE, " ");
	if (p->username) {
		/* added, not wrapped: "@ada@example.social" is a handle, and
		 * wrapping would link it as an e-mail address */
		doc_add(d, ROLE_TEXT, p->username);
		doc_add(d, ROLE_TEXT, "  ");
	}
	doc_link(d, p->url);
	doc_wrap(d, ROLE_LINK, p->url);
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
	/* all of it here, where one writes to it; About has the town */
	const char *parts[] = { b->address, b->postal_code, b->city, b->region, b->country_code };
	for (size_t i = 0; i < ARRAY_LEN(parts); i++) {
		if (!parts[i])
			continue;
		if (s.len)
			buf_puts(&s, ", ");
		buf_puts(&s, parts[i]);
	}
	contact_line(d, "Location", s.len ? s.data : NULL, ROLE_TEXT, NULL);
	for (size_t i = 0; i < b->nprofiles; i++)
		profile_line(d, &b->profiles[i]);
	contact_line(d, "Photo", b->image, ROLE_LINK, b->image);
	buf_free(&s);
}

/* The résumé's own details as a quiet footer: "v1.0.0 · updated 15 Jan
 * 2024 · https://…/resume.json". */
static void meta_footer(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	if (!r->meta.canonical && !r->meta.version && !r->meta.last_modified)
		return;
	block_join_field(&s, g, r->meta.version);
	if (r->meta.last_modified) {
		block_join_field(&s, g, "updated ");
		block_date(&s, r->meta.last_modified);
	}
	doc_gap(d);
	if (s.len)
		doc_wrap(d, ROLE_SUBTLE, s.data);
	if (r->meta.canonical) {
		if (s.len)
			doc_add(d, ROLE_SUBTLE, g->separator);
		doc_link(d, r->meta.canonical);
		doc_wrap(d, ROLE_SUBTLE, r->meta.canonical);
		doc_link(d, NULL);
	}
	doc_newline(d);
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
	if (r->voices[VOICE_WRITING].comment || block_voice_present(&r->voices[VOICE_WRITING]))
		block_voice(d, &r->voices[VOICE_WRITING]);
	meta_footer(d, r);
}
