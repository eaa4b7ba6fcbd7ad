/* tui.c — painting documents with curses, and the event loop. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "app.h"
#include "doc.h"
#include "keys.h"
#include "search.h"
#include "text.h"
#include "theme.h"
#include "version.h"

/* Below this size the viewer shows a notice instead of the résumé. */
#define MIN_COLS 40
#define MIN_ROWS 12
/* Above it, curses is told this size: an ssh client may announce 65535×65535,
 * and curses would try to allocate gigabytes for it. */
#define MAX_COLS 512
#define MAX_ROWS 256

static volatile sig_atomic_t caught_signal, resized, idle;

static void on_signal(int sig)
{
	caught_signal = sig;
}

static void on_winch(int sig)
{
	(void)sig;
	resized = 1;
}

/* The idle timeout is one alarm, re-armed by every key: nothing wakes the
 * process while it waits. */
static void on_alarm(int sig)
{
	(void)sig;
	idle = 1;
}

struct tui {
	const struct resume *r;
	bool utf8;                /* UTF-8 text and glyphs, else ASCII */
	int today;                /* for the layout context */
	enum screen_id tabs[SCREEN_COUNT];
	int ntabs;
	struct app_state st;

	/* every tab visited, laid out for tab_docs_width as far as it has
	 * been shown: switching back to a tab costs nothing, and a tab of
	 * thousands of cards costs only the cards on screen */
	struct doc tab_docs[SCREEN_COUNT];
	struct layout_progress tab_progress[SCREEN_COUNT];
	bool tab_laid_out[SCREEN_COUNT];
	int tab_docs_width;
	struct doc card_doc;      /* the open card */
	int card_doc_tab, card_doc_index, card_doc_width;
	struct doc help_doc;
	int help_doc_width;

	attr_t attrs[PAINT_COUNT];
	int problems;             /* fields skipped while loading */
	bool mouse;
	int tab_x[SCREEN_COUNT + 1]; /* where each tab starts on the tab bar */
	bool tabs_compact;        /* only the current tab is named */

	bool prompting;           /* the "/" prompt is open */
	struct buf query;         /* what was typed at it */
	bool searching;           /* hits are highlighted, n and N move */
	struct search found;
	size_t hit;               /* the current hit */
	int search_width;         /* the width the hits were found at */
	char message[128];        /* said once on the status line */

	bool links;               /* OSC 8 hyperlinks */
	struct shown_link {
		int y, x;
		const struct doc *d;
		const struct span *s;
	} *shown_links;           /* the link spans painted this time */
	size_t nshown, cap_shown;
	int rows, cols;           /* the terminal's size, as curses uses it */
	bool clamped;             /* the real size was larger */
};

static unsigned run_search(struct tui *t, bool jump);

/* ---- colours ---- */

static attr_t curses_attrs(unsigned style)
{
	return ((style & STYLE_BOLD) ? A_BOLD : 0) | ((style & STYLE_DIM) ? A_DIM : 0) |
	       ((style & STYLE_UNDERLINE) ? A_UNDERLINE : 0) |
	       ((style & STYLE_REVERSE) ? A_REVERSE : 0);
}

/* Colours and attributes for every role, from the theme the terminal can
 * show. */
static void setup_colors(struct tui *t, bool want_color, enum theme_id theme)
{
	int colors = 0;

	if (want_color && has_colors() && start_color() == OK && use_default_colors() == OK)
		colors = COLORS;
	enum theme_id resolved = theme_resolve(theme, colors);
	for (int i = 0; i < PAINT_COUNT; i++) {
		struct style s = theme_style(resolved, i);
		t->attrs[i] = curses_attrs(s.attrs);
		if (s.fg != -1 || s.bg != -1) {
			init_pair((short)(i + 1), s.fg, s.bg);
			t->attrs[i] |= COLOR_PAIR(i + 1);
		}
	}
}

/* ---- layout ---- */

static int doc_width(const struct tui *t)
{
	return t->cols < LAYOUT_MAX_WIDTH ? t->cols : LAYOUT_MAX_WIDTH;
}

static int content_rows(const struct tui *t)
{
	return t->rows - 3; /* tab bar, rule, status line */
}

/* What documents are laid out for, width columns wide. */
static struct layout_ctx ctx_for(const struct tui *t, int width)
{
	return (struct layout_ctx){ .width = width, .utf8 = t->utf8, .today = t->today };
}

static void layout_help(struct doc *d, const struct layout_ctx *ctx, bool mouse)
{
	size_t n;
	const struct key_help *h = keys_help(&n);
	struct buf label = {0};
	int key_cols = 0;

	for (size_t i = 0; i < n; i++) {
		buf_clear(&label);
		keys_label(&label, &h[i], ctx->utf8);
		int w = text_width(label.data, label.len, ctx->utf8);
		if (w > key_cols)
			key_cols = w;
	}
	doc_init(d, ctx, 1);
	for (size_t i = 0; i < n; i++) {
		buf_clear(&label);
		keys_label(&label, &h[i], ctx->utf8);
		doc_add(d, ROLE_KEYWORD, label.data);
		if (key_cols + 2 < doc_room(d) - 10)
			doc_pad_to(d, doc_left(d) + key_cols + 2);
		else
			doc_newline(d), doc_pad_to(d, doc_left(d) + 4);
		doc_wrap(d, ROLE_TEXT, h[i].what);
		doc_newline(d);
	}
	if (mouse) {
		doc_gap(d);
		doc_add(d, ROLE_KEYWORD, "Mouse");
		doc_pad_to(d, doc_left(d) + key_cols + 2);
		doc_wrap(d, ROLE_TEXT, "click a tab, or a card (again to open it); the wheel "
		         "scrolls. Start with --no-mouse to select text instead.");
		doc_newline(d);
	}
	doc_gap(d);
	doc_wrap(d, ROLE_SUBTLE, "pushpander " PUSHPANDER_VERSION " shows this résumé; it "
	         "never runs programs or opens links.");
	doc_newline(d);
	buf_free(&label);
}

