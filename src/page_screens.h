/* page_screens.h — the screens without cards: About, Education,
 * Testimonials, Stack and Contact.
 *
 * Each is one builder that lays out all of the screen (it is its head in
 * the screen table, screens.c).  Builders append to d and free what they
 * allocate. */
#ifndef PUSHPANDER_PAGE_SCREENS_H
#define PUSHPANDER_PAGE_SCREENS_H

#include "doc.h"
#include "resume.h"

/* The tagline, greeting and name (in block letters where they fit), the
 * label, the current role, place and what the owner is open to, counts of
 * what the résumé holds, the summary (or a note that there are none) and
 * the About quote cards.  In about.c. */
void about_page(struct doc *d, const struct resume *r);

/* Education, then certificates, awards and publications. */
void education_page(struct doc *d, const struct resume *r);

/* The references' voice and every reference. */
void testimonials_page(struct doc *d, const struct resume *r);

/* The skills as a grid, then spoken languages and interests. */
void stack_page(struct doc *d, const struct resume *r);

/* How to reach and hire the person, their profiles, the résumé's own
 * details (meta) and the writing voice. */
void contact_page(struct doc *d, const struct resume *r);

#endif
