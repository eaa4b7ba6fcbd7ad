/* charts.h — pictures where people would rather look than read.
 *
 * Each draws into a document with the roles and glyphs of doc.h, so charts
 * wrap, degrade to ASCII and print like everything else; meaning is carried
 * by glyphs and numbers, never by colour alone. */
#ifndef PUSHPANDER_CHARTS_H
#define PUSHPANDER_CHARTS_H

#include "doc.h"
#include "resume.h"

/* History: one bar per role along the years, to scale, today (the
 * document's d->ctx.today) marked.
 * Draws nothing when no role has a start date or the room is too narrow. */
void chart_timeline(struct doc *d, const struct resume *r);

/* Incidents side by side under one header row: severity, stress, and the
 * times to detect and to resolve as bars on one scale.  Draws nothing for
 * fewer than two incidents. */
void chart_incidents(struct doc *d, const struct resume *r);

/* One incident's timeline to scale, after a gap: from the start, detected
 * after its TTD, resolved after its TTR (both counted from the start).
 * Draws nothing unless both parse as times and there is the room. */
void chart_incident_timeline(struct doc *d, const struct incident *in);

/* The skill groups as a grid of columns. */
void chart_stack_grid(struct doc *d, const struct resume *r);

#endif