/* The help box: its size and where it sits. */
static void help_box(const struct tui *t, int *y, int *x, int *h, int *w)
{
	*w = t->cols - 4 < 72 ? t->cols - 4 : 72;
	int body = (int)t->help_doc.nlines;
	*h = content_rows(t) < body + 2 ? content_rows(t) : body + 2;
	*y = 2 + (content_rows(t) - *h) / 2;
	*x = (t->cols - *w) / 2;
}

/* Tab i's document, laid out for the current width (after relayout has
 * dropped those of another width) to at least lines lines and items cards,
 * or whole. */
static const struct doc *tab_doc_upto(struct tui *t, int i, size_t lines, size_t items)
{
	if (!t->tab_laid_out[i]) {
		const struct layout_ctx ctx = ctx_for(t, doc_width(t));
		layout_begin(&t->tab_docs[i], &t->tab_progress[i], t->tabs[i], &ctx, false);
		t->tab_laid_out[i] = true;
	}
	layout_more(&t->tab_docs[i], &t->tab_progress[i], t->r, lines, items);
	return &t->tab_docs[i];
}

static const struct doc *tab_doc(struct tui *t, int i)
{
	return tab_doc_upto(t, i, SIZE_MAX, SIZE_MAX);
}

/* Lays out the current tab far enough for any key but End: two screens
 * past what is shown, and the card after the selected one.  With all, the
 * whole of it. */
static void cover(struct tui *t, bool all)
{
	int rows = content_rows(t) > 0 ? content_rows(t) : 1;
	const struct app_state *st = &t->st;

	if (all) {
		tab_doc(t, st->tab);
		return;
	}
	tab_doc_upto(t, st->tab, (size_t)st->pos[st->tab].scroll + 3 * (size_t)rows,
	             (size_t)st->pos[st->tab].selected + 2);
}

/* Lays out what the state shows, if it is not laid out for this width. */
static void relayout(struct tui *t)
{
	enum screen_id s = t->tabs[t->st.tab];
	int width = doc_width(t);

	if (t->tab_docs_width != width) {
		for (int i = 0; i < SCREEN_COUNT; i++) {
			if (t->tab_laid_out[i])
				doc_free(&t->tab_docs[i]);
			t->tab_laid_out[i] = false;
		}
		t->tab_docs_width = width;
	}
	cover(t, false);
	if (t->searching && t->search_width != width)
		run_search(t, false);
	int sel = t->st.pos[t->st.tab].selected;
	if (t->st.card_open && (t->card_doc_tab != t->st.tab || t->card_doc_index != sel ||
	                        t->card_doc_width != width)) {
		doc_free(&t->card_doc);
		const struct layout_ctx ctx = ctx_for(t, width);
		layout_card(&t->card_doc, t->r, s, (size_t)sel, &ctx);
		t->card_doc_tab = t->st.tab;
		t->card_doc_index = sel;
		t->card_doc_width = width;
	}
	/* inside the box's borders, less a column on the right to match the
	 * margin on the left */
	int help_width = (t->cols - 4 < 72 ? t->cols - 4 : 72) - 3;
	if (t->st.help_open && t->help_doc_width != help_width) {
		doc_free(&t->help_doc);
		const struct layout_ctx ctx = ctx_for(t, help_width);
		layout_help(&t->help_doc, &ctx, t->mouse);
		t->help_doc_width = help_width;
	}
}

static struct app_view current_view(const struct tui *t)
{
	struct app_view v = { .height = content_rows(t) };
	const struct doc *d = &t->tab_docs[t->st.tab];

	v.tab_cards = (int)screen_card_count(t->r, t->tabs[t->st.tab]);
	if (t->st.help_open) {
		int y, x, h, w;
		help_box(t, &y, &x, &h, &w);
		v.height = h - 2;
		d = &t->help_doc;
	} else if (t->st.card_open) {
		d = &t->card_doc;
	} else {
		v.nitems = (int)d->nitems;
		v.items = d->items;
	}
	v.lines = (int)d->nlines;
	if (v.height < 1)
		v.height = 1;
	return v;
}

/* ---- painting ---- */

static void put(struct tui *t, int y, int x, int attr_index, const char *s, size_t len)
{
	if (y < 0 || y >= t->rows || x < 0 || x >= t->cols)
		return;
	attrset(t->attrs[attr_index]);
	mvaddnstr(y, x, s, (int)len);
}

static void put_str(struct tui *t, int y, int x, int attr_index, const char *s)
{
	put(t, y, x, attr_index, s, strlen(s));
}

static void remember_link(struct tui *t, int y, int x, const struct doc *d, const struct span *s)
{
	if (y >= t->rows - 1 || x + s->width > t->cols)
		return;
	if (t->nshown == t->cap_shown) {
		t->cap_shown = t->cap_shown ? t->cap_shown * 2 : 16;
		t->shown_links = xreallocarray(t->shown_links, t->cap_shown, sizeof *t->shown_links);
	}
	t->shown_links[t->nshown++] = (struct shown_link){ y, x, d, s };
}

