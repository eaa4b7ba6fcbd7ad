/* test_jsonwalk.c — walking checked JSON without a tree (jsonwalk.c).
 *
 * Every text is copied into a heap buffer of exactly its length, with no
 * terminating NUL, so that a read past the end shows up under
 * AddressSanitizer; and the cursor is checked never to pass the end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json.h"
#include "jsonwalk.h"
#include "util.h"

/* A heap copy of s without its NUL; the caller frees it. */
static char *exact_copy(const char *s, size_t len)
{
	char *copy = xmalloc(len ? len : 1);
	if (len)
		memcpy(copy, s, len);
	return copy;
}

static void check_valid(const char *s, size_t len)
{
	struct json_error err;
	char *copy = exact_copy(s, len);
	CHECK_MSG(json_check(copy, len, &err), "not valid JSON (%s): %.*s", err.message, (int)len,
	          s);
	free(copy);
}

/* Skips the value at the cursor and checks that its text is want. */
#define CHECK_SKIP(c, want)                                                            \
	do {                                                                           \
		const char *start_ = NULL;                                             \
		size_t len_ = 0;                                                       \
		jsonwalk_skip(&(c), &start_, &len_);                                   \
		CHECK_MSG(len_ == strlen(want) && start_ && memcmp(start_, want, len_) == 0, \
		          "skipped \"%.*s\", want \"%s\"", (int)len_, start_ ? start_ : "", want); \
		CHECK((c).pos <= (c).len);                                             \
	} while (0)

#define CHECK_MEMBER(c, want_key)                                                      \
	do {                                                                           \
		char key_[64] = "unchanged";                                           \
		CHECK_MSG(jsonwalk_member(&(c), key_, sizeof key_), "no member %s", want_key); \
		CHECK_STR_EQ(key_, want_key);                                          \
		CHECK((c).pos <= (c).len);                                             \
	} while (0)

static const char walk_json[] =
	"{ \"a\" : {\"b\":[1, 2.5e3, {\"c\":\"x\\\"]}\"}], \"t\": true},\n"
	"  \"arr\":[ \"s]\" , {\"k\":\"}\\\\\"} , [ [ ] , {} ] , -3, null ],\n"
	"  \"e\" : { } ,\"f\":[],\n"
	"  \"\\u0077ork\":1, \"\\ud83d\\ude00\":false, \"q\\\"\\\\\\/\\n\":\"\\\"\"\t}";

