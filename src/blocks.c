/* blocks.c — the pieces the screens are built of. */
#include "blocks.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

void block_date(struct buf *out, const char *date)
{
	int year, month;

	if (!resume_parse_date(date, &year, &month)) {
		buf_puts(out, date);
		return;
	}
	if (month) {
		buf_puts(out, month_names[month - 1]);
		buf_putc(out, ' ');
	}
	/* the year as it was written, four digits (resume_parse_date took no
	 * other), without printf's cost on every card laid out */
	buf_append(out, date, 4);
}

void block_date_range(struct buf *out, const struct glyphs *g, const char *start,
                      const char *end)
{
	if (!start && !end)
		return;
	if (start)
		block_date(out, start);
	buf_puts(out, g->range);
	if (end)
		block_date(out, end);
	else
		buf_puts(out, "Present");
}

void block_join(struct buf *out, const struct strlist *l, const char *sep)
{
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			buf_puts(out, sep);
		buf_puts(out, l->v[i]);
	}
}

void block_join_field(struct buf *out, const struct glyphs *g, const char *field)
{
	if (!field)
		return;
	if (out->len)
		buf_puts(out, g->separator);
	buf_puts(out, field);
}

void block_para(struct doc *d, enum role role, const char *text)
{
	if (!text)
		return;
	doc_wrap(d, role, text);
	doc_newline(d);
}

void block_link(struct doc *d, const char *url)
{
	if (!url)
		return;
	doc_link(d, url);
	doc_wrap(d, ROLE_LINK, url);
	doc_newline(d);
	doc_link(d, NULL);
}

void block_bullets(struct doc *d, const struct strlist *l)
{
	const char *bullet = doc_glyphs(d)->bullet;

	for (size_t i = 0; i < l->n; i++) {
		doc_add(d, ROLE_BULLET, bullet);
		doc_add(d, ROLE_TEXT, " ");
		doc_wrap(d, ROLE_TEXT, l->v[i]);
		doc_newline(d);
	}
}

void block_numbered(struct doc *d, const struct strlist *l)
{
	char num[32];

	for (size_t i = 0; i < l->n; i++) {
		snprintf(num, sizeof num, "%2zu. ", i + 1);
		doc_add(d, ROLE_BULLET, num);
		doc_wrap(d, ROLE_TEXT, l->v[i]);
		doc_newline(d);
	}
}

void block_keywords(struct doc *d, const char *label, const struct strlist *l)
{
	struct buf s = {0};

	if (l->n == 0)
		return;
	block_join(&s, l, doc_glyphs(d)->separator);
	if (label) {
		doc_add(d, ROLE_SUBTLE, label);
		doc_add(d, ROLE_SUBTLE, " ");
	}
	doc_wrap(d, ROLE_KEYWORD, s.data);
	doc_newline(d);
	buf_free(&s);
}

void block_heading(struct doc *d, const char *text)
{
	struct buf up = {0};

	doc_gap(d);
	text_upper(&up, text, d->ctx.utf8);
	block_para(d, ROLE_HEADING, up.data);
	buf_free(&up);
}

void block_intro(struct doc *d, const char *heading, const char *comment)
{
	struct buf s = {0};

	if (heading)
		block_heading(d, heading);
	if (comment) {
		buf_puts(&s, "// ");
		buf_puts(&s, comment);
		block_para(d, ROLE_COMMENT, s.data);
	}
	buf_free(&s);
}

bool block_quote_card_present(const struct quote_card *c)
{
	return c->label || c->text || c->speaker || c->signature;
}

bool block_voice_present(const struct voice *v)
{
	for (size_t i = 0; i < v->ncards; i++)
		if (block_quote_card_present(&v->cards[i]))
			return true;
	return false;
}

/* The text is quoted unless it is a printed label's, such as a mug's: a
 * card with both a label and a speaker. */
void block_quote_card(struct doc *d, const struct quote_card *c)
{
	const struct glyphs *g = doc_glyphs(d);
	const char *title = c->label ? c->label : c->speaker;
	struct buf s = {0};

	if (!block_quote_card_present(c))
		return; /* not an empty box */
	doc_gap(d);
	doc_box_begin(d, ROLE_BORDER, title, ROLE_SPEAKER, NULL, ROLE_BORDER);
	if (c->text) {
		bool quoted = !(c->label && c->speaker);
		if (quoted)
			buf_puts(&s, g->lquote);
		buf_puts(&s, c->text);
		if (quoted)
			buf_puts(&s, g->rquote);
		block_para(d, quoted ? ROLE_QUOTE : ROLE_EMPH, s.data);
	}
	const char *by = c->signature ? c->signature : (c->label ? c->speaker : NULL);
	if (by) {
		buf_clear(&s);
		buf_puts(&s, g->attribution);
		buf_puts(&s, by);
		block_para(d, ROLE_SPEAKER, s.data);
	}
	doc_box_end(d);
	buf_free(&s);
}

void block_voice(struct doc *d, const struct voice *v)
{
	block_intro(d, v->heading, v->comment);
	for (size_t i = 0; i < v->ncards; i++)
		block_quote_card(d, &v->cards[i]);
	doc_gap(d);
}

enum role block_severity_role(const char *severity)
{
	const char *digit = severity ? strpbrk(severity, "0123456789") : NULL;

	switch (digit ? *digit : '4') {
	case '0': case '1': return ROLE_SEV1;
	case '2': return ROLE_SEV2;
	case '3': return ROLE_SEV3;
	default: return ROLE_SEV4;
	}
}

enum role block_stress_role(int stress)
{
	return stress >= 8 ? ROLE_METER_HIGH : stress >= 5 ? ROLE_METER_MID : ROLE_METER_LOW;
}
