/* test_app.c — the pure navigation of app.c, with hand-made views. */
#include <string.h>

#include "app.h"
#include "check.h"
#include "keys.h"

/* A tab of 40 lines shown 10 at a time: a heading (lines 0–1), four cards
 * of six lines each (2–25, titles on their second line) and 14 lines of
 * other content below them (26–39, like the incidents' playbook). */
static const struct doc_item cards[] = {
	{ .first = 2, .last = 7, .title = 3 },
	{ .first = 8, .last = 13, .title = 9 },
	{ .first = 14, .last = 19, .title = 15 },
	{ .first = 20, .last = 25, .title = 21 },
};

static const struct app_view tab_view = {
	.height = 10, .lines = 40, .nitems = 4, .items = cards, .tab_cards = 4, .complete = true,
};

/* A tab without cards (About), and an open card's own document. */
static const struct app_view plain_view = {
	.height = 10, .lines = 25, .tab_cards = 0, .complete = true,
};
static const struct app_view card_view = {
	.height = 10, .lines = 30, .tab_cards = 4, .complete = true,
};

#define SEL(s) ((s).pos[(s).tab].selected)
#define SCROLL(s) ((s).pos[(s).tab].scroll)

/* The selected card overlaps the rows on screen. */
static bool selection_visible(const struct app_state *s, const struct app_view *v)
{
	const struct doc_item *it = &v->items[s->pos[s->tab].selected];
	int top = s->pos[s->tab].scroll;
	return it->last >= top && it->first < top + v->height;
}

TEST(app_init_clamps)
{
	struct app_state s;

	app_init(&s, 7, 3);
	CHECK_INT_EQ(s.ntabs, 7);
	CHECK_INT_EQ(s.tab, 3);
	CHECK(!s.card_open && !s.help_open && !s.quit);
	app_init(&s, 7, 9);
	CHECK_INT_EQ(s.tab, 0);
	app_init(&s, 0, 0);
	CHECK_INT_EQ(s.ntabs, 1);
	app_init(&s, APP_MAX_TABS + 5, 0);
	CHECK_INT_EQ(s.ntabs, APP_MAX_TABS);
}

