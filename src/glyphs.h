/* glyphs.h — every drawn character, in UTF-8 and in ASCII.
 *
 * Box borders, bullets, quotes, meters, arrows and the like come from this
 * one table, never from literals where they are drawn, so that ASCII mode
 * never shows a UTF-8 glyph and both forms are seen side by side.  Text
 * that is content (a résumé's, a message's) is not a glyph: it is made
 * printable by text_printable(). */
#ifndef PUSHPANDER_GLYPHS_H
#define PUSHPANDER_GLYPHS_H

#include <stdbool.h>

struct glyphs {
	const char *hline, *vline, *tl, *tr, *bl, *br;
	const char *bullet, *dot, *dash, *lquote, *rquote, *ellipsis;
	const char *meter_full, *meter_empty, *marker, *present_dash;
	const char *left, *right, *up, *down, *enter;
	const char *track;   /* the empty part of a chart's bar */
};

/* The glyphs for UTF-8 (utf8) or ASCII output; static, never freed. */
const struct glyphs *glyphs_for(bool utf8);

#endif
