/* app.c — navigation: tabs, selection, scrolling, the open card, help and
 * the search. */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "text.h"

void app_init(struct app_state *s, int ntabs, int tab)
{
	memset(s, 0, sizeof *s);
	s->ntabs = ntabs < 1 ? 1 : ntabs > APP_MAX_TABS ? APP_MAX_TABS : ntabs;
	s->tab = tab >= 0 && tab < s->ntabs ? tab : 0;
}

void app_free(struct app_state *s)
{
	buf_free(&s->search.prompt);
	buf_free(&s->search.query);
	search_free(&s->search.found);
}

enum app_mode app_mode(const struct app_state *s)
{
	if (s->search.prompting)
		return APP_PROMPT;
	if (s->help_open)
		return APP_HELP;
	return s->card_open ? APP_CARD : APP_BROWSE;
}

static int max_scroll(const struct app_view *v)
{
	int m = v->lines - v->height;
	return m > 0 ? m : 0;
}

static int clamp(int x, int lo, int hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

static int *scroll_of(struct app_state *s)
{
	if (s->help_open)
		return &s->help_scroll;
	if (s->card_open)
		return &s->card_scroll;
	return &s->pos[s->tab].scroll;
}

int app_scroll(const struct app_state *s)
{
	return *scroll_of((struct app_state *)s);
}

/* Scrolls so that item i is on screen, showing as much of it as fits. */
static void reveal_item(struct app_state *s, const struct app_view *v, int i)
{
	int *scroll = &s->pos[s->tab].scroll;
	const struct doc_item *it = &v->items[i];

	if (i == 0 && it->first < v->height) {
		/* keep the screen's heading in view, the first card's top with
		 * it, even on a small terminal where the card runs off */
		*scroll = 0;
		return;
	}
	if (it->last >= *scroll + v->height) {
		*scroll = it->last - v->height + 1;
		/* a row or two of what is above (the card before's bottom
		 * border, a box's) alone at the top reads as debris: the card
		 * goes to the top instead */
		int above = it->first - *scroll;
		if (above > 0 && above <= 2)
			*scroll = it->first;
	}
	if (it->first < *scroll)
		*scroll = it->first;
	*scroll = clamp(*scroll, 0, max_scroll(v));
}

/* After a page jump, selects a card that is on screen if the selected one
 * went off it. */
static void follow_scroll(struct app_state *s, const struct app_view *v)
{
	int scroll = s->pos[s->tab].scroll, *sel = &s->pos[s->tab].selected;

	if (v->nitems == 0)
		return;
	const struct doc_item *it = &v->items[*sel];
	if (it->last >= scroll && it->first < scroll + v->height)
		return;
	/* items are in document order: find the first that ends in view by
	 * bisection, so that a page step costs the same in a long history */
	int lo = 0, hi = v->nitems;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (v->items[mid].last < scroll)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int i = lo; i < v->nitems && v->items[i].first < scroll + v->height; i++) {
		if (v->items[i].last >= scroll) {
			*sel = i;
			/* prefer a card whose title is visible */
			if (v->items[i].title >= scroll)
				return;
		}
	}
}

static unsigned switch_tab(struct app_state *s, int tab)
{
	if (tab < 0 || tab >= s->ntabs)
		return 0;
	if (tab == s->tab && !s->card_open)
		return 0;
	s->tab = tab;
	s->card_open = false;
	return APP_RELAYOUT;
}

static unsigned scroll_by(int *scroll, int delta, const struct app_view *v)
{
	int next = clamp(*scroll + delta, 0, max_scroll(v));
	if (next == *scroll)
		return 0;
	*scroll = next;
	return APP_REPAINT;
}

static int page(const struct app_view *v)
{
	return v->height > 2 ? v->height - 1 : 1;
}

/* Keys that scroll whatever document is shown. */
static unsigned scroll_action(int *scroll, enum action a, const struct app_view *v)
{
	switch (a) {
	case ACT_DOWN: return scroll_by(scroll, 1, v);
	case ACT_UP: return scroll_by(scroll, -1, v);
	case ACT_PAGE_DOWN: return scroll_by(scroll, page(v), v);
	case ACT_PAGE_UP: return scroll_by(scroll, -page(v), v);
	case ACT_TOP: return scroll_by(scroll, -*scroll, v);
	case ACT_BOTTOM: return scroll_by(scroll, max_scroll(v) - *scroll, v);
	default: return 0;
	}
}

/* ---- the search ---- */

/* Shows the current hit: its tab, and its card opened when it is in one. */
static unsigned goto_hit(struct app_state *s, const struct app_view *v)
{
	const struct search_hit *h = &s->search.found.hits[s->search.hit];

	app_goto(s, h->tab, h->card, h->item, h->line, v->height);
	return APP_RELAYOUT;
}

