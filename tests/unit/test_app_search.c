/* test_app_search.c — "/", typing, Enter, Esc, n and N through app_key and
 * app_update, with a finder that hands out hits made by hand. */
#include <string.h>

#include "app.h"
#include "check.h"
#include "keys.h"

/* Hits in the order the view finds them: tab by tab, a tab's own page
 * before its cards. */
static const struct search_hit planted[] = {
	{ .tab = 0, .card = -1, .item = -1, .line = 3, .col = 2, .width = 5 },
	{ .tab = 2, .card = 1, .item = -1, .line = 5, .col = 4, .width = 5 },
	{ .tab = 3, .card = -1, .item = 2, .line = 40, .col = 6, .width = 5 },
};

struct fake {
	int calls;
	char query[64];   /* what the last search was for */
	bool none;        /* find nothing */
};

static void fake_find(void *ctx, struct search *found)
{
	struct fake *f = ctx;

	f->calls++;
	for (size_t i = 0; !f->none && i < sizeof planted / sizeof planted[0]; i++) {
		if (found->n == found->cap) {
			found->cap = found->cap ? found->cap * 2 : 4;
			found->hits = xreallocarray(found->hits, found->cap, sizeof *found->hits);
		}
		found->hits[found->n++] = planted[i];
	}
}

static struct fake fake;
static const struct app_finder finder = { fake_find, &fake };

/* A tab's page of 60 lines with no cards, shown 12 rows at a time. */
static const struct app_view page = {
	.height = 12, .lines = 60, .tab_cards = 0, .complete = true, .finder = &finder,
};

static void type(struct app_state *s, const char *text)
{
	for (const char *p = text; *p; p++)
		app_key(s, (unsigned char)*p, &page);
}

static void reset(struct app_state *s, bool none)
{
	memset(&fake, 0, sizeof fake);
	fake.none = none;
	app_init(s, 5, 1);
}

TEST(app_search_prompt_takes_text)
{
	struct app_state s;

	reset(&s, false);
	CHECK_INT_EQ(app_key(&s, '/', &page), APP_REPAINT);
	CHECK_INT_EQ(app_mode(&s), APP_PROMPT);
	type(&s, "kafka");
	CHECK_STR_EQ(s.search.prompt.data, "kafka");
	app_key(&s, K_BACKSPACE, &page);
	CHECK_STR_EQ(s.search.prompt.data, "kafk");
	/* a character of several bytes goes whole */
	app_key(&s, 0xE9, &page);
	CHECK_STR_EQ(s.search.prompt.data, "kafk\xC3\xA9");
	app_key(&s, K_BACKSPACE, &page);
	CHECK_STR_EQ(s.search.prompt.data, "kafk");
	/* controls, bidi marks and special keys are not text */
	CHECK_INT_EQ(app_key(&s, 0x07, &page), 0);
	CHECK_INT_EQ(app_key(&s, 0x202E, &page), 0);
	CHECK_INT_EQ(app_key(&s, K_UP, &page), 0);
	CHECK_STR_EQ(s.search.prompt.data, "kafk");
	/* keys bound to actions are text here: q does not quit */
	app_key(&s, 'q', &page);
	CHECK(!s.quit);
	CHECK_STR_EQ(s.search.prompt.data, "kafkq");
	app_key(&s, K_CTRL('u'), &page);
	CHECK_STR_EQ(s.search.prompt.data, "");
	/* the prompt takes so much and no more */
	for (int i = 0; i < 100; i++)
		app_key(&s, 'x', &page);
	CHECK_INT_EQ(s.search.prompt.len, APP_PROMPT_MAX);
	/* Esc leaves without searching */
	CHECK_INT_EQ(app_key(&s, K_ESC, &page), APP_REPAINT);
	CHECK_INT_EQ(app_mode(&s), APP_BROWSE);
	CHECK_INT_EQ(fake.calls, 0);
	CHECK(!s.search.active);
	/* Ctrl-C quits at once, from the prompt too */
	app_key(&s, '/', &page);
	CHECK_INT_EQ(app_key(&s, K_CTRL('c'), &page), APP_QUIT);
	CHECK(s.quit);
	app_free(&s);
}

