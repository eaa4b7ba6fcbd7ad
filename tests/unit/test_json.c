/* test_json.c — the strict JSON checker (json.c).
 *
 * Every input is copied into a heap buffer of exactly its length, so that a
 * read past the end shows up under AddressSanitizer.  The expected offsets,
 * lines and columns were counted by hand (the comments show the counting
 * where it is not obvious), not copied from the checker's output. */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json.h"
#include "util.h"

/* Runs json_check on a copy of s[0..len) that has nothing after it. */
static bool check_exact(const char *s, size_t len, struct json_error *err)
{
	char *copy = xmalloc(len);

	if (len)
		memcpy(copy, s, len);
	memset(err, 0, sizeof *err);
	bool ok = json_check(copy, len, err);
	free(copy);
	return ok;
}

struct bad_case {
	int line_in_source;
	const char *json;
	size_t len;
	size_t offset, line, column;
	const char *message;
};

#define BAD(json, offset, line, column, message) \
	{ __LINE__, json, sizeof(json) - 1, offset, line, column, message }

static const struct bad_case bad_cases[] = {
	/* the file as a whole */
	BAD("", 0, 1, 1, "empty file"),
	BAD(" \n\t\r\n ", 0, 1, 1, "empty file"),
	BAD("\xEF\xBB\xBF{}", 0, 1, 1, "starts with a UTF-8 byte order mark; save the file without it"),
	BAD("\xFF\xFE{\0}\0", 0, 1, 1, "the file is UTF-16 (or UTF-32); save it as UTF-8"),
	BAD("\xFE\xFF\0{\0}", 0, 1, 1, "the file is UTF-16 (or UTF-32); save it as UTF-8"),
	BAD("{\0\"\0", 0, 1, 1, "the file is UTF-16 (or UTF-32); save it as UTF-8"),
	BAD("\0\0\0\0\0\0", 0, 1, 1, "the file contains NUL bytes; it is not UTF-8 text"),
	BAD("{} x", 3, 1, 4, "unexpected text after the end of the document"),
	BAD("{}}", 2, 1, 3, "unexpected text after the end of the document"),
	BAD("1 2", 2, 1, 3, "unexpected text after the end of the document"),
	BAD("{\"a\":1}\0", 7, 1, 8, "unexpected text after the end of the document"),
	BAD("[1]\xEF\xBB\xBF", 3, 1, 4, "unexpected text after the end of the document"),

	/* white space is space, tab, CR and LF only; other bytes are named */
	BAD("\v{}", 0, 1, 1, "unexpected control character U+000B"),
	BAD("{\"a\":\f1}", 5, 1, 6, "unexpected control character U+000C"),
	BAD("[\x7F]", 1, 1, 2, "unexpected control character U+007F"),
	BAD("[\xC3\xA9]", 1, 1, 2, "unexpected character U+00E9"),
	BAD("[\xFF]", 1, 1, 2, "unexpected byte 0xFF (invalid UTF-8)"),
	BAD("[\xC3]", 1, 1, 2, "unexpected byte 0xC3 (invalid UTF-8)"),
	BAD("{\"a\":\xC2\xA0" "1}", 5, 1, 6, "unexpected character U+00A0 (a no-break space)"),
	BAD("{\xE2\x80\x9C" "a\xE2\x80\x9D: 1}", 1, 1, 2,
	    "unexpected character U+201C (a curly quote; use '\"')"),
	BAD("[\xE2\x80\x8B]", 1, 1, 2, "unexpected character U+200B (a zero-width space)"),
	BAD("  \xEF\xBB\xBF{}", 2, 1, 3, "unexpected character U+FEFF (a byte order mark)"),
	BAD("[1, // c\n2]", 4, 1, 5, "comments are not allowed in JSON"),

	/* words */
	BAD("tru", 0, 1, 1, "unknown word 'tru'"),
	BAD("[True]", 1, 1, 2, "unknown word 'True'; write it in lower case"),
	BAD("[nul]", 1, 1, 2, "unknown word 'nul'"),
	BAD("[truex]", 1, 1, 2, "unknown word 'truex'"),
	BAD("{\"x\": NaN}", 6, 1, 7, "unknown word 'NaN'; JSON has no NaN or Infinity"),
	BAD("[undefined]", 1, 1, 2, "unknown word 'undefined'"),
	BAD("[abcdefghijklmnopqrstuvwxyz]", 1, 1, 2, "unknown word 'abcdefghijklmnopqrstuvwx...'"),

	/* strings: control characters */
	BAD("\"a\nb\"", 2, 1, 3, "control character U+000A in a string; write it as \\n"),
	BAD("[\"tab\there\"]", 5, 1, 6, "control character U+0009 in a string; write it as \\t"),
	BAD("[\"\r\"]", 2, 1, 3, "control character U+000D in a string; write it as \\r"),
	BAD("\"\x01\"", 1, 1, 2, "control character U+0001 in a string; write it as \\u0001"),
	BAD("[\"\x1F\"]", 2, 1, 3, "control character U+001F in a string; write it as \\u001F"),
	BAD("[\"abc\0\"]", 5, 1, 6, "control character U+0000 in a string; NUL is not allowed"),
	/* strings: the end */
	BAD("[\"abc", 1, 1, 2, "unterminated string"),
	BAD("\"abc\\", 0, 1, 1, "unterminated string"),
	BAD("[\"\\u12", 1, 1, 2, "unterminated string"),
	BAD("[\"\\uD83D", 1, 1, 2, "unterminated string"),
	/* strings: escapes */
	BAD("[\"a\\qb\"]", 3, 1, 4, "invalid escape '\\q'"),
	BAD("[\"\\x41\"]", 2, 1, 3, "invalid escape '\\x'"),
	BAD("[\"\\'\"]", 2, 1, 3, "invalid escape '\\''"),
	BAD("[\"a\\\xC3\xA9\"]", 3, 1, 4, "invalid escape: '\\' followed by U+00E9"),
	BAD("[\"\\\n\"]", 2, 1, 3, "invalid escape: '\\' followed by U+000A"),
	BAD("[\"\\u12G4\"]", 2, 1, 3, "\\u needs four hex digits"),
	BAD("[\"\\u12\"]", 2, 1, 3, "\\u needs four hex digits"),
	BAD("[\"\\U0041\"]", 2, 1, 3, "invalid escape '\\U'"),
	/* strings: surrogates and NUL */
	BAD("[\"\\uD83D\"]", 2, 1, 3, "unpaired surrogate \\uD83D"),
	BAD("[\"\\ud83dx\"]", 2, 1, 3, "unpaired surrogate \\uD83D"),
	BAD("[\"\\uD83D\\u0041\"]", 2, 1, 3, "unpaired surrogate \\uD83D"),
	BAD("[\"\\uD83D\\uD83D\"]", 2, 1, 3, "unpaired surrogate \\uD83D"),
	BAD("[\"\\uDD25\"]", 2, 1, 3, "unpaired surrogate \\uDD25"),
	/* [0 "1 \2 u3 0 4 0 5 e6 9 7 \8 */
	BAD("[\"\\u00e9\\uDC00\"]", 8, 1, 9, "unpaired surrogate \\uDC00"),
	BAD("[\"\\uD83D\\u12\"]", 8, 1, 9, "\\u needs four hex digits"),
	BAD("{\"k\":\"\\u0000\"}", 6, 1, 7, "\\u0000 (NUL) is not allowed in a string"),
	BAD("{\"\\u0000\":1}", 2, 1, 3, "\\u0000 (NUL) is not allowed in a string"),
	/* strings: UTF-8 */
	BAD("[\"\xC3\"]", 2, 1, 3, "invalid UTF-8 (byte 0xC3)"),                 /* truncated */
	BAD("[\"\xC0\xAF\"]", 2, 1, 3, "invalid UTF-8 (byte 0xC0)"),             /* overlong */
	BAD("[\"\xE0\x80\xAF\"]", 2, 1, 3, "invalid UTF-8 (byte 0xE0)"),         /* overlong */
	BAD("[\"\xED\xA0\x80\"]", 2, 1, 3, "invalid UTF-8 (byte 0xED)"),         /* surrogate */
	BAD("[\"\xF4\x90\x80\x80\"]", 2, 1, 3, "invalid UTF-8 (byte 0xF4)"),     /* > U+10FFFF */
	BAD("[\"\xF8\x88\x80\x80\x80\"]", 2, 1, 3, "invalid UTF-8 (byte 0xF8)"), /* 5 bytes */
	BAD("[\"ok\x80\"]", 4, 1, 5, "invalid UTF-8 (byte 0x80)"),               /* stray */
	BAD("[\"\xE2\x82\"]", 2, 1, 3, "invalid UTF-8 (byte 0xE2)"),             /* truncated */
	BAD("[\"\xF0\x9F\x94", 2, 1, 3, "invalid UTF-8 (byte 0xF0)"),            /* cut by the end */

	/* numbers */
	BAD("{\"a\": 01}", 7, 1, 8, "leading zero in a number"),
	BAD("[00]", 2, 1, 3, "leading zero in a number"),
	BAD("[-01]", 3, 1, 4, "leading zero in a number"),
	BAD("-", 1, 1, 2, "expected a digit after '-'"),
	BAD("[-]", 2, 1, 3, "expected a digit after '-'"),
	BAD("[-Infinity]", 2, 1, 3, "expected a digit after '-'"),
	BAD("[2.]", 3, 1, 4, "expected a digit after '.'"),
	BAD("[1.e5]", 3, 1, 4, "expected a digit after '.'"),
	BAD("[1e]", 3, 1, 4, "expected a digit in the exponent"),
	BAD("[1e+]", 4, 1, 5, "expected a digit in the exponent"),
	BAD("1E", 2, 1, 3, "expected a digit in the exponent"),
	BAD("[+1]", 1, 1, 2, "a number cannot start with '+'"),
	BAD("[.5]", 1, 1, 2, "a number cannot start with '.'"),
	BAD("[0x1F]", 2, 1, 3, "hexadecimal numbers are not allowed"),
	BAD("[1.2.3]", 4, 1, 5, "unexpected '.' in a number"),
	BAD("[12px]", 3, 1, 4, "unexpected 'p' in a number"),

	/* objects */
	BAD("{1:2}", 1, 1, 2, "expected a string key or '}'"),
	BAD("{a:1}", 1, 1, 2, "a key must be a string in double quotes"),
	BAD("{'a':1}", 1, 1, 2, "use double quotes, not single quotes"),
	BAD("{\"a\" 1}", 5, 1, 6, "expected ':' after the key"),
	BAD("{\"a\":1 \"b\":2}", 7, 1, 8, "expected ',' or '}'"),
	BAD("{\"a\":1]", 6, 1, 7, "expected ',' or '}'"),
	BAD("{\"a\":1,}", 7, 1, 8, "trailing comma before '}'"),
	BAD("{\"a\":1,\n}", 8, 2, 1, "trailing comma before '}'"),
	BAD("{\"a\":1,2}", 7, 1, 8, "expected a string key"),
	BAD("{\"a\":}", 5, 1, 6, "expected a value, not '}'"),

	/* duplicate keys: at the second occurrence's opening quote */
	BAD("{\"name\":1,\"name\":2}", 10, 1, 11, "duplicate key \"name\" (first at 1:2)"),
	BAD("{\"a\":1,\"\\u0061\":2}", 7, 1, 8, "duplicate key \"a\" (first at 1:2)"),
	BAD("{\"\":1,\"\":2}", 6, 1, 7, "duplicate key \"\" (first at 1:2)"),
	/* {0 "1 a2 "3 :4 1 5 ,6 "7 b8 "9 :10 2 11 ,12 "13 */
	BAD("{\"a\":1,\"b\":2,\"a\":3,\"a\":4}", 13, 1, 14, "duplicate key \"a\" (first at 1:2)"),
	/* {0 "1 c2 a3 f4 \5 u6 0 7 0 8 e9 9 10 "11 :12 1 13 ,14 "15 */
	BAD("{\"caf\\u00e9\":1,\"caf\xC3\xA9\":2}", 15, 1, 16,
	    "duplicate key \"caf\xC3\xA9\" (first at 1:2)"),
	BAD("{\"a\\nb\":1,\"a\\nb\":2}", 10, 1, 11, "duplicate key \"a\\nb\" (first at 1:2)"),
	/* {0 "1 \uD83D2-7 \uDD258-13 "14 :15 1 16 ,17 "18 */
	BAD("{\"\\uD83D\\uDD25\":1,\"\xF0\x9F\x94\xA5\":2}", 18, 1, 19,
	    "duplicate key \"\xF0\x9F\x94\xA5\" (first at 1:2)"),
	/* {0 \r1 \n2 ' '3 "4 k5 "6 :7 ' '8 1 9 ,10 \r11 \n12 ' '13 "14 */
	BAD("{\r\n \"k\": 1,\r\n \"k\": 2\r\n}", 14, 3, 2, "duplicate key \"k\" (first at 2:2)"),
	/* the inner object closes first, but the outer duplicate comes first */
	BAD("{\"a\":1,\"a\":{\"b\":1,\"b\":2}}", 7, 1, 8, "duplicate key \"a\" (first at 1:2)"),
	/* a duplicate before a syntax error wins, also in an object left open */
	BAD("{\"a\":{\"b\":1,\"b\":2},\"c\":01}", 12, 1, 13, "duplicate key \"b\" (first at 1:7)"),
	BAD("{\"a\":1,\"a\":2,\"b\":[1,]}", 7, 1, 8, "duplicate key \"a\" (first at 1:2)"),
	BAD("[{\"a\":1,\"a\":2", 8, 1, 9, "duplicate key \"a\" (first at 1:3)"),
	/* a syntax error before a duplicate wins */
	BAD("{\"a\":01,\"a\":2}", 6, 1, 7, "leading zero in a number"),

	/* arrays */
	BAD("[1 2]", 3, 1, 4, "expected ',' or ']'"),
	BAD("[\"a\" \"b\"]", 5, 1, 6, "expected ',' or ']'"),
	BAD("[1}", 2, 1, 3, "expected ',' or ']'"),
	BAD("[1,]", 3, 1, 4, "trailing comma before ']'"),
	BAD("[1,\n]", 4, 2, 1, "trailing comma before ']'"),
	BAD("[1,,2]", 3, 1, 4, "expected a value, not ','"),
	BAD("[,1]", 1, 1, 2, "expected a value, not ','"),
	BAD("]", 0, 1, 1, "expected a value, not ']'"),

	/* the end of the input inside an array or object */
	BAD("[1,", 3, 1, 4, "unexpected end of file; the '[' at 1:1 is not closed"),
	BAD("{\"a\":[1,2]", 10, 1, 11, "unexpected end of file; the '{' at 1:1 is not closed"),
	BAD("{\"a\"", 4, 1, 5, "unexpected end of file; the '{' at 1:1 is not closed"),
	BAD("{\"a\":", 5, 1, 6, "unexpected end of file; the '{' at 1:1 is not closed"),
	/* 2 + 12 + 11 bytes; the '{' on line 3 is closed, the '[' is not */
	BAD("[\n  {\"a\": 1},\n  {\"b\": 2}\n", 25, 4, 1,
	    "unexpected end of file; the '[' at 1:1 is not closed"),
	BAD("[\n  {\"a\": 1,\n", 13, 3, 1, "unexpected end of file; the '{' at 2:3 is not closed"),

	/* lines and columns */
	BAD("{\r\n\"a\": 01}", 9, 2, 7, "leading zero in a number"),  /* CR LF: one break */
	BAD("{\r\"a\": 01}", 8, 2, 7, "leading zero in a number"),    /* a lone CR breaks too */
	BAD("{\n\r\n\"a\": 01}", 10, 3, 7, "leading zero in a number"),
	BAD("{\n\n\t\"a\": tru}", 9, 3, 7, "unknown word 'tru'"),      /* a tab is one column */
	/* [0 "1 é2-3 €4-6 🔥7-10 "11 ,12 ' '13 0 14 1 15; one column each */
	BAD("[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\xA5\", 01]", 15, 1, 10, "leading zero in a number"),
	/* "0, then 8 two-byte escapes at 1..16, "17, ' '18, x19 */
	BAD("\"\\/\\b\\f\\n\\r\\t\\\"\\\\\" x", 19, 1, 20, "unexpected text after the end of the document"),
};

