/* bigtext.c — the block-letter font and its rendering in half blocks. */
#include "bigtext.h"

#include <stdbool.h>
#include <string.h>

/* Five rows of dots per glyph, '#' on: rows 0–1 and 2–3 share a terminal
 * row each (upper and lower half), row 4 takes the upper half of the third,
 * which leaves a little air under the name. */
#define DOTS 5

struct glyph {
	char c;
	const char *rows[DOTS];
};

static const struct glyph font[] = {
	{ 'A', { ".##.", "#..#", "####", "#..#", "#..#" } },
	{ 'B', { "###.", "#..#", "###.", "#..#", "###." } },
	{ 'C', { ".###", "#...", "#...", "#...", ".###" } },
	{ 'D', { "###.", "#..#", "#..#", "#..#", "###." } },
	{ 'E', { "####", "#...", "###.", "#...", "####" } },
	{ 'F', { "####", "#...", "###.", "#...", "#..." } },
	{ 'G', { ".###", "#...", "#.##", "#..#", ".###" } },
	{ 'H', { "#..#", "#..#", "####", "#..#", "#..#" } },
	{ 'I', { "###", ".#.", ".#.", ".#.", "###" } },
	{ 'J', { "..##", "...#", "...#", "#..#", ".##." } },
	{ 'K', { "#..#", "#.#.", "##..", "#.#.", "#..#" } },
	{ 'L', { "#...", "#...", "#...", "#...", "####" } },
	{ 'M', { "#...#", "##.##", "#.#.#", "#...#", "#...#" } },
	{ 'N', { "#...#", "##..#", "#.#.#", "#..##", "#...#" } },
	{ 'O', { ".##.", "#..#", "#..#", "#..#", ".##." } },
	{ 'P', { "###.", "#..#", "###.", "#...", "#..." } },
	{ 'Q', { ".##.", "#..#", "#..#", "#.#.", ".#.#" } },
	{ 'R', { "###.", "#..#", "###.", "#.#.", "#..#" } },
	{ 'S', { ".###", "#...", ".##.", "...#", "###." } },
	{ 'T', { "#####", "..#..", "..#..", "..#..", "..#.." } },
	{ 'U', { "#..#", "#..#", "#..#", "#..#", ".##." } },
	{ 'V', { "#...#", "#...#", "#...#", ".#.#.", "..#.." } },
	{ 'W', { "#...#", "#...#", "#.#.#", "##.##", "#...#" } },
	{ 'X', { "#...#", ".#.#.", "..#..", ".#.#.", "#...#" } },
	{ 'Y', { "#...#", ".#.#.", "..#..", "..#..", "..#.." } },
	{ 'Z', { "####", "...#", ".##.", "#...", "####" } },
	{ '0', { ".##.", "#.##", "#..#", "##.#", ".##." } },
	{ '1', { ".#.", "##.", ".#.", ".#.", "###" } },
	{ '2', { "###.", "...#", ".##.", "#...", "####" } },
	{ '3', { "###.", "...#", ".##.", "...#", "###." } },
	{ '4', { "#..#", "#..#", "####", "...#", "...#" } },
	{ '5', { "####", "#...", "###.", "...#", "###." } },
	{ '6', { ".##.", "#...", "###.", "#..#", ".##." } },
	{ '7', { "####", "...#", "..#.", ".#..", ".#.." } },
	{ '8', { ".##.", "#..#", ".##.", "#..#", ".##." } },
	{ '9', { ".##.", "#..#", ".###", "...#", ".##." } },
	{ ' ', { "..", "..", "..", "..", ".." } },
	{ '.', { ".", ".", ".", ".", "#" } },
	{ ',', { ".", ".", ".", "#", "#" } },
	{ '-', { "...", "...", "###", "...", "..." } },
	{ '\'', { "#", "#", ".", ".", "." } },
	{ '!', { "#", "#", "#", ".", "#" } },
	{ '?', { "###.", "...#", ".##.", "....", ".#.." } },
	{ '&', { ".#..", "#.#.", ".#.#", "#.#.", ".#.#" } },
};

static const struct glyph *glyph_for(char c)
{
	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	for (size_t i = 0; i < ARRAY_LEN(font); i++)
		if (font[i].c == c)
			return &font[i];
	return NULL;
}

int bigtext_width(const char *s)
{
	int w = 0;
	bool ink = false;

	for (const char *p = s; *p; p++) {
		const struct glyph *g = glyph_for(*p);
		if (!g)
			return -1;
		if (w)
			w++; /* a column between glyphs */
		w += (int)strlen(g->rows[0]);
		ink = ink || *p != ' ';
	}
	return ink ? w : -1;
}

/* The half block showing the dots top and bottom ('#' on, '.' off). */
static const char *half_block(char top, char bottom)
{
	bool t = top == '#', b = bottom == '#';

	return t && b ? "█" : t ? "▀" : b ? "▄" : " ";
}

void bigtext_row(struct buf *out, const char *s, int row)
{
	struct buf cells = {0};
	size_t ink = 0; /* bytes of cells up to the last non-blank one */
	int top = row * 2, bottom = top + 1;

	for (const char *p = s; *p; p++) {
		const struct glyph *g = glyph_for(*p);
		if (!g)
			continue;
		if (p != s)
			buf_putc(&cells, ' ');
		size_t w = strlen(g->rows[0]);
		for (size_t i = 0; i < w; i++) {
			char below = bottom < DOTS ? g->rows[bottom][i] : '.';
			const char *cell = half_block(g->rows[top][i], below);
			buf_puts(&cells, cell);
			if (*cell != ' ')
				ink = cells.len;
		}
	}
	/* no trailing spaces: a printed row ends where its ink does */
	buf_append(out, cells.data ? cells.data : "", ink);
	buf_free(&cells);
}