/* Writes the links on screen again, wrapped in OSC 8, after curses has
 * drawn them: curses cannot emit OSC 8 itself.  Targets were vetted by
 * doc_link (printable ASCII, known scheme, no "$" that putp would take for
 * padding); text with a "$" stays unlinked for the same reason.  Curses is
 * then told where the cursor is. */
static void emit_links(struct tui *t)
{
	int cy, cx;
	struct buf osc = { 0 }, text = { 0 };

	if (t->nshown == 0)
		return;
	getyx(curscr, cy, cx);
	for (size_t i = 0; i < t->nshown; i++) {
		const struct shown_link *l = &t->shown_links[i];
		buf_clear(&text);
		buf_append(&text, l->d->text.data + l->s->off, l->s->len);
		if (strchr(text.data, '$'))
			continue;
		buf_clear(&osc);
		buf_puts(&osc, "\033]8;;");
		buf_puts(&osc, l->d->links[l->s->link - 1]);
		buf_puts(&osc, "\033\\");
		mvcur(-1, -1, l->y, l->x);
		putp(osc.data);
		vidattr(t->attrs[ROLE_LINK]);
		putp(text.data);
		vidattr(A_NORMAL);
		putp("\033]8;;\033\\");
	}
	mvcur(-1, -1, cy, cx);
	/* putp, vidattr and mvcur write through stdio, which curses does not
	 * flush: without this the links would wait for the next frame, or
	 * land on the normal screen after the program ends. */
	fflush(stdout);
	buf_free(&osc);
	buf_free(&text);
}

/* Paints lines [scroll, scroll+height) of d at (y0, x0); the lines of
 * selected (an item index, or -1) get a bright border and a marker. */
static void paint_doc(struct tui *t, const struct doc *d, int scroll, int y0, int x0,
                      int height, int selected, int tab, int card)
{
	const struct doc_item *sel = selected >= 0 && (size_t)selected < d->nitems ?
	                             &d->items[selected] : NULL;

	for (int row = 0; row < height; row++) {
		int li = scroll + row;
		if (li < 0 || (size_t)li >= d->nlines)
			break;
		const struct line *l = &d->lines[li];
		bool in_sel = sel && li >= sel->first && li <= sel->last;
		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			int role = s->role;
			if (in_sel && role == ROLE_BORDER)
				role = PAINT_SELECTED;
			put(t, y0 + row, x0 + s->col, role, d->text.data + s->off, s->len);
			if (t->links && s->link)
				remember_link(t, y0 + row, x0 + s->col, d, s);
		}
		if (sel && li == sel->title)
			put_str(t, y0 + row, x0, PAINT_MARKER, doc_glyphs(d)->marker);
		size_t first, n = t->searching && tab >= 0 ?
		                  search_on_line(&t->found, tab, card, li, &first) : 0;
		for (size_t k = 0; k < n; k++) {
			const struct search_hit *h = &t->found.hits[first + k];
			attr_t a = t->attrs[first + k == t->hit ? PAINT_MATCH_CURRENT : PAINT_MATCH];
			mvchgat(y0 + row, x0 + h->col, h->width, a & ~A_COLOR, (short)PAIR_NUMBER(a),
			        NULL);
		}
	}
}

static int str_width(const struct tui *t, const char *s)
{
	return text_width(s, strlen(s), t->utf8);
}

/* The tab bar: "1 About 2 Projects …" with the current tab highlighted, or
 * without numbers, or only the current tab, whichever fits. */
static void paint_tabs(struct tui *t)
{
	int numbered = 1, names = 1;
	char label[64];

	for (int i = 0; i < t->ntabs; i++) {
		int w = str_width(t, screen_title(t->tabs[i]));
		numbered += w + 3;
		names += w + 2;
	}
	attrset(t->attrs[PAINT_TAB]);
	mvhline(0, 0, ' ', t->cols);
	t->tabs_compact = names > t->cols;
	if (names <= t->cols) {
		int x = 0;
		for (int i = 0; i < t->ntabs; i++) {
			t->tab_x[i] = x;
			if (numbered <= t->cols)
				snprintf(label, sizeof label, " %d %s", i + 1, screen_title(t->tabs[i]));
			else
				snprintf(label, sizeof label, " %s", screen_title(t->tabs[i]));
			/* the current tab takes the space after it too */
			if (i == t->st.tab)
				strcat(label, " ");
			put_str(t, 0, x, i == t->st.tab ? PAINT_TAB_ACTIVE : PAINT_TAB, label);
			x += str_width(t, label) - (i == t->st.tab);
		}
		t->tab_x[t->ntabs] = x;
	} else {
		const struct glyphs *g = glyphs_for(t->utf8);
		snprintf(label, sizeof label, " %s %d/%d %s %s ", g->left, t->st.tab + 1, t->ntabs,
		         screen_title(t->tabs[t->st.tab]), g->right);
		put_str(t, 0, 0, PAINT_TAB_ACTIVE, label);
	}
}

