/* paint_chrome.c — what frames the résumé: the tab bar, the rule under it
 * and the status line. */
#include "paint_chrome.h"

#include <stdio.h>
#include <string.h>

#include "glyphs.h"
#include "keys.h"
#include "text.h"

static int str_width(const char *s, bool utf8)
{
	return text_width(s, strlen(s), utf8);
}

/* ---- the tab bar and the rule ---- */

/* How the tab bar is drawn: the widest that fits. */
enum tab_style {
	TABS_RULED,    /* " 1 About │ 2 Projects │ …" */
	TABS_SPACED,   /* " 1 About  2 Projects  …" */
	TABS_NUMBERS,  /* " 1  2  3  4 Incidents  5 …": only the current tab named */
	TABS_PAGER,    /* " ← 4/7 Incidents →" */
};

/* The gap between two tabs' labels in style: the current tab's padding
 * takes a column of it on either side. */
static int tab_gap(enum tab_style style)
{
	return style == TABS_RULED ? 3 : 2;
}

/* The columns the bar takes in style, its leading space included. */
static int tabs_width(const struct painter *p, const struct view *v, int current,
                      enum tab_style style)
{
	int w = 1 + tab_gap(style) * (v->ntabs - 1);

	for (int i = 0; i < v->ntabs; i++) {
		w += i + 1 >= 10 ? 2 : 1;
		if (style != TABS_NUMBERS || i == current)
			w += 1 + str_width(screen_title(v->tabs[i]), p->utf8);
	}
	return w;
}

/* " ← 4/7 Incidents →": when not even the numbers fit. */
static void paint_tab_pager(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	char label[64];

	snprintf(label, sizeof label, " %s %d/%d %s %s ", g->left, st->tab + 1, v->ntabs,
	         screen_title(v->tabs[st->tab]), g->right);
	paint_put_str(p, 0, 0, PAINT_TAB_ACTIVE, label);
}

/* The tabs, numbers dim, the current one a padded pill; each tab's cells
 * (from its padding on the left to the next one's) in p->tab_x, for a
 * click. */
void paint_tabs(struct painter *p, const struct view *v, const struct app_state *st)
{
	enum tab_style style = TABS_RULED;
	char num[8];

	while (style < TABS_PAGER && tabs_width(p, v, st->tab, style) > COLS)
		style++;
	attrset(p->attrs[PAINT_TAB]);
	mvhline(0, 0, ' ', COLS);
	p->tabs_compact = style == TABS_PAGER;
	if (p->tabs_compact) {
		paint_tab_pager(p, v, st);
		return;
	}
	int x = 1;
	for (int i = 0; i < v->ntabs; i++) {
		const char *title = screen_title(v->tabs[i]);
		bool current = i == st->tab, named = style != TABS_NUMBERS || current;
		snprintf(num, sizeof num, "%d", i + 1);
		int w = (int)strlen(num) + (named ? 1 + str_width(title, p->utf8) : 0);
		p->tab_x[i] = x - 1;
		if (i && style == TABS_RULED)
			paint_put_str(p, 0, x - 2, ROLE_BORDER, glyphs_for(p->utf8)->vline);
		if (current) {
			attrset(p->attrs[PAINT_TAB_ACTIVE]);
			mvhline(0, x - 1, ' ', w + 2);
		}
		paint_put_str(p, 0, x, current ? PAINT_TAB_ACTIVE : ROLE_SUBTLE, num);
		if (named)
			paint_put_str(p, 0, x + (int)strlen(num) + 1,
			              current ? PAINT_TAB_ACTIVE : PAINT_TAB, title);
		x += w + tab_gap(style);
	}
	p->tab_x[v->ntabs] = x - tab_gap(style) + 1;
}

int paint_tab_at(const struct painter *p, const struct view *v, int x)
{
	if (p->tabs_compact)
		return x < COLS / 2 ? PAINT_TAB_PREV : PAINT_TAB_NEXT;
	for (int i = 0; i < v->ntabs; i++)
		if (x >= p->tab_x[i] && x < p->tab_x[i + 1])
			return i;
	return -1;
}

/* The rule under the tab bar, naming the open card, or saying that the
 * résumé has problems (--validate lists them). */
void paint_rule(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	struct buf s = {0};

	for (int x = 0; x < COLS; x++)
		paint_put_str(p, 1, x, ROLE_BORDER, g->hline);
	if (st->card_open) {
		enum screen_id sc = v->tabs[st->tab];
		const char *name = screen_card_name(v->r, sc, (size_t)st->pos[st->tab].selected);
		buf_puts(&s, " ");
		buf_puts(&s, screen_title(sc));
		buf_puts(&s, g->crumb);
		text_printable(&s, name, strlen(name), p->utf8);
		buf_puts(&s, " ");
		size_t n = text_fit(s.data, s.len, COLS - 3, NULL, p->utf8);
		paint_put(p, 1, 2, ROLE_TITLE, s.data, n);
	} else if (p->problems) {
		char note[96];
		snprintf(note, sizeof note, " %d problem%s: see pushpander --validate ",
		         p->problems, p->problems == 1 ? "" : "s");
		int w = str_width(note, p->utf8);
		if (w < COLS - 4)
			paint_put_str(p, 1, COLS - w - 2, ROLE_URGENT, note);
	}
	buf_free(&s);
}

