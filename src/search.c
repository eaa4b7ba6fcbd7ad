/* search.c — case-insensitive search in documents. */
#include "search.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "text.h"

static uint32_t fold(uint32_t cp)
{
	return cp < 0x80 ? (uint32_t)((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp)
	                 : (uint32_t)towlower((wint_t)cp);
}

/* Folds UTF-8 text into code points; returns how many. */
static size_t fold_all(const char *s, size_t len, uint32_t **out)
{
	uint32_t *v = xreallocarray(NULL, len + 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += text_decode(s + i, len - i, &cp);
		v[n++] = fold(cp);
	}
	*out = v;
	return n;
}

void search_begin(struct search *s, const char *query)
{
	memset(s, 0, sizeof *s);
	s->nneedle = fold_all(query, strlen(query), &s->needle);
}

static void add_hit(struct search *s, struct search_hit h)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->hits = xreallocarray(s->hits, s->cap, sizeof *s->hits);
	}
	s->hits[s->n++] = h;
}

/* A line's characters, folded, each with its columns. */
struct line_chars {
	struct ch {
		uint32_t cp;   /* 0 stands for blank columns, which no match crosses */
		int col, width;
	} *v;
	size_t n, cap;
};

static void push(struct line_chars *l, uint32_t cp, int col, int width)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct ch){ cp, col, width };
}

static bool matches_at(const struct line_chars *l, size_t i, const struct search *s)
{
	for (size_t k = 0; k < s->nneedle; k++)
		if (l->v[i + k].cp != s->needle[k])
			return false;
	return true;
}

void search_doc(struct search *s, const struct doc *d, int tab, int card)
{
	struct line_chars chars = { 0 };

	if (s->nneedle == 0)
		return;
	size_t item = 0;   /* items are in line order: the first not ended */
	for (size_t li = 0; li < d->nlines; li++) {
		const struct line *l = &d->lines[li];
		int end = -1;
		while (item < d->nitems && d->items[item].last < (int)li)
			item++;
		int in_item = card < 0 && item < d->nitems && d->items[item].first <= (int)li ?
		              (int)item : -1;
		chars.n = 0;
		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *sp = &d->spans[l->first_span + j];
			const char *t = d->text.data + sp->off;
			int col = sp->col;
			if (end >= 0 && col > end)
				push(&chars, 0, end, col - end);
			for (size_t i = 0; i < sp->len;) {
				uint32_t cp;
				i += text_decode(t + i, sp->len - i, &cp);
				push(&chars, fold(cp), col, text_cp_width(cp, d->ctx.utf8));
				col += text_cp_width(cp, d->ctx.utf8);
			}
			end = col;
		}
		for (size_t i = 0; i + s->nneedle <= chars.n; i++) {
			if (!matches_at(&chars, i, s))
				continue;
			const struct ch *first = &chars.v[i], *last = &chars.v[i + s->nneedle - 1];
			add_hit(s, (struct search_hit){ tab, card, in_item, (int)li, first->col,
			                                last->col + last->width - first->col });
			i += s->nneedle - 1; /* hits do not overlap */
		}
	}
	free(chars.v);
}

size_t search_on_line(const struct search *s, int tab, int card, int line, size_t *first)
{
	/* hits are appended document by document, line by line: bisect */
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct search_hit *h = &s->hits[mid];
		bool before = h->tab != tab ? h->tab < tab :
		              h->card != card ? h->card < card : h->line < line;
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < s->n && s->hits[lo + n].tab == tab && s->hits[lo + n].card == card &&
	       s->hits[lo + n].line == line)
		n++;
	*first = lo;
	return n;
}

void search_free(struct search *s)
{
	free(s->needle);
	free(s->hits);
	memset(s, 0, sizeof *s);
}

int search_contains(const char *text, size_t len, const char *query)
{
	uint32_t *h, *q;
	size_t nh = fold_all(text, len, &h), nq = fold_all(query, strlen(query), &q);
	int found = 0;

	for (size_t i = 0; nq && i + nq <= nh && !found; i++)
		found = memcmp(h + i, q, nq * sizeof *q) == 0;
	free(h);
	free(q);
	return found;
}