TEST(app_search_enter_goes_to_the_first_hit_ahead)
{
	struct app_state s;

	reset(&s, false);
	app_key(&s, '/', &page);
	type(&s, "grafana");
	/* on tab 1: the first hit at or after it is in tab 2's card 1 */
	CHECK_INT_EQ(app_key(&s, K_ENTER, &page), APP_RELAYOUT);
	CHECK_INT_EQ(fake.calls, 1);
	CHECK_STR_EQ(s.search.query.data, "grafana");
	CHECK(s.search.active);
	CHECK_INT_EQ(s.search.found.n, 3);
	CHECK_INT_EQ(s.search.hit, 1);
	CHECK_INT_EQ(s.tab, 2);
	CHECK(s.card_open);
	CHECK_INT_EQ(s.pos[2].selected, 1);
	CHECK_INT_EQ(s.card_scroll, 1);          /* line 5, a third down 12 rows */
	CHECK_INT_EQ(app_mode(&s), APP_CARD);

	/* n: tab 3's page, the card that holds the line selected */
	CHECK_INT_EQ(app_key(&s, 'n', &page), APP_RELAYOUT);
	CHECK_INT_EQ(s.search.hit, 2);
	CHECK_INT_EQ(s.tab, 3);
	CHECK(!s.card_open);
	CHECK_INT_EQ(s.pos[3].selected, 2);
	CHECK_INT_EQ(s.pos[3].scroll, 36);
	/* n wraps to the first, N back to the last */
	app_key(&s, 'n', &page);
	CHECK_INT_EQ(s.search.hit, 0);
	CHECK_INT_EQ(s.tab, 0);
	CHECK_INT_EQ(s.pos[0].scroll, 0);
	app_key(&s, 'N', &page);
	CHECK_INT_EQ(s.search.hit, 2);
	CHECK_INT_EQ(s.tab, 3);
	CHECK_INT_EQ(fake.calls, 1);              /* n and N only move */

	/* a new search starting past the last hit wraps to the first */
	app_key(&s, '/', &page);
	CHECK_STR_EQ(s.search.prompt.data, "");
	CHECK(s.search.active);                    /* the old hits stay until Enter */
	type(&s, "kafka");
	s.tab = 4;
	app_key(&s, K_ENTER, &page);
	CHECK_INT_EQ(s.search.hit, 0);
	CHECK_INT_EQ(s.tab, 0);
	app_free(&s);
}

TEST(app_search_says_when_nothing_matches)
{
	struct app_state s;

	reset(&s, true);
	app_key(&s, '/', &page);
	type(&s, "zzz");
	CHECK_INT_EQ(app_key(&s, K_ENTER, &page), APP_REPAINT);
	CHECK(!s.search.active);
	CHECK_STR_EQ(s.message, "No match for \"zzz\"");
	CHECK_INT_EQ(s.tab, 1);
	/* any key takes the message away, and still does what it does */
	CHECK_INT_EQ(app_key(&s, 'j', &page), APP_REPAINT);
	CHECK_STR_EQ(s.message, "");
	CHECK_INT_EQ(s.pos[1].scroll, 1);
	/* n with nothing found: a hint, no move */
	CHECK_INT_EQ(app_key(&s, 'n', &page), APP_REPAINT);
	CHECK_STR_EQ(s.message, "Nothing to repeat: press / to search");
	CHECK_INT_EQ(s.tab, 1);
	/* an empty query clears the search without a word */
	app_key(&s, '/', &page);
	CHECK_INT_EQ(app_key(&s, K_ENTER, &page), APP_REPAINT);
	CHECK_STR_EQ(s.message, "");
	CHECK_INT_EQ(fake.calls, 1);
	app_free(&s);
}

