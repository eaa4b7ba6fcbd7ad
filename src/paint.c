/* paint.c — the viewer drawn with curses. */
#include "paint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "keys.h"
#include "search.h"
#include "text.h"

/* ---- colours ---- */

static attr_t curses_attrs(unsigned style)
{
	return ((style & STYLE_BOLD) ? A_BOLD : 0) | ((style & STYLE_DIM) ? A_DIM : 0) |
	       ((style & STYLE_UNDERLINE) ? A_UNDERLINE : 0) |
	       ((style & STYLE_REVERSE) ? A_REVERSE : 0);
}

void paint_init(struct painter *p, bool want_color, bool utf8, bool links, int problems)
{
	memset(p, 0, sizeof *p);
	p->utf8 = utf8;
	p->links = links;
	p->problems = problems;
	if (want_color && has_colors() && start_color() == OK && use_default_colors() == OK)
		p->colors = COLORS;
}

void paint_palette(struct painter *p, int theme, bool light)
{
	enum theme_id resolved = theme_resolve((enum theme_id)theme, p->colors);
	p->heavy_selection = resolved == THEME_MONO;
	for (int i = 0; i < PAINT_COUNT; i++) {
		struct style s = theme_style(resolved, light, i);
		p->attrs[i] = curses_attrs(s.attrs);
		if (s.fg != -1 || s.bg != -1) {
			init_pair((short)(i + 1), s.fg, s.bg);
			p->attrs[i] |= COLOR_PAIR(i + 1);
		}
	}
}

void paint_free(struct painter *p)
{
	free(p->shown_links);
	p->shown_links = NULL;
	p->nshown = p->cap_shown = 0;
}

/* ---- text and documents ---- */

static void put(struct painter *p, int y, int x, int role, const char *s, size_t len)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return;
	attrset(p->attrs[role]);
	mvaddnstr(y, x, s, (int)len);
}

static void put_str(struct painter *p, int y, int x, int role, const char *s)
{
	put(p, y, x, role, s, strlen(s));
}

static int str_width(const char *s, bool utf8)
{
	return text_width(s, strlen(s), utf8);
}

static void remember_link(struct painter *p, int y, int x, const struct doc *d,
                          const struct span *s)
{
	if (y >= LINES - 1 || x + s->width > COLS)
		return;
	if (p->nshown == p->cap_shown) {
		p->cap_shown = p->cap_shown ? p->cap_shown * 2 : 16;
		p->shown_links = xreallocarray(p->shown_links, p->cap_shown, sizeof *p->shown_links);
	}
	p->shown_links[p->nshown++] = (struct shown_link){ y, x, d, s };
}

/* The attributes and colour of the cell at (y, x) as painted (winch would
 * fold a wide character's bits into them). */
static attr_t drawn_attr(int y, int x)
{
	cchar_t cell;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t attrs = A_NORMAL;
	short pair = 0;

	if (mvwin_wch(stdscr, y, x, &cell) != OK ||
	    getcchar(&cell, wch, &attrs, &pair, NULL) == ERR)
		return A_NORMAL;
	return (attrs & ~A_COLOR) | COLOR_PAIR(pair);
}

/* Writes text (a link span's) at (y, x) as curses drew it: character by
 * character in the attributes of its cells, so that a search hit inside a
 * link keeps its highlight. */
static void put_as_drawn(int y, int x, const char *text, size_t len, bool utf8)
{
	attr_t shown = A_NORMAL;
	bool first = true;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(text + i, len - i, &cp);
		attr_t a = drawn_attr(y, x);
		if (first || a != shown) {
			vidattr(a);
			shown = a, first = false;
		}
		char ch[8];
		memcpy(ch, text + i, n);
		ch[n] = '\0';
		putp(ch);
		x += text_cp_width(cp, utf8);
		i += n;
	}
	vidattr(A_NORMAL);
}

/* Writes the links on screen again, wrapped in OSC 8, after curses has
 * drawn them: curses cannot emit OSC 8 itself.  Targets were vetted by
 * doc_link (printable ASCII, known scheme, no "$" that putp would take for
 * padding); text with a "$" stays unlinked for the same reason.  Curses is
 * then told where the cursor is. */
