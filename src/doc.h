/* doc.h — a laid-out document: lines of styled spans for one width.
 *
 * Builders (blocks.c and the screens) describe content with roles, never
 * with terminal attributes; the curses painter (tui.c) and the plain-text
 * printer (print.c) both render the same document.  Wrapping, truncation, display
 * width and the choice of UTF-8 or ASCII glyphs live here and only here,
 * for the layout context each document is started with.
 *
 * A doc owns all its memory; doc_free() releases it.  Text handed to the
 * builder functions is copied (after text_printable()), so callers keep
 * ownership of what they pass in. */
#ifndef PUSHPANDER_DOC_H
#define PUSHPANDER_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "glyphs.h"
#include "util.h"

/* What a document is laid out for.  Whoever starts a document says it
 * (main.c builds it from the command line, the locale and the clock; the
 * viewer from the terminal's size): nothing below reads a global. */
struct layout_ctx {
	int width;     /* columns */
	bool utf8;     /* UTF-8 text and glyphs, or ASCII only */
	int today;     /* the month taken as now, as year * 12 + month - 1 */
	bool beside;   /* the selected card is shown whole beside this list (a
	                * split): the cards keep to their summary */
	bool plain;    /* plain text for reading, copying and grep (--print):
	                * words stay words, never drawn as pictures of letters */
};

enum role {
	ROLE_TEXT,
	ROLE_HERO,        /* the name on About */
	ROLE_ACCENT,      /* the tagline */
	ROLE_HEADING,     /* a section or post-mortem heading */
	ROLE_COMMENT,     /* a "// ..." aside */
	ROLE_TITLE,       /* a card's or item's title */
	ROLE_EMPH,        /* a headline, a position */
	ROLE_SUBTLE,      /* dates, places, roles */
	ROLE_BULLET,      /* bullet and number markers */
	ROLE_KEYWORD,     /* stack items */
	ROLE_QUOTE,       /* quoted speech */
	ROLE_SPEAKER,     /* who said it */
	ROLE_BORDER,      /* box drawing */
	ROLE_BADGE,       /* a status badge such as LIVE */
	ROLE_URGENT,      /* an alarm badge: the rule's count of problems */
	ROLE_SEV1,
	ROLE_SEV2,
	ROLE_SEV3,
	ROLE_SEV4,
	ROLE_METER_LOW,   /* a stress meter's filled cells, by level */
	ROLE_METER_MID,
	ROLE_METER_HIGH,
	ROLE_METER_EMPTY,
	ROLE_LINK,
	ROLE_CODE,        /* a `code span` in running text, shown without its backticks */
	ROLE_COUNT
};

/* Roles whose spans carry one column of padding at each end, which the
 * plain-text printer shows as brackets: " SEV1 " prints as "[SEV1]". */
bool role_is_badge(enum role role);

/* Spans and lines are kept small: a long résumé's history is hundreds of
 * thousands of them.  A document's text stays under 4 GiB (its input is
 * capped at 64 MiB), and a line under 65536 columns. */
struct span {
	uint32_t off;      /* into doc.text; spans may share text (rules do) */
	uint32_t len;      /* bytes */
	uint16_t col;      /* first column */
	uint16_t width;    /* columns */
	uint8_t role;      /* enum role */
	uint16_t link;     /* 0, or 1 + the index of its target in doc.links */
};

struct line {
	uint32_t first_span;
	uint32_t nspans;
	uint16_t width;    /* columns used */
};

/* A selectable card: the lines it covers, first to last inclusive, and the
 * line that carries its title (where the selection marker goes). */
struct doc_item {
	int first;
	int last;
	int title;
};

/* A line that shows something of an item from elsewhere in the document
 * (a chart's row for a card): drawn as selected while the item is. */
struct doc_mark {
	int line;
	int item;
};

#define DOC_MAX_BOXES 4
#define DOC_MAX_WIDTH 4096

struct doc_box {
	int left;          /* column of the left border */
	int right;         /* column of the right border; <= left: none */
	enum role border;
	bool bar;          /* an aside's: only a bar down its left */
};

struct doc {
	struct layout_ctx ctx; /* as given to doc_init */
	int width;         /* columns available: ctx.width, at most DOC_MAX_WIDTH */
	int margin;        /* left margin of every line */
	struct buf text;
	struct span *spans;
	size_t nspans, cap_spans;
	struct line *lines;
	size_t nlines, cap_lines;
	struct doc_item *items;
	size_t nitems, cap_items;
	struct doc_mark *marks; /* by line, in order */
	size_t nmarks, cap_marks;
	char **links;      /* hyperlink targets, owned */
	size_t nlinks;
	uint16_t link;     /* the link that new spans get */

