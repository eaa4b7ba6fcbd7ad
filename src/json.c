/* json.c — the strict JSON checker (see json.h).
 *
 * A hand-written scanner with an explicit stack of open arrays and objects,
 * so nesting costs no recursion.  Duplicate keys: every key of an open object
 * is kept as (hash of its unescaped text, offset); when the object closes its
 * keys are sorted and neighbours compared, which is O(k log k) whatever the
 * keys are (no hash flooding).  Because an object's duplicates are only known
 * when it closes, the checker remembers the earliest duplicate, carries on,
 * and in the end reports whichever comes first: that duplicate, or the syntax
 * error that stopped it (having checked the objects left open). */
#include "json.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "util.h"

#define NONE SIZE_MAX

/* A key of an open object. */
struct key {
	uint64_t hash; /* of its unescaped text */
	size_t offset; /* of its opening quote */
};

/* An open array or object. */
struct container {
	size_t open;      /* offset of its '[' or '{' */
	size_t first_key; /* its keys are keys[first_key..] up to the next container's */
	bool object;
};

struct checker {
	const unsigned char *s;
	size_t len, pos;
	struct container stack[JSON_MAX_DEPTH];
	int depth;
	struct key *keys, *scratch; /* scratch: for sorting */
	size_t nkeys, keys_cap, scratch_cap;
	uint64_t hash;              /* of the key scan_string read last */
	size_t dup_at, dup_first;   /* the earliest duplicate key and its first occurrence */
	size_t error_at;            /* the syntax error, described in message */
	char message[sizeof ((struct json_error *)0)->message];
};

