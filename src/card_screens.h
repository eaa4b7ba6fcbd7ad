/* card_screens.h — the screens of selectable cards: Projects, History and
 * Incidents.
 *
 * Each has a head (what comes before the cards), a card builder and, for
 * History and Incidents, a foot; screens.c puts them in the screen table
 * and layout.c calls them in that order.  Card i is element i of the
 * model's array (projects, work, incidents); the caller checks i.  full
 * shows all of a card, as when it is opened or printed.  Builders append to
 * d and free what they allocate. */
#ifndef PUSHPANDER_CARD_SCREENS_H
#define PUSHPANDER_CARD_SCREENS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "resume.h"

void projects_head(struct doc *d, const struct resume *r);
void project_card(struct doc *d, const struct resume *r, size_t i, bool full);

/* The voice and the timeline; volunteer roles come after the work cards. */
void history_head(struct doc *d, const struct resume *r);
void work_card(struct doc *d, const struct resume *r, size_t i, bool full);
void history_foot(struct doc *d, const struct resume *r);

/* After the incident cards: the incidents side by side and the playbook. */
void incidents_head(struct doc *d, const struct resume *r);
void incident_card(struct doc *d, const struct resume *r, size_t i, bool full);
void incidents_foot(struct doc *d, const struct resume *r);

#endif
