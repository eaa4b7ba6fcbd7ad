/* blocks.c — the pieces the screens are built of. */
#include "blocks.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

/* Whether s[0..n) are all digits. */
static bool digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static int two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

static int days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

bool block_parse_date(const char *s, int *year, int *month, int *day)
{
	*month = *day = 0;
	if (!s || strnlen(s, 5) < 4 || !digits(s, 4))
		return false;
	*year = two_digits(s) * 100 + two_digits(s + 2);
	const char *p = s + 4;
	if (!*p)
		return true;
	if (p[0] != '-' || strnlen(p, 3) < 3 || !digits(p + 1, 2))
		return false;
	int m = two_digits(p + 1);
	if (m < 1 || m > 12)
		return false;
	p += 3;
	if (*p && (p[0] != '-' || strnlen(p, 3) < 3 || !digits(p + 1, 2)))
		return false;
	if (*p) {
		int dd = two_digits(p + 1);
		if (dd < 1 || dd > days_in_month(*year, m))
			return false;
		p += 3;
		/* a time of day ("T10:00:00Z", "T10:00+05:30") says when on
		 * that day, which no one reading a résumé needs */
		if (*p && ((p[0] != 'T' && p[0] != ' ') || strnlen(p, 6) < 6 || !digits(p + 1, 2) ||
		           p[3] != ':' || !digits(p + 4, 2) ||
		           p[6 + strspn(p + 6, "0123456789:.+-Z")] != '\0'))
			return false;
		*day = dd;
	}
	*month = m;
	return true;
}

/* "Feb 2024", "2019", or date as written; with day, "2 Feb 2024". */
static void put_date(struct buf *out, const char *date, bool with_day)
{
	int year, month, day;

	if (!block_parse_date(date, &year, &month, &day)) {
		buf_puts(out, date);
		return;
	}
	if (with_day && day) {
		if (day >= 10)
			buf_putc(out, (char)('0' + day / 10));
		buf_putc(out, (char)('0' + day % 10));
		buf_putc(out, ' ');
	}
	if (month) {
		buf_puts(out, month_names[month - 1]);
		buf_putc(out, ' ');
	}
	/* the year as it was written, four digits (block_parse_date took no
	 * other), without printf's cost on every card laid out */
	buf_append(out, date, 4);
}

void block_date(struct buf *out, const char *date)
{
	put_date(out, date, true);
}

/* A range reads in months: "1 Mar 2019 – 31 Aug 2023" is noise on a card,
 * and JSON Resume's "2019-03-01" often means just March. */
void block_date_range(struct buf *out, const struct glyphs *g, const char *start,
                      const char *end)
{
	if (!start && !end)
		return;
	if (start)
		put_date(out, start, false);
	buf_puts(out, g->range);
	if (end)
		put_date(out, end, false);
	else
		buf_puts(out, "Present");
}

void block_place(struct buf *out, const struct basics *b)
{
	if (b->city)
		buf_puts(out, b->city);
	if (b->region) {
		if (out->len)
			buf_puts(out, ", ");
		buf_puts(out, b->region);
	}
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

void block_aside(struct doc *d, int col, enum role role, const char *text)
{
	if (!text)
		return;
	if (d->open)
		doc_newline(d);
	int room = doc_room(d) - (col - doc_left(d)) - 2;
	if (room < 12) { /* no room for a bar: the words matter more */
		doc_pad_to(d, col);
		block_para(d, role, text);
		return;
	}
	doc_aside_begin(d, col, ROLE_BORDER);
	doc_wrap(d, role, text);
	doc_aside_end(d);
}

/* "[SHIPPED ✓] — Jim Halpert": a card with a label and no words. */
static void sticker(struct doc *d, const char *label, const char *by)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf s = {0};

	if (label) {
		buf_putc(&s, ' ');
		buf_puts(&s, label);
		buf_putc(&s, ' ');
		doc_add(d, ROLE_BADGE, s.data);
	}
	if (by) {
		buf_clear(&s);
		if (label)
			doc_add(d, ROLE_TEXT, " ");
		buf_puts(&s, g->attribution);
		buf_puts(&s, by);
		doc_wrap(d, ROLE_SPEAKER, s.data);
	}
	doc_newline(d);
	buf_free(&s);
}

/* The text is quoted unless it is a printed label's, such as a mug's: a
 * card with both a label and a speaker. */
void block_quote_card(struct doc *d, const struct quote_card *c)
{
	const struct glyphs *g = doc_glyphs(d);
	const char *by = c->speaker ? c->speaker : c->signature;
	struct buf s = {0};

	if (!block_quote_card_present(c))
		return; /* not an empty aside */
	doc_gap(d);
	if (!c->text) {
		sticker(d, c->label, by);
		return;
	}
	if (c->label) {
		text_upper(&s, c->label, d->ctx.utf8);
		block_para(d, ROLE_HEADING, s.data);
		buf_clear(&s);
	}
	bool quoted = !(c->label && c->speaker);
	if (quoted)
		buf_puts(&s, g->lquote);
	buf_puts(&s, c->text);
	if (quoted)
		buf_puts(&s, g->rquote);
	block_aside(d, doc_left(d), quoted ? ROLE_QUOTE : ROLE_EMPH, s.data);
	if (by) {
		buf_clear(&s);
		buf_puts(&s, g->attribution);
		buf_puts(&s, by);
		block_aside(d, doc_left(d), ROLE_SPEAKER, s.data);
	}
	buf_free(&s);
}

void block_voice(struct doc *d, const struct voice *v)
{
	block_intro(d, v->heading, v->comment);
	for (size_t i = 0; i < v->ncards; i++)
		block_quote_card(d, &v->cards[i]);
	doc_gap(d);
}

void block_voice_intro(struct doc *d, const struct voice *v)
{
	/* a heading over nothing is not drawn */
	if (v->comment || block_voice_present(v))
		block_intro(d, v->heading, v->comment);
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
