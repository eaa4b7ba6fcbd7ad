/* doc.c — building documents: spans, wrapping, boxes and items. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "inline.h"
#include "text.h"

const struct glyphs *doc_glyphs(const struct doc *d)
{
	return glyphs_for(d->ctx.utf8);
}

bool role_is_badge(enum role role)
{
	return role == ROLE_BADGE || role == ROLE_URGENT || role == ROLE_SEV1 ||
	       role == ROLE_SEV2 || role == ROLE_SEV3 || role == ROLE_SEV4;
}

void doc_init(struct doc *d, const struct layout_ctx *ctx, int margin)
{
	int width = ctx->width;

	memset(d, 0, sizeof *d);
	d->ctx = *ctx;
	d->width = width < 1 ? 1 : width > DOC_MAX_WIDTH ? DOC_MAX_WIDTH : width;
	if (margin > d->width / 4)
		margin = d->width / 4;
	d->margin = margin < 0 ? 0 : margin;
}

void doc_free(struct doc *d)
{
	buf_free(&d->text);
	buf_free(&d->printable);
	free(d->spans);
	free(d->lines);
	free(d->items);
	free(d->marks);
	for (size_t i = 0; i < d->nlinks; i++)
		free(d->links[i]);
	free(d->links);
	memset(d, 0, sizeof *d);
}

size_t doc_forget(struct doc *d)
{
	if (d->open || d->nlines < 2)
		return 0;
	size_t drop = d->nlines - 1;
	struct line last = d->lines[drop];
	size_t span0 = last.first_span;
	struct buf kept = { 0 };

	/* the last line's text alone: its spans may share a rule's text
	 * from much further back */
	buf_clear(&kept);
	memmove(d->spans, d->spans + span0, (d->nspans - span0) * sizeof *d->spans);
	d->nspans -= span0;
	for (size_t i = 0; i < d->nspans; i++) {
		struct span *s = &d->spans[i];
		uint32_t off = (uint32_t)kept.len;
		buf_append(&kept, d->text.data + s->off, s->len);
		s->off = off;
	}
	buf_free(&d->text);
	d->text = kept;
	d->rule.n = 0;
	last.first_span = 0;
	d->lines[0] = last;
	d->nlines = 1;
	d->content_span = d->content_span >= span0 ? d->content_span - span0 : 0;
	for (size_t i = 0; i < d->nmarks; i++)
		d->marks[i].line -= (int)drop;
	for (size_t i = 0; i < d->nitems; i++) {
		d->items[i].first -= (int)drop;
		d->items[i].last -= (int)drop;
		d->items[i].title -= (int)drop;
	}
	return drop;
}

/* The column after the last one content may use on the open line. */
static int right_edge(const struct doc *d)
{
	for (int i = d->nboxes - 1; i >= 0; i--)
		if (d->boxes[i].right > d->boxes[i].left)
			return d->boxes[i].right - 1;
	return d->width;
}

int doc_left(const struct doc *d)
{
	return d->nboxes ? d->boxes[d->nboxes - 1].left + 2 : d->margin;
}

/* Makes bytes [off, off + len) of d->text a span at the current column,
 * width columns wide: the last span grows instead when it has the same
 * role and link and its text runs on into these bytes. */
static void note_span(struct doc *d, enum role role, size_t off, size_t len, int width)
{
	struct line *line = &d->lines[d->nlines - 1];

	if (d->text.len > UINT32_MAX)
		out_of_memory();
	if (line->nspans) {
		struct span *last = &d->spans[d->nspans - 1];
		if (last->role == role && last->link == d->link && last->col + last->width == d->col &&
		    last->off + last->len == off) {
			last->len += (uint32_t)len;
			last->width = (uint16_t)(last->width + width);
			d->col += width;
			line->width = (uint16_t)d->col;
			return;
		}
	}
	if (d->nspans == d->cap_spans) {
		d->cap_spans = d->cap_spans ? d->cap_spans * 2 : 64;
		d->spans = xreallocarray(d->spans, d->cap_spans, sizeof *d->spans);
	}
	d->spans[d->nspans++] = (struct span){
		.off = (uint32_t)off, .len = (uint32_t)len, .col = (uint16_t)d->col,
		.width = (uint16_t)width, .role = (uint8_t)role, .link = d->link,
	};
	line->nspans++;
	d->col += width;
	line->width = (uint16_t)d->col;
}

