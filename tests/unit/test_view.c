/* test_view.c — the view's document cache, without a terminal: what is
 * laid out when, what it hands app.c, and the search over every document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "help.h"
#include "helpers.h"
#include "view.h"

/* A résumé of n roles, each with a highlight that names its number. */
static char *many_roles(int n)
{
	struct buf json = { 0 };
	char entry[160];

	buf_puts(&json, "{\"basics\":{\"name\":\"Ada Lovelace\"},\"work\":[");
	for (int i = 0; i < n; i++) {
		snprintf(entry, sizeof entry,
		         "%s{\"name\":\"Company %d\",\"position\":\"Engineer\","
		         "\"summary\":\"shipped marker%d\"}", i ? "," : "", i, i);
		buf_puts(&json, entry);
	}
	buf_puts(&json, "]}");
	return json.data;
}

static void load(struct resume *r, const char *json)
{
	struct diagnostics warnings = { 0 };
	CHECK_INT_EQ(parse_json(json, r, &warnings, NULL), 0);
	diagnostics_free(&warnings);
}

TEST(view_lays_out_only_what_is_shown)
{
	struct resume r;
	struct view v;
	struct app_state st;
	char *json = many_roles(300);

	load(&r, json);
	view_init(&v, &r, CTX(80, true), false);
	CHECK_INT_EQ(v.ntabs, 2);                       /* About, History */
	CHECK_INT_EQ(view_tab_of(&v, SCREEN_HISTORY), 1);
	CHECK_INT_EQ(view_tab_of(&v, SCREEN_INCIDENTS), -1);
	app_init(&st, v.ntabs, 1);
	view_resize(&v, 24, 80);
	view_relayout(&v, &st);
	CHECK(!v.tab_laid_out[0]);                      /* About was never shown */
	CHECK(v.tab_laid_out[1]);
	struct app_view av = view_app_view(&v, &st);
	CHECK_INT_EQ(av.height, 21);
	CHECK_INT_EQ(av.tab_cards, 300);
	CHECK(!av.complete);
	CHECK(av.nitems >= 2 && av.nitems < 300);
	/* three screens past the top, and no more than a card past that */
	CHECK(av.lines >= 3 * 21);
	CHECK(av.items[av.nitems - 2].last < 3 * 21);
	CHECK_INT_EQ(av.lines, (int)v.tab_docs[1].nlines);

	/* End: app.c asks for the whole tab, the view lays it out */
	CHECK_INT_EQ(app_update(&st, ACT_BOTTOM, &av), APP_NEED_WHOLE);
	view_cover(&v, &st, true);
	av = view_app_view(&v, &st);
	CHECK(av.complete);
	CHECK_INT_EQ(av.nitems, 300);
	CHECK_INT_EQ(app_update(&st, ACT_BOTTOM, &av), APP_REPAINT);
	CHECK_INT_EQ(st.pos[1].selected, 299);

	view_free(&v);
	app_free(&st);
	resume_free(&r);
	free(json);
}

TEST(view_keeps_tabs_until_the_width_changes)
{
	struct resume r;
	struct view v;
	struct app_state st;
	char *json = many_roles(5);

	load(&r, json);
	view_init(&v, &r, CTX(80, true), false);
	app_init(&st, v.ntabs, 0);
	view_resize(&v, 30, 60);
	view_relayout(&v, &st);
	CHECK_INT_EQ(v.tab_docs[0].width, 60);
	const struct span *about_spans = v.tab_docs[0].spans;
	app_update(&st, ACT_NEXT_TAB, &(struct app_view){ .height = 27 });
	view_relayout(&v, &st);
	CHECK(v.tab_laid_out[0] && v.tab_laid_out[1]);
	/* another height: nothing is laid out again */
	view_resize(&v, 40, 60);
	view_relayout(&v, &st);
	CHECK(v.tab_docs[0].spans == about_spans);
	CHECK_INT_EQ(view_content_rows(&v), 37);
	/* another width: what is not shown is dropped, the rest laid out anew */
	view_resize(&v, 40, 120);
	view_relayout(&v, &st);
	CHECK_INT_EQ(view_list_pane(&v, 1).width, LAYOUT_MAX_WIDTH);
	CHECK_INT_EQ(view_list_pane(&v, 1).x, 10); /* centred */
	CHECK(!v.tab_laid_out[0]);
	CHECK_INT_EQ(v.tab_docs[1].width, LAYOUT_MAX_WIDTH);

	/* an open card is laid out when it is shown, for the width */
	st.card_open = true;
	st.pos[1].selected = 3;
	view_relayout(&v, &st);
	CHECK(view_doc(&v, &st) == &v.card_doc);
	char *text = render_doc(&v.card_doc);
	CHECK(strstr(text, "Company 3") != NULL);
	CHECK(strstr(text, "shipped marker3") != NULL);
	free(text);
	struct app_view av = view_app_view(&v, &st);
	CHECK(av.complete);
	CHECK_INT_EQ(av.nitems, 0);
	CHECK_INT_EQ(av.lines, (int)v.card_doc.nlines);
	CHECK_INT_EQ(v.card_doc.width, LAYOUT_MAX_WIDTH);

	view_free(&v);
	app_free(&st);
	resume_free(&r);
	free(json);
}

