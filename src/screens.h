/* screens.h — the screens, one row each in one table.
 *
 * A screen is what one tab shows: its title on the tab bar, its name for
 * --section, --print and ssh's "print" (and other names accepted), whether
 * a résumé has anything for it, and how it is built: a head, the cards (on
 * a screen that has them) and a foot, which layout.c calls in that order.
 * Adding a screen is adding a value to enum screen_id and a row to the
 * table in screens.c; nothing else lists the screens (tig's struct
 * view_ops is the model).
 *
 * Every string returned is static.  Card builders are given an index below
 * the screen's card count. */
#ifndef PUSHPANDER_SCREENS_H
#define PUSHPANDER_SCREENS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "resume.h"
#include "util.h"

/* In tab order. */
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

struct screen_def {
	const char *title;          /* "Projects", on the tab bar */
	const char *name;           /* "projects", for --section */
	const char *aliases[2];     /* other names --section takes ("work"), or NULL */
	/* whether r has anything to show on it */
	bool (*present)(const struct resume *r);
	/* how many cards it has; NULL on a screen without cards */
	size_t (*card_count)(const struct resume *r);
	/* what comes before the cards: all of a screen without them */
	void (*head)(struct doc *d, const struct resume *r);
	/* card i, all of it when full (opened, or printed) */
	void (*card)(struct doc *d, const struct resume *r, size_t i, bool full);
	/* what comes after the cards, or NULL */
	void (*foot)(struct doc *d, const struct resume *r);
	/* card i's name for the status line; NULL when it has none */
	const char *(*card_name)(const struct resume *r, size_t i);
};

/* The row of screen s. */
const struct screen_def *screen_def(enum screen_id s);

/* "About", "Projects", … as shown on the tab bar. */
const char *screen_title(enum screen_id s);
/* "about", "projects", … as accepted by --section. */
const char *screen_name(enum screen_id s);
/* Parses a --section name or alias, case-insensitively; *s is left alone
 * when there is no such screen. */
bool screen_from_name(const char *name, enum screen_id *s);

/* Appends every screen's name, in tab order, separated by ", " but for
 * last_sep before the last: "about, projects, …, stack or contact". */
void screen_names(struct buf *out, const char *last_sep);

/* Fills out with the screens this résumé has content for, in tab order, and
 * returns how many (About is always there). */
size_t screens_present(const struct resume *r, enum screen_id out[SCREEN_COUNT]);

/* Cards on screen s (0 for screens without cards). */
size_t screen_card_count(const struct resume *r, enum screen_id s);

/* A card's name for the status line ("INC-001", "Pitstop"); "" when it has
 * none or there is no such card, never NULL. */
const char *screen_card_name(const struct resume *r, enum screen_id s, size_t index);

#endif