/* ---- the status line ---- */

/* A key hint on the status line; when not all fit, the lowest rank go. */
struct hint {
	enum action a, b;
	const char *what;
	int rank;
};

static const struct hint card_tab_hints[] = {
	{ ACT_LEFT, ACT_RIGHT, "tabs", 2 }, { ACT_UP, ACT_DOWN, "select", 1 },
	{ ACT_OPEN, ACT_NONE, "open", 3 }, { ACT_HELP, ACT_NONE, "help", 4 },
	{ ACT_QUIT, ACT_NONE, "quit", 5 },
};
static const struct hint text_tab_hints[] = {
	{ ACT_LEFT, ACT_RIGHT, "tabs", 2 }, { ACT_UP, ACT_DOWN, "scroll", 1 },
	{ ACT_HELP, ACT_NONE, "help", 4 }, { ACT_QUIT, ACT_NONE, "quit", 5 },
};
static const struct hint card_hints[] = {
	{ ACT_UP, ACT_DOWN, "scroll", 2 }, { ACT_LEFT, ACT_RIGHT, "prev/next", 1 },
	{ ACT_CLOSE, ACT_NONE, "back", 5 }, { ACT_HELP, ACT_NONE, "help", 4 },
};
static const struct hint help_hints[] = {
	{ ACT_UP, ACT_DOWN, "scroll", 1 }, { ACT_CLOSE, ACT_NONE, "close", 5 },
};

/* The prompt, a message or the notice, across the status line. */
static void paint_status_text(struct painter *p, const struct app_state *st)
{
	struct buf line = { 0 };
	int y = LINES - 1;
	bool prompting = st->search.prompting;

	if (prompting) {
		buf_puts(&line, "Search: ");
		text_printable(&line, st->search.prompt.data ? st->search.prompt.data : "",
		               st->search.prompt.len, p->utf8);
	} else {
		const char *text = st->message[0] ? st->message : st->notice;
		text_printable(&line, text, strlen(text), p->utf8);
	}
	int w = str_width(line.data, p->utf8);
	if (prompting && st->message[0]) { /* "limited to 60 bytes", after the query */
		buf_puts(&line, "  ");
		text_printable(&line, st->message, strlen(st->message), p->utf8);
	}
	attrset(p->attrs[PAINT_STATUS]);
	mvhline(y, 0, ' ', COLS);
	size_t fit = line.len;
	if (str_width(line.data, p->utf8) > COLS - 3) /* keep the end of a long query in view */
		fit = text_fit(line.data, line.len, COLS - 3, NULL, p->utf8);
	paint_put(p, y, 1, PAINT_STATUS_KEY, line.data, fit);
	if (prompting) {
		curs_set(1);
		move(y, 1 + (w < COLS - 3 ? w : COLS - 3));
	}
	buf_free(&line);
}

/* Appends piece to pos, two spaces after what is there. */
static void pos_add(struct buf *pos, const char *piece)
{
	buf_puts(pos, pos->len ? "  " : " ");
	buf_puts(pos, piece);
}

/* The search's term, quoted and cut to a few columns, and "3 of 6". */
static void status_search(struct buf *pos, const struct painter *p, const struct app_state *st)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	const struct buf *q = &st->search.query;
	struct buf term = { 0 };
	char s[48];

	text_printable(&term, q->data ? q->data : "", q->len, p->utf8);
	size_t fit = text_fit(term.data, term.len, 16, NULL, p->utf8);
	buf_puts(pos, pos->len ? "  " : " ");
	buf_puts(pos, g->lquote);
	buf_append(pos, term.data ? term.data : "", fit);
	if (fit < term.len)
		buf_puts(pos, g->ellipsis);
	buf_puts(pos, g->rquote);
	snprintf(s, sizeof s, " %zu of %zu", st->search.hit + 1, st->search.found.n);
	buf_puts(pos, s);
	buf_free(&term);
}

/* Where we are: the search's term and hit; the card ("INC-003 · 3/4" in
 * an open one, "3/4" on the list, its name left out with named false);
 * and how far down. */
