/* view.c — the per-tab document cache and how far each tab is laid out. */
#include "view.h"

#include <stdint.h>
#include <string.h>

#include "help.h"

void view_init(struct view *v, const struct resume *r, const struct layout_ctx *ctx,
               bool mouse)
{
	memset(v, 0, sizeof *v);
	v->r = r;
	v->ctx = *ctx;
	v->mouse = mouse;
	v->ntabs = (int)screens_present(r, v->tabs);
	v->card_doc_tab = -1;
	v->finder = (struct app_finder){ view_find, v };
}

static void drop_tab_docs(struct view *v)
{
	for (int i = 0; i < SCREEN_COUNT; i++) {
		if (v->tab_laid_out[i])
			doc_free(&v->tab_docs[i]);
		v->tab_laid_out[i] = false;
	}
}

void view_free(struct view *v)
{
	drop_tab_docs(v);
	doc_free(&v->card_doc);
	doc_free(&v->help_doc);
}

int view_tab_of(const struct view *v, int screen)
{
	for (int i = 0; i < v->ntabs; i++)
		if ((int)v->tabs[i] == screen)
			return i;
	return -1;
}

void view_resize(struct view *v, int rows, int cols)
{
	v->rows = rows;
	v->cols = cols;
}

bool view_split(const struct view *v, int tab)
{
	return v->cols >= VIEW_SPLIT_COLS && tab >= 0 && tab < v->ntabs &&
	       screen_card_count(v->r, v->tabs[tab]) > 0;
}

/* A split's list: two fifths of the terminal, from 56 to 80 columns. */
static int split_list_width(int cols)
{
	int w = cols * 2 / 5;
	return w < 56 ? 56 : w > 80 ? 80 : w;
}

/* The split's two sides and the separator between them, or the single
 * column, centred in the terminal. */
static void panes(const struct view *v, int tab, struct view_pane *list,
                  struct view_pane *detail)
{
	if (view_split(v, tab)) {
		int lw = split_list_width(v->cols);
		int dw = v->cols - lw - 2; /* a blank column, then the separator */
		if (dw > LAYOUT_MAX_WIDTH)
			dw = LAYOUT_MAX_WIDTH;
		int x = (v->cols - (lw + 2 + dw)) / 2;
		*list = (struct view_pane){ x, lw };
		*detail = (struct view_pane){ x + lw + 2, dw };
		return;
	}
	int w = v->cols < LAYOUT_MAX_WIDTH ? v->cols : LAYOUT_MAX_WIDTH;
	*list = *detail = (struct view_pane){ (v->cols - w) / 2, w > 1 ? w : 1 };
}

struct view_pane view_list_pane(const struct view *v, int tab)
{
	struct view_pane list, detail;
	panes(v, tab, &list, &detail);
	return list;
}

struct view_pane view_detail_pane(const struct view *v, int tab)
{
	struct view_pane list, detail;
	panes(v, tab, &list, &detail);
	return detail;
}

/* The context for a document width columns wide. */
static struct layout_ctx ctx_for(const struct view *v, int width)
{
	struct layout_ctx ctx = v->ctx;
	ctx.width = width;
	return ctx;
}

int view_content_rows(const struct view *v)
{
	return v->rows - 3; /* tab bar, rule, status line */
}

/* Tab i's document, laid out for the current width to at least lines lines
 * and items cards, or whole. */
static const struct doc *tab_doc_upto(struct view *v, int i, size_t lines, size_t items)
{
	if (!v->tab_laid_out[i]) {
		struct layout_ctx ctx = ctx_for(v, view_list_pane(v, i).width);
		ctx.beside = view_split(v, i);
		layout_begin(&v->tab_docs[i], &v->tab_progress[i], v->tabs[i], &ctx, false);
		v->tab_laid_out[i] = true;
	}
	v->tab_complete[i] = layout_more(&v->tab_docs[i], &v->tab_progress[i], v->r, lines,
	                                 items);
	return &v->tab_docs[i];
}

const struct doc *view_tab_doc(struct view *v, int i)
{
	return tab_doc_upto(v, i, SIZE_MAX, SIZE_MAX);
}

