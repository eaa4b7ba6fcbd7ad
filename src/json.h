/* json.h — a strict JSON checker, run on the raw bytes before cJSON.
 *
 * cJSON is lax (trailing garbage, raw control characters, "\u0000", numbers
 * such as 01 or 2., invalid UTF-8, lone surrogates) and its error positions
 * are vague.  json_check() accepts exactly the texts RFC 8259 accepts, minus
 * what pushpander refuses on top (below), so cJSON only ever sees valid
 * input, and it explains the first problem with a position and one short
 * lower-case sentence ("leading zero in a number").
 *
 * Accepted: exactly one JSON value of any type, with white space (space,
 * tab, CR, LF) around it; strings of valid UTF-8.  Refused beyond RFC 8259:
 *   - a UTF-8 byte order mark, and UTF-16 or UTF-32 text;
 *   - "\u0000" in a string (C strings cannot hold it);
 *   - a key that repeats an earlier key of the same object, compared after
 *     unescaping ("a" and "\u0061" are the same key);
 *   - nesting deeper than JSON_MAX_DEPTH arrays and objects.
 *
 * The first error in document order is reported.  err->offset is the byte
 * offset of the offending character, or len when the input ends too soon.
 * err->line and err->column count from 1; a line ends at LF, at CR LF (one
 * break) or at a lone CR; columns count characters (UTF-8 code points, an
 * invalid byte counting as one), and a tab is one column.  Messages are
 * plain ASCII (no byte of the input is copied in raw, except a duplicate
 * key, which passes through text_sanitize), at most 159 bytes.
 *
 * The input need not be NUL-terminated and is never read past len.  The
 * check takes time linear in len (plus O(k log k) for an object of k keys),
 * nothing recurses, and the memory it allocates (a few dozen bytes for each
 * key of the open objects) is O(len) and freed before it returns. */
#ifndef PUSHPANDER_JSON_H
#define PUSHPANDER_JSON_H

#include <stdbool.h>
#include <stddef.h>

#define JSON_MAX_DEPTH 64

struct json_error {
	size_t offset;  /* byte offset of the offending character (len at end of input) */
	size_t line;    /* from 1 */
	size_t column;  /* from 1, in characters (UTF-8 code points), tab = 1 */
	char message[160];
};

/* The line and column of byte offset in text, as err->line and
 * err->column count them (above): a line ends at LF, at CR LF (one break)
 * or at a lone CR, the three line ends RFC 8259's white space allows.
 * Reads text[0..offset) only.  Every position pushpander reports in a file
 * comes from here. */
void json_line_column(const char *text, size_t offset, size_t *line, size_t *column);

/* Returns true when s[0..len) is exactly one JSON text (RFC 8259) that
 * pushpander accepts; else fills *err and returns false.  s may be NULL
 * when len is 0. */
bool json_check(const char *s, size_t len, struct json_error *err);

#endif