/* Finds the query everywhere.  With jump, shows the first hit at or after
 * the line at the top of the screen. */
static unsigned run_search(struct app_state *s, const struct app_view *v, bool jump)
{
	struct app_search *q = &s->search;

	search_free(&q->found);
	q->active = false;
	if (!q->query.len || !v->finder)
		return APP_REPAINT;
	search_begin(&q->found, q->query.data);
	v->finder->find(v->finder->ctx, &q->found);
	if (q->found.n == 0) {
		snprintf(s->message, sizeof s->message, "No match for \"%s\"", q->query.data);
		return APP_REPAINT;
	}
	q->active = true;
	if (q->hit >= q->found.n)
		q->hit = 0;
	if (!jump)
		return APP_REPAINT;
	int tab = s->tab, card = s->card_open ? s->pos[tab].selected : -1;
	int line = app_scroll(s);
	q->hit = 0;
	for (size_t i = 0; i < q->found.n; i++) {
		const struct search_hit *h = &q->found.hits[i];
		bool at_or_after = h->tab != tab ? h->tab > tab :
		                   h->card != card ? h->card > card : h->line >= line;
		if (at_or_after) {
			q->hit = i;
			break;
		}
	}
	return goto_hit(s, v);
}

unsigned app_search_again(struct app_state *s, const struct app_view *v)
{
	return s->search.active ? run_search(s, v, false) : 0;
}

/* A key at the "/" prompt. */
static unsigned prompt_key(struct app_state *s, int key, const struct app_view *v)
{
	struct buf *p = &s->search.prompt;

	switch (key) {
	case K_ENTER:
		s->search.prompting = false;
		buf_clear(&s->search.query);
		buf_append(&s->search.query, p->data ? p->data : "", p->len);
		return run_search(s, v, true);
	case K_ESC:
		s->search.prompting = false;
		return APP_REPAINT;
	case K_CTRL('c'):
		s->quit = true; /* quit at once, as everywhere */
		return APP_QUIT;
	case K_BACKSPACE:
		while (p->len && (p->data[p->len - 1] & 0xC0) == 0x80)
			p->len--;
		if (p->len)
			p->len--;
		buf_append(p, "", 0); /* terminates it again */
		return APP_REPAINT;
	case K_CTRL('u'):
		buf_clear(p);
		return APP_REPAINT;
	default:
		if (key < 0x20 || key >= 0x110000 || text_is_hidden((uint32_t)key))
			return 0;
		size_t was = p->len;
		text_encode(p, (uint32_t)key);
		if (p->len > APP_PROMPT_MAX) { /* say so, rather than ignore the key */
			p->len = was;
			buf_append(p, "", 0); /* terminates it again */
			snprintf(s->message, sizeof s->message, "Search text is limited to %d bytes",
			         APP_PROMPT_MAX);
		}
		return APP_REPAINT;
	}
}

/* "/", n and N, over a tab or a card. */
static unsigned search_action(struct app_state *s, enum action a, const struct app_view *v)
{
	struct app_search *q = &s->search;

	if (a == ACT_SEARCH) {
		q->prompting = true;
		buf_clear(&q->prompt);
		buf_reserve(&q->prompt, 0);
		return APP_REPAINT;
	}
	if (!q->active) {
		snprintf(s->message, sizeof s->message, "Nothing to repeat: press / to search");
		return APP_REPAINT;
	}
	q->hit = (q->hit + (a == ACT_NEXT_MATCH ? 1 : q->found.n - 1)) % q->found.n;
	return goto_hit(s, v);
}

static unsigned update_help(struct app_state *s, enum action a, const struct app_view *v)
{
	switch (a) {
	case ACT_HELP:
	case ACT_CLOSE:
	case ACT_QUIT:
		s->help_open = false;
		return APP_RELAYOUT;
	default:
		return scroll_action(&s->help_scroll, a, v);
	}
}

/* Keys that do the same over a tab's page and an open card: the search,
 * help and the tab keys.  Returns true with *flags set when a took. */