TEST(json_rejects_malformed)
{
	for (size_t i = 0; i < ARRAY_LEN(bad_cases); i++) {
		const struct bad_case *t = &bad_cases[i];
		struct json_error err;
		int at = t->line_in_source;

		if (check_exact(t->json, t->len, &err)) {
			check_fail(__FILE__, at, "json_check accepted the input of line %d", at);
			continue;
		}
		if (err.offset != t->offset || err.line != t->line || err.column != t->column)
			check_fail(__FILE__, at, "offset %zu at %zu:%zu; want offset %zu at %zu:%zu (%s)",
			           err.offset, err.line, err.column, t->offset, t->line, t->column,
			           err.message);
		if (strcmp(err.message, t->message) != 0)
			check_fail_str(__FILE__, at, "err.message", "t->message", err.message, t->message);
	}
	CHECK(ARRAY_LEN(bad_cases) >= 40);
}

static const char *const good_cases[] = {
	"{}", "[]", " \t\r\n{ } \r\n", "0", "-0", "1e10", "1.5E-3", "0.0", "-0.0e+00", "1E+2",
	"123456789012345678901234567890.5e-999", "\"\"", "true", "false", "null", "[true,false,null]",
	"{\"a\":[1,2,{\"b\":null}],\"c\":{\"d\":{}},\"e\":[[],[[]]]}",
	"[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDD25 \\ud83d\\udd25 \\uFFFF\"]",
	"\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\xA5\x7F\xEF\xBF\xBD\xF4\x8F\xBF\xBF\"",
	"\"\xEF\xBB\xBF\"", /* U+FEFF inside a string is just a character */
	"\"\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\"",
	/* keys: the same key in different objects, keys that only look alike */
	"{\"a\":{\"a\":1},\"b\":{\"a\":2},\"c\":[{\"a\":1},{\"a\":1}]}",
	"{\"a\":1,\"A\":2,\"ab\":3,\"a \":4,\"\\u00e9\":5,\"e\":6,\"\\u00e8\":7}",
	"{\"\\uD83D\\uDD25\":1,\"\\uD83D\\uDD26\":2,\"\":3}",
	"{\"a\":{\"b\":1},\"b\":{\"a\":1}}",
	"\n\n  {\"x\"  :  [ 1 , 2 ]  }  \n",
};