static void status_position(struct buf *pos, const struct painter *p, const struct view *view,
                            const struct app_state *st, const struct app_view *v, bool named)
{
	char s[48];
	bool list = !st->help_open && !st->card_open && v->nitems;
	bool card = !st->help_open && st->card_open && v->tab_cards;
	int sel = st->pos[st->tab].selected;
	const char *name = card ? screen_card_name(view->r, view->tabs[st->tab], (size_t)sel) : "";

	if (st->search.active && !st->help_open)
		status_search(pos, p, st);
	if (card && named && *name) {
		struct buf n = { 0 };
		text_printable(&n, name, strlen(name), p->utf8);
		size_t fit = text_fit(n.data, n.len, 24, NULL, p->utf8);
		buf_puts(pos, pos->len ? "  " : " ");
		buf_append(pos, n.data ? n.data : "", fit);
		buf_puts(pos, glyphs_for(p->utf8)->separator);
		snprintf(s, sizeof s, "%d/%d", sel + 1, v->tab_cards);
		buf_puts(pos, s);
		buf_free(&n);
	} else if (list || card) {
		snprintf(s, sizeof s, "%d/%d", sel + 1, v->tab_cards);
		pos_add(pos, s);
	}
	int lines = v->lines, scroll = app_scroll(st);
	if (list && v->nitems < v->tab_cards)
		/* laid out only so far: as long as that many more cards */
		lines = (int)((long long)v->lines * v->tab_cards / v->nitems);
	if (lines > v->height) {
		int max = lines - v->height;
		if (scroll <= 0)
			snprintf(s, sizeof s, "Top");
		else if (scroll >= max)
			snprintf(s, sizeof s, "Bot");
		else
			snprintf(s, sizeof s, "%d%%", scroll * 100 / max);
		pos_add(pos, s);
	}
	if (pos->len)
		buf_puts(pos, " ");
}

#define MAX_HINTS 8

/* The hints of the mode into out (MAX_HINTS at most); returns how many.
 * While a search is on, n/N come first. */
static size_t status_hints(struct hint *out, const struct app_state *st,
                           const struct app_view *v)
{
	static const struct hint search = { ACT_NEXT_MATCH, ACT_PREV_MATCH, "match", 3 };
	const struct hint *hints;
	size_t n, k = 0;

	if (st->help_open)
		hints = help_hints, n = ARRAY_LEN(help_hints);
	else if (st->card_open)
		hints = card_hints, n = ARRAY_LEN(card_hints);
	else if (v->nitems)
		hints = card_tab_hints, n = ARRAY_LEN(card_tab_hints);
	else
		hints = text_tab_hints, n = ARRAY_LEN(text_tab_hints);
	if (st->search.active && !st->help_open)
		out[k++] = search;
	for (size_t i = 0; i < n && k < MAX_HINTS; i++)
		out[k++] = hints[i];
	return k;
}

/* A hint's keys: "←→", or with a slash where the names would run
 * together: "n/N", "Left/Right". */
static void hint_keys(struct buf *out, const struct hint *h, bool utf8)
{
	keys_first(out, h->a, utf8);
	if (h->b == ACT_NONE)
		return;
	unsigned char last = out->len ? (unsigned char)out->data[out->len - 1] : 0;
	if (last < 0x80)
		buf_puts(out, "/");
	keys_first(out, h->b, utf8);
}

/* The key hints of the mode on the left, where we are on the right, all
 * quiet. */
void paint_status(struct painter *p, const struct view *view, const struct app_state *st,
                  const struct app_view *v)
{
	struct hint hints[MAX_HINTS];
	struct buf pos = {0};
	int y = LINES - 1;

	if (st->search.prompting || st->message[0] || st->notice[0]) {
		paint_status_text(p, st);
		return;
	}
	curs_set(0);
	size_t n = status_hints(hints, st, v);
	status_position(&pos, p, view, st, v, true);
	int pos_w = pos.len ? str_width(pos.data, p->utf8) : 0;
	if (pos_w > COLS / 2) { /* narrow: the card's number without its name */
		buf_clear(&pos);
		status_position(&pos, p, view, st, v, false);
		pos_w = pos.len ? str_width(pos.data, p->utf8) : 0;
	}

	/* measure every hint, then drop the lowest ranked until they fit */
	struct buf labels[MAX_HINTS] = { 0 };
	int widths[MAX_HINTS], total = 0;
	bool shown[MAX_HINTS];
	for (size_t i = 0; i < n; i++) {
		hint_keys(&labels[i], &hints[i], p->utf8);
		widths[i] = str_width(labels[i].data, p->utf8) + 1 +
		            str_width(hints[i].what, p->utf8) + 2;
		total += widths[i];
		shown[i] = true;
	}
	for (int rank = 1; total > COLS - pos_w - 1 && rank <= 5; rank++)
		for (size_t i = 0; i < n; i++)
			if (shown[i] && hints[i].rank == rank)
				shown[i] = false, total -= widths[i];

	attrset(p->attrs[PAINT_STATUS]);
	mvhline(y, 0, ' ', COLS);
	int x = 1;
	for (size_t i = 0; i < n; i++) {
		if (shown[i] && x + widths[i] - 2 <= COLS - pos_w) {
			paint_put_str(p, y, x, PAINT_STATUS_KEY, labels[i].data);
			paint_put_str(p, y, x + str_width(labels[i].data, p->utf8) + 1, PAINT_STATUS,
			              hints[i].what);
			x += widths[i];
		}
		buf_free(&labels[i]);
	}
	if (pos.len && pos_w < COLS)
		paint_put_str(p, y, COLS - pos_w, PAINT_STATUS, pos.data);
	buf_free(&pos);
}