/* The selected card of the current tab laid out opened. */
static void cover_card(struct view *v, const struct app_state *st)
{
	int sel = st->pos[st->tab].selected;
	int width = view_detail_pane(v, st->tab).width;

	if (v->card_doc_tab == st->tab && v->card_doc_index == sel && v->card_doc_width == width)
		return;
	const struct layout_ctx ctx = ctx_for(v, width);
	doc_free(&v->card_doc);
	layout_card(&v->card_doc, v->r, v->tabs[st->tab], (size_t)sel, &ctx);
	v->card_doc_tab = st->tab;
	v->card_doc_index = sel;
	v->card_doc_width = width;
}

void view_cover(struct view *v, const struct app_state *st, bool whole)
{
	int rows = view_content_rows(v) > 0 ? view_content_rows(v) : 1;

	if (whole)
		view_tab_doc(v, st->tab);
	else
		tab_doc_upto(v, st->tab, (size_t)st->pos[st->tab].scroll + 3 * (size_t)rows,
		             (size_t)st->pos[st->tab].selected + 2);
	if (st->card_open)
		cover_card(v, st);
}

void view_detail(struct view *v, const struct app_state *st)
{
	if (!st->help_open && view_split(v, st->tab))
		cover_card(v, st);
}

/* A signature of the widths every document is laid out for: the search's
 * hits are found again when it changes. */
static int widths_key(const struct view *v)
{
	return v->cols >= VIEW_SPLIT_COLS ? 100000 + v->cols : view_list_pane(v, -1).width;
}

void view_relayout(struct view *v, struct app_state *st)
{
	for (int i = 0; i < v->ntabs; i++)
		if (v->tab_laid_out[i] && (v->tab_docs[i].ctx.width != view_list_pane(v, i).width ||
		                           v->tab_docs[i].ctx.beside != view_split(v, i))) {
			doc_free(&v->tab_docs[i]);
			v->tab_laid_out[i] = false;
		}
	view_cover(v, st, false);
	if (st->search.active && v->search_width != widths_key(v)) {
		struct app_view av = view_app_view(v, st);
		app_search_again(st, &av);
	}
	int help_width = help_text_width(v->cols);
	if (st->help_open && v->help_doc_width != help_width) {
		const struct layout_ctx ctx = ctx_for(v, help_width);
		doc_free(&v->help_doc);
		help_layout(&v->help_doc, &ctx, v->mouse);
		v->help_doc_width = help_width;
	}
}

const struct doc *view_doc(const struct view *v, const struct app_state *st)
{
	if (st->help_open)
		return &v->help_doc;
	if (st->card_open)
		return &v->card_doc;
	return &v->tab_docs[st->tab];
}

struct app_view view_app_view(const struct view *v, const struct app_state *st)
{
	struct app_view av = { .height = view_content_rows(v), .finder = &v->finder };
	const struct doc *d = view_doc(v, st);

	av.tab_cards = (int)screen_card_count(v->r, v->tabs[st->tab]);
	if (st->help_open) {
		av.height = help_place(v->rows, v->cols, (int)d->nlines).h - 2;
		av.complete = true;
	} else if (st->card_open) {
		av.complete = true;
	} else {
		av.nitems = (int)d->nitems;
		av.items = d->items;
		av.complete = v->tab_laid_out[st->tab] && v->tab_complete[st->tab];
	}
	av.lines = (int)d->nlines;
	if (av.height < 1)
		av.height = 1;
	return av;
}

void view_find(void *ctx, struct search *found)
{
	struct view *v = ctx;

	for (int i = 0; i < v->ntabs; i++) {
		const struct layout_ctx card_ctx = ctx_for(v, view_detail_pane(v, i).width);
		search_doc(found, view_tab_doc(v, i), i, -1);
		size_t cards = screen_card_count(v->r, v->tabs[i]);
		for (size_t c = 0; c < cards; c++) {
			struct doc d;
			layout_card(&d, v->r, v->tabs[i], c, &card_ctx);
			search_doc(found, &d, i, (int)c);
			doc_free(&d);
		}
	}
	v->search_width = widths_key(v);
}
