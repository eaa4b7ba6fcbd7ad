/* app.h — the viewer's state and its pure update function.
 *
 * No curses, no I/O: app_update() takes the state, an action and the
 * measurements of what is on screen (app_view), changes the state and says
 * what must happen next.  The TUI lays out documents and paints; this module
 * decides.  Unit tests drive it with plain asserts. */
#ifndef PUSHPANDER_APP_H
#define PUSHPANDER_APP_H

#include <stdbool.h>

#include "doc.h"
#include "keys.h"

#define APP_MAX_TABS 16

struct app_state {
	int ntabs;
	int tab;                /* index into the tabs shown */
	struct {
		int selected;   /* card selected on this tab */
		int scroll;     /* first line shown */
	} pos[APP_MAX_TABS];
	bool card_open;         /* the selected card of tab is open */
	int card_scroll;
	bool help_open;
	int help_scroll;
	bool quit;
};

/* What is on screen now: the document shown (the tab's, the open card's or
 * the help's), the rows it has, and the cards of the current tab. */
struct app_view {
	int height;                    /* rows for the document */
	int lines;                     /* lines in the document */
	int nitems;                    /* selectable cards in the document */
	const struct doc_item *items;
	int tab_cards;                 /* cards on the current tab */
};

/* What app_update asks of the caller. */
enum {
	APP_REPAINT = 1,   /* draw again */
	APP_RELAYOUT = 2,  /* the document shown changed: lay out, then settle */
	APP_CLEAR = 4,     /* clear the terminal and draw everything */
	APP_QUIT = 8,
};

void app_init(struct app_state *s, int ntabs, int tab);

/* Applies action to s given view; returns APP_* flags. */
unsigned app_update(struct app_state *s, enum action action, const struct app_view *view);

/* A click on line `line` of the document shown: selects the card there, or
 * opens it when it is already selected; closes help. */
unsigned app_click(struct app_state *s, const struct app_view *view, int line);

/* The mouse wheel: scrolls what is shown by delta lines; on a list of
 * cards the selection follows into view. */
unsigned app_wheel(struct app_state *s, const struct app_view *view, int delta);

/* Shows line `line` of tab `tab`: of the tab's own page (card -1, where
 * item is the card that holds the line, or -1), or of its card `card`,
 * opened.  height is the rows shown. */
void app_goto(struct app_state *s, int tab, int card, int item, int line, int height);

/* After a relayout or resize: clamps the scroll offsets and selection to
 * view, and with reveal scrolls so that the selected card is visible. */
void app_settle(struct app_state *s, const struct app_view *view, bool reveal);

/* The first line shown of the document in view. */
int app_scroll(const struct app_state *s);

#endif