void paint_links(struct painter *p)
{
	int cy, cx;
	struct buf osc = { 0 };

	if (p->nshown == 0)
		return;
	getyx(curscr, cy, cx);
	for (size_t i = 0; i < p->nshown; i++) {
		const struct shown_link *l = &p->shown_links[i];
		const char *text = l->d->text.data + l->s->off;
		if (memchr(text, '$', l->s->len))
			continue;
		buf_clear(&osc);
		buf_puts(&osc, "\033]8;;");
		buf_puts(&osc, l->d->links[l->s->link - 1]);
		buf_puts(&osc, "\033\\");
		mvcur(-1, -1, l->y, l->x);
		putp(osc.data);
		put_as_drawn(l->y, l->x, text, l->s->len, p->utf8);
		putp("\033]8;;\033\\");
	}
	mvcur(-1, -1, cy, cx);
	/* putp, vidattr and mvcur write through stdio, which curses does not
	 * flush: without this the links would wait for the next frame, or
	 * land on the normal screen after the program ends. */
	fflush(stdout);
	buf_free(&osc);
}

/* Where a document goes and which of its parts stand out. */
struct doc_place {
	int scroll;            /* first line shown */
	int y, x, height;      /* on screen */
	int selected;          /* the item with a bright border and a marker, or -1 */
	int tab, card;         /* whose search hits to highlight (tab -1: none) */
};

static void paint_hits(struct painter *p, const struct app_state *st,
                       const struct doc_place *at, int row, int line)
{
	const struct app_search *q = st ? &st->search : NULL;
	size_t first, n = q && q->active && at->tab >= 0 ?
	                  search_on_line(&q->found, at->tab, at->card, line, &first) : 0;

	for (size_t k = 0; k < n; k++) {
		const struct search_hit *h = &q->found.hits[first + k];
		attr_t a = p->attrs[first + k == q->hit ? PAINT_MATCH_CURRENT : PAINT_MATCH];
		mvchgat(at->y + row, at->x + h->col, h->width, a & ~A_COLOR, (short)PAIR_NUMBER(a),
		        NULL);
	}
}

/* Box drawing and its heavy form, for the selected card's border where
 * colour cannot tell it (mono, NO_COLOR): the marker alone is easy to miss. */
static const char *const heavy_box[][2] = {
	{ "─", "━" }, { "│", "┃" }, { "╭", "┏" }, { "╮", "┓" }, { "╰", "┗" }, { "╯", "┛" },
	{ "├", "┣" }, { "┤", "┫" }, { "-", "=" }, { "+", "#" },
};

/* Writes the border text s (len bytes) at (y, x) as PAINT_SELECTED, each
 * box-drawing character in its heavy form; the rest (a title) as it is. */
static void put_heavy(struct painter *p, int y, int x, const char *s, size_t len)
{
	struct buf out = { 0 };

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		size_t k = 0;
		while (k < ARRAY_LEN(heavy_box) &&
		       (strlen(heavy_box[k][0]) != n || memcmp(heavy_box[k][0], s + i, n) != 0))
			k++;
		if (k < ARRAY_LEN(heavy_box))
			buf_puts(&out, heavy_box[k][1]);
		else
			buf_append(&out, s + i, n);
		i += n;
	}
	put(p, y, x, PAINT_SELECTED, out.data ? out.data : "", out.len);
	buf_free(&out);
}

/* Paints the lines of d that at says, with st's search hits (st may be
 * NULL). */