static bool update_common(struct app_state *s, enum action a, const struct app_view *v,
                          unsigned *flags)
{
	switch (a) {
	case ACT_SEARCH:
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		*flags = search_action(s, a, v);
		return true;
	case ACT_HELP:
		s->help_open = true;
		s->help_scroll = 0;
		*flags = APP_RELAYOUT;
		return true;
	case ACT_NEXT_TAB:
		*flags = switch_tab(s, (s->tab + 1) % s->ntabs);
		return true;
	case ACT_PREV_TAB:
		*flags = switch_tab(s, (s->tab + s->ntabs - 1) % s->ntabs);
		return true;
	case ACT_TAB1: case ACT_TAB2: case ACT_TAB3: case ACT_TAB4: case ACT_TAB5:
	case ACT_TAB6: case ACT_TAB7: case ACT_TAB8: case ACT_TAB9:
		*flags = switch_tab(s, (int)(a - ACT_TAB1));
		return true;
	default:
		return false;
	}
}

static unsigned update_card(struct app_state *s, enum action a, const struct app_view *v)
{
	int *sel = &s->pos[s->tab].selected;
	unsigned flags;

	if (update_common(s, a, v, &flags))
		return flags;
	switch (a) {
	case ACT_CLOSE:
	case ACT_QUIT:
		s->card_open = false;
		return APP_RELAYOUT;
	case ACT_RIGHT:
	case ACT_LEFT: {
		int next = *sel + (a == ACT_RIGHT ? 1 : -1);
		if (next < 0 || next >= v->tab_cards)
			return 0;
		*sel = next;
		s->card_scroll = 0;
		return APP_RELAYOUT;
	}
	default:
		return scroll_action(&s->card_scroll, a, v);
	}
}

static unsigned update_tab(struct app_state *s, enum action a, const struct app_view *v)
{
	int *sel = &s->pos[s->tab].selected, *scroll = &s->pos[s->tab].scroll;

	if (a == ACT_BOTTOM && !v->complete)
		return APP_NEED_WHOLE;
	if (v->nitems == 0)
		return scroll_action(scroll, a, v);
	switch (a) {
	case ACT_DOWN:
		if (v->items[*sel].first >= *scroll + v->height) {
			/* the selection is below the screen (a tab opened at its
			 * top on a small terminal): bring it in first */
			reveal_item(s, v, *sel);
			return APP_REPAINT;
		}
		if (*sel + 1 < v->nitems) {
			(*sel)++;
			reveal_item(s, v, *sel);
			return APP_REPAINT;
		}
		return scroll_by(scroll, 1, v); /* past the last card: what follows */
	case ACT_UP:
		if (*sel > 0 && v->items[*sel].first >= *scroll) {
			(*sel)--;
			reveal_item(s, v, *sel);
			return APP_REPAINT;
		}
		if (*sel > 0 && v->items[*sel].first < *scroll) {
			/* the selection scrolled off the top: bring it back first */
			reveal_item(s, v, *sel);
			return APP_REPAINT;
		}
		return scroll_by(scroll, -1, v);
	case ACT_PAGE_DOWN:
	case ACT_PAGE_UP: {
		unsigned f = scroll_action(scroll, a, v);
		int before = *sel;
		follow_scroll(s, v);
		return f | (before != *sel ? APP_REPAINT : 0);
	}
	case ACT_TOP:
		*sel = 0;
		*scroll = 0;
		return APP_REPAINT;
	case ACT_BOTTOM:
		*sel = v->nitems - 1;
		*scroll = max_scroll(v);
		return APP_REPAINT;
	case ACT_OPEN:
		s->card_open = true;
		s->card_scroll = 0;
		return APP_RELAYOUT;
	default:
		return 0;
	}
}

/* A tab's page. */
static unsigned update_browse(struct app_state *s, enum action a, const struct app_view *v)
{
	unsigned flags;

	if (update_common(s, a, v, &flags))
		return flags;
	switch (a) {
	case ACT_QUIT:
		s->quit = true;
		return APP_QUIT;
	case ACT_CLOSE:
		if (!s->search.active)
			return update_tab(s, a, v);
		/* Esc on a tab's page clears the search */
		search_free(&s->search.found);
		s->search.active = false;
		return APP_REPAINT;
	case ACT_RIGHT:
		return switch_tab(s, (s->tab + 1) % s->ntabs);
	case ACT_LEFT:
		return switch_tab(s, (s->tab + s->ntabs - 1) % s->ntabs);
	default:
		return update_tab(s, a, v);
	}
}

/* At the prompt keys are text (app_key): no action means anything. */
static unsigned update_prompt(struct app_state *s, enum action a, const struct app_view *v)
{
	(void)s, (void)a, (void)v;
	return 0;
}

/* Each mode's keys. */
static unsigned (*const update_mode[])(struct app_state *, enum action,
                                       const struct app_view *) = {
	[APP_BROWSE] = update_browse,
	[APP_CARD] = update_card,
	[APP_HELP] = update_help,
	[APP_PROMPT] = update_prompt,
};