TEST(app_tabs_wrap_both_ways)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_update(&s, ACT_PREV_TAB, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 6);
	CHECK_INT_EQ(app_update(&s, ACT_NEXT_TAB, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 0);
	CHECK_INT_EQ(app_update(&s, ACT_NEXT_TAB, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 1);
	/* → and ← switch tabs when no card is open */
	CHECK_INT_EQ(app_update(&s, ACT_LEFT, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 0);
	app_update(&s, ACT_LEFT, &tab_view);
	CHECK_INT_EQ(s.tab, 6);
	app_update(&s, ACT_RIGHT, &tab_view);
	CHECK_INT_EQ(s.tab, 0);
	/* one tab: nothing to switch to */
	app_init(&s, 1, 0);
	CHECK_INT_EQ(app_update(&s, ACT_NEXT_TAB, &tab_view), 0);
	CHECK_INT_EQ(s.tab, 0);
}

TEST(app_digits_jump_to_tabs)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_update(&s, ACT_TAB3, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 2);
	CHECK_INT_EQ(app_update(&s, ACT_TAB7, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 6);
	CHECK_INT_EQ(app_update(&s, ACT_TAB7, &tab_view), 0); /* already there */
	/* beyond the tabs there are: ignored */
	CHECK_INT_EQ(app_update(&s, ACT_TAB8, &tab_view), 0);
	CHECK_INT_EQ(app_update(&s, ACT_TAB9, &tab_view), 0);
	CHECK_INT_EQ(s.tab, 6);
	CHECK(!s.quit);
	CHECK_INT_EQ(app_update(&s, ACT_TAB1, &tab_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 0);
}

/* A small terminal: the heading and an intro box (lines 0-8) fill the
 * screen before the first card, and cards sit edge to edge. */
static const struct doc_item low_cards[] = {
	{ .first = 9, .last = 15, .title = 9 },
	{ .first = 16, .last = 22, .title = 16 },
	{ .first = 23, .last = 29, .title = 23 },
};
static const struct app_view low_view = {
	.height = 9, .lines = 40, .nitems = 3, .items = low_cards, .tab_cards = 3,
	.complete = true,
};

/* A tab opens at its top, heading in view, though its first card is below
 * the screen; ↓ brings that card in before it moves on; a card scrolled in
 * from below goes to the top rather than leave a row or two of what is
 * above it (a lone border) at the top. */
TEST(app_small_tab_opens_at_top)
{
	struct app_state s;

	app_init(&s, 7, 0);
	app_update(&s, ACT_TAB4, &low_view);
	app_settle(&s, &low_view, true);
	CHECK_INT_EQ(SCROLL(s), 0);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &low_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 9);        /* not 7: "╰──╯" and a gap alone above */
	app_update(&s, ACT_DOWN, &low_view);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 16);       /* not 14: the card before's last rows */
	app_update(&s, ACT_DOWN, &low_view);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(SCROLL(s), 23);
	CHECK(selection_visible(&s, &low_view));
}

TEST(app_selection_moves_and_reveals)
{
	struct app_state s;

	app_init(&s, 7, 1);
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &tab_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 4);        /* card 1 ends on line 13: rows 4–13 */
	app_update(&s, ACT_DOWN, &tab_view);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(SCROLL(s), 10);
	app_update(&s, ACT_DOWN, &tab_view);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(SCROLL(s), 16);
	CHECK(selection_visible(&s, &tab_view));

	/* ↑ moves back and scrolls so that the card's top is shown */
	app_update(&s, ACT_UP, &tab_view);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(SCROLL(s), 14);
	app_update(&s, ACT_UP, &tab_view);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 8);
	/* the first card brings the heading back into view */
	CHECK_INT_EQ(app_update(&s, ACT_UP, &tab_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 0);
	CHECK_INT_EQ(app_update(&s, ACT_UP, &tab_view), 0); /* nothing above */
	CHECK_INT_EQ(SCROLL(s), 0);
}

TEST(app_down_past_last_card_scrolls)
{
	struct app_state s;

	app_init(&s, 7, 0);
	app_update(&s, ACT_BOTTOM, &tab_view);
	SCROLL(s) = 16;                    /* card 3 selected and shown */
	CHECK_INT_EQ(SEL(s), 3);
	/* ↓ on the last card reaches the content below the cards */
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &tab_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(SCROLL(s), 17);
	for (int i = 0; i < 20; i++)
		app_update(&s, ACT_DOWN, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 30);       /* the last page: lines 30–39 */
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &tab_view), 0);

	/* ↑ first brings the selected card back, then moves on */
	CHECK_INT_EQ(app_update(&s, ACT_UP, &tab_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK(selection_visible(&s, &tab_view));
	app_update(&s, ACT_UP, &tab_view);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK(selection_visible(&s, &tab_view));
}

TEST(app_up_on_first_card_scrolls_up)
{
	struct app_state s;

	app_init(&s, 7, 0);
	SCROLL(s) = 2;                     /* the heading scrolled off */
	CHECK_INT_EQ(app_update(&s, ACT_UP, &tab_view), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 1);
	app_update(&s, ACT_UP, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 0);
}

TEST(app_page_keys_select_a_visible_card)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK(app_update(&s, ACT_PAGE_DOWN, &tab_view) & APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 9);        /* a page is the height less one */
	CHECK_INT_EQ(SEL(s), 1);           /* card 0 (2–7) went off the top */
	CHECK(selection_visible(&s, &tab_view));
	app_update(&s, ACT_PAGE_DOWN, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 18);
	/* card 2 (14–19) shows only its last line; card 3 shows its title */
	CHECK_INT_EQ(SEL(s), 3);
	app_update(&s, ACT_PAGE_DOWN, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 27);
	app_update(&s, ACT_PAGE_DOWN, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 30);       /* no further than the last page */
	CHECK_INT_EQ(app_update(&s, ACT_PAGE_DOWN, &tab_view), 0);

	app_update(&s, ACT_PAGE_UP, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 21);
	CHECK(selection_visible(&s, &tab_view));
	app_update(&s, ACT_PAGE_UP, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 12);
	CHECK(selection_visible(&s, &tab_view));
	app_update(&s, ACT_PAGE_UP, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 3);
	CHECK(selection_visible(&s, &tab_view));
	app_update(&s, ACT_PAGE_UP, &tab_view);
	CHECK_INT_EQ(SCROLL(s), 0);
	CHECK(selection_visible(&s, &tab_view));
}

