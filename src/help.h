/* help.h — the help overlay: what it says and where its box sits.
 *
 * The text comes from the key table (keys.h), so the overlay, --help and
 * the man page cannot disagree.  No curses: the painter draws the box that
 * help_place() describes and the document help_layout() makes. */
#ifndef PUSHPANDER_HELP_H
#define PUSHPANDER_HELP_H

#include <stdbool.h>

#include "doc.h"

/* The box, border included, in terminal cells. */
struct help_box {
	int y, x;   /* top left corner */
	int h, w;   /* rows and columns */
};

/* The width the help's document is laid out for on a terminal of cols
 * columns: inside the borders, less a column on the right to match the
 * margin on the left. */
int help_text_width(int cols);

/* Lays out the help into d (which it initialises) for ctx (its width:
 * help_text_width); with mouse it says what clicks and the wheel do. */
void help_layout(struct doc *d, const struct layout_ctx *ctx, bool mouse);

/* Where the box of a document of body_lines lines sits among the rows
 * between the tab bar and rule (rows 0–1) and the status line (the last):
 * centred, at most 72 columns wide, as tall as it needs or fits. */
struct help_box help_place(int rows, int cols, int body_lines);

#endif