TEST(json_accepts_valid)
{
	for (size_t i = 0; i < ARRAY_LEN(good_cases); i++) {
		struct json_error err;
		if (!check_exact(good_cases[i], strlen(good_cases[i]), &err))
			CHECK_MSG(false, "good_cases[%zu] rejected at %zu:%zu: %s", i, err.line,
			          err.column, err.message);
	}
}

/* depth opening brackets (alternating '[' and '{"k":'), then their closers. */
static char *nested(int depth, size_t *len)
{
	struct buf b = {0};

	for (int i = 0; i < depth; i++)
		buf_puts(&b, i % 2 ? "{\"k\":" : "[");
	buf_puts(&b, "0");
	for (int i = depth - 1; i >= 0; i--)
		buf_puts(&b, i % 2 ? "}" : "]");
	*len = b.len;
	return b.data;
}

TEST(json_nesting_limit)
{
	struct json_error err;
	size_t len;
	char *s = nested(JSON_MAX_DEPTH, &len);

	CHECK_MSG(check_exact(s, len, &err), "64 levels rejected: %s", err.message);
	free(s);

	/* the 65th opener is a '[' (index 64 is even), at offset 32*1 + 32*5 */
	s = nested(JSON_MAX_DEPTH + 1, &len);
	CHECK(!check_exact(s, len, &err));
	CHECK_INT_EQ(err.offset, 32 * 1 + 32 * 5);
	CHECK_INT_EQ(err.line, 1);
	CHECK_INT_EQ(err.column, 32 * 1 + 32 * 5 + 1);
	CHECK_STR_EQ(err.message, "nested deeper than 64 levels");
	free(s);

	/* far deeper than the limit: no recursion to run out of */
	size_t deep = 1000000;
	s = xmalloc(deep);
	memset(s, '[', deep);
	CHECK(!check_exact(s, deep, &err));
	CHECK_INT_EQ(err.offset, JSON_MAX_DEPTH);
	free(s);
}

