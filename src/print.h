/* print.h — the plain-text printer: documents as lines of text.
 *
 * Used by --print and whenever standard output is not a terminal.  It
 * renders the same documents as the TUI, with no escape sequences: badges
 * become "[SEV1]", every other role is plain text. */
#ifndef PUSHPANDER_PRINT_H
#define PUSHPANDER_PRINT_H

#include <stdio.h>

#include "doc.h"
#include "layout.h"
#include "resume.h"
#include "util.h"

/* Appends the document's lines to out, each ending in '\n', trailing spaces
 * removed. */
void print_doc(struct buf *out, const struct doc *d);

/* Writes the screens of r (or only screen only, when only >= 0) laid out for
 * ctx to f.  Returns 0, or EX_IOERR if writing failed. */
int print_resume(FILE *f, const struct resume *r, const struct layout_ctx *ctx, int only);

/* Writes the lines of r (or of screen only) that contain query, case-
 * insensitively, each after its section's name: "incidents: …".  *matches
 * receives how many.  Returns 0, or EX_IOERR if writing failed. */
int print_grep(FILE *f, const struct resume *r, const struct layout_ctx *ctx, int only,
               const char *query, size_t *matches);

#endif
