/* jsonwalk.h — walking a document that json_check() accepted, member by
 * member and element by element, without building a tree.
 *
 * The loader uses it to hand cJSON one array element at a time: cJSON's
 * tree takes about 40 times the text it parses, so a 10 MB résumé parsed
 * whole would cost 400 MB, parsed element by element only kilobytes.
 * Unknown top-level keys are skipped without being parsed at all.
 *
 * Every function assumes valid JSON (run json_check first); on other input
 * the results are unspecified, but nothing is ever read past len. */
#ifndef PUSHPANDER_JSONWALK_H
#define PUSHPANDER_JSONWALK_H

#include <stdbool.h>
#include <stddef.h>

struct json_cursor {
	const char *s;
	size_t len;
	size_t pos;
};

/* The first character of the value at the cursor ('{', '[', '"', 't',
 * 'f', 'n', '-' or a digit), after skipping white space; 0 at the end. */
char jsonwalk_peek(struct json_cursor *c);

/* Steps into the object or array at the cursor. */
void jsonwalk_enter(struct json_cursor *c);

/* Moves to the next member of the object the cursor is in: its key,
 * unescaped, goes to key (cut to size - 1 bytes) and the cursor to its
 * value.  Returns false, past the closing '}', when there are no more. */
bool jsonwalk_member(struct json_cursor *c, char *key, size_t size);

/* Moves to the next element of the array the cursor is in.  Returns false,
 * past the closing ']', when there are no more. */
bool jsonwalk_element(struct json_cursor *c);

/* Skips the value at the cursor; *start and *len, if not NULL, receive
 * its text. */
void jsonwalk_skip(struct json_cursor *c, const char **start, size_t *len);

/* What jsonwalk_within allows: members of one array or object, members
 * of all of them together, and bytes of all the strings (keys included). */
struct jsonwalk_limits {
	size_t items, values, text;
};

enum jsonwalk_excess { JSONWALK_WITHIN, JSONWALK_ITEMS, JSONWALK_VALUES, JSONWALK_TEXT };

/* Walks the checked document s[0..len) until it passes one of the limits
 * and says which (or JSONWALK_WITHIN); *at receives the offset of the
 * container with too many items, or of where the total passed its limit.
 * Linear time, no allocation (nesting is at most JSON_MAX_DEPTH deep). */
enum jsonwalk_excess jsonwalk_within(const char *s, size_t len,
                                     const struct jsonwalk_limits *limit, size_t *at);

#endif
