/* fuzz_resume.c — a libFuzzer harness for everything a résumé passes
 * through before it reaches a terminal: load, validate, lay out, print.
 *
 * Input: byte 0 picks the width (1–250), bit 0 of byte 1 picks UTF-8 (1) or
 * ASCII (0) output and its other bits a search query; the rest is the
 * résumé, copied into a buffer of exactly its length (no NUL after it), so
 * a read past the end is caught by ASan.
 *
 * On success every screen (as the viewer shows it and as --print expands
 * it) and every card is laid out at that width, printed and searched, and
 * the text is checked; so is what --grep prints.  A broken invariant
 * traps.  Built and run by "make fuzz"; see the
 * Makefile for the corpus and the limits. */
#include <locale.h>
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "exitcodes.h"
#include "layout.h"
#include "print.h"
#include "resume.h"
#include "search.h"
#include "text.h"
#include "util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                    \
	do {                           \
		if (!(cond))           \
			__builtin_trap(); \
	} while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	return 0;
}

/* A code point that must never reach a terminal, spelt in bytes here (not
 * with text_is_hidden, which is under test): C0 but '\n', DEL, C1, LRM,
 * RLM, ALM, zero-width space/joiners, line and paragraph separators,
 * embeddings and overrides, isolates, the BOM.  Returns its length in s,
 * or 0. */
static size_t forbidden_at(const unsigned char *s, size_t n)
{
	if ((s[0] < 0x20 && s[0] != '\n') || s[0] == 0x7F)
		return 1;
	if (n >= 2 && s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
		return 2; /* C1, U+0080–U+009F */
	if (n >= 2 && s[0] == 0xD8 && s[1] == 0x9C)
		return 2; /* U+061C Arabic letter mark */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    ((s[2] >= 0x8B && s[2] <= 0x8F) || (s[2] >= 0xA8 && s[2] <= 0xAE)))
		return 3; /* U+200B–U+200F, U+2028–U+202E */
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA0 && s[2] <= 0xAF)
		return 3; /* U+2060–U+206F: word joiner, isolates, deprecated format */
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3; /* U+FEFF */
	return 0;
}

/* Well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF). */
static bool valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = s[i];
		size_t need;
		uint32_t v, min;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			need = 2, v = c & 0x1F, min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			need = 3, v = c & 0x0F, min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			need = 4, v = c & 0x07, min = 0x10000;
		} else {
			return false;
		}
		if (n - i < need)
			return false;
		for (size_t k = 1; k < need; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			v = (v << 6) | (s[i + k] & 0x3F);
		}
		if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return false;
		i += need;
	}
	return true;
}

/* Text that goes to a terminal: nothing forbidden in it, and in ASCII mode
 * nothing but ASCII, in UTF-8 mode well-formed UTF-8. */
static void check_terminal_text(const char *text, size_t len, bool utf8, bool newlines)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < len; i++) {
		CHECK(forbidden_at(s + i, len - i) == 0);
		CHECK(newlines || s[i] != '\n');
		CHECK(utf8 || s[i] < 0x80);
	}
	CHECK(!utf8 || valid_utf8(s, len));
}

/* Queries for the search, picked by the input: plain, case-folded, wide,
 * combining, one that folds to a different length (U+0130), the
 * sanitiser's own escapes, a space. */
static const char *const queries[] = {
	"e", "E", "in", "\\u", "\\u001B", "pwned", "İ", "ß", "中", "\xcc\x81", "a a", " ",
	"SEV", "·", "\xef\xbf\xbd", "x",
};

/* Every hit lies on a line of the document, inside the columns it uses. */
static void check_search(const struct doc *d, const char *query)
{
	struct search s;

	search_begin(&s, query);
	search_doc(&s, d, 3, -1);
	for (size_t i = 0; i < s.n; i++) {
		const struct search_hit *h = &s.hits[i];
		CHECK(h->tab == 3 && h->card == -1);
		CHECK(h->line >= 0 && (size_t)h->line < d->nlines);
		CHECK(h->col >= 0 && h->width >= 0);
		CHECK(h->col + h->width <= d->lines[h->line].width);
		size_t first, n = search_on_line(&s, 3, -1, h->line, &first);
		CHECK(n >= 1 && first <= i && i < first + n);
	}
	search_free(&s);
}

/* A laid-out document: its lines and cards are consistent, and printed it
 * is clean text no line of which is wider than the width it was laid out
 * for. */
