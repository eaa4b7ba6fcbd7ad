/* paint_chrome.h — the painter's frame around the résumé: the tab bar
 * (row 0), the rule under it (row 1) and the status line (the last row).
 *
 * The tab bar is the widest of: every tab named and ruled apart, named and
 * spaced, every number with only the current tab named, and a pager of the
 * current tab alone; the painter remembers where each tab went
 * (paint_tab_at, paint.h).  The status line is quiet: the mode's key hints
 * on the left, on the right the search's term and "3 of 6", the card
 * ("INC-003 · 3/4" when open) and how far down. */
#ifndef PUSHPANDER_PAINT_CHROME_H
#define PUSHPANDER_PAINT_CHROME_H

#include "paint.h"

void paint_tabs(struct painter *p, const struct view *v, const struct app_state *st);

/* The open card's name, or the résumé's problems, on the rule. */
void paint_rule(struct painter *p, const struct view *v, const struct app_state *st);

/* The status line for st; av measures what is shown (view_app_view). */
void paint_status(struct painter *p, const struct view *v, const struct app_state *st,
                  const struct app_view *av);

#endif
