/* paint.c — the viewer drawn with curses. */
#include "paint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "help.h"
#include "paint_chrome.h"
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

void paint_put(struct painter *p, int y, int x, int role, const char *s, size_t len)
{
	put(p, y, x, role, s, len);
}

void paint_put_str(struct painter *p, int y, int x, int role, const char *s)
{
	put_str(p, y, x, role, s);
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

/* Whether line li of d shows something of item (a chart's row for the
 * selected card: doc_mark_item).  The marks are few: a chart's rows. */
static bool line_marked(const struct doc *d, int li, int item)
{
	for (size_t i = 0; i < d->nmarks; i++)
		if (d->marks[i].line == li && d->marks[i].item == item)
			return true;
	return false;
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

/* Keywords are chips: the separators between them ("NestJS · Redis")
 * drawn off the chip's background. */
static void put_keywords(struct painter *p, int y, int x, const struct doc *d,
                         const struct span *s)
{
	const char *text = d->text.data + s->off, *sep = doc_glyphs(d)->separator;
	size_t sep_len = strlen(sep);

	put(p, y, x, ROLE_KEYWORD, text, s->len);
	for (size_t i = 0; i + sep_len <= s->len; i++) {
		if (memcmp(text + i, sep, sep_len) != 0)
			continue;
		put(p, y, x + text_width(text, i, p->utf8), ROLE_SUBTLE, sep, sep_len);
		i += sep_len - 1;
	}
	/* one that ends a wrapped line: "TypeScript ·" */
	size_t trail = sep_len - 1;
	if (s->len >= trail && memcmp(text + s->len - trail, sep, trail) == 0)
		put(p, y, x + text_width(text, s->len - trail, p->utf8), ROLE_SUBTLE, sep, trail);
}

/* One span at (y, x): the selected card's border in its own role (heavy,
 * where colour cannot tell it), keywords as chips, the rest in their role. */
static void put_span(struct painter *p, int y, int x, const struct doc *d, const struct span *s,
                     bool in_sel)
{
	const char *text = d->text.data + s->off;

	if (in_sel && s->role == ROLE_BORDER && p->heavy_selection)
		put_heavy(p, y, x, text, s->len);
	else if (in_sel && s->role == ROLE_BORDER)
		put(p, y, x, PAINT_SELECTED, text, s->len);
	else if (s->role == ROLE_KEYWORD)
		put_keywords(p, y, x, d, s);
	else
		put(p, y, x, s->role, text, s->len);
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
		bool marked = sel && line_marked(d, li, at->selected);
		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			if (marked && s->role != ROLE_METER_EMPTY && s->role != ROLE_SUBTLE)
				/* a chart's row of the selected card: its name and bar, in
				 * the card's colour */
				put(p, at->y + row, at->x + s->col, PAINT_SELECTED, d->text.data + s->off,
				    s->len);
			else
				put_span(p, at->y + row, at->x + s->col, d, s, in_sel);
			if (p->links && s->link)
				remember_link(p, at->y + row, at->x + s->col, d, s);
		}
		if (sel && li == sel->title)
			put_str(p, at->y + row, at->x, PAINT_MARKER, doc_glyphs(d)->marker);
		paint_hits(p, st, at, row, li);
	}
}

/* ---- the modes ---- */

static int content_rows(void)
{
	return LINES - 3; /* tab bar, rule, status line */
}

/* The line between a split's list and its detail: bright on the side
 * that has the keys. */
static void paint_split_rule(struct painter *p, int x, bool detail_focused)
{
	const struct glyphs *g = glyphs_for(p->utf8);
	for (int row = 2; row < 2 + content_rows(); row++)
		put_str(p, row, x, detail_focused ? PAINT_SELECTED : ROLE_BORDER, g->vline);
}

/* The tab's list of cards, or its page; beside it in a split, the selected
 * card opened, its keys with the list (browse) or with it (open). */
static void draw_tab(struct painter *p, const struct view *v, const struct app_state *st)
{
	const struct doc *d = &v->tab_docs[st->tab];
	struct view_pane list = view_list_pane(v, st->tab);
	bool split = view_split(v, st->tab);
	struct doc_place at = {
		.scroll = st->pos[st->tab].scroll, .y = 2, .x = list.x, .height = content_rows(),
		.selected = d->nitems ? st->pos[st->tab].selected : -1, .tab = st->tab, .card = -1,
	};

	if (st->card_open && !split) {
		struct view_pane detail = view_detail_pane(v, st->tab);
		at = (struct doc_place){
			.scroll = st->card_scroll, .y = 2, .x = detail.x, .height = content_rows(),
			.selected = -1, .tab = st->tab, .card = st->pos[st->tab].selected,
		};
		paint_doc(p, &v->card_doc, &at, st);
		return;
	}
	paint_doc(p, d, &at, st);
	if (!split || v->card_doc_tab != st->tab || v->card_doc_index != at.selected)
		return;
	struct view_pane detail = view_detail_pane(v, st->tab);
	paint_split_rule(p, detail.x - 1, st->card_open);
	at = (struct doc_place){
		.scroll = st->card_open ? st->card_scroll : 0, .y = 2, .x = detail.x,
		.height = content_rows(), .selected = -1, .tab = st->tab,
		.card = st->pos[st->tab].selected,
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

static void (*const draw_mode[])(struct painter *, const struct view *,
                                 const struct app_state *) = {
	[APP_BROWSE] = draw_tab,
	[APP_CARD] = draw_tab,
	[APP_HELP] = draw_help,
	[APP_PROMPT] = draw_tab, /* the prompt sits on the status line */
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