/* The rule under the tab bar, naming the open card. */
static void paint_rule(struct tui *t)
{
	const struct glyphs *g = glyphs_for(t->utf8);
	struct buf s = {0};

	for (int x = 0; x < t->cols; x++)
		put_str(t, 1, x, ROLE_BORDER, g->hline);
	if (t->st.card_open) {
		enum screen_id sc = t->tabs[t->st.tab];
		buf_puts(&s, " ");
		buf_puts(&s, screen_title(sc));
		buf_puts(&s, g->crumb);
		text_printable(&s, screen_card_name(t->r, sc, (size_t)t->st.pos[t->st.tab].selected),
		               strlen(screen_card_name(t->r, sc, (size_t)t->st.pos[t->st.tab].selected)),
		               t->utf8);
		buf_puts(&s, " ");
		size_t n = text_fit(s.data, s.len, t->cols - 3, NULL, t->utf8);
		put(t, 1, 2, ROLE_TITLE, s.data, n);
	} else if (t->problems) {
		/* fields were skipped: say so, and where to find out more */
		char note[96];
		snprintf(note, sizeof note, " %d field%s skipped: see pushpander --validate ",
		         t->problems, t->problems == 1 ? "" : "s");
		int w = str_width(t, note);
		if (w < t->cols - 4)
			put_str(t, 1, t->cols - w - 2, ROLE_URGENT, note);
	}
	buf_free(&s);
}

/* A key hint on the status line; when not all fit, the lowest rank go. */
struct hint {
	enum action a, b;
	const char *what;
	int rank;
};

static void paint_status(struct tui *t, const struct app_view *v)
{
	static const struct hint card_tab[] = {
		{ ACT_LEFT, ACT_RIGHT, "tabs", 2 }, { ACT_UP, ACT_DOWN, "select", 1 },
		{ ACT_OPEN, ACT_NONE, "open", 3 }, { ACT_HELP, ACT_NONE, "help", 4 },
		{ ACT_QUIT, ACT_NONE, "quit", 5 },
	};
	static const struct hint text_tab[] = {
		{ ACT_LEFT, ACT_RIGHT, "tabs", 2 }, { ACT_UP, ACT_DOWN, "scroll", 1 },
		{ ACT_HELP, ACT_NONE, "help", 4 }, { ACT_QUIT, ACT_NONE, "quit", 5 },
	};
	static const struct hint card[] = {
		{ ACT_UP, ACT_DOWN, "scroll", 2 }, { ACT_LEFT, ACT_RIGHT, "prev/next", 1 },
		{ ACT_CLOSE, ACT_NONE, "back", 5 }, { ACT_HELP, ACT_NONE, "help", 4 },
	};
	static const struct hint help[] = {
		{ ACT_UP, ACT_DOWN, "scroll", 1 }, { ACT_CLOSE, ACT_NONE, "close", 5 },
	};
	const struct hint *hints;
	size_t n;
	struct buf pos = {0};
	int y = t->rows - 1;

	if (t->prompting || t->message[0]) {
		struct buf line = { 0 };
		if (t->prompting) {
			buf_puts(&line, "Search: ");
			text_printable(&line, t->query.data ? t->query.data : "", t->query.len, t->utf8);
		} else {
			buf_puts(&line, t->message);
		}
		attrset(t->attrs[PAINT_STATUS]);
		mvhline(y, 0, ' ', t->cols);
		int w = str_width(t, line.data);
		size_t fit = line.len;
		if (w > t->cols - 3) /* keep the end of a long query in view */
			fit = text_fit(line.data, line.len, t->cols - 3, NULL, t->utf8);
		put(t, y, 1, PAINT_STATUS_KEY, line.data, fit);
		if (t->prompting) {
			curs_set(1);
			move(y, 1 + (w < t->cols - 3 ? w : t->cols - 3));
		}
		buf_free(&line);
		return;
	}
	curs_set(0);
	if (t->searching) {
		char s[48];
		snprintf(s, sizeof s, " n/N match %zu/%zu ", t->hit + 1, t->found.n);
		buf_puts(&pos, s);
	}
	if (t->st.help_open)
		hints = help, n = ARRAY_LEN(help);
	else if (t->st.card_open)
		hints = card, n = ARRAY_LEN(card);
	else if (v->nitems)
		hints = card_tab, n = ARRAY_LEN(card_tab);
	else
		hints = text_tab, n = ARRAY_LEN(text_tab);

	/* where we are: "2/4" on a card list, else how far down */
	int scroll = app_scroll(&t->st);
	if (!t->st.help_open && !t->st.card_open && v->nitems) {
		char s[32];
		snprintf(s, sizeof s, " %d/%d ", t->st.pos[t->st.tab].selected + 1, v->tab_cards);
		buf_puts(&pos, s);
	}
	int lines = v->lines;
	if (!t->st.help_open && !t->st.card_open && v->nitems && v->nitems < v->tab_cards)
		/* laid out only so far: as long as that many more cards */
		lines = (int)((long long)v->lines * v->tab_cards / v->nitems);
	if (lines > v->height) {
		char s[32];
		int max = lines - v->height;
		if (scroll <= 0)
			snprintf(s, sizeof s, " Top ");
		else if (scroll >= max)
			snprintf(s, sizeof s, " Bot ");
		else
			snprintf(s, sizeof s, " %d%% ", scroll * 100 / max);
		buf_puts(&pos, s);
	}
	int pos_w = pos.len ? str_width(t, pos.data) : 0;

	/* measure every hint, then drop the lowest ranked until they fit */
	struct buf labels[8] = { 0 };
	int widths[8], total = 0;
	bool shown[8];
	for (size_t i = 0; i < n && i < ARRAY_LEN(labels); i++) {
		keys_first(&labels[i], hints[i].a, t->utf8);
		if (hints[i].b != ACT_NONE) {
			if (!t->utf8)
				buf_puts(&labels[i], "/");
			keys_first(&labels[i], hints[i].b, t->utf8);
		}
		widths[i] = str_width(t, labels[i].data) + 1 + str_width(t, hints[i].what) + 2;
		total += widths[i];
		shown[i] = true;
	}
	for (int rank = 1; total > t->cols - pos_w - 1 && rank <= 5; rank++)
		for (size_t i = 0; i < n; i++)
			if (shown[i] && hints[i].rank == rank)
				shown[i] = false, total -= widths[i];

	attrset(t->attrs[PAINT_STATUS]);
	mvhline(y, 0, ' ', t->cols);
	int x = 1;
	for (size_t i = 0; i < n; i++) {
		if (shown[i] && x + widths[i] - 2 <= t->cols - pos_w) {
			put_str(t, y, x, PAINT_STATUS_KEY, labels[i].data);
			put_str(t, y, x + str_width(t, labels[i].data) + 1, PAINT_STATUS, hints[i].what);
			x += widths[i];
		}
		buf_free(&labels[i]);
	}
	if (pos.len && pos_w < t->cols)
		put_str(t, y, t->cols - pos_w, PAINT_STATUS, pos.data);
	buf_free(&pos);
}