/* {"k0":0,"k1":1,...} with n keys; *last_key is the offset of the last key. */
static char *many_keys(size_t n, size_t *len, size_t *last_key)
{
	struct buf b = {0};
	char item[48];

	buf_putc(&b, '{');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_putc(&b, ',');
		*last_key = b.len;
		snprintf(item, sizeof item, "\"k%zu\":%zu", i, i);
		buf_puts(&b, item);
	}
	buf_putc(&b, '}');
	*len = b.len;
	return b.data;
}

TEST(json_big_object_keys)
{
	struct json_error err;
	size_t len, last;
	char *s = many_keys(200000, &len, &last);

	CHECK_MSG(check_exact(s, len, &err), "200k distinct keys rejected: %s", err.message);
	free(s);

	/* the same with "k12345" repeated as the last key */
	s = many_keys(200000, &len, &last);
	struct buf b = {0};
	buf_append(&b, s, len - 1);
	size_t dup_at = b.len + 1;
	buf_puts(&b, ",\"k12345\":0}");
	free(s);
	CHECK(!check_exact(b.data, b.len, &err));
	CHECK_INT_EQ(err.offset, dup_at);
	CHECK_INT_EQ(err.line, 1);
	CHECK_INT_EQ(err.column, dup_at + 1);
	/* {"k0":0 is 7 bytes, then ,"kI":I is 5 + 2 * digits(I) bytes for I = 1..12344
	 * (9 of 1 digit, 90 of 2, 900 of 3, 9000 of 4, 2345 of 5); the first "k12345"
	 * starts after them and its ',' */
	size_t first = 7 + 5 * 12344 + 2 * (9 * 1 + 90 * 2 + 900 * 3 + 9000 * 4 + 2345 * 5) + 1;
	char want[80];
	snprintf(want, sizeof want, "duplicate key \"k12345\" (first at 1:%zu)", first + 1);
	CHECK_STR_EQ(err.message, want);
	buf_free(&b);
}

