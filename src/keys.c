/* keys.c — the key table. */
#include "keys.h"

#include <stdio.h>

#include "glyphs.h"

struct binding {
	int key;
	enum action action;
};

/* Order matters: the first key of an action is the one the status line
 * shows, and keys are listed in help in this order. */
static const struct binding bindings[] = {
	{ K_RIGHT, ACT_RIGHT },     { 'l', ACT_RIGHT },
	{ K_LEFT, ACT_LEFT },       { 'h', ACT_LEFT },
	{ K_TAB, ACT_NEXT_TAB },
	{ K_BACKTAB, ACT_PREV_TAB },
	{ '1', ACT_TAB1 }, { '2', ACT_TAB2 }, { '3', ACT_TAB3 }, { '4', ACT_TAB4 },
	{ '5', ACT_TAB5 }, { '6', ACT_TAB6 }, { '7', ACT_TAB7 }, { '8', ACT_TAB8 },
	{ '9', ACT_TAB9 },
	{ K_DOWN, ACT_DOWN },       { 'j', ACT_DOWN },
	{ K_UP, ACT_UP },           { 'k', ACT_UP },
	{ K_PAGE_DOWN, ACT_PAGE_DOWN }, { ' ', ACT_PAGE_DOWN }, { K_CTRL('f'), ACT_PAGE_DOWN },
	{ K_PAGE_UP, ACT_PAGE_UP }, { 'b', ACT_PAGE_UP },       { K_CTRL('b'), ACT_PAGE_UP },
	{ K_HOME, ACT_TOP },        { 'g', ACT_TOP },
	{ K_END, ACT_BOTTOM },      { 'G', ACT_BOTTOM },
	{ K_ENTER, ACT_OPEN },      { 'o', ACT_OPEN },
	{ K_ESC, ACT_CLOSE },       { K_BACKSPACE, ACT_CLOSE },
	{ 'q', ACT_QUIT },
	{ K_CTRL('c'), ACT_EXIT },
	{ '?', ACT_HELP },
	{ '/', ACT_SEARCH },
	{ 'n', ACT_NEXT_MATCH },
	{ 'N', ACT_PREV_MATCH },
	{ K_CTRL('l'), ACT_REDRAW },
};

static const struct key_help help[] = {
	{ ACT_RIGHT, ACT_RIGHT, "next tab; in an open card, the next card", "Tabs",
	  "next tab or card" },
	{ ACT_LEFT, ACT_LEFT, "previous tab; in an open card, the previous card", "Tabs",
	  "prev tab or card" },
	{ ACT_NEXT_TAB, ACT_NEXT_TAB, "next tab", "Tabs", "next tab" },
	{ ACT_PREV_TAB, ACT_PREV_TAB, "previous tab", "Tabs", "previous tab" },
	{ ACT_TAB1, ACT_TAB9, "jump to tab 1 to 9", "Tabs", "tab 1 to 9" },
	{ ACT_DOWN, ACT_DOWN, "select the next card, or scroll down", "Move", "next card, down" },
	{ ACT_UP, ACT_UP, "select the previous card, or scroll up", "Move", "prev card, up" },
	{ ACT_PAGE_DOWN, ACT_PAGE_DOWN, "scroll down a page", "Move", "page down" },
	{ ACT_PAGE_UP, ACT_PAGE_UP, "scroll up a page", "Move", "page up" },
	{ ACT_TOP, ACT_TOP, "go to the top", "Move", "top" },
	{ ACT_BOTTOM, ACT_BOTTOM, "go to the bottom", "Move", "bottom" },
	{ ACT_OPEN, ACT_OPEN, "open the selected card", "Cards", "open the card" },
	{ ACT_CLOSE, ACT_CLOSE, "close the card or this help; then clear the search", "Cards",
	  "back; end search" },
	{ ACT_QUIT, ACT_QUIT, "close the card or help; quit at the top level", "Cards",
	  "back, or quit" },
	{ ACT_EXIT, ACT_EXIT, "quit at once", "Other", "quit at once" },
	{ ACT_HELP, ACT_HELP, "show or hide this help", "Other", "this help" },
	{ ACT_SEARCH, ACT_SEARCH, "search every section (Enter to search, Esc to cancel)",
	  "Search", "search all tabs" },
	{ ACT_NEXT_MATCH, ACT_NEXT_MATCH, "go to the next match, across tabs and into cards",
	  "Search", "next match" },
	{ ACT_PREV_MATCH, ACT_PREV_MATCH, "go to the previous match", "Search", "previous match" },
	{ ACT_REDRAW, ACT_REDRAW, "redraw the screen", "Other", "redraw" },
};

enum action keys_action(int key)
{
	for (size_t i = 0; i < ARRAY_LEN(bindings); i++)
		if (bindings[i].key == key)
			return bindings[i].action;
	return ACT_NONE;
}

const struct key_help *keys_help(size_t *n)
{
	*n = ARRAY_LEN(help);
	return help;
}

static void key_name(struct buf *out, int key, bool utf8)
{
	const struct glyphs *g = glyphs_for(utf8);
	char s[16];

	switch (key) {
	case K_UP: buf_puts(out, g->key_up); return;
	case K_DOWN: buf_puts(out, g->key_down); return;
	case K_LEFT: buf_puts(out, g->key_left); return;
	case K_RIGHT: buf_puts(out, g->key_right); return;
	case K_PAGE_UP: buf_puts(out, "PgUp"); return;
	case K_PAGE_DOWN: buf_puts(out, "PgDn"); return;
	case K_HOME: buf_puts(out, "Home"); return;
	case K_END: buf_puts(out, "End"); return;
	case K_BACKTAB: buf_puts(out, "Shift-Tab"); return;
	case K_ENTER: buf_puts(out, "Enter"); return;
	case K_BACKSPACE: buf_puts(out, "Backspace"); return;
	case K_ESC: buf_puts(out, "Esc"); return;
	case K_TAB: buf_puts(out, "Tab"); return;
	case ' ': buf_puts(out, "Space"); return;
	default: break;
	}
	if (key > 0 && key < 0x20)
		snprintf(s, sizeof s, "Ctrl-%c", key + '@');
	else
		snprintf(s, sizeof s, "%c", key);
	buf_puts(out, s);
}

void keys_label(struct buf *out, const struct key_help *h, bool utf8)
{
	size_t first = 0, last = 0, count = 0;

	for (size_t i = 0; i < ARRAY_LEN(bindings); i++) {
		if (bindings[i].action < h->first || bindings[i].action > h->last)
			continue;
		if (count++ == 0)
			first = i;
		last = i;
	}
	if (count == 0)
		return;
	if (h->first != h->last) {
		key_name(out, bindings[first].key, utf8);
		buf_puts(out, glyphs_for(utf8)->dash);
		key_name(out, bindings[last].key, utf8);
		return;
	}
	bool any = false;
	for (size_t i = first; i <= last; i++) {
		if (bindings[i].action != h->first)
			continue;
		if (any)
			buf_puts(out, " ");
		key_name(out, bindings[i].key, utf8);
		any = true;
	}
}

void keys_first(struct buf *out, enum action a, bool utf8)
{
	for (size_t i = 0; i < ARRAY_LEN(bindings); i++) {
		if (bindings[i].action == a) {
			key_name(out, bindings[i].key, utf8);
			return;
		}
	}
}