/* Stores already printable text as a span at the current column. */
static void put_span(struct doc *d, enum role role, const char *s, size_t len, int width)
{
	size_t off = d->text.len;

	if (len == 0)
		return;
	if (len > UINT32_MAX - off)
		out_of_memory();
	buf_append(&d->text, s, len);
	note_span(d, role, off, len, width);
}

/* A box's side: never part of a link, even on a line whose text links, so
 * that a terminal does not underline or open it with the URL. */
static void put_border(struct doc *d, enum role role, const char *glyph)
{
	uint16_t link = d->link;

	d->link = 0;
	put_span(d, role, glyph, strlen(glyph), 1);
	d->link = link;
}

/* n copies of a one-column glyph as one span: a long résumé has tens of
 * thousands of box borders, which share the text of the longest. */
static void put_run(struct doc *d, enum role role, const char *glyph, int n)
{
	size_t off = d->text.len, len = strlen(glyph);

	if (n <= 0 || len == 0)
		return;
	if (n <= d->rule.n && strcmp(glyph, d->rule.glyph) == 0) {
		note_span(d, role, d->rule.off, len * (size_t)n, n);
		return;
	}
	buf_repeat(&d->text, glyph, n);
	note_span(d, role, off, len * (size_t)n, n);
	if (len < sizeof d->rule.glyph) {
		d->rule.off = (uint32_t)off;
		d->rule.n = n;
		memcpy(d->rule.glyph, glyph, len + 1);
	}
}

static void open_line(struct doc *d)
{
	if (d->open)
		return;
	if (d->nlines == d->cap_lines) {
		d->cap_lines = d->cap_lines ? d->cap_lines * 2 : 32;
		d->lines = xreallocarray(d->lines, d->cap_lines, sizeof *d->lines);
	}
	d->lines[d->nlines++] = (struct line){ .first_span = (uint32_t)d->nspans };
	d->open = true;
	d->col = d->margin;
	const struct glyphs *g = doc_glyphs(d);
	for (int i = 0; i < d->nboxes; i++) {
		if (d->boxes[i].right <= d->boxes[i].left && !d->boxes[i].bar)
			continue;
		d->col = d->boxes[i].left;
		put_border(d, d->boxes[i].border, d->boxes[i].bar ? g->aside : g->vline);
	}
	d->col = doc_left(d);
	d->content_span = d->nspans;
}

void doc_newline(struct doc *d)
{
	open_line(d);
	d->last_blank = d->nspans == d->content_span;
	const char *v = doc_glyphs(d)->vline;
	for (int i = d->nboxes - 1; i >= 0; i--) {
		if (d->boxes[i].right <= d->boxes[i].left)
			continue;
		d->col = d->boxes[i].right;
		put_border(d, d->boxes[i].border, v);
	}
	d->open = false;
}

void doc_gap(struct doc *d)
{
	if (d->open)
		doc_newline(d);
	if (d->nlines > 0 && !d->last_blank)
		doc_newline(d);
}

int doc_room(const struct doc *d)
{
	int col = d->open ? d->col : doc_left(d);
	int room = right_edge(d) - col;
	return room < 0 ? 0 : room;
}

void doc_pad_to(struct doc *d, int col)
{
	open_line(d);
	if (col > right_edge(d))
		col = right_edge(d);
	if (col > d->col)
		d->col = col;
}

/* The most of d->printable kept between calls: a long text's copy is
 * given back, not held for the document's life. */
#define PRINTABLE_KEEP 4096

static void done_printable(struct doc *d)
{
	if (d->printable.cap > PRINTABLE_KEEP)
		buf_free(&d->printable);
}

/* text_printable for text that must stay on one line: newlines become
 * spaces. */
static void printable_line(struct buf *out, const char *s, size_t len, bool utf8)
{
	size_t start = out->len;

	text_printable(out, s, len, utf8);
	for (size_t i = start; i < out->len; i++)
		if (out->data[i] == '\n')
			out->data[i] = ' ';
}

/* Appends printable text, cutting it with an ellipsis where it does not fit. */
static void add_printable(struct doc *d, enum role role, const char *s, size_t len)
{
	int room = right_edge(d) - d->col;
	int width = text_width(s, len, d->ctx.utf8);

	if (room <= 0)
		return;
	if (width <= room) {
		put_span(d, role, s, len, width);
		return;
	}
	const char *ell = doc_glyphs(d)->ellipsis;
	int ell_w = text_width(ell, strlen(ell), d->ctx.utf8);
	if (ell_w > room)
		ell_w = 0, ell = "";
	int used;
	size_t n = text_fit(s, len, room - ell_w, &used, d->ctx.utf8);
	put_span(d, role, s, n, used);
	put_span(d, role, ell, strlen(ell), ell_w);
}