static void paint_help(struct tui *t)
{
	const struct glyphs *g = glyphs_for(t->utf8);
	int y, x, h, w;

	help_box(t, &y, &x, &h, &w);
	attrset(t->attrs[ROLE_TEXT]);
	for (int row = y; row < y + h; row++)
		mvhline(row, x, ' ', w);
	for (int col = x + 1; col < x + w - 1; col++) {
		put_str(t, y, col, PAINT_SELECTED, g->hline);
		put_str(t, y + h - 1, col, PAINT_SELECTED, g->hline);
	}
	for (int row = y + 1; row < y + h - 1; row++) {
		put_str(t, row, x, PAINT_SELECTED, g->vline);
		put_str(t, row, x + w - 1, PAINT_SELECTED, g->vline);
	}
	put_str(t, y, x, PAINT_SELECTED, g->tl);
	put_str(t, y, x + w - 1, PAINT_SELECTED, g->tr);
	put_str(t, y + h - 1, x, PAINT_SELECTED, g->bl);
	put_str(t, y + h - 1, x + w - 1, PAINT_SELECTED, g->br);
	put_str(t, y, x + 2, ROLE_HEADING, " Keys ");
	paint_doc(t, &t->help_doc, t->st.help_scroll, y + 1, x + 1, h - 2, -1, -1, -1);
}

static void paint_too_small(struct tui *t)
{
	char s[96];
	struct doc d;
	struct buf out = {0};

	snprintf(s, sizeof s, "Terminal too small: %d×%d. pushpander needs %d×%d. Press q to quit.",
	         t->cols, t->rows, MIN_COLS, MIN_ROWS);
	const struct layout_ctx ctx = ctx_for(t, t->cols);
	doc_init(&d, &ctx, 0);
	doc_wrap(&d, ROLE_TEXT, s);
	doc_newline(&d);
	int top = t->rows > (int)d.nlines ? (t->rows - (int)d.nlines) / 2 : 0;
	paint_doc(t, &d, 0, top, 0, t->rows, -1, -1, -1);
	doc_free(&d);
	buf_free(&out);
}

static bool too_small(const struct tui *t)
{
	return t->cols < MIN_COLS || t->rows < MIN_ROWS;
}

static void paint(struct tui *t)
{
	t->nshown = 0;
	erase();
	if (too_small(t)) {
		paint_too_small(t);
		return;
	}
	struct app_view v = current_view(t);
	paint_tabs(t);
	paint_rule(t);
	if (t->st.help_open)
		; /* the help box stands alone, nothing half-hidden around it */
	else if (t->st.card_open)
		paint_doc(t, &t->card_doc, t->st.card_scroll, 2, 0, content_rows(t), -1, t->st.tab,
		          t->st.pos[t->st.tab].selected);
	else
		paint_doc(t, &t->tab_docs[t->st.tab], t->st.pos[t->st.tab].scroll, 2, 0,
		          content_rows(t),
		          t->tab_docs[t->st.tab].nitems ? t->st.pos[t->st.tab].selected : -1,
		          t->st.tab, -1);
	if (t->st.help_open)
		paint_help(t);
	paint_status(t, &v);
}

/* ---- input ---- */

/* A key from getch: a curses KEY_* code or a byte. */
static int translate_key(int ch)
{
	if (ch >= KEY_MIN) {
		switch (ch) {
		case KEY_UP: return K_UP;
		case KEY_DOWN: return K_DOWN;
		case KEY_LEFT: return K_LEFT;
		case KEY_RIGHT: return K_RIGHT;
		case KEY_PPAGE: return K_PAGE_UP;
		case KEY_NPAGE: return K_PAGE_DOWN;
		case KEY_HOME: case KEY_A1: return K_HOME;
		case KEY_END: case KEY_C1: return K_END;
		case KEY_BTAB: return K_BACKTAB;
		case KEY_ENTER: return K_ENTER;
		case KEY_BACKSPACE: return K_BACKSPACE;
		case KEY_RESIZE: return K_RESIZE;
		case KEY_MOUSE: return K_MOUSE;
		default: return 0;
		}
	}
	switch (ch) {
	case '\r': case '\n': return K_ENTER;
	case 127: case 8: return K_BACKSPACE;
	default: return ch;
	}
}