TEST(json_long_duplicate_key_is_cut)
{
	struct buf b = {0};
	struct json_error err;

	for (int k = 0; k < 2; k++) {
		buf_puts(&b, k ? ",\"" : "{\"");
		buf_repeat(&b, "x", 100);
		buf_puts(&b, "\":1");
	}
	buf_puts(&b, "}");
	CHECK(!check_exact(b.data, b.len, &err));
	CHECK_INT_EQ(err.offset, 2 + 100 + 4); /* {" x*100 ":1, then the second " */
	struct buf want = {0};
	buf_puts(&want, "duplicate key \"");
	buf_repeat(&want, "x", 60);
	buf_puts(&want, "...\" (first at 1:2)");
	CHECK_STR_EQ(err.message, want.data);
	buf_free(&b);
	buf_free(&want);
}

/* Every proper prefix of an object is invalid; none is read past its end
 * (ASan), and the reported offset is never past it. */
TEST(json_prefixes_fail_in_bounds)
{
	static const char doc[] =
		"{\"name\": \"Dw\\u0069ght \\uD83D\\uDD25 caf\xC3\xA9\", \"n\": [-0.5e+3, 10, true, "
		"false, null], \"o\": {\"a\\\"b\": \"\\\\\"}}";
	struct json_error err;
	size_t len = sizeof doc - 1;

	CHECK_MSG(check_exact(doc, len, &err), "the whole document: %s", err.message);
	for (size_t n = 0; n < len; n++) {
		bool ok = check_exact(doc, n, &err);
		CHECK_MSG(!ok, "prefix of %zu bytes accepted", n);
		CHECK_MSG(ok || err.offset <= n, "prefix of %zu bytes: offset %zu", n, err.offset);
		CHECK_MSG(ok || err.message[0], "prefix of %zu bytes: no message", n);
	}
}