static void check_doc(const struct doc *d, int width, bool utf8, const char *query)
{
	int limit = width > LAYOUT_MAX_WIDTH ? LAYOUT_MAX_WIDTH : width;
	struct buf out = {0};

	CHECK(d->width >= 1 && d->width <= limit);
	for (size_t i = 0; i < d->nlines; i++) {
		const struct line *l = &d->lines[i];
		CHECK((size_t)l->first_span + l->nspans <= d->nspans);
		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			CHECK((size_t)s->off + s->len <= d->text.len);
			CHECK(s->role < ROLE_COUNT);
			CHECK(s->link <= d->nlinks);
		}
	}
	/* hyperlink targets go raw into an OSC 8 sequence: printable ASCII,
	 * no "$" (putp's padding), no "\\", a known scheme */
	for (size_t i = 0; i < d->nlinks; i++) {
		const char *u = d->links[i];
		CHECK(strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0 ||
		      strncmp(u, "mailto:", 7) == 0);
		for (const char *p = u; *p; p++)
			CHECK(*p > 0x20 && *p < 0x7F && *p != '$' && *p != '\\');
	}
	for (size_t i = 0; i < d->nitems; i++) {
		const struct doc_item *it = &d->items[i];
		CHECK(it->first >= 0 && it->first <= it->title && it->title <= it->last);
		CHECK((size_t)it->last < d->nlines);
	}

	print_doc(&out, d);
	size_t nlines = 0;
	for (size_t start = 0; start < out.len; nlines++) {
		const char *nl = memchr(out.data + start, '\n', out.len - start);
		CHECK(nl != NULL); /* every line ends in '\n' */
		size_t len = (size_t)(nl - (out.data + start));
		CHECK(text_width(out.data + start, len, utf8) <= limit);
		start += len + 1;
	}
	CHECK(nlines == d->nlines);
	check_terminal_text(out.data, out.len, utf8, true);
	buf_free(&out);
	check_search(d, query);
}

/* What --grep prints: clean lines, as many as it says. */
static void check_grep(const struct resume *r, const struct layout_ctx *ctx, const char *query)
{
	bool utf8 = ctx->utf8;
	char *text = NULL;
	size_t len = 0, matches = 0, lines = 0;
	FILE *f = open_memstream(&text, &len);

	CHECK(f != NULL);
	CHECK(print_grep(f, r, ctx, -1, query, &matches) == 0);
	CHECK(fclose(f) == 0);
	check_terminal_text(text, len, utf8, true);
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	CHECK(lines == matches);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	int width = 1 + data[0] % 250;
	bool utf8 = data[1] & 1;
	const char *query = queries[(data[1] >> 1) % (sizeof queries / sizeof queries[0])];
	size_t len = size - 2;
	/* exactly len bytes: the parser must not look for a NUL */
	char *json = malloc(len ? len : 1);
	CHECK(json != NULL);
	if (len)
		memcpy(json, data + 2, len);
	/* today: any month from 1990 to 2031, picked by the input too */
	const struct layout_ctx ctx = { .width = width, .utf8 = utf8,
	                                .today = 1990 * 12 + (data[0] ^ data[1]) % 500 };

	struct resume r;
	struct diagnostics warnings = {0};
	char *error = NULL;
	int status = resume_parse("fuzz.json", json, len, &r, &warnings, &error);

	/* what --validate and the error path print, to the terminal too */
	for (size_t i = 0; i < warnings.n; i++) {
		CHECK(warnings.lines[i] != NULL);
		check_terminal_text(warnings.lines[i], strlen(warnings.lines[i]), true, false);
	}
	if (status != 0) {
		CHECK(status == EX_DATAERR);
		CHECK(error != NULL);
		check_terminal_text(error, strlen(error), true, false);
		free(error);
		diagnostics_free(&warnings);
		free(json);
		return 0;
	}
	CHECK(error == NULL);

	enum screen_id screens[SCREEN_COUNT];
	size_t n = screens_present(&r, screens);
	CHECK(n >= 1 && n <= SCREEN_COUNT && screens[0] == SCREEN_ABOUT);
	for (size_t i = 0; i < n; i++) {
		struct doc d;
		for (int expand = 0; expand <= 1; expand++) {
			layout_screen(&d, &r, screens[i], &ctx, expand);
			check_doc(&d, width, utf8, query);
			doc_free(&d);
		}
		size_t cards = screen_card_count(&r, screens[i]);
		for (size_t c = 0; c < cards; c++) {
			layout_card(&d, &r, screens[i], c, &ctx);
			check_doc(&d, width, utf8, query);
			doc_free(&d);
			const char *name = screen_card_name(&r, screens[i], c);
			CHECK(name != NULL);
			check_terminal_text(name, strlen(name), true, true);
		}
	}
	check_grep(&r, &ctx, query);
	resume_free(&r);
	diagnostics_free(&warnings);
	free(json);
	return 0;
}