TEST(app_search_esc_clears_hits_on_a_page_only)
{
	struct app_state s;

	reset(&s, false);
	app_key(&s, '/', &page);
	type(&s, "x");
	app_key(&s, K_ENTER, &page);
	CHECK(s.search.active && s.card_open);
	/* in a card Esc closes the card; the hits stay */
	CHECK_INT_EQ(app_key(&s, K_ESC, &page), APP_RELAYOUT);
	CHECK(!s.card_open);
	CHECK(s.search.active);
	/* on the page it clears them */
	CHECK_INT_EQ(app_key(&s, K_ESC, &page), APP_REPAINT);
	CHECK(!s.search.active);
	CHECK_INT_EQ(s.search.found.n, 0);
	/* and then it does what Esc does there: nothing */
	CHECK_INT_EQ(app_key(&s, K_ESC, &page), 0);
	app_free(&s);
}

TEST(app_search_keys_do_nothing_in_help)
{
	struct app_state s;

	reset(&s, false);
	app_key(&s, '?', &page);
	CHECK_INT_EQ(app_mode(&s), APP_HELP);
	CHECK_INT_EQ(app_key(&s, '/', &page), 0);
	CHECK_INT_EQ(app_key(&s, 'n', &page), 0);
	CHECK_INT_EQ(app_mode(&s), APP_HELP);
	CHECK_STR_EQ(s.message, "");
	app_free(&s);
}

TEST(app_search_again_keeps_the_current_hit)
{
	struct app_state s;

	reset(&s, false);
	CHECK_INT_EQ(app_search_again(&s, &page), 0);   /* no search: nothing to do */
	app_key(&s, '/', &page);
	type(&s, "x");
	app_key(&s, K_ENTER, &page);
	app_key(&s, 'n', &page);
	CHECK_INT_EQ(s.search.hit, 2);
	int tab = s.tab;
	/* laid out again for another width: found again, nothing moves */
	CHECK_INT_EQ(app_search_again(&s, &page), APP_REPAINT);
	CHECK_INT_EQ(fake.calls, 2);
	CHECK_INT_EQ(s.search.hit, 2);
	CHECK_INT_EQ(s.tab, tab);
	app_free(&s);
}

TEST(app_end_asks_for_the_whole_tab)
{
	static const struct doc_item two[] = { { 2, 7, 3 }, { 8, 13, 9 } };
	struct app_view part = {
		.height = 10, .lines = 40, .nitems = 2, .items = two, .tab_cards = 50,
	};
	struct app_state s;

	app_init(&s, 3, 0);
	CHECK_INT_EQ(app_update(&s, ACT_BOTTOM, &part), APP_NEED_WHOLE);
	CHECK_INT_EQ(s.pos[0].selected, 0);
	CHECK_INT_EQ(s.pos[0].scroll, 0);
	/* every other key makes do with what is laid out */
	CHECK_INT_EQ(app_update(&s, ACT_DOWN, &part), APP_REPAINT);
	CHECK_INT_EQ(s.pos[0].selected, 1);
	part.complete = true;
	CHECK_INT_EQ(app_update(&s, ACT_BOTTOM, &part), APP_REPAINT);
	CHECK_INT_EQ(s.pos[0].scroll, 30);
	/* in an open card End needs nothing more */
	s.card_open = true;
	part.complete = true;
	CHECK(!(app_update(&s, ACT_BOTTOM, &part) & APP_NEED_WHOLE));
	app_free(&s);
}

/* A key the full prompt refuses is not dropped silently: the status line
 * says why, and the query keeps whole characters. */
TEST(app_search_prompt_says_when_full)
{
	struct app_state s;

	reset(&s, false);
	app_key(&s, '/', &page);
	for (int i = 0; i < APP_PROMPT_MAX - 1; i++)
		app_key(&s, 'x', &page);
	CHECK_STR_EQ(s.message, "");
	app_key(&s, 0xE9, &page); /* é: two bytes, one too many */
	CHECK_INT_EQ(s.search.prompt.len, APP_PROMPT_MAX - 1);
	CHECK_STR_EQ(s.message, "Search text is limited to 60 bytes");
	app_key(&s, 'y', &page);
	CHECK_INT_EQ(s.search.prompt.len, APP_PROMPT_MAX);
	CHECK_STR_EQ(s.message, "");
	app_free(&s);
}