/* A tiny deterministic generator, so that failures repeat. */
static unsigned long long rng_state = 88172645463325252ull;
static unsigned next_random(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (unsigned)(rng_state >> 32);
}

/* Mutates a valid document many times: whatever json_check accepts, cJSON
 * must parse to the end; whatever it rejects has an offset within the input
 * and a message. */
TEST(json_mutations_agree_with_cjson)
{
	static const char doc[] =
		"{\"basics\": {\"name\": \"A \\u00e9\", \"n\": [1, -2.5e3, 0, true, null]},\n"
		" \"work\": [{\"k\": \"\\uD83D\\uDD25\", \"x\": {}}, [], \"caf\xC3\xA9\"]}\n";
	static const char alphabet[] = "{}[],:\"\\0123456789-+.eEtrufalsn \t\r\n/u'x\x01\x80\xC3\xA9";
	size_t len = sizeof doc - 1;
	int accepted = 0;

	for (int round = 0; round < 20000; round++) {
		char s[sizeof doc + 8];
		size_t n = len;
		memcpy(s, doc, len);
		for (int edits = 1 + (int)(next_random() % 3); edits > 0; edits--) {
			size_t at = next_random() % n;
			char ch = alphabet[next_random() % (sizeof alphabet - 1)];
			switch (next_random() % 3) {
			case 0: s[at] = ch; break;
			case 1: memmove(s + at, s + at + 1, n - at - 1); n--; break;
			default:
				if (n < sizeof s) {
					memmove(s + at + 1, s + at, n - at);
					s[at] = ch;
					n++;
				}
			}
		}
		struct json_error err;
		if (check_exact(s, n, &err)) {
			const char *end = NULL;
			cJSON *root = cJSON_ParseWithLengthOpts(s, n, &end, 0);
			CHECK_MSG(root != NULL, "round %d: accepted, but cJSON cannot parse it", round);
			cJSON_Delete(root);
			accepted++;
		} else {
			CHECK_MSG(err.offset <= n && err.message[0], "round %d: offset %zu of %zu", round,
			          err.offset, n);
		}
	}
	CHECK(accepted > 0);
}