TEST(app_home_and_end)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK(app_update(&s, ACT_BOTTOM, &tab_view) & APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(SCROLL(s), 30);
	CHECK(app_update(&s, ACT_TOP, &tab_view) & APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 0);

	/* without cards they scroll */
	app_init(&s, 7, 0);
	app_update(&s, ACT_BOTTOM, &plain_view);
	CHECK_INT_EQ(SCROLL(s), 15);
	app_update(&s, ACT_UP, &plain_view);
	CHECK_INT_EQ(SCROLL(s), 14);
	app_update(&s, ACT_TOP, &plain_view);
	CHECK_INT_EQ(SCROLL(s), 0);
	CHECK_INT_EQ(app_update(&s, ACT_OPEN, &plain_view), 0); /* nothing to open */
	CHECK(!s.card_open);
}

TEST(app_open_and_close_card)
{
	struct app_state s;

	app_init(&s, 7, 1);
	app_update(&s, ACT_DOWN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_OPEN, &tab_view), APP_RELAYOUT);
	CHECK(s.card_open);
	CHECK_INT_EQ(s.card_scroll, 0);
	/* in the card, ↓ scrolls the card, not the tab */
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &card_view), APP_REPAINT);
	CHECK_INT_EQ(s.card_scroll, 1);
	CHECK_INT_EQ(app_scroll(&s), 1);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 4);
	CHECK_INT_EQ(app_update(&s, ACT_CLOSE, &card_view), APP_RELAYOUT);   /* Esc */
	CHECK(!s.card_open);
	CHECK_INT_EQ(app_scroll(&s), 4);
	CHECK_INT_EQ(SEL(s), 1);

	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_QUIT, &card_view), APP_RELAYOUT);    /* q closes */
	CHECK(!s.card_open);
	CHECK(!s.quit);

	/* Backspace is bound to closing */
	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(keys_action(K_BACKSPACE), ACT_CLOSE);
	CHECK_INT_EQ(app_update(&s, keys_action(K_BACKSPACE), &card_view), APP_RELAYOUT);
	CHECK(!s.card_open);
}

TEST(app_arrows_in_card_change_card)
{
	struct app_state s;

	app_init(&s, 7, 2);
	app_update(&s, ACT_DOWN, &tab_view);
	app_update(&s, ACT_OPEN, &tab_view);
	app_update(&s, ACT_DOWN, &card_view);
	app_update(&s, ACT_DOWN, &card_view);
	CHECK_INT_EQ(s.card_scroll, 2);
	CHECK_INT_EQ(app_update(&s, ACT_RIGHT, &card_view), APP_RELAYOUT);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(s.card_scroll, 0);
	CHECK(s.card_open);
	CHECK_INT_EQ(s.tab, 2);            /* not a tab switch */
	app_update(&s, ACT_RIGHT, &card_view);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(app_update(&s, ACT_RIGHT, &card_view), 0); /* the last card */
	CHECK_INT_EQ(SEL(s), 3);
	app_update(&s, ACT_DOWN, &card_view);
	CHECK_INT_EQ(app_update(&s, ACT_LEFT, &card_view), APP_RELAYOUT);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(s.card_scroll, 0);
	app_update(&s, ACT_LEFT, &card_view);
	app_update(&s, ACT_LEFT, &card_view);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(app_update(&s, ACT_LEFT, &card_view), 0);  /* the first card */
	CHECK_INT_EQ(SEL(s), 0);
	CHECK(s.card_open);
}

