/* paint.h — drawing the viewer with curses: colours, documents, the help
 * box, the too-small notice, and OSC 8 links; the tab bar, the rule and the
 * status line are paint_chrome.c's.
 *
 * One of the two modules (with term.c) that include curses.  Each mode of
 * app.h has its own draw; the painter reads the state and the view and
 * changes neither, except to remember where it put things (the tabs, for a
 * click; the links, to wrap them in OSC 8 after curses has drawn). */
#ifndef PUSHPANDER_PAINT_H
#define PUSHPANDER_PAINT_H

#include <stdbool.h>
#include <stddef.h>
#include <curses.h>

#include "app.h"
#include "theme.h"
#include "view.h"

/* Below this size the viewer shows a notice instead of the résumé. */
#define PAINT_MIN_COLS 40
#define PAINT_MIN_ROWS 12

struct painter {
	attr_t attrs[PAINT_COUNT]; /* curses attributes and colour pair per role */
	int colors;               /* the colours in use: 0 for none */
	bool utf8;
	bool links;               /* OSC 8 hyperlinks */
	int problems;             /* problems found while loading, said on the rule */
	int tab_x[SCREEN_COUNT + 1]; /* where each tab starts on the tab bar */
	bool tabs_compact;        /* only the current tab is named */
	bool heavy_selection;     /* the selected card's border heavy (mono) */
	struct shown_link {
		int y, x;
		const struct doc *d;
		const struct span *s;
	} *shown_links;           /* the link spans painted this time */
	size_t nshown, cap_shown;
};

/* Sets up colours (after curses has started), or none without want_color
 * or when the terminal has none; paint_palette then chooses them. */
void paint_init(struct painter *p, bool want_color, bool utf8, bool links, int problems);

/* Gives the roles theme's attributes and colours (enum theme_id) for a
 * light or a dark background.  May be called again: what is painted after
 * uses the new ones. */
void paint_palette(struct painter *p, int theme, bool light);
void paint_free(struct painter *p);

/* Whether the terminal of the view is too small to show the résumé. */
bool paint_too_small(const struct view *v);

/* Draws everything st shows into curses' screen (not yet refreshed). */
void paint_frame(struct painter *p, const struct view *v, const struct app_state *st);

/* After refresh(): writes the links drawn, wrapped in OSC 8. */
void paint_links(struct painter *p);

/* Writes len bytes of s (or the string s) at (y, x) in role's attributes,
 * cut at the screen's edge: for the painter's parts (paint_chrome.c). */
void paint_put(struct painter *p, int y, int x, int role, const char *s, size_t len);
void paint_put_str(struct painter *p, int y, int x, int role, const char *s);

/* The tab at column x of the tab bar as last painted: its index, or -1;
 * on a compact bar, -2 for the left half (previous) and -3 for the right
 * (next). */
int paint_tab_at(const struct painter *p, const struct view *v, int x);
#define PAINT_TAB_PREV (-2)
#define PAINT_TAB_NEXT (-3)

#endif