/* One count of lines and columns for every position reported: LF, CR LF
 * (once) and a lone CR end a line; columns count characters. */
TEST(json_line_column_counts_line_ends)
{
	static const struct {
		const char *text;
		size_t offset, line, column;
	} cases[] = {
		{ "", 0, 1, 1 },
		{ "ab", 2, 1, 3 },
		{ "a\nb", 2, 2, 1 },
		{ "a\r\nb", 3, 2, 1 },       /* CR LF: one line end */
		{ "a\r\nb", 2, 2, 1 },       /* between its CR and LF: already the next line */
		{ "a\rb", 2, 2, 1 },          /* a lone CR */
		{ "\r\r\n\n x", 5, 4, 2 },
		{ "\n\r", 2, 3, 1 },         /* LF CR: two line ends */
		{ "é漢x", 5, 1, 3 },          /* characters, not bytes */
		{ "\xFF\xFEx", 2, 1, 3 },     /* an invalid byte is one */
		{ "a\xE6\xBC", 2, 1, 3 },     /* cut by offset: one byte, none past it read */
	};

	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		size_t line = 0, column = 0;
		json_line_column(cases[i].text, cases[i].offset, &line, &column);
		CHECK_MSG(line == cases[i].line && column == cases[i].column,
		          "case %zu: %zu:%zu, want %zu:%zu", i, line, column, cases[i].line,
		          cases[i].column);
	}
}