TEST(app_tab_switch_closes_card)
{
	struct app_state s;

	app_init(&s, 7, 1);
	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_NEXT_TAB, &card_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 2);
	CHECK(!s.card_open);

	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_TAB1, &card_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 0);
	CHECK(!s.card_open);

	/* the digit of the tab shown closes the card and stays */
	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_TAB1, &card_view), APP_RELAYOUT);
	CHECK_INT_EQ(s.tab, 0);
	CHECK(!s.card_open);
}

TEST(app_help_opens_and_closes)
{
	struct app_state s;
	static const struct app_view help_view = { .height = 10, .lines = 20, .complete = true };

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_update(&s, ACT_HELP, &tab_view), APP_RELAYOUT);
	CHECK(s.help_open);
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &help_view), APP_REPAINT);
	CHECK_INT_EQ(s.help_scroll, 1);
	CHECK_INT_EQ(app_scroll(&s), 1);
	CHECK_INT_EQ(SCROLL(s), 0);        /* the tab did not move */
	CHECK_INT_EQ(app_update(&s, ACT_NEXT_TAB, &help_view), 0); /* ignored in help */
	CHECK_INT_EQ(s.tab, 0);
	/* q in help closes help, it does not quit */
	CHECK_INT_EQ(app_update(&s, ACT_QUIT, &help_view), APP_RELAYOUT);
	CHECK(!s.help_open);
	CHECK(!s.quit);

	app_update(&s, ACT_HELP, &tab_view);
	CHECK_INT_EQ(s.help_scroll, 0);    /* opens at the top again */
	CHECK_INT_EQ(app_update(&s, ACT_HELP, &help_view), APP_RELAYOUT);
	CHECK(!s.help_open);
	app_update(&s, ACT_HELP, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_CLOSE, &help_view), APP_RELAYOUT);
	CHECK(!s.help_open);

	/* help over an open card returns to the card */
	app_update(&s, ACT_OPEN, &tab_view);
	app_update(&s, ACT_HELP, &card_view);
	CHECK(s.help_open && s.card_open);
	app_update(&s, ACT_QUIT, &help_view);
	CHECK(!s.help_open && s.card_open);
	CHECK(!s.quit);
}

TEST(app_quit_and_exit)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_update(&s, ACT_QUIT, &tab_view), APP_QUIT);
	CHECK(s.quit);

	app_init(&s, 7, 0);
	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_EXIT, &card_view), APP_QUIT);
	CHECK(s.quit);

	app_init(&s, 7, 0);
	app_update(&s, ACT_HELP, &tab_view);
	CHECK_INT_EQ(app_update(&s, ACT_EXIT, &tab_view), APP_QUIT);
	CHECK(s.quit);

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_update(&s, ACT_NONE, &tab_view), 0);
	CHECK_INT_EQ(app_update(&s, ACT_REDRAW, &tab_view), APP_CLEAR | APP_REPAINT);
	CHECK_INT_EQ(app_update(&s, ACT_RESIZE, &tab_view), APP_RELAYOUT);
	CHECK(!s.quit);
}

