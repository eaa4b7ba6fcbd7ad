/* inline.h — links and code spans found in running text, for doc_wrap.
 *
 * Nothing here allocates but inline_code_spans (its mask, which the
 * caller frees); nothing here knows about roles or documents. */
#ifndef PUSHPANDER_INLINE_H
#define PUSHPANDER_INLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* The length of the scheme s[0..len) starts with ("https://", "http://",
 * "mailto:"), or 0: the only links a document makes. */
size_t inline_link_scheme(const char *s, size_t len);

/* Finds a URL or an e-mail address in the word w[0..len) of running text,
 * without the punctuation around it ("(see https://x.org/a)." links
 * "https://x.org/a"); sets [*from, *to) and the link's target. */
bool inline_find_link(const char *w, size_t len, size_t *from, size_t *to, struct buf *target);

/* Whether inline_find_link may find anything in w[0..len): a cheap test
 * that most words fail. */
bool inline_may_link(const char *w, size_t len);

/* Takes the `code spans` out of p: each pair of backticks on one line with
 * text between them is removed, and the bytes between are marked 1 in the
 * returned mask (one byte per byte of p, for the caller to free); a
 * backtick with no partner stays.  NULL when p holds no code span. */
uint8_t *inline_code_spans(struct buf *p);

#endif