/* The rest of a UTF-8 character whose first byte was lead, as one code
 * point.  curses' own get_wch waits for a broken sequence to complete,
 * swallowing the keys after an invalid byte (a Latin-1 terminal's "é", a
 * binary paste): here an invalid byte is one U+FFFD and what follows it is
 * read again.  The rest of a character comes in the same write, so the wait
 * for it is short and only ever after a lead byte. */
static int utf8_key(int lead)
{
	char bytes[4] = { (char)lead };
	size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 :
	              lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
	size_t n = 1;

	if (need == 0)
		return (int)TEXT_REPLACEMENT;
	timeout(50);
	while (n < need) {
		int c = getch();
		if (c == ERR)
			break;
		if (c >= KEY_MIN || (c & 0xC0) != 0x80) {
			ungetch(c);
			break;
		}
		bytes[n++] = (char)c;
	}
	timeout(-1);
	uint32_t cp;
	if (n < need || text_decode(bytes, n, &cp) != n)
		return (int)TEXT_REPLACEMENT;
	return (int)cp;
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
	struct sigaction old;
	/* under nohup SIGHUP stays ignored: the end of input ends us then */
	if (sigaction(SIGHUP, NULL, &old) == 0 && old.sa_handler != SIG_IGN)
		sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	/* our own SIGWINCH handler, so that curses does not install one and
	 * resize to whatever size is announced (see terminal_size) */
	sa.sa_handler = on_winch;
	sigaction(SIGWINCH, &sa, NULL);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/* The terminal's size from the kernel, clamped to what curses can afford.
 * Returns false when the kernel does not know it. */
static bool terminal_size(int *rows, int *cols, bool *clamped)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
		return false;
	*clamped = ws.ws_row > MAX_ROWS || ws.ws_col > MAX_COLS;
	*rows = ws.ws_row > MAX_ROWS ? MAX_ROWS : ws.ws_row;
	*cols = ws.ws_col > MAX_COLS ? MAX_COLS : ws.ws_col;
	return true;
}

/* Tells curses the (clamped) new size after a SIGWINCH. */
static void apply_resize(struct tui *t)
{
	int rows, cols;

	resized = 0;
	if (terminal_size(&rows, &cols, &t->clamped))
		resizeterm(rows, cols);
}

/* ---- search ---- */

/* Shows the current hit: its tab, and its card opened when it is in one. */
static unsigned goto_hit(struct tui *t)
{
	const struct search_hit *h = &t->found.hits[t->hit];
	const struct doc *d = tab_doc(t, h->tab);
	int item = -1;

	for (size_t i = 0; h->card < 0 && i < d->nitems; i++)
		if (h->line >= d->items[i].first && h->line <= d->items[i].last)
			item = (int)i;
	app_goto(&t->st, h->tab, h->card, item, h->line, content_rows(t));
	return APP_RELAYOUT;
}

/* Finds the query in every tab and every card, laid out for the current
 * width.  With jump, shows the first hit at or after what is on screen. */
static unsigned run_search(struct tui *t, bool jump)
{
	int width = doc_width(t);
	const struct layout_ctx ctx = ctx_for(t, width);

	search_free(&t->found);
	t->searching = false;
	if (!t->query.len)
		return APP_REPAINT;
	search_begin(&t->found, t->query.data);
	for (int i = 0; i < t->ntabs; i++) {
		search_doc(&t->found, tab_doc(t, i), i, -1);
		size_t cards = screen_card_count(t->r, t->tabs[i]);
		for (size_t c = 0; c < cards; c++) {
			struct doc d;
			layout_card(&d, t->r, t->tabs[i], c, &ctx);
			search_doc(&t->found, &d, i, (int)c);
			doc_free(&d);
		}
	}
	t->search_width = width;
	if (t->found.n == 0) {
		struct buf q = { 0 };
		text_printable(&q, t->query.data, t->query.len, t->utf8);
		snprintf(t->message, sizeof t->message, "No match for \"%s\"", q.data);
		buf_free(&q);
		return APP_REPAINT;
	}
	t->searching = true;
	if (t->hit >= t->found.n)
		t->hit = 0;
	if (!jump)
		return APP_REPAINT;
	/* the first hit at or after the line at the top of the screen */
	int tab = t->st.tab, card = t->st.card_open ? t->st.pos[tab].selected : -1;
	int line = app_scroll(&t->st);
	t->hit = 0;
	for (size_t i = 0; i < t->found.n; i++) {
		const struct search_hit *h = &t->found.hits[i];
		bool at_or_after = h->tab != tab ? h->tab > tab :
		                   h->card != card ? h->card > card : h->line >= line;
		if (at_or_after) {
			t->hit = i;
			break;
		}
	}
	return goto_hit(t);
}