TEST(app_settle_clamps_after_shrinking)
{
	struct app_state s;
	static const struct doc_item two[] = { { 2, 5, 3 }, { 6, 11, 7 } };
	static const struct app_view small = {
		.height = 10, .lines = 14, .nitems = 2, .items = two, .tab_cards = 2, .complete = true,
	};

	app_init(&s, 7, 0);
	app_update(&s, ACT_BOTTOM, &tab_view);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(SCROLL(s), 30);
	app_settle(&s, &small, false);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 4);         /* 14 lines, 10 rows */

	/* a taller terminal: everything fits */
	static const struct app_view tall = {
		.height = 50, .lines = 40, .nitems = 4, .items = cards, .tab_cards = 4, .complete = true,
	};
	app_settle(&s, &tall, true);
	CHECK_INT_EQ(SCROLL(s), 0);

	/* with reveal, the selected card comes into view */
	app_init(&s, 7, 0);
	SEL(s) = 3;
	app_settle(&s, &tab_view, true);
	CHECK(selection_visible(&s, &tab_view));
	CHECK_INT_EQ(SCROLL(s), 16);

	/* the open card's and help's scroll offsets are clamped too */
	app_init(&s, 7, 0);
	app_update(&s, ACT_OPEN, &tab_view);
	s.card_scroll = 25;
	app_settle(&s, &card_view, false);
	CHECK_INT_EQ(s.card_scroll, 20);
	app_update(&s, ACT_HELP, &card_view);
	s.help_scroll = 99;
	static const struct app_view help_view = { .height = 10, .lines = 12, .complete = true };
	app_settle(&s, &help_view, true);
	CHECK_INT_EQ(s.help_scroll, 2);

	/* a tab with no cards: the selection is 0 */
	app_init(&s, 7, 0);
	SEL(s) = 2;
	SCROLL(s) = 99;
	app_settle(&s, &plain_view, true);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 15);
}

TEST(app_tabs_remember_position)
{
	struct app_state s;

	app_init(&s, 7, 0);
	app_update(&s, ACT_DOWN, &tab_view);
	app_update(&s, ACT_DOWN, &tab_view);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(SCROLL(s), 10);
	app_update(&s, ACT_NEXT_TAB, &tab_view);
	CHECK_INT_EQ(s.tab, 1);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 0);
	app_update(&s, ACT_BOTTOM, &tab_view);
	app_update(&s, ACT_TAB1, &tab_view);
	CHECK_INT_EQ(s.tab, 0);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(SCROLL(s), 10);
	app_update(&s, ACT_TAB2, &tab_view);
	CHECK_INT_EQ(SEL(s), 3);
	CHECK_INT_EQ(SCROLL(s), 30);
}