void doc_addn(struct doc *d, enum role role, const char *text, size_t len)
{
	struct buf *p = &d->printable;

	open_line(d);
	buf_clear(p);
	printable_line(p, text, len, d->ctx.utf8);
	if (p->len)
		add_printable(d, role, p->data, p->len);
	done_printable(d);
}

void doc_add(struct doc *d, enum role role, const char *text)
{
	doc_addn(d, role, text, strlen(text));
}

/* The part of a word that is a link: bytes [from, to), to target id. */
struct word_link {
	size_t from, to;
	uint16_t id;
};

/* Puts s[0..n) (used columns wide) as spans of role, or of ROLE_CODE where
 * code (NULL: nowhere) marks its bytes as a code span's. */
static void put_coded(struct doc *d, enum role role, const char *s, size_t n, int used,
                      const uint8_t *code)
{
	size_t i = 0;

	if (!code || !memchr(code, 1, n)) {
		put_span(d, role, s, n, used);
		return;
	}
	while (i < n) {
		size_t j = i;
		while (j < n && code[j] == code[i])
			j++;
		put_span(d, code[i] ? ROLE_CODE : role, s + i, j - i,
		         text_width(s + i, j - i, d->ctx.utf8));
		i = j;
	}
}

/* Puts bytes [off, off + n) of word (used columns wide), as spans that link
 * where they fall inside lk; code marks word's code bytes, or is NULL. */
static void put_part(struct doc *d, enum role role, const char *word, size_t off, size_t n,
                     int used, const struct word_link *lk, const uint8_t *code)
{
	if (!lk) {
		put_coded(d, role, word + off, n, used, code ? code + off : NULL);
		return;
	}
	size_t cut[4] = { off, lk->from, lk->to, off + n };
	for (int i = 0; i < 3; i++) {
		size_t a = cut[i] > off ? cut[i] : off, b = cut[i + 1] < off + n ? cut[i + 1] : off + n;
		if (a >= b)
			continue;
		d->link = i == 1 ? lk->id : 0;
		put_coded(d, role, word + a, b - a, text_width(word + a, b - a, d->ctx.utf8),
		          code ? code + a : NULL);
	}
	d->link = 0;
}

/* Places one word (no spaces, no newlines) at the cursor, breaking it across
 * lines between characters when it is wider than a whole line; lk (or
 * NULL) is the part of it that links, and code (or NULL) marks its code
 * bytes. */
static void wrap_word(struct doc *d, enum role role, const char *word, size_t len, int hang,
                      const struct word_link *lk, const uint8_t *code)
{
	const char *w = word;
	int width = text_width(w, len, d->ctx.utf8);

	if (d->col > hang && 1 + width > right_edge(d) - d->col) {
		doc_newline(d);
		doc_pad_to(d, hang);
	} else if (d->col > hang) {
		put_span(d, role, " ", 1, 1);
	}
	while (width > right_edge(d) - d->col) {
		int room = right_edge(d) - d->col, used;
		size_t n = text_fit(w, len, room, &used, d->ctx.utf8);
		if (n == 0 && d->col <= hang) {
			/* a character wider than the whole line: leave it out */
			uint32_t cp;
			n = text_decode(w, len, &cp);
			w += n, len -= n, width -= text_cp_width(cp, d->ctx.utf8);
			if (len == 0)
				return;
			continue;
		}
		put_part(d, role, word, (size_t)(w - word), n, used, lk, code);
		w += n, len -= n, width -= used;
		doc_newline(d);
		doc_pad_to(d, hang);
		if (len == 0)
			return;
	}
	put_part(d, role, word, (size_t)(w - word), len, width, lk, code);
}

/* Where the word that starts at i ends. */
static size_t word_end(const struct buf *p, size_t i)
{
	const char *s = p->data;
	size_t len = p->len;

	while (i < len && s[i] != ' ' && s[i] != '\n')
		i++;
	return i;
}

static bool is_separator(const char *w, size_t len)
{
	static const char *const seps[] = { "·", "-", "–", "—", "|" };
	if (len > 3) /* longer than any of them: most words */
		return false;
	for (size_t i = 0; i < ARRAY_LEN(seps); i++)
		if (len == strlen(seps[i]) && memcmp(w, seps[i], len) == 0)
			return true;
	return false;
}

