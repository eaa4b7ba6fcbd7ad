/* util.h — allocation that never returns NULL, and a growable byte buffer.
 *
 * Every allocation in pushpander goes through these wrappers: on failure they
 * print one line and exit with EX_SOFTWARE (70, exitcodes.h), so callers never test
 * for NULL. */
#ifndef PUSHPANDER_UTIL_H
#define PUSHPANDER_UTIL_H

#include <stddef.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Says "out of memory" and exits with EX_SOFTWARE; for libraries that return
 * NULL. */
void out_of_memory(void) __attribute__((noreturn));
/* Has out_of_memory call restore (or nothing, with NULL) before it says so
 * and exits: the viewer restores the terminal with it, so that the message
 * reaches the normal screen and the shell gets its modes back. */
void util_on_fatal(void (*restore)(void));
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
/* Grows or shrinks; count * size is checked for overflow. */
void *xreallocarray(void *ptr, size_t count, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
/* A newly allocated string, printf-style; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Milliseconds on the monotonic clock (a change of the time of day does not
 * move it). */
long long monotonic_ms(void);

/* A byte buffer that is always NUL-terminated once anything was reserved.
 * The owner frees data with free() (or buf_free).  Emptying it goes through
 * buf_clear, never a bare "len = 0", which would leave the old text behind
 * the NUL the buffer promises. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_reserve(struct buf *b, size_t extra);
void buf_append(struct buf *b, const char *s, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
/* Appends n copies of the string s. */
void buf_repeat(struct buf *b, const char *s, int n);
/* Empties b and keeps it NUL-terminated: data is "" afterwards, also on a
 * buffer that never held anything (data was NULL). */
void buf_clear(struct buf *b);
void buf_free(struct buf *b);

#endif