static bool fail(struct checker *c, size_t at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(struct checker *c, size_t at, const char *fmt, ...)
{
	va_list ap;

	c->error_at = at;
	va_start(ap, fmt);
	vsnprintf(c->message, sizeof c->message, fmt, ap);
	va_end(ap);
	return false;
}

/* A character that straddles offset counts as an invalid byte, so nothing
 * at or past offset is read. */
void json_line_column(const char *text, size_t offset, size_t *line, size_t *column)
{
	const unsigned char *s = (const unsigned char *)text;

	*line = 1;
	*column = 1;
	for (size_t i = 0; i < offset;) {
		unsigned char ch = s[i];
		uint32_t cp;

		if (ch == '\r' || (ch == '\n' && (i == 0 || s[i - 1] != '\r'))) {
			(*line)++;
			*column = 1;
			i++;
		} else if (ch == '\n') { /* the LF of CR LF: the CR broke the line */
			i++;
		} else {
			i += ch < 0x80 ? 1 : text_decode(text + i, offset - i, &cp);
			(*column)++;
		}
	}
}

static bool is_space(unsigned char ch)
{
	return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
}

static bool is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

static bool is_letter(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static void skip_space(struct checker *c)
{
	while (c->pos < c->len && is_space(c->s[c->pos]))
		c->pos++;
}

/* ---- what to say about an unexpected character ---- */

static const struct {
	uint32_t cp;
	const char *what;
} lookalikes[] = {
	{ 0x00A0, "a no-break space" },
	{ 0x200B, "a zero-width space" },
	{ 0x2018, "a curly quote; use '\"'" },
	{ 0x2019, "a curly quote; use '\"'" },
	{ 0x201C, "a curly quote; use '\"'" },
	{ 0x201D, "a curly quote; use '\"'" },
	{ 0xFEFF, "a byte order mark" },
};

/* Fails at pos, a control character or a non-ASCII byte outside a string:
 * it is named as it is, whatever was expected there. */
static bool fail_foreign(struct checker *c)
{
	unsigned char ch = c->s[c->pos];
	uint32_t cp;

	if (ch < 0x80)
		return fail(c, c->pos, "unexpected control character U+%04X", ch);
	size_t n = text_decode((const char *)c->s + c->pos, c->len - c->pos, &cp);
	if (n == 1 && cp == TEXT_REPLACEMENT)
		return fail(c, c->pos, "unexpected byte 0x%02X (invalid UTF-8)", ch);
	for (size_t i = 0; i < ARRAY_LEN(lookalikes); i++)
		if (lookalikes[i].cp == cp)
			return fail(c, c->pos, "unexpected character U+%04X (%s)", (unsigned)cp,
			            lookalikes[i].what);
	return fail(c, c->pos, "unexpected character U+%04X", (unsigned)cp);
}

/* Fails at the end of the input, inside at least one open container. */
static bool fail_eof(struct checker *c)
{
	const struct container *top = &c->stack[c->depth - 1];
	size_t line, column;

	json_line_column((const char *)c->s, top->open, &line, &column);
	return fail(c, c->len, "unexpected end of file; the '%c' at %zu:%zu is not closed",
	            top->object ? '{' : '[', line, column);
}

/* Fails at pos, where something other than its character was expected. */
static bool unexpected(struct checker *c, const char *expected)
{
	if (c->pos == c->len)
		return fail_eof(c);
	unsigned char ch = c->s[c->pos];
	if (ch < 0x20 || ch >= 0x7F)
		return fail_foreign(c);
	if (ch == '/')
		return fail(c, c->pos, "comments are not allowed in JSON");
	if (ch == '\'')
		return fail(c, c->pos, "use double quotes, not single quotes");
	return fail(c, c->pos, "%s", expected);
}

static bool bad_value(struct checker *c)
{
	if (c->pos < c->len) {
		unsigned char ch = c->s[c->pos];
		if (ch == '+' || ch == '.')
			return fail(c, c->pos, "a number cannot start with '%c'", ch);
		if (ch >= 0x20 && ch < 0x7F && ch != '/' && ch != '\'')
			return fail(c, c->pos, "expected a value, not '%c'", ch);
	}
	return unexpected(c, "expected a value");
}

static bool bad_key(struct checker *c, bool after_comma)
{
	if (c->pos < c->len) {
		unsigned char ch = c->s[c->pos];
		if (after_comma && ch == '}')
			return fail(c, c->pos, "trailing comma before '}'");
		if (is_letter(ch) || ch == '_' || ch == '$')
			return fail(c, c->pos, "a key must be a string in double quotes");
	}
	return unexpected(c, after_comma ? "expected a string key" : "expected a string key or '}'");
}

/* ---- keys ---- */

static uint64_t hash_char(uint64_t h, uint32_t cp)
{
	return (h ^ cp) * 0x100000001b3u; /* FNV-1a, one code point at a time */
}

#define HASH_START 0xcbf29ce484222325u

/* The four hex digits at p, already checked. */
static uint32_t hex4(const unsigned char *p)
{
	return (uint32_t)(text_hex_digit(p[0]) << 12 | text_hex_digit(p[1]) << 8 |
	                  text_hex_digit(p[2]) << 4 | text_hex_digit(p[3]));
}

/* The next character of a key the checker has accepted, escapes decoded,
 * or UINT32_MAX at its closing quote; advances *i past it. */
static uint32_t key_char(const struct checker *c, size_t *i)
{
	const unsigned char *s = c->s;
	unsigned char ch = s[*i];
	uint32_t cp;

	if (ch == '"')
		return UINT32_MAX;
	if (ch >= 0x80) {
		*i += text_decode((const char *)s + *i, c->len - *i, &cp);
		return cp;
	}
	if (ch != '\\') {
		*i += 1;
		return ch;
	}
	ch = s[*i + 1];
	*i += 2;
	switch (ch) {
	case 'b': return '\b';
	case 'f': return '\f';
	case 'n': return '\n';
	case 'r': return '\r';
	case 't': return '\t';
	case 'u': break;
	default: return ch; /* '"', '\\' or '/' */
	}
	cp = hex4(s + *i);
	*i += 4;
	if (cp >= 0xD800 && cp <= 0xDBFF) { /* followed by \uDC00–\uDFFF */
		cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(s + *i + 2) - 0xDC00);
		*i += 6;
	}
	return cp;
}

/* Compares the unescaped texts of the keys at offsets a and b. */
static int key_compare(const struct checker *c, size_t a, size_t b)
{
	a++;
	b++;
	for (;;) {
		uint32_t x = key_char(c, &a), y = key_char(c, &b);
		if (x != y)
			return x < y ? -1 : 1;
		if (x == UINT32_MAX)
			return 0;
	}
}

/* Orders keys by hash, then text, then position. */
static int key_order(const struct checker *c, const struct key *a, const struct key *b)
{
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	int d = key_compare(c, a->offset, b->offset);
	if (d)
		return d;
	return a->offset < b->offset ? -1 : a->offset > b->offset;
}

static void insertion_sort(const struct checker *c, struct key *k, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct key x = k[i];
		size_t j = i;
		for (; j > 0 && key_order(c, &x, &k[j - 1]) < 0; j--)
			k[j] = k[j - 1];
		k[j] = x;
	}
}

