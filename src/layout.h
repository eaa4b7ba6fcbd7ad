/* layout.h — from the résumé model to documents, a screen at a time.
 *
 * The engine that runs a screen's builders from the screen table
 * (screens.h): its head, its cards one by one, its foot.  The TUI shows one
 * screen per tab, laid out as far as it is shown; the plain-text printer
 * prints them all with every card expanded.  Both come here, so they show
 * the same content.  Item i of a card screen's document is card i.
 *
 * layout_screen, layout_begin and layout_card initialise the document they
 * are given; the caller frees it with doc_free. */
#ifndef PUSHPANDER_LAYOUT_H
#define PUSHPANDER_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "resume.h"
#include "screens.h"

/* The widest a document is laid out, for comfortable reading: a wider
 * ctx->width is cut to it. */
#define LAYOUT_MAX_WIDTH 100

/* Lays out screen s for ctx into d.  With expand, cards show everything
 * (as opened) and the screen starts with its title, for printing. */
void layout_screen(struct doc *d, const struct resume *r, enum screen_id s,
                   const struct layout_ctx *ctx, bool expand);

/* The same, a piece at a time, so that the viewer lays out only what it
 * shows of a screen with thousands of cards: layout_begin initialises d,
 * and each layout_more adds cards (and what comes before and after them)
 * until d has at least lines lines and items items, or the screen is
 * complete, which it returns.  What is laid out never changes afterwards:
 * it is exactly the start of what layout_screen makes. */
struct layout_progress {
	enum screen_id screen;
	bool expand;
	int stage;
	size_t next;        /* the next card */
};
void layout_begin(struct doc *d, struct layout_progress *p, enum screen_id s,
                  const struct layout_ctx *ctx, bool expand);
bool layout_more(struct doc *d, struct layout_progress *p, const struct resume *r,
                 size_t lines, size_t items);

/* Lays out card index of screen s, opened, for ctx into d (empty when
 * there is no such card). */
void layout_card(struct doc *d, const struct resume *r, enum screen_id s, size_t index,
                 const struct layout_ctx *ctx);

#endif