/* A key at the "/" prompt. */
static unsigned prompt_key(struct tui *t, int key)
{
	switch (key) {
	case K_ENTER:
		t->prompting = false;
		return run_search(t, true);
	case K_ESC:
		t->prompting = false;
		return APP_REPAINT;
	case K_BACKSPACE:
		while (t->query.len && (t->query.data[t->query.len - 1] & 0xC0) == 0x80)
			t->query.len--;
		if (t->query.len)
			t->query.len--;
		t->query.data[t->query.len] = '\0';
		return APP_REPAINT;
	case K_CTRL('u'):
		buf_clear(&t->query);
		return APP_REPAINT;
	default:
		if (key < 0x20 || key >= 0x110000 || text_is_hidden((uint32_t)key) ||
		    t->query.len > 60)
			return 0;
		text_encode(&t->query, (uint32_t)key);
		return APP_REPAINT;
	}
}

/* The search keys, and Esc when it clears the search; returns true with
 * *flags set when it took the action. */
static bool search_action(struct tui *t, enum action a, unsigned *flags)
{
	switch (a) {
	case ACT_SEARCH:
		if (t->st.help_open)
			return false;
		t->prompting = true;
		buf_clear(&t->query);
		*flags = APP_REPAINT;
		return true;
	case ACT_NEXT_MATCH:
	case ACT_PREV_MATCH:
		if (t->st.help_open)
			return false;
		if (!t->searching) {
			snprintf(t->message, sizeof t->message, "Nothing to repeat: press / to search");
			*flags = APP_REPAINT;
			return true;
		}
		t->hit = (t->hit + (a == ACT_NEXT_MATCH ? 1 : t->found.n - 1)) % t->found.n;
		*flags = goto_hit(t);
		return true;
	case ACT_CLOSE:
		if (!t->searching || t->st.help_open || t->st.card_open)
			return false;
		search_free(&t->found);
		t->searching = false;
		*flags = APP_REPAINT;
		return true;
	default:
		return false;
	}
}

/* A mouse event: a click on the tab bar switches tab, on a card selects
 * or opens it; the wheel scrolls. */
static unsigned mouse_event(struct tui *t, const struct app_view *v)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return 0;
	if (ev.bstate & BUTTON4_PRESSED)
		return app_wheel(&t->st, v, -3);
	if (ev.bstate & BUTTON5_PRESSED)
		return app_wheel(&t->st, v, 3);
	if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return 0;
	if (ev.y == 0 && !t->st.help_open) {
		if (t->tabs_compact)
			return app_update(&t->st, ev.x < t->cols / 2 ? ACT_PREV_TAB : ACT_NEXT_TAB, v);
		for (int i = 0; i < t->ntabs; i++)
			if (ev.x >= t->tab_x[i] && ev.x < t->tab_x[i + 1])
				return app_update(&t->st, (enum action)(ACT_TAB1 + i), v);
		return 0;
	}
	if (ev.y >= 2 && ev.y < t->rows - 1)
		return app_click(&t->st, v, app_scroll(&t->st) + ev.y - 2);
	return 0;
}

/* Whether bytes wait to be read in the kernel's queue. */
static bool input_pending(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	return poll(&p, 1, 0) > 0;
}

/* Reads and drops the three bytes (button, column, row) of an X10 mouse
 * report that nobody asked for (--no-mouse, or a terminal that reports
 * anyway): they are not keys, and " q" among them would quit. */
static void skip_mouse_report(void)
{
	timeout(0);
	for (int i = 0; i < 3 && getch() != ERR; i++)
		;
	timeout(-1);
}

/* After an Esc: an escape sequence that terminfo did not describe (curses
 * hands those over byte by byte) is read whole, and is Home, End, an arrow
 * or a page key when it is one of the common forms, else nothing.  A lone
 * Esc stays Esc. */
static int escape_sequence(void)
{
	char seq[16];
	size_t n = 0;
	int key = 0, ch;

	timeout(0);
	ch = getch();
	if (ch != '[' && ch != 'O') {
		if (ch != ERR)
			ungetch(ch);
		timeout(-1);
		return K_ESC;
	}
	seq[n++] = (char)ch;
	/* parameters and intermediates, then one final byte */
	while (n < sizeof seq - 1 && (ch = getch()) != ERR && ch < 0x80) {
		seq[n++] = (char)ch;
		if (ch >= 0x40 && ch <= 0x7E && n > 1)
			break;
	}
	seq[n] = '\0';
	timeout(-1);
	if (strcmp(seq, "[M") == 0)
		skip_mouse_report();
	static const struct { const char *seq; int key; } known[] = {
		{ "[1~", K_HOME }, { "[7~", K_HOME }, { "[H", K_HOME }, { "OH", K_HOME },
		{ "[4~", K_END },  { "[8~", K_END },  { "[F", K_END },  { "OF", K_END },
		{ "[5~", K_PAGE_UP }, { "[6~", K_PAGE_DOWN },
		{ "[A", K_UP }, { "[B", K_DOWN }, { "[C", K_RIGHT }, { "[D", K_LEFT },
		{ "OA", K_UP }, { "OB", K_DOWN }, { "OC", K_RIGHT }, { "OD", K_LEFT },
		{ "[Z", K_BACKTAB },
	};
	for (size_t i = 0; i < ARRAY_LEN(known); i++)
		if (strcmp(seq, known[i].seq) == 0)
			key = known[i].key;
	return key;
}

/* Whether standard input has hung up or hit end of file. */
static bool input_gone(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	int n = poll(&p, 1, 0), pending = 0;

	if (n < 0)
		return errno != EINTR;
	if (n == 0)
		return false;
	if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
		return true;
	/* readable, yet curses read nothing: end of file */
	return ioctl(STDIN_FILENO, FIONREAD, &pending) != 0 || pending == 0;
}