/* A bottom-up merge sort: O(n log n) always, unlike a quicksort. */
static void sort_keys(struct checker *c, struct key *k, size_t n)
{
	enum { RUN = 16 };

	for (size_t i = 0; i < n; i += RUN)
		insertion_sort(c, k + i, n - i < RUN ? n - i : RUN);
	if (n <= RUN)
		return;
	if (c->scratch_cap < n) {
		free(c->scratch);
		c->scratch = xreallocarray(NULL, n, sizeof *c->scratch);
		c->scratch_cap = n;
	}
	struct key *src = k, *dst = c->scratch;
	for (size_t width = RUN; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = n - lo > width ? lo + width : n;
			size_t hi = n - mid > width ? mid + width : n;
			size_t a = lo, b = mid, out = lo;
			while (a < mid && b < hi)
				dst[out++] = key_order(c, &src[b], &src[a]) < 0 ? src[b++] : src[a++];
			while (a < mid)
				dst[out++] = src[a++];
			while (b < hi)
				dst[out++] = src[b++];
		}
		struct key *t = src;
		src = dst;
		dst = t;
	}
	if (src != k)
		memcpy(k, src, n * sizeof *k);
}

/* Notes the earliest duplicate among keys[first..end) (and reorders them). */
static void find_duplicates(struct checker *c, size_t first, size_t end)
{
	size_t n = end - first;

	if (n < 2)
		return;
	struct key *k = c->keys + first;
	sort_keys(c, k, n);
	for (size_t i = 1; i < n; i++)
		if (k[i].hash == k[i - 1].hash && k[i].offset < c->dup_at &&
		    key_compare(c, k[i - 1].offset, k[i].offset) == 0) {
			c->dup_at = k[i].offset;
			c->dup_first = k[i - 1].offset;
		}
}

static void add_key(struct checker *c, size_t offset)
{
	if (c->nkeys == c->keys_cap) {
		c->keys_cap = c->keys_cap ? 2 * c->keys_cap : 64;
		c->keys = xreallocarray(c->keys, c->keys_cap, sizeof *c->keys);
	}
	c->keys[c->nkeys++] = (struct key){ c->hash, offset };
}

/* Pops the innermost container; an object's keys are checked and dropped. */
static void close_container(struct checker *c)
{
	const struct container *top = &c->stack[--c->depth];

	if (top->object) {
		find_duplicates(c, top->first_key, c->nkeys);
		c->nkeys = top->first_key;
	}
}

/* ---- values ---- */

/* Bytes that stand for themselves in a string. */
static bool is_plain(unsigned char ch)
{
	return ch >= 0x20 && ch < 0x80 && ch != '"' && ch != '\\';
}

/* Reads the four hex digits of the \u escape at i (its backslash); returns
 * the value, or -1 after failing. */
static long read_hex4(struct checker *c, size_t i, size_t open)
{
	long v = 0;

	for (size_t k = i + 2; k < i + 6; k++) {
		if (k == c->len) {
			fail(c, open, "unterminated string");
			return -1;
		}
		int d = text_hex_digit(c->s[k]);
		if (d < 0) {
			fail(c, i, "\\u needs four hex digits");
			return -1;
		}
		v = v * 16 + d;
	}
	return v;
}

static bool bad_escape(struct checker *c, size_t i)
{
	unsigned char ch = c->s[i + 1];
	uint32_t cp;

	if (ch >= 0x20 && ch < 0x7F)
		return fail(c, i, "invalid escape '\\%c'", ch);
	if (ch < 0x80)
		return fail(c, i, "invalid escape: '\\' followed by U+%04X", ch);
	size_t n = text_decode((const char *)c->s + i + 1, c->len - i - 1, &cp);
	if (n == 1 && cp == TEXT_REPLACEMENT)
		return fail(c, i, "invalid escape: '\\' followed by byte 0x%02X", ch);
	return fail(c, i, "invalid escape: '\\' followed by U+%04X", (unsigned)cp);
}

/* Checks the escape at *i (its backslash) in the string opened at open,
 * stores the character it stands for in *cp and advances *i past it. */
