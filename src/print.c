/* print.c — documents as plain text. */
#include "print.h"

#include <string.h>

#include "exitcodes.h"
#include "search.h"

/* Appends lines [from, to) of d. */
static void print_lines(struct buf *out, const struct doc *d, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
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

void print_doc(struct buf *out, const struct doc *d)
{
	print_lines(out, d, 0, d->nlines);
}

/* Writes out to f (and flushes, with flush); 0, or EX_IOERR. */
static int write_out(FILE *f, const struct buf *out, bool flush)
{
	if (out->len && fwrite(out->data, 1, out->len, f) != out->len)
		return EX_IOERR;
	if (flush && fflush(f) != 0)
		return EX_IOERR;
	return 0;
}

/* Appends a printed line without its indentation and box borders. */
static void buf_append_trimmed(struct buf *out, const struct doc *d, const char *line,
                               size_t len)
{
	const char *v = doc_glyphs(d)->vline;
	size_t vlen = strlen(v);

	for (;;) {
		while (len && (*line == ' '))
			line++, len--;
		while (len && line[len - 1] == ' ')
			len--;
		bool front = len >= vlen && memcmp(line, v, vlen) == 0;
		bool back = len >= vlen && memcmp(line + len - vlen, v, vlen) == 0;
		if (!front && !back)
			break;
		if (front)
			line += vlen, len -= vlen;
		if (back && len >= vlen)
			len -= vlen;
	}
	buf_append(out, line, len);
}

int print_grep(FILE *f, const struct resume *r, const struct layout_ctx *ctx, int only,
               const char *query, size_t *matches)
{
	enum screen_id shown[SCREEN_COUNT];
	size_t n = screens_present(r, shown);
	struct buf out = {0}, text = {0};

	*matches = 0;
	for (size_t i = 0; i < n; i++) {
		if (only >= 0 && (int)shown[i] != only)
			continue;
		struct doc d;
		layout_screen(&d, r, shown[i], ctx, true);
		buf_clear(&text);
		print_doc(&text, &d);
		for (char *line = text.data; line && *line;) {
			char *end = strchr(line, '\n');
			size_t len = (size_t)(end - line);
			if (search_contains(line, len, query)) {
				buf_puts(&out, screen_name(shown[i]));
				buf_puts(&out, ": ");
				buf_append_trimmed(&out, &d, line, len);
				buf_putc(&out, '\n');
				(*matches)++;
			}
			line = end + 1;
		}
		doc_free(&d);
	}
	int status = write_out(f, &out, true);
	buf_free(&out);
	buf_free(&text);
	return status;
}

/* Writes screen s laid out for ctx to f a card at a time, forgetting what
 * is written, so that memory holds one card however long the screen.
 * Returns 0, or EX_IOERR. */
static int print_screen(FILE *f, const struct resume *r, enum screen_id s,
                        const struct layout_ctx *ctx, struct buf *out)
{
	struct doc d;
	struct layout_progress p;
	size_t printed = 0; /* lines of d already written */
	bool done = false;
	int status = 0;

	layout_begin(&d, &p, s, ctx, true);
	while (!done && !status) {
		done = layout_more(&d, &p, r, 0, d.nitems + 1);
		size_t complete = d.open && !done ? d.nlines - 1 : d.nlines;
		buf_clear(out);
		print_lines(out, &d, printed, complete);
		status = write_out(f, out, false);
		printed = complete - doc_forget(&d);
	}
	doc_free(&d);
	return status;
}

int print_resume(FILE *f, const struct resume *r, const struct layout_ctx *ctx, int only)
{
	enum screen_id shown[SCREEN_COUNT];
	size_t n = screens_present(r, shown);
	struct buf out = {0};
	int status = 0;
	bool first = true;

	for (size_t i = 0; i < n && !status; i++) {
		if (only >= 0 && (int)shown[i] != only)
			continue;
		if (!first && fputc('\n', f) == EOF)
			status = EX_IOERR;
		if (!status)
			status = print_screen(f, r, shown[i], ctx, &out);
		first = false;
	}
	if (!status && fflush(f) != 0)
		status = EX_IOERR;
	buf_free(&out);
	return status;
}
