/* view.h — what is laid out for the terminal: every tab visited, the open
 * card and the help, for the terminal's size.
 *
 * Curses-free, so unit tests drive it.  A tab's document is laid out only
 * as far as it is shown (a history of thousands of cards costs only the
 * cards on screen) and kept until the width changes, so switching back to
 * a tab costs nothing.  The view satisfies app.h's precondition: after
 * view_relayout or view_cover, app_view() describes a document laid out at
 * least three screens past the first line shown and one card past the
 * selected one.  The view owns its documents; view_free releases them. */
#ifndef PUSHPANDER_VIEW_H
#define PUSHPANDER_VIEW_H

#include <stdbool.h>

#include "app.h"
#include "doc.h"
#include "layout.h"
#include "resume.h"

struct view {
	const struct resume *r;
	enum screen_id tabs[SCREEN_COUNT];
	int ntabs;
	int rows, cols;           /* the terminal's size */
	struct layout_ctx ctx;    /* UTF-8 or ASCII, today; the width is set per document */
	bool mouse;               /* the help mentions the mouse */

	struct doc tab_docs[SCREEN_COUNT];
	struct layout_progress tab_progress[SCREEN_COUNT];
	bool tab_laid_out[SCREEN_COUNT];
	bool tab_complete[SCREEN_COUNT];
	struct doc card_doc;      /* the open card, or the split's detail */
	int card_doc_tab, card_doc_index, card_doc_width;
	struct doc help_doc;
	int help_doc_width;
	int search_width;         /* the width the hits were found at (the
	                           * columns, when a split's widths vary) */
	struct app_finder finder; /* view_find, for app.c */
};

/* Starts a view of r's screens (screens_present) with nothing laid out,
 * for documents in ctx's mode and with its today (its width is not used). */
void view_init(struct view *v, const struct resume *r, const struct layout_ctx *ctx,
               bool mouse);
void view_free(struct view *v);

/* The index among the tabs of screen s, or -1. */
int view_tab_of(const struct view *v, int screen);

/* The terminal is rows × cols now. */
void view_resize(struct view *v, int rows, int cols);

/* From this many columns a tab of cards is split, as lazygit's panels
 * are: the list of cards on the left, the selected card laid out whole on
 * the right, following the selection.  Enter moves into it (the card is
 * "open": its keys scroll it). */
#define VIEW_SPLIT_COLS 140

/* Where a document is shown: its first column on the terminal and the
 * width it is laid out for. */
struct view_pane {
	int x;
	int width;
};

/* Whether tab is shown split (it has cards and the terminal is wide). */
bool view_split(const struct view *v, int tab);
/* Where tab's own document goes: the list of a split, or a column of at
 * most LAYOUT_MAX_WIDTH centred on a wider terminal. */
struct view_pane view_list_pane(const struct view *v, int tab);
/* Where a card of tab goes opened: the split's right-hand side, or the
 * same column as the tab's document.  The separator of a split is the
 * column before it. */
struct view_pane view_detail_pane(const struct view *v, int tab);

/* The rows documents are shown in. */
int view_content_rows(const struct view *v);

/* Lays out what st shows, dropping what was laid out for another width,
 * and finds the search's query again at a new width. */
void view_relayout(struct view *v, struct app_state *st);

/* Lays out the current tab as far as any key but End needs: two screens
 * past what is shown and the card after the selected one, and the
 * selected card when it is open.  With whole, all of the tab. */
void view_cover(struct view *v, const struct app_state *st, bool whole);

/* Lays out what a split shows beside its list: the selected card.  Called
 * before a frame is painted, not after every key, so that a stream of ↓
 * costs one card a frame. */
void view_detail(struct view *v, const struct app_state *st);

/* What app.c needs to know of the document st shows. */
struct app_view view_app_view(const struct view *v, const struct app_state *st);

/* The document st shows (the help's, the open card's or the tab's). */
const struct doc *view_doc(const struct view *v, const struct app_state *st);

/* Tab i's document laid out whole. */
const struct doc *view_tab_doc(struct view *v, int i);

/* Finds found's query in every tab and every card, as app_finder's find
 * (ctx is the view). */
void view_find(void *ctx, struct search *found);

#endif