static bool scan_escape(struct checker *c, size_t *i, size_t open, uint32_t *cp)
{
	const unsigned char *s = c->s;
	size_t at = *i;

	if (at + 1 == c->len)
		return fail(c, open, "unterminated string");
	switch (s[at + 1]) {
	case '"': case '\\': case '/': *cp = s[at + 1]; break;
	case 'b': *cp = '\b'; break;
	case 'f': *cp = '\f'; break;
	case 'n': *cp = '\n'; break;
	case 'r': *cp = '\r'; break;
	case 't': *cp = '\t'; break;
	case 'u': break;
	default: return bad_escape(c, at);
	}
	if (s[at + 1] != 'u') {
		*i = at + 2;
		return true;
	}
	long u = read_hex4(c, at, open);
	if (u < 0)
		return false;
	if (u == 0)
		return fail(c, at, "\\u0000 (NUL) is not allowed in a string");
	if (u >= 0xDC00 && u <= 0xDFFF)
		return fail(c, at, "unpaired surrogate \\u%04lX", u);
	*i = at + 6;
	*cp = (uint32_t)u;
	if (u < 0xD800 || u > 0xDBFF)
		return true;
	/* a high surrogate: a low one must follow */
	size_t next = at + 6;
	if (next == c->len || (s[next] == '\\' && next + 1 == c->len))
		return fail(c, open, "unterminated string");
	if (s[next] == '\\' && s[next + 1] == 'u') {
		long low = read_hex4(c, next, open);
		if (low < 0)
			return false;
		if (low >= 0xDC00 && low <= 0xDFFF) {
			*cp = 0x10000 + (uint32_t)((u - 0xD800) << 10) + (uint32_t)(low - 0xDC00);
			*i = next + 6;
			return true;
		}
	}
	return fail(c, at, "unpaired surrogate \\u%04lX", u);
}

/* The escapes of the control characters that have a short one. */
static const char *const short_names[0x20] = {
	['\b'] = "\\b", ['\t'] = "\\t", ['\n'] = "\\n", ['\f'] = "\\f", ['\r'] = "\\r",
};

static bool bad_control(struct checker *c, size_t i)
{
	unsigned char ch = c->s[i];

	if (ch == 0)
		return fail(c, i, "control character U+0000 in a string; NUL is not allowed");
	if (short_names[ch])
		return fail(c, i, "control character U+%04X in a string; write it as %s", ch, short_names[ch]);
	return fail(c, i, "control character U+%04X in a string; write it as \\u%04X", ch, ch);
}

/* Checks the string at pos; a key's hash is left in c->hash. */
static bool scan_string(struct checker *c, bool key)
{
	const unsigned char *s = c->s;
	size_t len = c->len, open = c->pos, i = open + 1;
	uint64_t h = HASH_START;
	uint32_t cp;

	for (;;) {
		size_t run = i;
		while (i < len && is_plain(s[i]))
			i++;
		if (key)
			for (size_t k = run; k < i; k++)
				h = hash_char(h, s[k]);
		if (i == len)
			return fail(c, open, "unterminated string");
		unsigned char ch = s[i];
		if (ch == '"')
			break;
		if (ch == '\\') {
			if (!scan_escape(c, &i, open, &cp))
				return false;
		} else if (ch < 0x20) {
			return bad_control(c, i);
		} else {
			size_t n = text_decode((const char *)s + i, len - i, &cp);
			if (n == 1 && cp == TEXT_REPLACEMENT)
				return fail(c, i, "invalid UTF-8 (byte 0x%02X)", ch);
			i += n;
		}
		if (key)
			h = hash_char(h, cp);
	}
	c->pos = i + 1;
	c->hash = h;
	return true;
}

static bool scan_number(struct checker *c)
{
	const unsigned char *s = c->s;
	size_t len = c->len, i = c->pos;

	if (s[i] == '-' && (++i == len || !is_digit(s[i])))
		return fail(c, i, "expected a digit after '-'");
	if (s[i] == '0') {
		if (++i < len && is_digit(s[i]))
			return fail(c, i, "leading zero in a number");
		if (i < len && (s[i] == 'x' || s[i] == 'X'))
			return fail(c, i, "hexadecimal numbers are not allowed");
	} else {
		while (i < len && is_digit(s[i]))
			i++;
	}
	if (i < len && s[i] == '.') {
		if (++i == len || !is_digit(s[i]))
			return fail(c, i, "expected a digit after '.'");
		while (i < len && is_digit(s[i]))
			i++;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		if (++i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == len || !is_digit(s[i]))
			return fail(c, i, "expected a digit in the exponent");
		while (i < len && is_digit(s[i]))
			i++;
	}
	/* "1.2.3", "12px": say so rather than "expected ','" */
	if (i < len && (is_letter(s[i]) || s[i] == '.' || s[i] == '_'))
		return fail(c, i, "unexpected '%c' in a number", s[i]);
	c->pos = i;
	return true;
}

