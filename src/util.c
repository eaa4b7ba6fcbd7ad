/* util.c — allocation wrappers and the byte buffer. */
#include "util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "exitcodes.h"

static void (*restore_before_exit)(void);

void util_on_fatal(void (*restore)(void))
{
	restore_before_exit = restore;
}

void out_of_memory(void)
{
	void (*restore)(void) = restore_before_exit;

	restore_before_exit = NULL; /* once, even if restoring runs out too */
	if (restore)
		restore();
	fputs("pushpander: out of memory\n", stderr);
	exit(EX_SOFTWARE);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xreallocarray(void *ptr, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		out_of_memory();
	size_t bytes = count * size;
	void *p = realloc(ptr, bytes ? bytes : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		out_of_memory();
	char *s = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void buf_reserve(struct buf *b, size_t extra)
{
	if (extra > SIZE_MAX - b->len - 1)
		out_of_memory();
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->data = xreallocarray(b->data, cap, 1);
	b->data[b->len] = '\0'; /* terminated even if nothing is appended */
	b->cap = cap;
}

void buf_append(struct buf *b, const char *s, size_t len)
{
	if (len >= b->cap - b->len) /* no room for it and the NUL (or no data) */
		buf_reserve(b, len);
	memcpy(b->data + b->len, s, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
	buf_append(b, &c, 1);
}

void buf_repeat(struct buf *b, const char *s, int n)
{
	size_t len = strlen(s);

	if (n <= 0 || len == 0)
		return;
	if ((size_t)n > SIZE_MAX / len)
		out_of_memory();
	size_t total = len * (size_t)n, done = len;
	buf_reserve(b, total);
	char *at = b->data + b->len;
	/* one copy, then what is there copied after itself: doubling, so that
	 * a long rule of box-drawing glyphs is a few copies, not one a glyph */
	memcpy(at, s, len);
	while (done < total) {
		size_t more = done < total - done ? done : total - done;
		memcpy(at + done, at, more);
		done += more;
	}
	b->len += total;
	b->data[b->len] = '\0';
}

void buf_clear(struct buf *b)
{
	b->len = 0;
	buf_reserve(b, 0);
	b->data[0] = '\0';
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

long long monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