static void paint_doc(struct painter *p, const struct doc *d, const struct doc_place *at,
                      const struct app_state *st)
{
	const struct doc_item *sel = at->selected >= 0 && (size_t)at->selected < d->nitems ?
	                             &d->items[at->selected] : NULL;

	for (int row = 0; row < at->height; row++) {
		int li = at->scroll + row;
		if (li < 0 || (size_t)li >= d->nlines)
			break;
		const struct line *l = &d->lines[li];
		bool in_sel = sel && li >= sel->first && li <= sel->last;
		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			int role = s->role;
			if (in_sel && role == ROLE_BORDER && p->heavy_selection)
				put_heavy(p, at->y + row, at->x + s->col, d->text.data + s->off, s->len);
			else
				put(p, at->y + row, at->x + s->col, in_sel && role == ROLE_BORDER ?
				    PAINT_SELECTED : role, d->text.data + s->off, s->len);
			if (p->links && s->link)
				remember_link(p, at->y + row, at->x + s->col, d, s);
		}
		if (sel && li == sel->title)
			put_str(p, at->y + row, at->x, PAINT_MARKER, doc_glyphs(d)->marker);
		paint_hits(p, st, at, row, li);
	}
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
	put_str(p, 0, 0, PAINT_TAB_ACTIVE, label);
}

/* The tabs, numbers dim, the current one a padded pill; each tab's cells
 * (from its padding on the left to the next one's) in p->tab_x, for a
 * click. */
