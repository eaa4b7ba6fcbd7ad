/* app.h — the viewer's state and its pure update function.
 *
 * No curses, no I/O: app_update() takes the state, an action and the
 * measurements of what is on screen (app_view), changes the state and says
 * what must happen next.  The view (view.h) lays documents out and the
 * painter draws them; this module decides.  The search — the prompt's
 * text, the query, its hits and the current hit — is state here too, so
 * "/", typing, Enter, Esc, n and N are unit-tested like every other key.
 *
 * The precondition of app_update, app_key, app_click and app_wheel: the
 * view describes the document shown as laid out so far, at least three
 * screens past the first line shown and the card after the selected one
 * (view_cover).  End needs the whole tab: when v->complete is false it
 * changes nothing and returns APP_NEED_WHOLE, and the caller lays out the
 * rest and asks again. */
#ifndef PUSHPANDER_APP_H
#define PUSHPANDER_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "keys.h"
#include "search.h"
#include "util.h"

#define APP_MAX_TABS 16

/* What is shown, each with its own draw and keys. */
enum app_mode {
	APP_BROWSE,   /* a tab's page, its cards selectable */
	APP_CARD,     /* one card, opened */
	APP_HELP,     /* the help overlay */
	APP_PROMPT,   /* the "/" prompt, over a tab or a card */
};

/* The search: the prompt, and the query whose hits are shown. */
struct app_search {
	bool prompting;        /* the "/" prompt is open */
	struct buf prompt;     /* what was typed at it */
	struct buf query;      /* the query of the hits */
	bool active;           /* hits are highlighted, n and N move */
	struct search found;
	size_t hit;            /* the current hit */
};

/* The longest query the prompt takes, in bytes. */
#define APP_PROMPT_MAX 60

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
	struct app_search search;
	char message[128];      /* said once on the status line, until a key */
	char notice[160];       /* said on the status line until the caller clears it
	                         * (--watch: the file's problem), under a message */
};

/* Finds found's query (search_begin) in every document the viewer can show
 * (each tab, then each of its cards opened), appending the hits in that
 * order: the view's job, since only it lays documents out. */
struct app_finder {
	void (*find)(void *ctx, struct search *found);
	void *ctx;
};

/* What is on screen now: the document shown (the tab's, the open card's or
 * the help's), the rows it has, and the cards of the current tab. */
struct app_view {
	int height;                    /* rows for the document */
	int lines;                     /* lines in the document, as laid out so far */
	int nitems;                    /* selectable cards laid out so far */
	const struct doc_item *items;
	int tab_cards;                 /* cards on the current tab */
	bool complete;                 /* the document is laid out whole */
	const struct app_finder *finder; /* for the search; may be NULL without one */
};

/* What app_update asks of the caller. */
enum {
	APP_REPAINT = 1,   /* draw again */
	APP_RELAYOUT = 2,  /* the document shown changed: lay out, then settle */
	APP_CLEAR = 4,     /* clear the terminal and draw everything */
	APP_QUIT = 8,
	APP_NEED_WHOLE = 16, /* lay out the whole tab and give the key again */
};

/* Starts on tab; app_free releases what the search holds. */
void app_init(struct app_state *s, int ntabs, int tab);
void app_free(struct app_state *s);

enum app_mode app_mode(const struct app_state *s);

/* Applies action to s given view; returns APP_* flags. */
unsigned app_update(struct app_state *s, enum action action, const struct app_view *view);

/* A key (keys.h K_* or a code point): text for the prompt while it is
 * open, else the action the key table binds it to.  Any key takes the
 * message off the status line. */
unsigned app_key(struct app_state *s, int key, const struct app_view *view);

/* Takes the message off the status line; APP_REPAINT if there was one. */
unsigned app_dismiss(struct app_state *s);

/* After the documents were laid out again for another width: finds the
 * query again, keeping the current hit where it can. */
unsigned app_search_again(struct app_state *s, const struct app_view *view);

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

/* After the résumé was loaded again: the tabs were the screens old[0..
 * old_n), they are now[0..n), tab i with cards[i] cards.  The current tab,
 * each tab's selection and scroll and the open card stay where the same
 * screen is still there (the selection clamped; app_settle clamps the
 * scroll); a tab that went away leaves its place to its neighbour, and its
 * card closes. */
void app_retab(struct app_state *s, const int *old, int old_n, const int *now, int n,
               const int *cards);

/* The first line shown of the document in view. */
int app_scroll(const struct app_state *s);

#endif
