/* blocks.h — the pieces every screen is built of: dates, joined lists,
 * paragraphs, bullets, keywords, headings, quote cards and voices, and the
 * one mapping from an incident's severity and stress to roles.
 *
 * The screen builders (card_screens.c, page_screens.c) and the charts use
 * them so that the same thing looks the same on every screen.  The doc_*
 * blocks append to d at its open line or a new one and leave no line open
 * (but block_join and friends, which build text in a buffer); NULL text
 * draws nothing.  Text is copied, callers keep what they pass. */
#ifndef PUSHPANDER_BLOCKS_H
#define PUSHPANDER_BLOCKS_H

#include <stdbool.h>

#include "doc.h"
#include "glyphs.h"
#include "resume.h"
#include "util.h"

/* ---- text for a buffer ---- */

/* Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO 8601 timestamp
 * ("2025-03-02T10:00:00Z", whose time is ignored); false for anything
 * else.  *month and *day are 0 when absent. */
bool block_parse_date(const char *s, int *year, int *month, int *day);

/* Appends a résumé date as people write it: "2 Mar 2025", "Feb 2024" or
 * "2019" (as written, when it does not parse). */
void block_date(struct buf *out, const char *date);

/* Appends "Feb 2024 – Present", "2019 – 2021" (in months, whatever the
 * dates' precision), or nothing when there is neither date. */
void block_date_range(struct buf *out, const struct glyphs *g, const char *start,
                      const char *end);

/* Appends "City, Region" of basics.location, either or nothing: not the
 * street, which no summary needs. */
void block_place(struct buf *out, const struct basics *b);

/* Appends the items of l joined by sep. */
void block_join(struct buf *out, const struct strlist *l, const char *sep);

/* Appends " · field" (just field when out is empty), if field is not NULL. */
void block_join_field(struct buf *out, const struct glyphs *g, const char *field);

/* ---- blocks of a document ---- */

/* A wrapped paragraph on a line of its own. */
void block_para(struct doc *d, enum role role, const char *text);

/* A URL on a line of its own, linked to itself. */
void block_link(struct doc *d, const char *url);

/* One bulleted line per item; one numbered line per item ("  1. "). */
void block_bullets(struct doc *d, const struct strlist *l);
void block_numbered(struct doc *d, const struct strlist *l);

/* "Stack: NestJS · TypeScript · …" (label may be NULL); nothing for an
 * empty list. */
void block_keywords(struct doc *d, const char *label, const struct strlist *l);

/* A heading in capitals after a blank line. */
void block_heading(struct doc *d, const char *text);

/* A heading and its "// comment", either of which may be missing. */
void block_intro(struct doc *d, const char *heading, const char *comment);

/* text as an aside from column col: each wrapped line behind a bar
 * ("▎ "), or plainly when the line is too narrow for one. */
void block_aside(struct doc *d, int col, enum role role, const char *text);

/* A quote card as an aside, not a box (boxes are for what opens): its
 * label as a small heading, the text behind a bar and who said it; a card
 * with no text is one line, "[LABEL] — Speaker".  Nothing for a card with
 * no field at all. */
void block_quote_card(struct doc *d, const struct quote_card *c);

/* A screen's voice: its heading, "// comment" and quote cards. */
void block_voice(struct doc *d, const struct voice *v);

/* The heading and comment of a voice alone, unless there is neither a
 * comment nor a card to stand under the heading. */
void block_voice_intro(struct doc *d, const struct voice *v);

/* Whether a quote card has any field, and a voice any card that has. */
bool block_quote_card_present(const struct quote_card *c);
bool block_voice_present(const struct voice *v);

/* ---- roles for incidents, on the cards and in the chart alike ---- */

/* SEV1 (or SEV0) to SEV4 by the first digit of severity; SEV4 without one. */
enum role block_severity_role(const char *severity);

/* A stress meter's fill (0–10): low, mid from 5, high from 8. */
enum role block_stress_role(int stress);

#endif