unsigned app_dismiss(struct app_state *s)
{
	if (!s->message[0])
		return 0;
	s->message[0] = '\0';
	return APP_REPAINT;
}

unsigned app_key(struct app_state *s, int key, const struct app_view *v)
{
	unsigned flags = app_dismiss(s);

	if (s->search.prompting)
		return flags | prompt_key(s, key, v);
	return flags | app_update(s, key == K_RESIZE ? ACT_RESIZE : keys_action(key), v);
}

unsigned app_update(struct app_state *s, enum action a, const struct app_view *v)
{
	switch (a) {
	case ACT_NONE:
		return 0;
	case ACT_REDRAW:
		return APP_CLEAR | APP_REPAINT;
	case ACT_RESIZE:
		return APP_RELAYOUT;
	case ACT_EXIT:
		s->quit = true;
		return APP_QUIT;
	default:
		break;
	}
	return update_mode[app_mode(s)](s, a, v);
}

void app_goto(struct app_state *s, int tab, int card, int item, int line, int height)
{
	int scroll = line - height / 3;

	if (tab < 0 || tab >= s->ntabs)
		return;
	s->tab = tab;
	s->help_open = false;
	s->card_open = card >= 0;
	if (card >= 0) {
		s->pos[tab].selected = card;
		s->card_scroll = scroll > 0 ? scroll : 0;
	} else {
		if (item >= 0)
			s->pos[tab].selected = item;
		s->pos[tab].scroll = scroll > 0 ? scroll : 0;
	}
	/* app_settle clamps the scroll once the document is laid out */
}

unsigned app_click(struct app_state *s, const struct app_view *v, int line)
{
	int *sel = &s->pos[s->tab].selected;

	if (s->help_open) {
		s->help_open = false;
		return APP_RELAYOUT;
	}
	if (s->card_open || v->nitems == 0)
		return 0;
	int lo = 0, hi = v->nitems;
	while (lo < hi) { /* the first card that ends at or after line */
		int mid = lo + (hi - lo) / 2;
		if (v->items[mid].last < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == v->nitems || v->items[lo].first > line)
		return 0;
	if (lo == *sel)
		return update_tab(s, ACT_OPEN, v);
	*sel = lo;
	reveal_item(s, v, lo);
	return APP_REPAINT;
}

unsigned app_wheel(struct app_state *s, const struct app_view *v, int delta)
{
	unsigned flags = scroll_by(scroll_of(s), delta, v);
	if (!s->help_open && !s->card_open) {
		int before = s->pos[s->tab].selected;
		follow_scroll(s, v);
		if (before != s->pos[s->tab].selected)
			flags |= APP_REPAINT;
	}
	return flags;
}

void app_settle(struct app_state *s, const struct app_view *v, bool reveal)
{
	int *scroll = scroll_of(s);

	if (!s->help_open && !s->card_open) {
		int *sel = &s->pos[s->tab].selected;
		*sel = v->nitems ? clamp(*sel, 0, v->nitems - 1) : 0;
	}
	*scroll = clamp(*scroll, 0, max_scroll(v));
	/* a tab at its top with its first card selected stays there, its
	 * heading in view, though the card be below the screen (a small one,
	 * under a chart): ↓ brings the card in first */
	bool at_top = s->pos[s->tab].selected == 0 && *scroll == 0 && v->nitems;
	if (reveal && !s->help_open && !s->card_open && v->nitems && !at_top)
		reveal_item(s, v, s->pos[s->tab].selected);
}

static int index_of(const int *tabs, int n, int screen)
{
	for (int i = 0; i < n; i++)
		if (tabs[i] == screen)
			return i;
	return -1;
}

void app_retab(struct app_state *s, const int *old, int old_n, const int *now, int n,
               const int *cards)
{
	const struct app_state saved = *s; /* its positions; it owns nothing here */
	int tab = s->tab < old_n ? index_of(now, n, old[s->tab]) : -1;

	n = n < APP_MAX_TABS ? n : APP_MAX_TABS;
	for (int i = 0; i < APP_MAX_TABS; i++) {
		int j = i < n ? index_of(old, old_n, now[i]) : -1;
		s->pos[i].selected = j >= 0 && cards[i] > 0 ?
		                     clamp(saved.pos[j].selected, 0, cards[i] - 1) : 0;
		s->pos[i].scroll = j >= 0 ? saved.pos[j].scroll : 0;
	}
	s->ntabs = n;
	if (tab < 0) {
		s->tab = clamp(s->tab, 0, n - 1);
		s->card_open = false;
		s->card_scroll = 0;
	} else {
		s->tab = tab;
	}
	if (s->card_open && cards[s->tab] == 0)
		s->card_open = false;
}
