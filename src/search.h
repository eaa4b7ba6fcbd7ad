/* search.h — finding text in laid-out documents.
 *
 * Matching is case-insensitive (towlower on each code point) and works on
 * the text as displayed, so a hit has a line and columns that the painter
 * can highlight.  A match does not span two lines.  No curses, no I/O. */
#ifndef PUSHPANDER_SEARCH_H
#define PUSHPANDER_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

struct search_hit {
	int tab;     /* index of the tab */
	int card;    /* the opened card the hit is in, or -1 for the tab's own page */
	int item;    /* on a tab's own page, the card that holds the line, or -1 */
	int line;
	int col;     /* first column */
	int width;   /* columns */
};

/* The hits of one query, in the order they were searched. */
struct search {
	uint32_t *needle;  /* the query, folded */
	size_t nneedle;
	struct search_hit *hits;
	size_t n, cap;
};

/* Starts a search for query (UTF-8); an empty query finds nothing. */
void search_begin(struct search *s, const char *query);

/* Appends every hit of the query in d, tagged with tab and card. */
void search_doc(struct search *s, const struct doc *d, int tab, int card);

/* The hits on one line of one document: *first receives the index of the
 * first, and the count is returned (hits of a document are contiguous). */
size_t search_on_line(const struct search *s, int tab, int card, int line, size_t *first);

void search_free(struct search *s);

/* Whether text contains query, case-insensitively (for --grep). */
int search_contains(const char *text, size_t len, const char *query);

#endif