void doc_wrap(struct doc *d, enum role role, const char *text)
{
	struct buf *p = &d->printable, target = {0};

	open_line(d);
	int hang = d->col;
	if (hang >= right_edge(d) - 1)
		hang = doc_left(d);
	buf_clear(p);
	text_printable(p, text, strlen(text), d->ctx.utf8);
	uint8_t *code = inline_code_spans(p);
	for (size_t i = 0; i < p->len;) {
		if (p->data[i] == '\n') {
			doc_newline(d);
			doc_pad_to(d, hang);
			i++;
			continue;
		}
		if (p->data[i] == ' ') {
			i++;
			continue;
		}
		size_t j = word_end(p, i);
		/* URLs and addresses in running text link too, unless all of
		 * it already links somewhere */
		struct word_link lk = { 0 };
		if (d->link == 0 && inline_may_link(p->data + i, j - i) &&
		    inline_find_link(p->data + i, j - i, &lk.from, &lk.to, &target)) {
			doc_link(d, target.data);
			lk.id = d->link;
			d->link = 0;
		}
		/* a separator standing alone ("C · Go", "2019 - 2021") stays
		 * with the word before it: no line starts with one */
		if (j + 1 < p->len && p->data[j] == ' ') {
			size_t k = word_end(p, j + 1);
			if (is_separator(p->data + j + 1, k - j - 1))
				j = k;
		}
		wrap_word(d, role, p->data + i, j - i, hang, lk.id ? &lk : NULL,
		          code ? code + i : NULL);
		i = j;
	}
	free(code);
	done_printable(d);
	buf_free(&target);
}

void doc_box_begin(struct doc *d, enum role border, const char *title,
                   enum role title_role, const char *badge, enum role badge_role)
{
	const struct glyphs *g = doc_glyphs(d);

	if (d->open)
		doc_newline(d);
	int left = doc_left(d), right = right_edge(d) - 1;
	if (d->nboxes == DOC_MAX_BOXES)
		return;
	if (right - left < 8) {
		/* too narrow to draw: keep the content, lose the frame */
		if (title && *title) {
			doc_wrap(d, title_role, title);
			doc_newline(d);
		}
		if (badge && *badge) {
			doc_add(d, badge_role, badge);
			doc_newline(d);
		}
		d->boxes[d->nboxes++] = (struct doc_box){ left, left, border, false };
		return;
	}
	open_line(d);
	d->col = left;
	put_span(d, border, g->tl, strlen(g->tl), 1);
	put_span(d, border, g->hline, strlen(g->hline), 1);
	struct buf t = {0}, b = {0};
	if (badge && *badge) {
		buf_putc(&b, ' ');
		printable_line(&b, badge, strlen(badge), d->ctx.utf8);
		buf_putc(&b, ' ');
	}
	int badge_w = text_width(b.data ? b.data : "", b.len, d->ctx.utf8);
	if (badge_w > right - left - 6)
		badge_w = 0, buf_clear(&b);
	if (title && *title) {
		put_span(d, border, " ", 1, 1);
		printable_line(&t, title, strlen(title), d->ctx.utf8);
		int room = right - d->col - 1 - (badge_w ? badge_w + 2 : 0) - 1;
		int used;
		size_t n = text_fit(t.data, t.len, room, &used, d->ctx.utf8);
		if (n < t.len) {
			const char *ell = g->ellipsis;
			int ell_w = text_width(ell, strlen(ell), d->ctx.utf8);
			n = text_fit(t.data, t.len, room - ell_w, &used, d->ctx.utf8);
			put_span(d, title_role, t.data, n, used);
			put_span(d, title_role, ell, strlen(ell), ell_w);
		} else {
			put_span(d, title_role, t.data, n, used);
		}
		put_span(d, border, " ", 1, 1);
	}
	int fill = right - d->col - (badge_w ? badge_w + 1 : 0);
	put_run(d, border, g->hline, fill);
	if (badge_w) {
		put_span(d, badge_role, b.data, b.len, badge_w);
		put_span(d, border, g->hline, strlen(g->hline), 1);
	}
	put_span(d, border, g->tr, strlen(g->tr), 1);
	buf_free(&t);
	buf_free(&b);
	/* close the top line with the outer boxes' right borders */
	doc_newline(d);
	d->boxes[d->nboxes++] = (struct doc_box){ left, right, border, false };
}

void doc_box_end(struct doc *d)
{
	doc_box_end_note(d, NULL, ROLE_BORDER);
}

