/* about.c — the About screen: the hero (the greeting and the name, in
 * block letters where they fit), the fact strip, the counts, the summary
 * and the About quotes. */
#include <stdio.h>
#include <string.h>

#include "bigtext.h"
#include "blocks.h"
#include "page_screens.h"
#include "text.h"

/* The width from which the name may be drawn in block letters: narrower,
 * three rows of letters crowd out what the page says. */
#define HERO_MIN_WIDTH 80

/* The name in block letters when the font has every letter, the document
 * is UTF-8, on the screen and wide enough, and the name fits; else as a
 * bold line (in print, where the name must stay a word to find). */
static void hero_name(struct doc *d, const char *name)
{
	bool big = d->ctx.utf8 && !d->ctx.plain && d->width >= HERO_MIN_WIDTH;
	int w = big ? bigtext_width(name) : -1;

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
 * ended last, of those that say what or where; NULL without one. */
static const struct job *latest_job(const struct resume *r)
{
	const struct job *best = NULL;

	for (size_t i = 0; i < r->nwork; i++) {
		const struct job *j = &r->work[i];
		if (!j->position && !j->name)
			continue; /* an empty entry ({}) is no one's job */
		if (!j->end)
			return j;
		if (!best || date_months(j->end) > date_months(best->end))
			best = j;
	}
	return best;
}

/* "Software Engineer @ Alt Mobility · Delhi, India", then what the owner
 * is open to: the first sentence of the hire text, as written.  Returns
 * whether it drew anything. */
static bool fact_strip(struct doc *d, const struct resume *r)
{
	const struct glyphs *g = doc_glyphs(d);
	const struct job *j = latest_job(r);
	struct buf s = {0}, place = {0};

	if (j) {
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
	block_place(&place, &r->basics);
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

