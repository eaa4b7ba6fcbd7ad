/* bigtext.h — a name in block letters, from a small built-in font.
 *
 * Each glyph is five dots high and drawn in BIGTEXT_ROWS terminal rows of
 * UTF-8 half blocks (▀ ▄ █), so a ten-letter name takes about fifty
 * columns and three rows.  The font covers the ASCII letters (lower case
 * is drawn as upper case), the digits, the space and . , - ' ! ? & only:
 * anything else (accents, other scripts) has no glyph, and the caller
 * shows the plain name instead.  Nothing here writes to a terminal; the
 * rows are text for the doc builders. */
#ifndef PUSHPANDER_BIGTEXT_H
#define PUSHPANDER_BIGTEXT_H

#include "util.h"

#define BIGTEXT_ROWS 3

/* Columns s takes in block letters, or -1 when s is empty, holds only
 * spaces or holds a character the font lacks. */
int bigtext_width(const char *s);

/* Appends row (0 to BIGTEXT_ROWS - 1) of s in block letters to out,
 * without trailing spaces; s must be one bigtext_width accepts. */
void bigtext_row(struct buf *out, const char *s, int row);

#endif
