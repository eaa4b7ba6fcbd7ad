/* check.h — a tiny unit-test framework.
 *
 * A test is a function "void test_NAME(void)" listed once in tests.h.  The
 * CHECK macros record a failure with file:line and the values, then carry
 * on, so one run shows every broken expectation of a test.  main.c runs the
 * tests and counts a test as failed when any of its checks failed.
 *
 * Convention: the first argument of CHECK_INT_EQ and CHECK_STR_EQ is what
 * the code produced, the second what it should have produced. */
#ifndef PUSHPANDER_CHECK_H
#define PUSHPANDER_CHECK_H

#include <stdbool.h>

#include "tests.h"

#define TEST(name) void test_##name(void)

void check_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void check_fail_str(const char *file, int line, const char *expr_got, const char *expr_want,
                    const char *got, const char *want);
bool check_str_equal(const char *a, const char *b);

#define CHECK(cond)                                                                  \
	do {                                                                         \
		if (!(cond))                                                         \
			check_fail(__FILE__, __LINE__, "CHECK(%s)", #cond);          \
	} while (0)

/* CHECK with a printf-style note, for checks inside loops. */
#define CHECK_MSG(cond, ...)                                                         \
	do {                                                                         \
		if (!(cond))                                                         \
			check_fail(__FILE__, __LINE__, __VA_ARGS__);                 \
	} while (0)

#define CHECK_INT_EQ(got, want)                                                      \
	do {                                                                         \
		long long check_got_ = (long long)(got), check_want_ = (long long)(want); \
		if (check_got_ != check_want_)                                       \
			check_fail(__FILE__, __LINE__, "CHECK_INT_EQ(%s, %s): got %lld, want %lld", \
			           #got, #want, check_got_, check_want_);            \
	} while (0)

/* NULL is a value here: two NULLs are equal, NULL and "" are not. */
#define CHECK_STR_EQ(got, want)                                                      \
	do {                                                                         \
		const char *check_got_ = (got), *check_want_ = (want);               \
		if (!check_str_equal(check_got_, check_want_))                       \
			check_fail_str(__FILE__, __LINE__, #got, #want, check_got_, check_want_); \
	} while (0)

#endif
