/* layout.h — from the résumé model to documents, one builder per screen.
 *
 * The TUI shows one screen per tab; the plain-text printer prints them all
 * with every card expanded.  Both call these builders, so they show the same
 * content.  Item i of a card screen's document is element i of the model's
 * array for that screen (projects, work, incidents). */
#ifndef PUSHPANDER_LAYOUT_H
#define PUSHPANDER_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "resume.h"

enum screen_id {
	SCREEN_ABOUT,
	SCREEN_PROJECTS,
	SCREEN_HISTORY,
	SCREEN_EDUCATION,
	SCREEN_INCIDENTS,
	SCREEN_TESTIMONIALS,
	SCREEN_STACK,
	SCREEN_CONTACT,
	SCREEN_COUNT
};

/* The widest a document is laid out, for comfortable reading. */
#define LAYOUT_MAX_WIDTH 100

/* "About", "Projects", … as shown on the tab bar. */
const char *layout_screen_title(enum screen_id s);
/* "about", "projects", … as accepted by --section. */
const char *layout_screen_name(enum screen_id s);
/* Parses a --section name (case-insensitive; "work", "references" and
 * "skills" are accepted as aliases). */
bool layout_screen_from_name(const char *name, enum screen_id *s);

/* Fills out with the screens this résumé has content for, in tab order, and
 * returns how many (About is always there). */
size_t layout_screens(const struct resume *r, enum screen_id out[SCREEN_COUNT]);

/* Cards on a screen (0 for screens without cards). */
size_t layout_card_count(const struct resume *r, enum screen_id s);

/* Lays out screen s for ctx (no wider than LAYOUT_MAX_WIDTH) into d, which
 * it initialises and the caller frees with doc_free.  With expand, cards
 * show everything (as opened) and the screen starts with its title, for
 * printing. */
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

/* Lays out card index of screen s, opened, for ctx into d. */
void layout_card(struct doc *d, const struct resume *r, enum screen_id s, size_t index,
                 const struct layout_ctx *ctx);

/* A card's name for the status line ("INC-001", "Pitstop"); never NULL. */
const char *layout_card_name(const struct resume *r, enum screen_id s, size_t index);

#endif
