/* text.h — UTF-8, display width, the sanitiser and ASCII transliteration.
 *
 * Every string from a résumé passes through text_sanitize() when the model is
 * built, so nothing downstream ever sees control characters, bidi controls or
 * invalid UTF-8.  Widths are display columns as the terminal counts them
 * (wcwidth in the current locale); text_set_utf8() tells this module whether
 * the locale is UTF-8. */
#ifndef PUSHPANDER_TEXT_H
#define PUSHPANDER_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define TEXT_REPLACEMENT 0xFFFDu

/* The value of the hex digit c (0-9, a-f, A-F), or -1. */
int text_hex_digit(int c);

/* Decodes one character of s[0..len), len >= 1.  Returns the bytes used (1–4).
 * An invalid or truncated sequence, an overlong form or a surrogate yields
 * TEXT_REPLACEMENT for its first byte alone. */
size_t text_decode(const char *s, size_t len, uint32_t *cp);

/* Appends cp as UTF-8. */
void text_encode(struct buf *out, uint32_t cp);

/* True for code points that must never reach a terminal raw: C0 (but not
 * '\n'), DEL, C1, bidi controls, zero-width and other format characters,
 * line/paragraph separators and noncharacters. */
bool text_is_hidden(uint32_t cp);

/* Returns a newly allocated, sanitised copy of s[0..len): invalid UTF-8
 * becomes U+FFFD, tabs become a space, "\r\n" becomes "\n", and every hidden
 * code point becomes the visible ASCII text "\uXXXX".  The caller frees it. */
char *text_sanitize(const char *s, size_t len);

/* Columns of one code point in the current mode: 0 for combining marks,
 * 2 for wide characters, 1 otherwise (unknown characters count as 1). */
int text_cp_width(uint32_t cp);

/* Columns of sanitised text s[0..len). */
int text_width(const char *s, size_t len);

/* Bytes of s[0..len) that fit in cols columns, cutting only between
 * characters (combining marks stay with their base).  *used, if not NULL,
 * receives the columns they take. */
size_t text_fit(const char *s, size_t len, int cols, int *used);

/* Appends s[0..len) to out, made printable for the current mode: in ASCII
 * mode every non-ASCII character is transliterated ("–" → "-", "“" → "\"",
 * unknown → "?"); in UTF-8 mode characters the locale cannot print become
 * U+FFFD. */
void text_printable(struct buf *out, const char *s, size_t len);

/* Whether output is UTF-8 (default) or ASCII only. */
void text_set_utf8(bool utf8);
bool text_utf8(void);

/* Appends the upper-case form of s: every letter in UTF-8 mode, ASCII
 * letters in ASCII mode.  The sanitiser's visible escapes ("\u202E") keep
 * their lower-case u. */
void text_upper(struct buf *out, const char *s);

#endif