TEST(app_click_selects_then_opens)
{
	struct app_state s;

	app_init(&s, 7, 0);
	/* card 1 (lines 8–13) shows its first two lines: a click selects it
	 * and brings all of it into view */
	CHECK_INT_EQ(app_click(&s, &tab_view, 9), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 4);
	CHECK(!s.card_open);
	/* any line of the selected card opens it */
	CHECK_INT_EQ(app_click(&s, &tab_view, 13), APP_RELAYOUT);
	CHECK(s.card_open);
	CHECK_INT_EQ(s.card_scroll, 0);
	CHECK_INT_EQ(SEL(s), 1);
	/* in the open card a click does nothing */
	CHECK_INT_EQ(app_click(&s, &card_view, 5), 0);
	CHECK(s.card_open);
	CHECK_INT_EQ(SEL(s), 1);
	app_update(&s, ACT_CLOSE, &card_view);

	/* first and last lines of a card are the card's */
	CHECK_INT_EQ(app_click(&s, &tab_view, 8), APP_RELAYOUT);   /* card 1 again: opens */
	app_update(&s, ACT_CLOSE, &card_view);
	CHECK_INT_EQ(app_click(&s, &tab_view, 7), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(app_click(&s, &tab_view, 14), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK(!s.card_open);
}

TEST(app_click_outside_cards_does_nothing)
{
	struct app_state s;
	/* cards with lines between them */
	static const struct doc_item apart[] = { { 2, 5, 3 }, { 8, 11, 9 }, { 15, 16, 15 } };
	static const struct app_view view = {
		.height = 10, .lines = 20, .nitems = 3, .items = apart, .tab_cards = 3, .complete = true,
	};
	static const int outside[] = { -5, -1, 0, 1, 6, 7, 12, 14, 17, 19, 20, 1000 };

	app_init(&s, 7, 2);
	SEL(s) = 1;
	SCROLL(s) = 3;
	for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++) {
		CHECK_MSG(app_click(&s, &view, outside[i]) == 0, "a click on line %d did something",
		          outside[i]);
		CHECK_INT_EQ(SEL(s), 1);
		CHECK_INT_EQ(SCROLL(s), 3);
		CHECK(!s.card_open && !s.help_open);
	}
	CHECK_INT_EQ(app_click(&s, &view, 16), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK_INT_EQ(app_click(&s, &view, 4), APP_REPAINT);
	CHECK_INT_EQ(SEL(s), 0);

	/* a tab without cards */
	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_click(&s, &plain_view, 3), 0);
	CHECK(!s.card_open);
	CHECK_INT_EQ(s.tab, 0);
}

TEST(app_click_closes_help)
{
	struct app_state s;
	static const struct app_view help_view = { .height = 10, .lines = 20, .complete = true };

	app_init(&s, 7, 0);
	SEL(s) = 2;
	app_update(&s, ACT_HELP, &tab_view);
	app_update(&s, ACT_DOWN, &help_view);
	CHECK(s.help_open);
	/* the click closes help and goes no further: nothing is selected */
	CHECK_INT_EQ(app_click(&s, &help_view, 9), APP_RELAYOUT);
	CHECK(!s.help_open);
	CHECK(!s.card_open);
	CHECK_INT_EQ(SEL(s), 2);
	CHECK(!s.quit);

	/* help over an open card: the click returns to the card */
	app_update(&s, ACT_OPEN, &tab_view);
	app_update(&s, ACT_HELP, &card_view);
	CHECK_INT_EQ(app_click(&s, &help_view, 0), APP_RELAYOUT);
	CHECK(!s.help_open && s.card_open);
}

TEST(app_wheel_scrolls_and_selection_follows)
{
	struct app_state s;

	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_wheel(&s, &tab_view, 3), APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 3);
	CHECK_INT_EQ(SEL(s), 0);           /* card 0 (2–7) is still in view */
	CHECK_INT_EQ(app_wheel(&s, &tab_view, 5), APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 8);
	CHECK_INT_EQ(SEL(s), 1);           /* card 0 went off the top */
	CHECK(selection_visible(&s, &tab_view));
	app_wheel(&s, &tab_view, 7);
	CHECK_INT_EQ(SCROLL(s), 15);
	CHECK_INT_EQ(SEL(s), 2);
	app_wheel(&s, &tab_view, 2);
	CHECK_INT_EQ(SCROLL(s), 17);
	CHECK_INT_EQ(SEL(s), 2);           /* still partly in view: kept */
	/* clamped at the last page; no card is there to follow */
	CHECK_INT_EQ(app_wheel(&s, &tab_view, 100), APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 30);
	CHECK_INT_EQ(app_wheel(&s, &tab_view, 1), 0);
	CHECK_INT_EQ(SCROLL(s), 30);
	/* and at the top */
	CHECK_INT_EQ(app_wheel(&s, &tab_view, -100), APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 0);
	CHECK(selection_visible(&s, &tab_view));
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(app_wheel(&s, &tab_view, -1), 0);
	CHECK_INT_EQ(app_wheel(&s, &tab_view, 0), 0);

	/* the card to follow to is one whose title is in view */
	app_init(&s, 7, 0);
	SEL(s) = 3;
	SCROLL(s) = 16;
	app_wheel(&s, &tab_view, -12);     /* lines 4–13: card 0's title is off */
	CHECK_INT_EQ(SCROLL(s), 4);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK(!s.card_open);

	/* a tab without cards just scrolls */
	app_init(&s, 7, 0);
	CHECK_INT_EQ(app_wheel(&s, &plain_view, 40), APP_REPAINT);
	CHECK_INT_EQ(SCROLL(s), 15);
	CHECK_INT_EQ(SEL(s), 0);

	/* an open card scrolls, and the tab's selection stays */
	app_init(&s, 7, 0);
	app_update(&s, ACT_DOWN, &tab_view);
	app_update(&s, ACT_OPEN, &tab_view);
	CHECK_INT_EQ(app_wheel(&s, &card_view, 3), APP_REPAINT);
	CHECK_INT_EQ(s.card_scroll, 3);
	CHECK_INT_EQ(app_wheel(&s, &card_view, 50), APP_REPAINT);
	CHECK_INT_EQ(s.card_scroll, 20);
	CHECK_INT_EQ(app_wheel(&s, &card_view, -50), APP_REPAINT);
	CHECK_INT_EQ(s.card_scroll, 0);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 4);        /* where ↓ left the tab */
	CHECK(s.card_open);

	/* so does help */
	static const struct app_view help_view = { .height = 10, .lines = 13, .complete = true };
	app_update(&s, ACT_HELP, &card_view);
	CHECK_INT_EQ(app_wheel(&s, &help_view, 5), APP_REPAINT);
	CHECK_INT_EQ(s.help_scroll, 3);
	CHECK_INT_EQ(s.card_scroll, 0);
	CHECK_INT_EQ(SEL(s), 1);
}