static bool word_is(const unsigned char *w, size_t n, const char *lit, bool any_case)
{
	if (strlen(lit) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char a = w[i], b = (unsigned char)lit[i];
		if (any_case && a >= 'A' && a <= 'Z')
			a = (unsigned char)(a - 'A' + 'a');
		if (a != b)
			return false;
	}
	return true;
}

/* Checks the word (true, false or null) at pos. */
static bool scan_word(struct checker *c)
{
	const unsigned char *w = c->s + c->pos;
	size_t n = 0, avail = c->len - c->pos;

	while (n < avail && (is_letter(w[n]) || is_digit(w[n]) || w[n] == '_'))
		n++;
	if (word_is(w, n, "true", false) || word_is(w, n, "false", false) ||
	    word_is(w, n, "null", false)) {
		c->pos += n;
		return true;
	}
	int shown = n > 24 ? 24 : (int)n;
	const char *more = n > 24 ? "..." : "";
	if (word_is(w, n, "true", true) || word_is(w, n, "false", true) || word_is(w, n, "null", true))
		return fail(c, c->pos, "unknown word '%.*s'; write it in lower case", shown, w);
	if (word_is(w, n, "nan", true) || word_is(w, n, "infinity", true) || word_is(w, n, "inf", true))
		return fail(c, c->pos, "unknown word '%.*s'; JSON has no NaN or Infinity", shown, w);
	return fail(c, c->pos, "unknown word '%.*s%s'", shown, w, more);
}

/* ---- the document ---- */

static bool check_encoding(struct checker *c)
{
	const unsigned char *s = c->s;
	size_t len = c->len;

	if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
		return fail(c, 0, "the file is UTF-16 (or UTF-32); save it as UTF-8");
	size_t zeros = 0, head = len < 4 ? len : 4;
	for (size_t i = 0; i < head; i++)
		zeros += s[i] == 0;
	if (zeros && zeros == head)
		return fail(c, 0, "the file contains NUL bytes; it is not UTF-8 text");
	if (zeros)
		return fail(c, 0, "the file is UTF-16 (or UTF-32); save it as UTF-8");
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return fail(c, 0, "starts with a UTF-8 byte order mark; save the file without it");
	return true;
}

/* A string, number or literal at c->pos, whose first byte is ch (more:
 * there is one), or the error. */
static bool scan_scalar(struct checker *c, bool more, unsigned char ch)
{
	if (more && ch == '"')
		return scan_string(c, false);
	if (more && (ch == '-' || is_digit(ch)))
		return scan_number(c);
	if (more && is_letter(ch))
		return scan_word(c);
	return bad_value(c);
}

/* An object's key at c->pos (a '"') and the ':' after it, or the error. */
static bool scan_key(struct checker *c)
{
	/* only a key that scanned cleanly is kept: key_char trusts it */
	size_t key_at = c->pos;

	if (!scan_string(c, true))
		return false;
	add_key(c, key_at);
	skip_space(c);
	if (c->pos == c->len || c->s[c->pos] != ':')
		return unexpected(c, "expected ':' after the key");
	c->pos++;
	return true;
}