static void paint_tabs(struct painter *p, const struct view *v, const struct app_state *st)
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
			put_str(p, 0, x - 2, ROLE_BORDER, glyphs_for(p->utf8)->vline);
		if (current) {
			attrset(p->attrs[PAINT_TAB_ACTIVE]);
			mvhline(0, x - 1, ' ', w + 2);
		}
		put_str(p, 0, x, current ? PAINT_TAB_ACTIVE : ROLE_SUBTLE, num);
		if (named)
			put_str(p, 0, x + (int)strlen(num) + 1, current ? PAINT_TAB_ACTIVE : PAINT_TAB,
			        title);
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
static void paint_rule(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	struct buf s = {0};

	for (int x = 0; x < COLS; x++)
		put_str(p, 1, x, ROLE_BORDER, g->hline);
	if (st->card_open) {
		enum screen_id sc = v->tabs[st->tab];
		const char *name = screen_card_name(v->r, sc, (size_t)st->pos[st->tab].selected);
		buf_puts(&s, " ");
		buf_puts(&s, screen_title(sc));
		buf_puts(&s, g->crumb);
		text_printable(&s, name, strlen(name), p->utf8);
		buf_puts(&s, " ");
		size_t n = text_fit(s.data, s.len, COLS - 3, NULL, p->utf8);
		put(p, 1, 2, ROLE_TITLE, s.data, n);
	} else if (p->problems) {
		char note[96];
		snprintf(note, sizeof note, " %d problem%s: see pushpander --validate ",
		         p->problems, p->problems == 1 ? "" : "s");
		int w = str_width(note, p->utf8);
		if (w < COLS - 4)
			put_str(p, 1, COLS - w - 2, ROLE_URGENT, note);
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
	put(p, y, 1, PAINT_STATUS_KEY, line.data, fit);
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
	buf_append(pos, term.data, fit);
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

	if (st->search.active && !st->help_open)
		status_search(pos, p, st);
	if (card && named) {
		const char *name = screen_card_name(view->r, view->tabs[st->tab], (size_t)sel);
		struct buf n = { 0 };
		text_printable(&n, name, strlen(name), p->utf8);
		size_t fit = text_fit(n.data, n.len, 24, NULL, p->utf8);
		buf_puts(pos, pos->len ? "  " : " ");
		buf_append(pos, n.data, fit);
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
static void paint_status(struct painter *p, const struct view *view, const struct app_state *st,
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
			put_str(p, y, x, PAINT_STATUS_KEY, labels[i].data);
			put_str(p, y, x + str_width(labels[i].data, p->utf8) + 1, PAINT_STATUS,
			        hints[i].what);
			x += widths[i];
		}
		buf_free(&labels[i]);
	}
	if (pos.len && pos_w < COLS)
		put_str(p, y, COLS - pos_w, PAINT_STATUS, pos.data);
	buf_free(&pos);
}

/* ---- the modes ---- */

static int content_rows(void)
{
	return LINES - 3; /* tab bar, rule, status line */
}

static void draw_browse(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct doc *d = &v->tab_docs[st->tab];
	struct doc_place at = {
		.scroll = st->pos[st->tab].scroll, .y = 2, .x = 0, .height = content_rows(),
		.selected = d->nitems ? st->pos[st->tab].selected : -1, .tab = st->tab, .card = -1,
	};
	paint_doc(p, d, &at, st);
}

static void draw_card(struct painter *p, const struct view *v, const struct app_state *st)
{
	struct doc_place at = {
		.scroll = st->card_scroll, .y = 2, .x = 0, .height = content_rows(), .selected = -1,
		.tab = st->tab, .card = st->pos[st->tab].selected,
	};
	paint_doc(p, &v->card_doc, &at, st);
}

/* The help box stands alone, nothing half-hidden around it. */
static void draw_help(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	struct help_box b = help_place(LINES, COLS, (int)v->help_doc.nlines);

	attrset(p->attrs[ROLE_TEXT]);
	for (int row = b.y; row < b.y + b.h; row++)
		mvhline(row, b.x, ' ', b.w);
	for (int col = b.x + 1; col < b.x + b.w - 1; col++) {
		put_str(p, b.y, col, PAINT_SELECTED, g->hline);
		put_str(p, b.y + b.h - 1, col, PAINT_SELECTED, g->hline);
	}
	for (int row = b.y + 1; row < b.y + b.h - 1; row++) {
		put_str(p, row, b.x, PAINT_SELECTED, g->vline);
		put_str(p, row, b.x + b.w - 1, PAINT_SELECTED, g->vline);
	}
	put_str(p, b.y, b.x, PAINT_SELECTED, g->tl);
	put_str(p, b.y, b.x + b.w - 1, PAINT_SELECTED, g->tr);
	put_str(p, b.y + b.h - 1, b.x, PAINT_SELECTED, g->bl);
	put_str(p, b.y + b.h - 1, b.x + b.w - 1, PAINT_SELECTED, g->br);
	put_str(p, b.y, b.x + 2, ROLE_HEADING, " Keys ");
	struct doc_place at = {
		.scroll = st->help_scroll, .y = b.y + 1, .x = b.x + 1, .height = b.h - 2,
		.selected = -1, .tab = -1, .card = -1,
	};
	paint_doc(p, &v->help_doc, &at, NULL);
}

/* The prompt sits on the status line, over the tab or the card. */
static void draw_prompt(struct painter *p, const struct view *v, const struct app_state *st)
{
	if (st->card_open)
		draw_card(p, v, st);
	else
		draw_browse(p, v, st);
}

static void (*const draw_mode[])(struct painter *, const struct view *,
                                 const struct app_state *) = {
	[APP_BROWSE] = draw_browse,
	[APP_CARD] = draw_card,
	[APP_HELP] = draw_help,
	[APP_PROMPT] = draw_prompt,
};

bool paint_too_small(const struct view *v)
{
	return v->cols < PAINT_MIN_COLS || v->rows < PAINT_MIN_ROWS;
}

static void draw_too_small(struct painter *p, const struct view *v)
{
	char s[96];
	struct doc d;

	snprintf(s, sizeof s, "Terminal too small: %d×%d. pushpander needs %d×%d. Press q to quit.",
	         v->cols, v->rows, PAINT_MIN_COLS, PAINT_MIN_ROWS);
	struct layout_ctx ctx = v->ctx;
	ctx.width = v->cols;
	doc_init(&d, &ctx, 0);
	doc_wrap(&d, ROLE_TEXT, s);
	doc_newline(&d);
	int top = v->rows > (int)d.nlines ? (v->rows - (int)d.nlines) / 2 : 0;
	struct doc_place at = { .y = top, .height = v->rows, .selected = -1, .tab = -1 };
	paint_doc(p, &d, &at, NULL);
	doc_free(&d);
}

void paint_frame(struct painter *p, const struct view *v, const struct app_state *st)
{
	p->nshown = 0;
	erase();
	if (paint_too_small(v)) {
		draw_too_small(p, v);
		return;
	}
	struct app_view av = view_app_view(v, st);
	paint_tabs(p, v, st);
	paint_rule(p, v, st);
	draw_mode[app_mode(st)](p, v, st);
	paint_status(p, v, st, &av);
}
