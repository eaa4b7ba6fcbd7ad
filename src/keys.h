/* keys.h — the one key table: keys to actions, and the help for each.
 *
 * The help overlay, --help and the man page's KEYS section are all made from
 * this table, so they cannot disagree with what the keys do.  Key codes are
 * our own (K_*), not curses': tui.c translates. */
#ifndef PUSHPANDER_KEYS_H
#define PUSHPANDER_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

enum action {
	ACT_NONE,
	ACT_RIGHT,     /* next tab; next card when one is open */
	ACT_LEFT,
	ACT_NEXT_TAB,
	ACT_PREV_TAB,
	ACT_TAB1, ACT_TAB2, ACT_TAB3, ACT_TAB4, ACT_TAB5, ACT_TAB6, ACT_TAB7, ACT_TAB8, ACT_TAB9,
	ACT_DOWN,
	ACT_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_TOP,
	ACT_BOTTOM,
	ACT_OPEN,
	ACT_CLOSE,
	ACT_QUIT,
	ACT_EXIT,      /* quit from anywhere */
	ACT_HELP,
	ACT_SEARCH,
	ACT_NEXT_MATCH,
	ACT_PREV_MATCH,
	ACT_REDRAW,
	ACT_RESIZE,    /* not bound to a key: the terminal changed size */
	ACT_COUNT
};

/* Keys beyond Unicode, for the special keys. */
enum {
	K_UP = 0x110000,
	K_DOWN,
	K_LEFT,
	K_RIGHT,
	K_PAGE_UP,
	K_PAGE_DOWN,
	K_HOME,
	K_END,
	K_BACKTAB,
	K_ENTER,
	K_BACKSPACE,
	K_RESIZE,
	K_MOUSE,
	K_BACKGROUND,  /* not a key: the terminal told its background (input.h) */
	K_ESC = 27,
	K_TAB = '\t',
};

#define K_CTRL(c) ((c) & 0x1f)

/* The action bound to key, or ACT_NONE. */
enum action keys_action(int key);

/* One line of help: the actions first..last (usually one) and what they
 * do, the group the help overlay lists it under, and what it does in a
 * few words (at most 16 columns), for the overlay's two columns. */
struct key_help {
	enum action first, last;
	const char *what;
	const char *group;   /* "Move", "Tabs", "Cards", "Search" or "Other" */
	const char *brief;
};

/* The help lines in order; *n receives how many. */
const struct key_help *keys_help(size_t *n);

/* Appends the keys for a help line, e.g. "→ l" (UTF-8) or "Right l" (ASCII),
 * or "1–9" for a range. */
void keys_label(struct buf *out, const struct key_help *h, bool utf8);

/* Appends the name of the first key bound to action ("?" for ACT_HELP). */
void keys_first(struct buf *out, enum action a, bool utf8);

#endif