TEST(view_find_searches_pages_and_cards)
{
	struct resume r;
	struct view v;
	struct app_state st;
	char *json = many_roles(40);

	load(&r, json);
	view_init(&v, &r, CTX(80, true), false);
	app_init(&st, v.ntabs, 0);
	view_resize(&v, 24, 80);
	view_relayout(&v, &st);
	struct app_view av = view_app_view(&v, &st);

	/* "Company 17" is on History's page (in card 17) and in that card opened */
	app_key(&st, '/', &av);
	for (const char *p = "company 17"; *p; p++)
		app_key(&st, *p, &av);
	CHECK_INT_EQ(app_key(&st, K_ENTER, &av), APP_RELAYOUT);
	CHECK_INT_EQ(st.search.found.n, 2);
	const struct search_hit *h = st.search.found.hits;
	CHECK_INT_EQ(h[0].tab, 1);
	CHECK_INT_EQ(h[0].card, -1);
	CHECK_INT_EQ(h[0].item, 17);
	CHECK_INT_EQ(h[1].card, 17);
	CHECK_INT_EQ(h[1].item, -1);
	/* the first hit is shown: History, card 17 selected */
	CHECK_INT_EQ(st.tab, 1);
	CHECK(!st.card_open);
	CHECK_INT_EQ(st.pos[1].selected, 17);
	CHECK(v.tab_laid_out[1]);
	/* text only in an opened card is found: the summary (an unopened card
	 * shows its first highlights now, but never its summary) */
	app_key(&st, '/', &av);
	for (const char *p = "marker39"; *p; p++)
		app_key(&st, *p, &av);
	app_key(&st, K_ENTER, &av);
	CHECK_INT_EQ(st.search.found.n, 1);
	CHECK(st.card_open);
	CHECK_INT_EQ(st.pos[1].selected, 39);
	CHECK_INT_EQ(v.search_width, 80);

	/* at another width the hits are found again */
	view_resize(&v, 24, 60);
	view_relayout(&v, &st);
	CHECK_INT_EQ(v.search_width, 60);
	CHECK_INT_EQ(st.search.found.n, 1);

	view_free(&v);
	app_free(&st);
	resume_free(&r);
	free(json);
}

TEST(view_help_fits_its_box)
{
	struct resume r;
	struct view v;
	struct app_state st;

	load(&r, "{\"basics\":{\"name\":\"Ada\"}}");
	view_init(&v, &r, CTX(80, true), true);
	app_init(&st, v.ntabs, 0);
	view_resize(&v, 24, 80);
	app_update(&st, ACT_HELP, &(struct app_view){ .height = 21 });
	view_relayout(&v, &st);
	CHECK_INT_EQ(v.help_doc.width, help_text_width(80));
	struct help_box b = help_place(24, 80, (int)v.help_doc.nlines);
	CHECK_INT_EQ(b.w, 72);
	CHECK_INT_EQ(b.x, 4);
	CHECK(b.y >= 2 && b.y + b.h <= 23);
	struct app_view av = view_app_view(&v, &st);
	CHECK_INT_EQ(av.height, b.h - 2);
	CHECK_INT_EQ(av.lines, (int)v.help_doc.nlines);
	char *text = render_doc(&v.help_doc);
	CHECK(strstr(text, "Mouse") != NULL);
	free(text);
	/* a narrow terminal: a narrower box, centred */
	b = help_place(24, 50, 10);
	CHECK_INT_EQ(b.w, 46);
	CHECK_INT_EQ(b.x, 2);
	CHECK_INT_EQ(b.h, 12);
	CHECK_INT_EQ(b.y, 2 + (21 - 12) / 2);

	view_free(&v);
	app_free(&st);
	resume_free(&r);
}

TEST(view_splits_a_tab_of_cards_on_a_wide_terminal)
{
	struct resume r;
	struct view v;
	struct app_state st;
	char *json = many_roles(5);

	load(&r, json);
	view_init(&v, &r, CTX(80, true), false);
	app_init(&st, v.ntabs, 1);
	view_resize(&v, 45, VIEW_SPLIT_COLS - 1);
	CHECK(!view_split(&v, 1));
	view_relayout(&v, &st);
	view_detail(&v, &st);
	CHECK(v.card_doc_tab == -1); /* nothing opened, nothing beside */

	view_resize(&v, 45, 160);
	CHECK(view_split(&v, 1));
	CHECK(!view_split(&v, 0)); /* About has no cards */
	struct view_pane list = view_list_pane(&v, 1), detail = view_detail_pane(&v, 1);
	CHECK_INT_EQ(list.width, 64);
	CHECK(detail.x >= list.x + list.width + 2); /* a blank column and the separator */
	CHECK(detail.x + detail.width <= 160);
	view_relayout(&v, &st);
	CHECK_INT_EQ(v.tab_docs[1].width, 64);
	CHECK(v.card_doc_tab == -1); /* not after every key: before a frame */
	/* the selected card is laid out beside the list, without Enter */
	view_detail(&v, &st);
	CHECK(!st.card_open);
	CHECK_INT_EQ(v.card_doc_index, 0);
	char *text = render_doc(&v.card_doc);
	CHECK(strstr(text, "shipped marker0") != NULL);
	free(text);
	/* and follows the selection */
	struct app_view av = view_app_view(&v, &st);
	app_update(&st, ACT_DOWN, &av);
	view_cover(&v, &st, false);
	CHECK_INT_EQ(v.card_doc_index, 0);
	view_detail(&v, &st);
	CHECK_INT_EQ(v.card_doc_index, 1);
	text = render_doc(&v.card_doc);
	CHECK(strstr(text, "shipped marker1") != NULL);
	free(text);

	view_free(&v);
	app_free(&st);
	resume_free(&r);
	free(json);
}
