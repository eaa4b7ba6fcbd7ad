/* help.c — the help overlay's text and place. */
#include "help.h"

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

void help_layout(struct doc *d, const struct layout_ctx *ctx, bool mouse)
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