static bool check_document(struct checker *c)
{
	enum { VALUE, FIRST_ELEMENT, FIRST_KEY, NEXT_KEY, AFTER_VALUE } state = VALUE;

	skip_space(c);
	if (c->pos == c->len)
		return fail(c, 0, "empty file");
	for (;;) {
		skip_space(c);
		bool more = c->pos < c->len;
		unsigned char ch = more ? c->s[c->pos] : 0;
		struct container *top = c->depth ? &c->stack[c->depth - 1] : NULL;

		switch (state) {
		case VALUE:
			if (more && (ch == '[' || ch == '{')) {
				if (c->depth == JSON_MAX_DEPTH)
					return fail(c, c->pos, "nested deeper than %d levels", JSON_MAX_DEPTH);
				top = &c->stack[c->depth++];
				top->open = c->pos++;
				top->first_key = c->nkeys;
				top->object = ch == '{';
				state = top->object ? FIRST_KEY : FIRST_ELEMENT;
				continue;
			}
			if (!scan_scalar(c, more, ch))
				return false;
			state = AFTER_VALUE;
			break;
		case FIRST_ELEMENT:
			if (more && ch == ']') {
				c->pos++;
				close_container(c);
				state = AFTER_VALUE;
			} else {
				state = VALUE;
			}
			break;
		case FIRST_KEY:
		case NEXT_KEY: {
			if (more && ch == '}' && state == FIRST_KEY) {
				c->pos++;
				close_container(c);
				state = AFTER_VALUE;
				break;
			}
			if (!more || ch != '"')
				return bad_key(c, state == NEXT_KEY);
			if (!scan_key(c))
				return false;
			state = VALUE;
			break;
		}
		case AFTER_VALUE:
			if (!top) {
				if (more)
					return fail(c, c->pos, "unexpected text after the end of the document");
				return true;
			}
			if (more && ch == ',') {
				c->pos++;
				state = top->object ? NEXT_KEY : VALUE;
				skip_space(c);
				if (!top->object && c->pos < c->len && c->s[c->pos] == ']')
					return fail(c, c->pos, "trailing comma before ']'");
			} else if (more && ch == (top->object ? '}' : ']')) {
				c->pos++;
				close_container(c);
			} else {
				return unexpected(c, top->object ? "expected ',' or '}'" : "expected ',' or ']'");
			}
			break;
		}
	}
}

/* The message for the duplicate key at c->dup_at, its text made safe to
 * print and cut to a sensible length. */
static void describe_duplicate(const struct checker *c, char *out, size_t size)
{
	struct buf text = { 0 };
	size_t i = c->dup_at + 1, line, column, shown = 0;
	uint32_t cp;

	/* control characters as JSON escapes (text_sanitize keeps '\n');
	 * text_sanitize makes the other invisible ones visible */
	while ((cp = key_char(c, &i)) != UINT32_MAX) {
		char hex[16];
		if (cp < 0x20 && short_names[cp]) {
			buf_puts(&text, short_names[cp]);
		} else if (cp < 0x20 || cp == 0x7F) {
			snprintf(hex, sizeof hex, "\\u%04X", (unsigned)cp);
			buf_puts(&text, hex);
		} else {
			text_encode(&text, cp);
		}
	}
	/* (text_sanitize of nothing returns an unterminated buffer) */
	char *clean = text.len ? text_sanitize(text.data, text.len) : xstrdup("");
	size_t clean_len = strlen(clean);
	while (shown < clean_len) {
		size_t n = text_decode(clean + shown, clean_len - shown, &cp);
		if (shown + n > 60)
			break;
		shown += n;
	}
	json_line_column((const char *)c->s, c->dup_first, &line, &column);
	snprintf(out, size, "duplicate key \"%.*s%s\" (first at %zu:%zu)", (int)shown, clean,
	         shown < clean_len ? "..." : "", line, column);
	free(clean);
	buf_free(&text);
}

bool json_check(const char *s, size_t len, struct json_error *err)
{
	struct checker c = {
		.s = (const unsigned char *)s, .len = len, .dup_at = NONE, .error_at = NONE,
	};
	bool ok = check_encoding(&c) && check_document(&c);

	/* the objects the error left open may hold an earlier duplicate */
	for (int d = 0; !ok && d < c.depth; d++)
		if (c.stack[d].object)
			find_duplicates(&c, c.stack[d].first_key,
			                d + 1 < c.depth ? c.stack[d + 1].first_key : c.nkeys);
	if (c.dup_at != NONE && (ok || c.dup_at < c.error_at)) {
		ok = false;
		c.error_at = c.dup_at;
		describe_duplicate(&c, c.message, sizeof c.message);
	}
	free(c.keys);
	free(c.scratch);
	if (ok)
		return true;
	err->offset = c.error_at;
	json_line_column((const char *)c.s, c.error_at, &err->line, &err->column);
	snprintf(err->message, sizeof err->message, "%s", c.message);
	return false;
}
