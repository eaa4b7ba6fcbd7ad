/* test_keys.c — the key table (keys.c). */
#include <string.h>

#include "check.h"
#include "keys.h"

TEST(keys_action_for_each_key)
{
	static const struct {
		int key;
		enum action action;
	} table[] = {
		{ K_RIGHT, ACT_RIGHT }, { 'l', ACT_RIGHT },
		{ K_LEFT, ACT_LEFT }, { 'h', ACT_LEFT },
		{ K_TAB, ACT_NEXT_TAB }, { K_BACKTAB, ACT_PREV_TAB },
		{ '1', ACT_TAB1 }, { '5', ACT_TAB5 }, { '9', ACT_TAB9 },
		{ K_DOWN, ACT_DOWN }, { 'j', ACT_DOWN },
		{ K_UP, ACT_UP }, { 'k', ACT_UP },
		{ K_PAGE_DOWN, ACT_PAGE_DOWN }, { ' ', ACT_PAGE_DOWN }, { K_CTRL('f'), ACT_PAGE_DOWN },
		{ K_PAGE_UP, ACT_PAGE_UP }, { 'b', ACT_PAGE_UP }, { K_CTRL('b'), ACT_PAGE_UP },
		{ K_HOME, ACT_TOP }, { 'g', ACT_TOP },
		{ K_END, ACT_BOTTOM }, { 'G', ACT_BOTTOM },
		{ K_ENTER, ACT_OPEN }, { 'o', ACT_OPEN },
		{ K_ESC, ACT_CLOSE }, { K_BACKSPACE, ACT_CLOSE },
		{ 'q', ACT_QUIT }, { K_CTRL('c'), ACT_EXIT },
		{ '?', ACT_HELP }, { K_CTRL('l'), ACT_REDRAW },
		/* unbound */
		{ '0', ACT_NONE }, { 'x', ACT_NONE }, { 'Q', ACT_NONE }, { 'L', ACT_NONE },
		{ K_RESIZE, ACT_NONE }, { 0, ACT_NONE }, { -1, ACT_NONE }, { 0x10FFFF, ACT_NONE },
	};

	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		CHECK_MSG(keys_action(table[i].key) == table[i].action,
		          "key 0x%X: action %d, want %d", (unsigned)table[i].key,
		          keys_action(table[i].key), table[i].action);
	/* the 9 digits are 9 consecutive actions */
	for (int d = 1; d <= 9; d++)
		CHECK_INT_EQ(keys_action('0' + d), ACT_TAB1 + d - 1);
}

TEST(keys_every_action_bound_and_helped)
{
	size_t n = 0;
	const struct key_help *help = keys_help(&n);

	CHECK(n > 0);
	for (int a = ACT_NONE + 1; a < ACT_COUNT; a++) {
		if (a == ACT_RESIZE)
			continue;
		struct buf name = {0};
		keys_first(&name, (enum action)a, true);
		CHECK_MSG(name.len > 0, "action %d has no key", a);
		buf_free(&name);

		bool helped = false;
		for (size_t i = 0; i < n; i++)
			if (help[i].first <= (enum action)a && (enum action)a <= help[i].last)
				helped = true;
		CHECK_MSG(helped, "action %d is not in the help", a);
	}
	for (size_t i = 0; i < n; i++) {
		CHECK_MSG(help[i].what && *help[i].what, "help line %zu says nothing", i);
		/* the overlay's two columns hold a brief of 16 columns at most,
		 * under one of its groups */
		CHECK_MSG(help[i].brief && *help[i].brief && strlen(help[i].brief) <= 16,
		          "help line %zu: brief \"%s\"", i, help[i].brief ? help[i].brief : "");
		CHECK_MSG(help[i].group && strstr(" Move Tabs Cards Search Other ", help[i].group) &&
		          strlen(help[i].group) >= 4, "help line %zu: group", i);
		CHECK_MSG(help[i].first != ACT_NONE && help[i].last != ACT_RESIZE &&
		          help[i].first <= help[i].last, "help line %zu has a bad range", i);
	}
}

/* The label of the help line for action a. */
static void check_label(enum action a, bool utf8, const char *want, int line)
{
	size_t n = 0;
	const struct key_help *help = keys_help(&n);
	struct buf out = {0};

	for (size_t i = 0; i < n; i++) {
		if (help[i].first == a) {
			keys_label(&out, &help[i], utf8);
			break;
		}
	}
	const char *got = out.data ? out.data : "";
	if (!check_str_equal(got, want))
		check_fail_str(__FILE__, line, "keys_label(...)", "want", got, want);
	buf_free(&out);
}

TEST(keys_label_formats)
{
	check_label(ACT_RIGHT, true, "→ l", __LINE__);
	check_label(ACT_RIGHT, false, "Right l", __LINE__);
	check_label(ACT_LEFT, false, "Left h", __LINE__);
	check_label(ACT_TAB1, true, "1–9", __LINE__);
	check_label(ACT_TAB1, false, "1-9", __LINE__);
	check_label(ACT_DOWN, true, "↓ j", __LINE__);
	check_label(ACT_PAGE_DOWN, true, "PgDn Space Ctrl-F", __LINE__);
	check_label(ACT_PREV_TAB, true, "Shift-Tab", __LINE__);
	check_label(ACT_CLOSE, true, "Esc Backspace", __LINE__);
	check_label(ACT_OPEN, true, "Enter o", __LINE__);
	check_label(ACT_EXIT, true, "Ctrl-C", __LINE__);
	check_label(ACT_HELP, true, "?", __LINE__);

	struct buf out = {0};
	keys_first(&out, ACT_HELP, true);
	CHECK_STR_EQ(out.data, "?");
	buf_clear(&out);
	keys_first(&out, ACT_UP, false);
	CHECK_STR_EQ(out.data, "Up");
	buf_clear(&out);
	keys_first(&out, ACT_CLOSE, true);
	CHECK_STR_EQ(out.data, "Esc");
	buf_free(&out);
}