TEST(jsonwalk_members_and_elements)
{
	size_t len = strlen(walk_json);
	check_valid(walk_json, len);
	char *s = exact_copy(walk_json, len);
	struct json_cursor c = { s, len, 0 };
	char key[64];

	CHECK_INT_EQ(jsonwalk_peek(&c), '{');
	jsonwalk_enter(&c);

	/* "a": an object with an array holding an object whose string holds
	 * an escaped quote and closing brackets */
	CHECK_MEMBER(c, "a");
	CHECK_INT_EQ(jsonwalk_peek(&c), '{');
	struct json_cursor inner = c;
	CHECK_SKIP(c, "{\"b\":[1, 2.5e3, {\"c\":\"x\\\"]}\"}], \"t\": true}");
	jsonwalk_enter(&inner);
	CHECK_MEMBER(inner, "b");
	CHECK_INT_EQ(jsonwalk_peek(&inner), '[');
	jsonwalk_enter(&inner);
	CHECK(jsonwalk_element(&inner));
	CHECK_INT_EQ(jsonwalk_peek(&inner), '1');
	CHECK_SKIP(inner, "1");
	CHECK(jsonwalk_element(&inner));
	CHECK_SKIP(inner, "2.5e3");
	CHECK(jsonwalk_element(&inner));
	CHECK_INT_EQ(jsonwalk_peek(&inner), '{');
	jsonwalk_enter(&inner);
	CHECK_MEMBER(inner, "c");
	CHECK_INT_EQ(jsonwalk_peek(&inner), '"');
	CHECK_SKIP(inner, "\"x\\\"]}\"");
	CHECK(!jsonwalk_member(&inner, key, sizeof key));
	CHECK(!jsonwalk_element(&inner));
	CHECK_MEMBER(inner, "t");
	CHECK_INT_EQ(jsonwalk_peek(&inner), 't');
	CHECK_SKIP(inner, "true");
	CHECK(!jsonwalk_member(&inner, key, sizeof key));
	/* the inner walk ends where skipping the whole value did */
	CHECK_INT_EQ(inner.pos, c.pos);

	/* "arr": brackets and braces inside strings, nested empty containers */
	CHECK_MEMBER(c, "arr");
	CHECK_INT_EQ(jsonwalk_peek(&c), '[');
	jsonwalk_enter(&c);
	CHECK(jsonwalk_element(&c));
	CHECK_SKIP(c, "\"s]\"");
	CHECK(jsonwalk_element(&c));
	CHECK_SKIP(c, "{\"k\":\"}\\\\\"}");
	CHECK(jsonwalk_element(&c));
	CHECK_SKIP(c, "[ [ ] , {} ]");
	CHECK(jsonwalk_element(&c));
	CHECK_INT_EQ(jsonwalk_peek(&c), '-');
	CHECK_SKIP(c, "-3");
	CHECK(jsonwalk_element(&c));
	CHECK_INT_EQ(jsonwalk_peek(&c), 'n');
	CHECK_SKIP(c, "null");
	CHECK(!jsonwalk_element(&c));

	/* empty object and array */
	CHECK_MEMBER(c, "e");
	CHECK_INT_EQ(jsonwalk_peek(&c), '{');
	jsonwalk_enter(&c);
	strcpy(key, "unchanged");
	CHECK(!jsonwalk_member(&c, key, sizeof key));
	CHECK_MEMBER(c, "f");
	CHECK_INT_EQ(jsonwalk_peek(&c), '[');
	jsonwalk_enter(&c);
	CHECK(!jsonwalk_element(&c));

	/* keys are unescaped */
	CHECK_MEMBER(c, "work");
	CHECK_SKIP(c, "1");
	CHECK_MEMBER(c, "\xF0\x9F\x98\x80");   /* U+1F600 from a surrogate pair */
	CHECK_INT_EQ(jsonwalk_peek(&c), 'f');
	CHECK_SKIP(c, "false");
	CHECK_MEMBER(c, "q\"\\/\n");
	CHECK_SKIP(c, "\"\\\"\"");
	CHECK(!jsonwalk_member(&c, key, sizeof key));
	CHECK_INT_EQ(c.pos, len);
	CHECK_INT_EQ(jsonwalk_peek(&c), 0);
	CHECK(!jsonwalk_member(&c, key, sizeof key));
	CHECK(!jsonwalk_element(&c));
	CHECK_INT_EQ(c.pos, len);
	free(s);
}

TEST(jsonwalk_keys_are_cut_to_size)
{
	static const char json[] = "{\"abcdef\":1,\"\\u00e9t\\u00E9\":2,\"x\":3}";
	size_t len = strlen(json);
	check_valid(json, len);
	char *s = exact_copy(json, len);
	struct json_cursor c = { s, len, 0 };
	char key[8];

	jsonwalk_enter(&c);
	memset(key, '#', sizeof key);
	CHECK(jsonwalk_member(&c, key, 4));
	CHECK_STR_EQ(key, "abc");
	CHECK_INT_EQ(key[4], '#');                 /* nothing written past size */
	CHECK_SKIP(c, "1");
	CHECK(jsonwalk_member(&c, key, sizeof key));
	CHECK_STR_EQ(key, "\xC3\xA9t\xC3\xA9");    /* été */
	CHECK_SKIP(c, "2");
	CHECK(jsonwalk_member(&c, key, 1));
	CHECK_STR_EQ(key, "");
	CHECK_SKIP(c, "3");
	CHECK(!jsonwalk_member(&c, key, sizeof key));
	CHECK_INT_EQ(c.pos, len);
	free(s);
}

