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
	const char *hline, *vline, *tl, *tr, *bl, *br;  /* box drawing */
	const char *bullet, *dot, *ellipsis;
	const char *lquote, *rquote;
	const char *separator;   /* between the items of a list: "C · Go" */
	const char *range;       /* between two dates: "2019 – 2021" */
	const char *dash;        /* between two keys of a range: "1–9" */
	const char *attribution; /* before who said it: "— Ada" */
	const char *aside;       /* the bar beside a quote: not a box's side */
	const char *crumb;       /* between a screen and its open card */
	const char *meter_full, *meter_empty;
	const char *track;       /* the empty part of a chart's bar */
	const char *bar;         /* a chart's bar, short of its row's height so
	                          * that the bars of two rows do not fuse */
	const char *now_line;    /* today's column across a timeline: light,
	                          * and unlike a box's side */
	const char *marker;      /* the selected card */
	const char *left, *right, *up, *down, *enter;
	/* the arrow keys' names, in help and on the status line */
	const char *key_left, *key_right, *key_up, *key_down;
};

/* The glyphs for UTF-8 (utf8) or ASCII output; static, never freed. */
const struct glyphs *glyphs_for(bool utf8);

#endif