TEST(app_goto_shows_a_line)
{
	struct app_state s;

	/* a line of a tab's own page, in a card: the tab scrolls to put it a
	 * third of the way down, and the card is selected */
	app_init(&s, 7, 0);
	app_goto(&s, 3, -1, 2, 30, 12);
	CHECK_INT_EQ(s.tab, 3);
	CHECK(!s.card_open && !s.help_open);
	CHECK_INT_EQ(s.pos[3].selected, 2);
	CHECK_INT_EQ(s.pos[3].scroll, 26);
	CHECK_INT_EQ(s.pos[0].scroll, 0);  /* the tab left keeps its place */
	CHECK_INT_EQ(app_scroll(&s), 26);

	/* a line outside any card: the selection stays; near the top: 0 */
	SEL(s) = 1;
	app_goto(&s, 3, -1, -1, 2, 12);
	CHECK_INT_EQ(SEL(s), 1);
	CHECK_INT_EQ(SCROLL(s), 0);

	/* a line of a card: the card opens there */
	app_goto(&s, 2, 1, -1, 20, 9);
	CHECK_INT_EQ(s.tab, 2);
	CHECK(s.card_open);
	CHECK_INT_EQ(s.pos[2].selected, 1);
	CHECK_INT_EQ(s.card_scroll, 17);
	CHECK_INT_EQ(app_scroll(&s), 17);
	/* settling clamps to the card's length */
	app_goto(&s, 2, 3, -1, 29, 10);
	CHECK_INT_EQ(s.pos[2].selected, 3);
	CHECK_INT_EQ(s.card_scroll, 26);
	app_settle(&s, &card_view, false);
	CHECK_INT_EQ(s.card_scroll, 20);
	CHECK(s.card_open);

	/* from an open card to a tab's page: the card closes */
	app_goto(&s, 2, -1, 0, 3, 10);
	CHECK(!s.card_open);
	CHECK_INT_EQ(SEL(s), 0);
	CHECK_INT_EQ(SCROLL(s), 0);

	/* help closes */
	app_update(&s, ACT_HELP, &tab_view);
	app_goto(&s, 5, -1, -1, 10, 10);
	CHECK(!s.help_open);
	CHECK_INT_EQ(s.tab, 5);
	CHECK_INT_EQ(SCROLL(s), 7);

	/* a tab that is not there: nothing changes */
	struct app_state before;
	memcpy(&before, &s, sizeof s);
	app_goto(&s, 7, -1, 0, 5, 10);
	app_goto(&s, -1, 0, 0, 5, 10);
	app_goto(&s, APP_MAX_TABS, 0, 0, 5, 10);
	CHECK(memcmp(&before, &s, sizeof s) == 0);
	CHECK_INT_EQ(s.tab, 5);
	CHECK(!s.card_open);
}
