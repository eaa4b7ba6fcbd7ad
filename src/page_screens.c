/* page_screens.c — About, Education, Testimonials, Stack and Contact. */
#include "page_screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigtext.h"
#include "blocks.h"
#include "charts.h"
#include "text.h"

/* ---- About ---- */

/* The width from which the name may be drawn in block letters: narrower,
 * three rows of letters crowd out what the page says. */
#define HERO_MIN_WIDTH 80

/* The name in block letters when the font has every letter, the document
 * is UTF-8 and wide enough, and the name fits; else as a bold line. */
static void hero_name(struct doc *d, const char *name)
{
	int w = d->ctx.utf8 && d->width >= HERO_MIN_WIDTH ? bigtext_width(name) : -1;

	if (w < 0 || w > doc_room(d)) {
		block_para(d, ROLE_HERO, name);
		return;
	}
	struct buf row = {0};
	for (int i = 0; i < BIGTEXT_ROWS; i++) {
		buf_clear(&row);
		bigtext_row(&row, name, i);
		doc_add(d, ROLE_HERO, row.data);
		doc_newline(d);
	}
	buf_free(&row);
}

/* The greeting and the name.  A résumé with a greeting speaks it ("HEY,
 * I'M" / "PUSHPANDER."); one without shows the name as written. */
static void hero(struct doc *d, const struct basics *b)
{
	struct buf s = {0};

	doc_gap(d);
	if (b->greeting) {
		block_para(d, ROLE_SUBTLE, b->greeting);
		text_upper(&s, b->name, d->ctx.utf8);
		buf_putc(&s, '.');
	} else {
		buf_puts(&s, b->name);
	}
	hero_name(d, s.data);
	buf_free(&s);
}

static int date_months(const char *date)
{
	int year, month, day;

	if (!date || !block_parse_date(date, &year, &month, &day))
		return -1;
	return year * 12 + (month ? month - 1 : 11);
}

/* The job held now (the first without an end date) or else the one that
 * ended last; NULL without work. */
static const struct job *latest_job(const struct resume *r)
{
	const struct job *best = NULL;

	for (size_t i = 0; i < r->nwork; i++) {
		const struct job *j = &r->work[i];
		if (!j->end)
			return j;
		if (!best || date_months(j->end) > date_months(best->end))
			best = j;
	}
	return best;
}

/* "City, Region" of basics.location: not the street, which a summary does
 * not need; NULL when it names neither. */
static void basics_place(struct buf *out, const struct basics *b)
{
	if (b->city)
		buf_puts(out, b->city);
	if (b->region) {
		if (out->len)
			buf_puts(out, ", ");
		buf_puts(out, b->region);
	}
}

/* "Software Engineer @ Alt Mobility · Delhi, India", then what the owner
 * is open to: the first sentence of the hire text, as written.  Returns
 * whether it drew anything. */
static bool fact_strip(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	const struct job *j = latest_job(r);
	struct buf s = {0}, place = {0};

	if (j && (j->position || j->name)) {
		if (j->position)
			buf_puts(&s, j->position);
		if (j->position && j->name)
			buf_puts(&s, " @ ");
		if (j->name)
			buf_puts(&s, j->name);
		if (j->end) {
			buf_puts(&s, ", until ");
			block_date(&s, j->end);
		}
	}
	basics_place(&place, &r->basics);
	if (!place.len && j && j->location)
		buf_puts(&place, j->location);
	bool drawn = s.len || place.len || r->hire.text;
	if (drawn)
		doc_gap(d);
	if (s.len)
		doc_wrap(d, ROLE_TEXT, s.data);
	if (s.len && place.len) {
		/* the place on a line of its own rather than broken */
		int w = text_width(place.data, place.len, d->ctx.utf8) +
		        text_width(g->separator, strlen(g->separator), d->ctx.utf8);
		if (w > doc_room(d))
			doc_newline(d);
		else
			doc_add(d, ROLE_SUBTLE, g->separator);
	}
	if (place.len)
		doc_wrap(d, ROLE_SUBTLE, place.data);
	if (d->open)
		doc_newline(d);
	if (r->hire.text) {
		const char *t = r->hire.text, *stop = strstr(t, ". ");
		buf_clear(&s);
		buf_append(&s, t, stop ? (size_t)(stop - t) + 1 : strlen(t));
		block_para(d, ROLE_ACCENT, s.data);
	}
	buf_free(&s);
	buf_free(&place);
	return drawn;
}

/* "3 projects · 4 roles · 4 incidents · 5 testimonials", without the
 * kinds the résumé has none of. */
static void counts_row(struct doc *d, const struct resume *r)
{
	const struct voice *refs = &r->voices[VOICE_REFERENCES];
	size_t jokes = 0;
	for (size_t i = 0; i < refs->ncards; i++)
		jokes += block_quote_card_present(&refs->cards[i]);
	const struct {
		size_t n;
		const char *one, *many;
	} counts[] = {
		{ r->nprojects, "project", "projects" },
		{ r->nwork + r->nvolunteer, "role", "roles" },
		{ r->nincidents, "incident", "incidents" },
		{ r->nreferences + jokes, "testimonial", "testimonials" },
	};
	const char *sep = doc_glyphs(d)->separator;
	int sep_w = text_width(sep, strlen(sep), d->ctx.utf8);
	char num[24];
	bool any = false;

	for (size_t i = 0; i < ARRAY_LEN(counts); i++) {
		if (!counts[i].n)
			continue;
		const char *kind = counts[i].n == 1 ? counts[i].one : counts[i].many;
		snprintf(num, sizeof num, "%zu ", counts[i].n);
		/* a count is never broken from its word: the next line instead */
		int w = (int)(strlen(num) + strlen(kind));
		if (any && sep_w + w > doc_room(d))
			doc_newline(d);
		else if (any)
			doc_add(d, ROLE_SUBTLE, sep);
		doc_add(d, ROLE_TITLE, num);
		doc_add(d, ROLE_SUBTLE, kind);
		any = true;
	}
	if (any)
		doc_newline(d);
}

void about_page(struct doc *d, const struct resume *r)
{
	const struct basics *b = &r->basics;

	if (b->tagline) {
		doc_gap(d);
		block_para(d, ROLE_ACCENT, b->tagline);
	}
	if (b->name)
		hero(d, b);
	if (b->label) {
		doc_gap(d);
		block_para(d, ROLE_EMPH, b->label);
	}
	if (!b->name && !b->label && !b->summary && !b->tagline) {
		doc_gap(d);
		block_para(d, ROLE_SUBTLE, "This résumé has no basics: no name, label or summary.");
	}
	if (!fact_strip(d, r))
		doc_gap(d); /* the counts stand apart all the same */
	counts_row(d, r);
	if (b->summary) {
		doc_gap(d);
		block_para(d, ROLE_TEXT, b->summary);
	}
	for (size_t i = 0; i < r->voices[VOICE_ABOUT].ncards; i++)
		block_quote_card(d, &r->voices[VOICE_ABOUT].cards[i]);
}

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

/* Email, phone, web, where (the town, not the street: this is shown to
 * whoever connects), the profiles and the photo. */
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
	basics_place(&s, b);
	if (b->country_code) {
		if (s.len)
			buf_puts(&s, ", ");
		buf_puts(&s, b->country_code);
	}
	if (!s.len && b->address)
		buf_puts(&s, b->address);
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
