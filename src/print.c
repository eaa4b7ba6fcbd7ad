/* print.c — documents as plain text. */
#include "print.h"

#include <string.h>

void print_doc(struct buf *out, const struct doc *d)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const struct line *l = &d->lines[i];
		size_t start = out->len;
		int col = 0;

		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			const char *t = d->text.data + s->off;
			size_t len = s->len;

			for (; col < s->col; col++)
				buf_putc(out, ' ');
			if (role_is_badge(s->role) && len >= 2 && t[0] == ' ' && t[len - 1] == ' ') {
				buf_putc(out, '[');
				buf_append(out, t + 1, len - 2);
				buf_putc(out, ']');
			} else {
				buf_append(out, t, len);
			}
			col += s->width;
		}
		while (out->len > start && out->data[out->len - 1] == ' ')
			out->len--;
		buf_putc(out, '\n');
	}
}

int print_resume(FILE *f, const struct resume *r, int width, int only)
{
	enum screen_id shown[SCREEN_COUNT];
	size_t n = layout_screens(r, shown);
	struct buf out = {0};

	for (size_t i = 0; i < n; i++) {
		if (only >= 0 && (int)shown[i] != only)
			continue;
		struct doc d;
		layout_screen(&d, r, shown[i], width, true);
		if (out.len)
			buf_putc(&out, '\n');
		print_doc(&out, &d);
		doc_free(&d);
	}
	int status = 0;
	if (out.len && fwrite(out.data, 1, out.len, f) != out.len)
		status = EXIT_TERMINAL;
	if (fflush(f) != 0)
		status = EXIT_TERMINAL;
	buf_free(&out);
	return status;
}
