/* text.h — UTF-8, display width, the sanitiser and ASCII transliteration.
 *
 * Every string from a résumé passes through text_sanitize() when the model is
 * built, so nothing downstream ever sees control characters, bidi controls or
 * invalid UTF-8.  Widths are display columns as the terminal counts them
 * (wcwidth in the current locale).  Whether output is UTF-8 or ASCII only is
 * the caller's to say: the functions whose result depends on it take a
 * utf8 flag (a document's comes from its layout context, doc.h). */
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
 * code point becomes the visible ASCII text "\uXXXX" (beyond the BMP
 * "\UXXXXXXXX").  The caller frees it. */
char *text_sanitize(const char *s, size_t len);

/* As text_sanitize, for a name that goes into a one-line message (a file
 * name from the command line): NUL-terminated s, and '\n' escaped too. */
char *text_sanitize_name(const char *s);

/* Columns of one code point: in UTF-8, 0 for combining marks, 2 for wide
 * characters, 1 otherwise (unknown characters count as 1); in ASCII, where
 * every character is transliterated, 1. */
int text_cp_width(uint32_t cp, bool utf8);

/* Columns of sanitised text s[0..len). */
int text_width(const char *s, size_t len, bool utf8);

/* Bytes of s[0..len) that fit in cols columns, cutting only between
 * characters (combining marks stay with their base).  *used, if not NULL,
 * receives the columns they take. */
size_t text_fit(const char *s, size_t len, int cols, int *used, bool utf8);

/* Appends s[0..len) to out, made printable: in ASCII (!utf8) every
 * non-ASCII character is transliterated ("–" → "-", "“" → "\"", "É" → "E",
 * unknown → "?"); in UTF-8 characters the locale cannot print become
 * U+FFFD. */
void text_printable(struct buf *out, const char *s, size_t len, bool utf8);

/* Appends the upper-case form of s: every letter in UTF-8; in ASCII s made
 * printable first (as text_printable), then its letters, so that
 * "Zoë Émile" becomes "ZOE EMILE".  The sanitiser's visible escapes
 * ("\u202E") keep their lower-case u. */
void text_upper(struct buf *out, const char *s, bool utf8);

#endif