void doc_box_end_note(struct doc *d, const char *note, enum role note_role)
{
	const struct glyphs *g = doc_glyphs(d);
	struct buf n = {0};

	if (d->nboxes == 0)
		return;
	if (d->open)
		doc_newline(d);
	struct doc_box box = d->boxes[--d->nboxes];
	if (box.right <= box.left) {
		/* no frame to carry it: the note is a line of its own */
		if (note && *note) {
			doc_add(d, note_role, note);
			doc_newline(d);
		}
		return;
	}
	if (note && *note) {
		buf_putc(&n, ' ');
		printable_line(&n, note, strlen(note), d->ctx.utf8);
		buf_putc(&n, ' ');
	}
	int note_w = n.len ? text_width(n.data, n.len, d->ctx.utf8) : 0;
	if (note_w > box.right - box.left - 4)
		note_w = 0;
	open_line(d);
	d->col = box.left;
	put_span(d, box.border, g->bl, strlen(g->bl), 1);
	put_run(d, box.border, g->hline, box.right - box.left - 1 - (note_w ? note_w + 1 : 0));
	if (note_w) {
		put_span(d, note_role, n.data, n.len, note_w);
		put_span(d, box.border, g->hline, strlen(g->hline), 1);
	}
	put_span(d, box.border, g->br, strlen(g->br), 1);
	doc_newline(d);
	buf_free(&n);
}

void doc_aside_begin(struct doc *d, int col, enum role bar)
{
	if (d->open)
		doc_newline(d);
	if (d->nboxes == DOC_MAX_BOXES)
		return;
	if (col < doc_left(d))
		col = doc_left(d);
	d->boxes[d->nboxes++] = (struct doc_box){ col, col, bar, true };
}

void doc_aside_end(struct doc *d)
{
	if (d->open)
		doc_newline(d);
	if (d->nboxes > 0 && d->boxes[d->nboxes - 1].bar)
		d->nboxes--;
}

void doc_link(struct doc *d, const char *target)
{
	d->link = 0;
	if (!target || strlen(target) > 2048 || d->nlinks >= UINT16_MAX ||
	    !inline_link_scheme(target, strlen(target)))
		return;
	for (const char *p = target; *p; p++)
		if (*p <= 0x20 || *p >= 0x7F || *p == '$' || *p == '\\')
			return;
	d->links = xreallocarray(d->links, d->nlinks + 1, sizeof *d->links);
	d->links[d->nlinks++] = xstrdup(target);
	d->link = (uint16_t)d->nlinks;
}

void doc_rule(struct doc *d, enum role role)
{
	const char *h = doc_glyphs(d)->hline;

	if (d->open)
		doc_newline(d);
	open_line(d);
	put_run(d, role, h, doc_room(d));
	doc_newline(d);
}

void doc_meter(struct doc *d, int filled, int cells, enum role fill_role)
{
	const struct glyphs *g = doc_glyphs(d);

	open_line(d);
	if (cells > doc_room(d))
		cells = doc_room(d);
	if (filled > cells)
		filled = cells;
	for (int i = 0; i < cells; i++) {
		const char *c = i < filled ? g->meter_full : g->meter_empty;
		put_span(d, i < filled ? fill_role : ROLE_METER_EMPTY, c, strlen(c), 1);
	}
}

void doc_item_begin(struct doc *d)
{
	if (d->open)
		doc_newline(d);
	if (d->nitems == d->cap_items) {
		d->cap_items = d->cap_items ? d->cap_items * 2 : 16;
		d->items = xreallocarray(d->items, d->cap_items, sizeof *d->items);
	}
	int first = (int)d->nlines;
	d->items[d->nitems++] = (struct doc_item){ first, first, first };
}

void doc_item_title(struct doc *d)
{
	if (d->nitems)
		d->items[d->nitems - 1].title = d->open ? (int)d->nlines - 1 : (int)d->nlines;
}

void doc_item_end(struct doc *d)
{
	if (d->open)
		doc_newline(d);
	if (d->nitems) {
		struct doc_item *it = &d->items[d->nitems - 1];
		it->last = (int)d->nlines - 1;
		if (it->last < it->first)
			it->last = it->first;
		if (it->title > it->last)
			it->title = it->first;
	}
}

void doc_mark_item(struct doc *d, int item)
{
	if (d->nmarks == d->cap_marks) {
		d->cap_marks = d->cap_marks ? d->cap_marks * 2 : 8;
		d->marks = xreallocarray(d->marks, d->cap_marks, sizeof *d->marks);
	}
	d->marks[d->nmarks++] = (struct doc_mark){ d->open ? (int)d->nlines - 1 : (int)d->nlines, item };
}
