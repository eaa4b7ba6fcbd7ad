/* help.c — the help overlay's text and place. */
#include "help.h"

#include <string.h>

#include "keys.h"
#include "text.h"
#include "version.h"

#define HELP_MAX_WIDTH 72

static int box_width(int cols)
{
	return cols - 4 < HELP_MAX_WIDTH ? cols - 4 : HELP_MAX_WIDTH;
}

int help_text_width(int cols)
{
	return box_width(cols) - 3;
}

/* The help's groups, in the two columns of a wide overlay; one column
 * lists them all in this order. */
static const char *const left_groups[] = { "Move", "Tabs" };
static const char *const right_groups[] = { "Cards", "Search", "Other" };

/* The columns' widths: the widest key and brief of each (the left's keys
 * are the longer), and a gap between; it all fits an 80-column terminal's
 * box. */
#define HELP_LEFT_WIDTH 36
#define HELP_RIGHT_WIDTH 31
#define HELP_TWO_COLUMNS (HELP_LEFT_WIDTH + 1 + HELP_RIGHT_WIDTH)

/* A row of a column: a group's heading, a help line, or neither (a gap). */
struct help_row {
	const char *heading;
	const struct key_help *key;
};

/* The rows of groups: each group's heading and lines, a gap between two.
 * rows has room for every help line and a heading and gap per group. */
static int column_rows(struct help_row *rows, const char *const *groups, size_t ngroups,
                       const struct key_help *h, size_t n)
{
	int r = 0;

	for (size_t g = 0; g < ngroups; g++) {
		if (g)
			rows[r++] = (struct help_row){ NULL, NULL };
		rows[r++] = (struct help_row){ groups[g], NULL };
		for (size_t i = 0; i < n; i++)
			if (strcmp(h[i].group, groups[g]) == 0)
				rows[r++] = (struct help_row){ NULL, &h[i] };
	}
	return r;
}

static int label_width(const struct key_help *h, bool utf8)
{
	struct buf label = { 0 };
	keys_label(&label, h, utf8);
	int w = text_width(label.data, label.len, utf8);
	buf_free(&label);
	return w;
}

/* The width of the widest key label among rows. */
static int key_column(const struct help_row *rows, int nrows, bool utf8)
{
	int w = 0;
	for (int r = 0; r < nrows; r++)
		if (rows[r].key && label_width(rows[r].key, utf8) > w)
			w = label_width(rows[r].key, utf8);
	return w;
}

/* Whether every key and brief of rows fits a column width wide, keys
 * key_w wide. */
static bool column_fits(const struct help_row *rows, int nrows, int key_w, int width,
                        bool utf8)
{
	for (int r = 0; r < nrows; r++)
		if (rows[r].key && key_w + 2 + text_width(rows[r].key->brief,
		                                          strlen(rows[r].key->brief), utf8) >
		                   width)
			return false;
	return true;
}

/* One cell of a column at column x: a heading, or a key and its brief. */
static void help_cell(struct doc *d, const struct help_row *row, int x, int key_w)
{
	struct buf label = { 0 };

	if (row->heading) {
		doc_pad_to(d, x);
		doc_add(d, ROLE_HEADING, row->heading);
	} else if (row->key) {
		keys_label(&label, row->key, d->ctx.utf8);
		doc_pad_to(d, x);
		doc_add(d, ROLE_KEYWORD, label.data);
		doc_pad_to(d, x + key_w + 2);
		doc_add(d, ROLE_TEXT, row->key->brief);
	}
	buf_free(&label);
}

/* The groups side by side, each line's brief: it all fits 80×24.  False,
 * with nothing laid out, when the columns do not fit the width. */
static bool help_two_columns(struct doc *d, const struct key_help *h, size_t n, bool utf8)
{
	struct help_row left[32], right[32];
	int nl, nr;

	if (n + 2 * ARRAY_LEN(right_groups) > ARRAY_LEN(left) || doc_room(d) < HELP_TWO_COLUMNS)
		return false;
	nl = column_rows(left, left_groups, ARRAY_LEN(left_groups), h, n);
	nr = column_rows(right, right_groups, ARRAY_LEN(right_groups), h, n);
	int lw = key_column(left, nl, utf8), rw = key_column(right, nr, utf8);
	if (!column_fits(left, nl, lw, HELP_LEFT_WIDTH, utf8) ||
	    !column_fits(right, nr, rw, HELP_RIGHT_WIDTH, utf8))
		return false;
	int x = doc_left(d);
	for (int r = 0; r < nl || r < nr; r++) {
		if (r < nl)
			help_cell(d, &left[r], x, lw);
		if (r < nr)
			help_cell(d, &right[r], x + HELP_LEFT_WIDTH + 1, rw);
		doc_newline(d);
	}
	return true;
}

/* Every group under its heading, each line's whole help. */
static void help_one_column(struct doc *d, const struct key_help *h, size_t n, bool utf8)
{
	struct buf label = { 0 };
	int key_cols = 0;

	for (size_t i = 0; i < n; i++)
		if (label_width(&h[i], utf8) > key_cols)
			key_cols = label_width(&h[i], utf8);
	for (int side = 0; side < 2; side++) {
		const char *const *groups = side ? right_groups : left_groups;
		size_t ngroups = side ? ARRAY_LEN(right_groups) : ARRAY_LEN(left_groups);
		for (size_t g = 0; g < ngroups; g++) {
			if (side || g)
				doc_gap(d);
			doc_add(d, ROLE_HEADING, groups[g]);
			doc_newline(d);
			for (size_t i = 0; i < n; i++) {
				if (strcmp(h[i].group, groups[g]) != 0)
					continue;
				buf_clear(&label);
				keys_label(&label, &h[i], utf8);
				doc_add(d, ROLE_KEYWORD, label.data);
				if (key_cols + 2 < doc_room(d) - 10)
					doc_pad_to(d, doc_left(d) + key_cols + 2);
				else
					doc_newline(d), doc_pad_to(d, doc_left(d) + 4);
				doc_wrap(d, ROLE_TEXT, h[i].what);
				doc_newline(d);
			}
		}
	}
	buf_free(&label);
}

void help_layout(struct doc *d, const struct layout_ctx *ctx, bool mouse)
{
	size_t n;
	const struct key_help *h = keys_help(&n);

	doc_init(d, ctx, 1);
	if (!help_two_columns(d, h, n, ctx->utf8))
		help_one_column(d, h, n, ctx->utf8);
	if (mouse) {
		doc_gap(d);
		doc_add(d, ROLE_HEADING, "Mouse");
		doc_pad_to(d, doc_left(d) + 7);
		doc_wrap(d, ROLE_TEXT, "click a tab, or a card (again to open it); the wheel "
		         "scrolls. Start with --no-mouse to select text instead.");
		doc_newline(d);
	}
	doc_gap(d);
	doc_wrap(d, ROLE_SUBTLE, "pushpander " PUSHPANDER_VERSION ": never runs programs or "
	         "opens links.");
	doc_newline(d);
}

struct help_box help_place(int rows, int cols, int body_lines)
{
	int content = rows - 3; /* tab bar, rule, status line */
	struct help_box b;

	b.w = box_width(cols);
	b.h = content < body_lines + 2 ? content : body_lines + 2;
	b.y = 2 + (content - b.h) / 2;
	b.x = (cols - b.w) / 2;
	return b;
}