static bool can_address_cursor(void)
{
	const char *cup = tigetstr("cup");
	return cup && cup != (char *)-1;
}

int tui_run(const struct resume *r, const struct tui_options *o)
{
	struct tui t;
	SCREEN *screen;
	int status = 0;

	memset(&t, 0, sizeof t);
	t.r = r;
	t.utf8 = !o->ascii;
	t.today = o->today;
	t.problems = o->problems;
	t.mouse = o->mouse;
	t.links = o->links;
	t.ntabs = (int)screens_present(r, t.tabs);
	int start = 0;
	for (int i = 0; i < t.ntabs; i++)
		if ((int)t.tabs[i] == o->start)
			start = i;
	app_init(&t.st, t.ntabs, start);
	t.card_doc_tab = -1;

	install_signals();
	const char *term = getenv("TERM");
	if (!term || !*term)
		return TUI_UNUSABLE;
	int rows, cols;
	bool clamped = false;
	if (terminal_size(&rows, &cols, &clamped) && clamped) {
		/* curses takes LINES and COLUMNS over the kernel's size */
		char num[16];
		snprintf(num, sizeof num, "%d", rows);
		setenv("LINES", num, 1);
		snprintf(num, sizeof num, "%d", cols);
		setenv("COLUMNS", num, 1);
	}
	screen = newterm(NULL, stdout, stdin);
	if (!screen)
		return TUI_UNUSABLE;
	if (!can_address_cursor()) {
		endwin();
		delscreen(screen);
		return TUI_UNUSABLE;
	}
	set_escdelay(25);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	setup_colors(&t, o->color, (enum theme_id)o->theme);
	if (t.mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	t.clamped = clamped;
	if (clamped) {
		/* from now on resizes come through apply_resize */
		unsetenv("LINES");
		unsetenv("COLUMNS");
	}

	unsigned flags = APP_RELAYOUT;
	int errors = 0, deferred = 0;
	bool dirty = false;
	while (!(flags & APP_QUIT)) {
		if (flags & APP_RELAYOUT) {
			getmaxyx(stdscr, t.rows, t.cols);
			if (!too_small(&t)) {
				relayout(&t);
				struct app_view v = current_view(&t);
				app_settle(&t.st, &v, true);
			}
		}
		if (flags & (APP_REPAINT | APP_RELAYOUT) && !too_small(&t)) {
			/* where the key or the settling moved to */
			cover(&t, false);
		}
		if (flags & APP_CLEAR)
			clearok(curscr, TRUE);
		if (flags & (APP_REPAINT | APP_RELAYOUT | APP_CLEAR))
			dirty = true;
		/* while keys are queued (a paste, key repeat) paint only now and
		 * then, so that the screen keeps up with the keyboard */
		if (dirty && (!input_pending() || ++deferred >= 64)) {
			paint(&t);
			refresh();
			emit_links(&t);
			dirty = false;
			deferred = 0;
		}
		flags = 0;

		errno = 0;
		if (o->idle_timeout > 0)
			alarm((unsigned)o->idle_timeout);
		int got = getch();
		if (caught_signal) {
			status = 128 + caught_signal;
			break;
		}
		if (idle)
			break;
		if (resized) {
			apply_resize(&t);
			flags = APP_RELAYOUT;
			errors = 0;
			continue;
		}
		if (got == ERR) {
			/* curses returns ERR for signals and after resizes too; only
			 * the kernel can tell whether the terminal is really gone.
			 * The counter stops a spin should it never say so. */
			if (input_gone() || ++errors > 1000) {
				status = 128 + SIGHUP;
				break;
			}
			continue;
		}
		errors = 0;
		int key = got >= 0x80 && got < 0x100 ? utf8_key(got) : translate_key(got);
		if (key == K_ESC)
			key = escape_sequence();
		if (key == K_MOUSE && !t.mouse) {
			skip_mouse_report();
			continue;
		}
		enum action a = key == K_RESIZE ? ACT_RESIZE : keys_action(key);
		if (too_small(&t)) {
			if (a == ACT_QUIT || a == ACT_EXIT)
				break;
			flags = a == ACT_RESIZE ? APP_RELAYOUT : 0;
			continue;
		}
		if (t.message[0]) {
			t.message[0] = '\0';
			flags |= APP_REPAINT;
		}
		if (t.prompting) {
			flags |= prompt_key(&t, key);
			continue;
		}
		/* End shows the last card: every card must be laid out (what
		 * any other key needs was, after the key before it) */
		if (a == ACT_BOTTOM && !t.st.help_open && !t.st.card_open && !too_small(&t))
			cover(&t, true);
		struct app_view v = current_view(&t);
		unsigned searched;
		if (search_action(&t, a, &searched))
			flags |= searched;
		else
			flags |= key == K_MOUSE ? mouse_event(&t, &v) : app_update(&t.st, a, &v);
	}
	alarm(0);
	endwin();
	delscreen(screen);
	if (idle)
		fprintf(stderr, "pushpander: closed after %d second%s without a key\n",
		        o->idle_timeout, o->idle_timeout == 1 ? "" : "s");
	for (int i = 0; i < SCREEN_COUNT; i++)
		if (t.tab_laid_out[i])
			doc_free(&t.tab_docs[i]);
	doc_free(&t.card_doc);
	doc_free(&t.help_doc);
	search_free(&t.found);
	buf_free(&t.query);
	free(t.shown_links);
	return status;
}
