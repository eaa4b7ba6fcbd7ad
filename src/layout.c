/* layout.c — running a screen's builders, in stages. */
#include "layout.h"

#include <stdint.h>

#include "blocks.h"
#include "text.h"

#define MARGIN 2

/* A screen is laid out in three stages: what comes before its cards (or
 * all of it, on a screen without cards), the cards one at a time, and what
 * comes after them. */
enum { STAGE_HEAD, STAGE_CARDS, STAGE_FOOT, STAGE_DONE };

/* Starts d for ctx, no wider than LAYOUT_MAX_WIDTH. */
static void start_doc(struct doc *d, const struct layout_ctx *ctx)
{
	struct layout_ctx c = *ctx;

	if (c.width > LAYOUT_MAX_WIDTH)
		c.width = LAYOUT_MAX_WIDTH;
	doc_init(d, &c, MARGIN);
}

void layout_begin(struct doc *d, struct layout_progress *p, enum screen_id s,
                  const struct layout_ctx *ctx, bool expand)
{
	struct layout_ctx c = *ctx;

	*p = (struct layout_progress){ .screen = s, .expand = expand };
	c.plain = expand; /* expanded is printed */
	start_doc(d, &c);
	if (expand) {
		struct buf t = {0};
		text_upper(&t, screen_title(s), d->ctx.utf8);
		block_para(d, ROLE_HEADING, t.data);
		doc_rule(d, ROLE_BORDER);
		buf_free(&t);
	}
}

bool layout_more(struct doc *d, struct layout_progress *p, const struct resume *r,
                 size_t lines, size_t items)
{
	const struct screen_def *def = screen_def(p->screen);
	size_t ncards = screen_card_count(r, p->screen);

	while (p->stage != STAGE_DONE && (d->nlines < lines || d->nitems < items)) {
		switch (p->stage) {
		case STAGE_HEAD:
			def->head(d, r);
			p->stage = STAGE_CARDS;
			break;
		case STAGE_CARDS:
			if (p->next == ncards) {
				p->stage = STAGE_FOOT;
				break;
			}
			doc_item_begin(d);
			def->card(d, r, p->next++, p->expand);
			doc_item_end(d);
			break;
		case STAGE_FOOT:
			if (def->foot)
				def->foot(d, r);
			if (d->open)
				doc_newline(d);
			p->stage = STAGE_DONE;
			break;
		}
	}
	return p->stage == STAGE_DONE;
}

void layout_screen(struct doc *d, const struct resume *r, enum screen_id s,
                   const struct layout_ctx *ctx, bool expand)
{
	struct layout_progress p;

	layout_begin(d, &p, s, ctx, expand);
	layout_more(d, &p, r, SIZE_MAX, SIZE_MAX);
}

void layout_card(struct doc *d, const struct resume *r, enum screen_id s, size_t index,
                 const struct layout_ctx *ctx)
{
	start_doc(d, ctx);
	if (index < screen_card_count(r, s))
		screen_def(s)->card(d, r, index, true);
	if (d->open)
		doc_newline(d);
}
