/* jsonwalk.c — moving through checked JSON text without a tree. */
#include "jsonwalk.h"

#include <string.h>

#include "json.h"
#include "text.h"

static void skip_space(struct json_cursor *c)
{
	while (c->pos < c->len && strchr(" \t\r\n", c->s[c->pos]) && c->s[c->pos])
		c->pos++;
}

char jsonwalk_peek(struct json_cursor *c)
{
	skip_space(c);
	return c->pos < c->len ? c->s[c->pos] : 0;
}

void jsonwalk_enter(struct json_cursor *c)
{
	skip_space(c);
	if (c->pos < c->len && (c->s[c->pos] == '{' || c->s[c->pos] == '['))
		c->pos++;
}

/* Past the string whose opening quote is at the cursor. */
static void skip_string(struct json_cursor *c)
{
	for (c->pos++; c->pos < c->len; c->pos++) {
		if (c->s[c->pos] == '\\' && c->pos + 1 < c->len)
			c->pos++;
		else if (c->s[c->pos] == '"') {
			c->pos++;
			return;
		}
	}
}

void jsonwalk_skip(struct json_cursor *c, const char **start, size_t *len)
{
	skip_space(c);
	size_t from = c->pos;
	char first = c->pos < c->len ? c->s[c->pos] : 0;

	if (first == '"') {
		skip_string(c);
	} else if (first == '{' || first == '[') {
		size_t depth = 0;
		while (c->pos < c->len) {
			char ch = c->s[c->pos];
			if (ch == '"') {
				skip_string(c);
				continue;
			}
			c->pos++;
			if (ch == '{' || ch == '[')
				depth++;
			else if ((ch == '}' || ch == ']') && --depth == 0)
				break;
		}
	} else {
		while (c->pos < c->len && !strchr(",}] \t\r\n", c->s[c->pos]))
			c->pos++;
	}
	if (start)
		*start = c->s + from;
	if (len)
		*len = c->pos - from;
}

/* After a value: past a ',' if one follows; true if the container ends. */
static bool at_end(struct json_cursor *c, char close)
{
	skip_space(c);
	if (c->pos < c->len && c->s[c->pos] == ',') {
		c->pos++;
		skip_space(c);
	}
	if (c->pos >= c->len)
		return true;
	if (c->s[c->pos] == close) {
		c->pos++;
		return true;
	}
	return false;
}

/* Four hex digits, checked already (json.c). */
static unsigned hex4(const char *p)
{
	return (unsigned)(text_hex_digit(p[0]) << 12 | text_hex_digit(p[1]) << 8 |
	                  text_hex_digit(p[2]) << 4 | text_hex_digit(p[3]));
}

/* Unescapes the string s[0..n) (without its quotes) into out. */
static void unescape(struct buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			buf_putc(out, s[i]);
			continue;
		}
		char e = s[++i];
		switch (e) {
		case 'b': buf_putc(out, '\b'); break;
		case 'f': buf_putc(out, '\f'); break;
		case 'n': buf_putc(out, '\n'); break;
		case 'r': buf_putc(out, '\r'); break;
		case 't': buf_putc(out, '\t'); break;
		case 'u':
			if (i + 4 < n) {
				uint32_t cp = hex4(s + i + 1);
				i += 4;
				if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && s[i + 1] == '\\' &&
				    s[i + 2] == 'u') {
					uint32_t lo = hex4(s + i + 3);
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					i += 6;
				}
				text_encode(out, cp);
			}
			break;
		default: buf_putc(out, e); break;
		}
	}
}

bool jsonwalk_member(struct json_cursor *c, char *key, size_t size)
{
	if (at_end(c, '}'))
		return false;
	const char *k;
	size_t n;
	jsonwalk_skip(c, &k, &n);
	struct buf decoded = { 0 };
	if (n >= 2)
		unescape(&decoded, k + 1, n - 2);
	size_t copy = decoded.len < size - 1 ? decoded.len : size - 1;
	if (size) {
		if (copy)
			memcpy(key, decoded.data, copy);
		key[copy] = '\0';
	}
	buf_free(&decoded);
	skip_space(c);
	if (c->pos < c->len && c->s[c->pos] == ':')
		c->pos++;
	skip_space(c);
	return true;
}

bool jsonwalk_element(struct json_cursor *c)
{
	return !at_end(c, ']');
}

enum jsonwalk_excess jsonwalk_within(const char *s, size_t len,
                                     const struct jsonwalk_limits *limit, size_t *at)
{
	struct json_cursor c = { s, len, 0 };
	size_t open[JSON_MAX_DEPTH + 1], items[JSON_MAX_DEPTH + 1], total = 0, text = 0;
	bool empty[JSON_MAX_DEPTH + 1];
	int depth = 0;

	while (c.pos < len) {
		char ch = s[c.pos];
		*at = c.pos;
		if (depth > 0 && !strchr(" \t\r\n]}", ch))
			empty[depth - 1] = false;
		if (ch == '"') {
			skip_string(&c);
			if ((text += c.pos - *at) > limit->text)
				return JSONWALK_TEXT;
			continue;
		}
		if ((ch == '[' || ch == '{') && depth <= JSON_MAX_DEPTH) {
			open[depth] = c.pos;
			items[depth] = 0;
			empty[depth++] = true;
		} else if ((ch == ',' || ch == ']' || ch == '}') && depth > 0) {
			size_t d = (size_t)depth - 1;
			if (ch == ',' || !empty[d]) {
				items[d]++;
				total++;
			}
			if (total > limit->values)
				return JSONWALK_VALUES;
			if (items[d] > limit->items) {
				*at = open[d];
				return JSONWALK_ITEMS;
			}
			if (ch != ',')
				depth--;
		}
		c.pos++;
	}
	return JSONWALK_WITHIN;
}