TEST(jsonwalk_scalars_and_white_space)
{
	static const struct {
		const char *json, *skipped;
		char first;
	} cases[] = {
		{ "  \t\r\n\"str\\\"ing\"  ", "\"str\\\"ing\"", '"' },
		{ "0", "0", '0' },
		{ "-0.5E-7\n", "-0.5E-7", '-' },
		{ "\n[]", "[]", '[' },
		{ "{}", "{}", '{' },
		{ "[[[[\"]]]]\"]]]]", "[[[[\"]]]]\"]]]]", '[' },
		{ "{\"\\\\\":\"\\\\\"}", "{\"\\\\\":\"\\\\\"}", '{' },
		{ "\"\"", "\"\"", '"' },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t len = strlen(cases[i].json);
		check_valid(cases[i].json, len);
		char *s = exact_copy(cases[i].json, len);
		struct json_cursor c = { s, len, 0 };
		CHECK_INT_EQ(jsonwalk_peek(&c), cases[i].first);
		CHECK_SKIP(c, cases[i].skipped);
		CHECK_INT_EQ(jsonwalk_peek(&c), 0);
		CHECK_INT_EQ(c.pos, len);
		/* without start and len */
		c.pos = 0;
		jsonwalk_skip(&c, NULL, NULL);
		CHECK_INT_EQ(jsonwalk_peek(&c), 0);
		free(s);
	}
	/* nothing at all */
	char *s = exact_copy("", 0);
	struct json_cursor c = { s, 0, 0 };
	CHECK_INT_EQ(jsonwalk_peek(&c), 0);
	jsonwalk_enter(&c);
	CHECK(!jsonwalk_element(&c));
	CHECK_INT_EQ(c.pos, 0);
	free(s);
}

/* Walks the value at the cursor the way a reader would, everything in it
 * entered; checks the cursor at every step. */
static void walk_all(struct json_cursor *c, int depth, int *steps)
{
	char key[16];
	char first = jsonwalk_peek(c);

	CHECK_MSG(c->pos <= c->len, "cursor %zu past the end %zu", c->pos, c->len);
	if (++*steps > 10000 || depth > 80)
		return;
	if (first == '{') {
		jsonwalk_enter(c);
		while (jsonwalk_member(c, key, sizeof key) && *steps <= 10000) {
			CHECK_MSG(c->pos <= c->len, "cursor %zu past the end %zu", c->pos, c->len);
			walk_all(c, depth + 1, steps);
		}
	} else if (first == '[') {
		jsonwalk_enter(c);
		while (jsonwalk_element(c) && *steps <= 10000) {
			CHECK_MSG(c->pos <= c->len, "cursor %zu past the end %zu", c->pos, c->len);
			walk_all(c, depth + 1, steps);
		}
	} else {
		jsonwalk_skip(c, NULL, NULL);
	}
	CHECK_MSG(c->pos <= c->len, "cursor %zu past the end %zu", c->pos, c->len);
}

/* Cut short anywhere, a checked text is not valid any more, and the walk's
 * results are unspecified: but it reads nothing past the end, and the
 * cursor stays within it. */
TEST(jsonwalk_stays_in_bounds)
{
	const char *texts[] = {
		walk_json,
		"[\"a\\\"]}\", \"\\u0041\", {\"\\\\\":[]}]",
		"{\"k\\u00e9y\\ud83d\\ude00\":\"v\\\\\"}",
	};
	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		size_t full = strlen(texts[t]);
		for (size_t len = 0; len <= full; len++) {
			char *s = exact_copy(texts[t], len);
			struct json_cursor c = { s, len, 0 };
			int steps = 0;
			walk_all(&c, 0, &steps);
			CHECK_MSG(steps <= 10000, "text %zu cut to %zu: the walk does not end", t, len);
			CHECK_MSG(c.pos <= len, "text %zu cut to %zu: cursor at %zu", t, len, c.pos);
			/* skipping from every offset */
			for (size_t from = 0; from < len; from++) {
				const char *start = NULL;
				size_t n = 0;
				c.pos = from;
				jsonwalk_skip(&c, &start, &n);
				CHECK_MSG(c.pos <= len && start >= s && start + n <= s + len,
				          "text %zu cut to %zu, skip from %zu: cursor %zu, span %zu+%zu",
				          t, len, from, c.pos, start ? (size_t)(start - s) : 0, n);
			}
			free(s);
		}
	}
}