	/* builder state */
	struct buf printable; /* doc_wrap's and doc_addn's text made printable:
	                       * kept (a few kB at most) to save an allocation
	                       * a call */
	bool open;         /* a line is being built */
	size_t content_span; /* first span after the open line's box borders */
	bool last_blank;   /* the last line ended held nothing but box borders */
	int col;           /* next column on the open line */
	struct doc_box boxes[DOC_MAX_BOXES];
	int nboxes;
	/* the longest rule put (box borders, doc_rule): its text, which
	 * shorter rules of the same glyph share rather than copy */
	struct {
		uint32_t off;  /* into text */
		int n;         /* glyphs: 0, none yet */
		char glyph[8];
	} rule;
};

/* Starts an empty document for ctx (kept: its width, at least 1, and its
 * mode decide every wrap and glyph) and a left margin (clamped so that
 * some text always fits). */
void doc_init(struct doc *d, const struct layout_ctx *ctx, int margin);
void doc_free(struct doc *d);

/* Frees the complete lines before the last one (their spans and text),
 * so that a printer can write a document a card at a time in bounded
 * memory.  The last line is kept, so that what is added afterwards is
 * laid out exactly as it would have been; items' line numbers move with
 * the lines (and may become negative).  Does nothing while a line is open.
 * Returns how many lines were dropped. */
size_t doc_forget(struct doc *d);

/* Appends text at the current column without wrapping (newlines in it
 * become spaces); what does not fit before the right edge is cut with an
 * ellipsis. */
void doc_add(struct doc *d, enum role role, const char *text);
/* As doc_add, for len bytes. */
void doc_addn(struct doc *d, enum role role, const char *text, size_t len);
/* Flows text from the current column, wrapping at spaces; continuation
 * lines start at the column where the text began ("hanging indent").
 * Newlines in text start a new line.  Words wider than the line are broken
 * between characters.  The last line stays open.  Unless a doc_link is in
 * force, the URLs (http, https, mailto) and e-mail addresses in text link
 * to themselves, without the punctuation around them.  Text between two
 * backticks on one line is a code span: shown as ROLE_CODE, without the
 * backticks (a backtick with no partner stays as it is). */
void doc_wrap(struct doc *d, enum role role, const char *text);
/* Moves the open line to column col (if it is not already past it). */
void doc_pad_to(struct doc *d, int col);
/* Ends the open line; with no open line, adds an empty one. */
void doc_newline(struct doc *d);
/* Adds an empty line unless the document is empty or already ends with one. */
void doc_gap(struct doc *d);
/* Columns left on the open line (or on a new one). */
int doc_room(const struct doc *d);
/* The column where a new line's text starts. */
int doc_left(const struct doc *d);

/* A box: a top border with an optional title on the left and badge on the
 * right, the content indented inside, and a bottom border at doc_box_end. */
void doc_box_begin(struct doc *d, enum role border, const char *title,
                   enum role title_role, const char *badge, enum role badge_role);
void doc_box_end(struct doc *d);
/* As doc_box_end, with a note on the bottom border's right ("╰── +2 more ─╯"):
 * a card that holds more than it shows says so.  Without a frame (too
 * narrow) the note is a line of its own. */
void doc_box_end_note(struct doc *d, const char *note, enum role note_role);

/* An aside: from column col (at least doc_left), the lines until
 * doc_aside_end carry a bar (glyphs' aside) and their text starts two
 * columns further in, wrapped as anywhere else. */
void doc_aside_begin(struct doc *d, int col, enum role bar);
void doc_aside_end(struct doc *d);

/* Spans added from now on link to target ("https://…", "mailto:…") until
 * doc_link(d, NULL).  A target that is not plain printable ASCII with a
 * known scheme, or that could be mistaken for terminal padding ("$"), is
 * not linked: its text is still shown. */
void doc_link(struct doc *d, const char *target);

/* A horizontal rule across the available width. */
void doc_rule(struct doc *d, enum role role);

/* A meter of cells cells, filled of them filled: "█████░░░" or "#####...". */
void doc_meter(struct doc *d, int filled, int cells, enum role fill_role);

/* Marks the lines added between begin and end as one selectable item; the
 * title line is the line open (or next) when doc_item_title is called. */
void doc_item_begin(struct doc *d);
void doc_item_title(struct doc *d);
void doc_item_end(struct doc *d);

/* Marks the line open (or next) as showing something of item (the
 * item'th doc_item_begin, which may come later): a painter draws it as
 * selected while that item is.  Nothing stops a line having two marks. */
void doc_mark_item(struct doc *d, int item);

/* The glyphs for d's mode (UTF-8 or ASCII). */
const struct glyphs *doc_glyphs(const struct doc *d);

#endif
