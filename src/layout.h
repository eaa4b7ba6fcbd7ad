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

/* Lays out screen s for width columns into d (which it initialises).  With
 * expand, cards show everything (as opened) and the screen starts with its
 * title, for printing. */
void layout_screen(struct doc *d, const struct resume *r, enum screen_id s, int width, bool expand);

/* Lays out card index of screen s, opened, into d. */
void layout_card(struct doc *d, const struct resume *r, enum screen_id s, size_t index, int width);

/* A card's name for the status line ("INC-001", "Pitstop"); never NULL. */
const char *layout_card_name(const struct resume *r, enum screen_id s, size_t index);

#endif
