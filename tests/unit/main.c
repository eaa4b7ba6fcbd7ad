/* main.c — runs the unit tests listed in tests.h.
 *
 * Usage: unit-tests [SUBSTRING]   runs every test, or those whose name
 * contains SUBSTRING.  Prints one line (or block) per failed check and ends
 * with "unit: N passed, M failed"; exits non-zero if any test failed. */
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "text.h"

struct unit_test {
	const char *name;
	void (*run)(void);
};

#define UNIT_ENTRY(name) { #name, test_##name },
static const struct unit_test tests[] = { UNIT_TESTS(UNIT_ENTRY) };

/* Failures beyond this many in one test are counted, not printed. */
#define MAX_PRINTED 25

static const char *current_test = "";
static int current_failures;

static void failure_header(const char *file, int line)
{
	fprintf(stdout, "%s:%d: %s: ", file, line, current_test);
}

static bool report(void)
{
	current_failures++;
	if (current_failures == MAX_PRINTED + 1)
		fprintf(stdout, "  (%s: further failures not shown)\n", current_test);
	return current_failures <= MAX_PRINTED;
}

void check_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (!report())
		return;
	failure_header(file, line);
	va_start(ap, fmt);
	vfprintf(stdout, fmt, ap);
	va_end(ap);
	fputc('\n', stdout);
	fflush(stdout);
}

bool check_str_equal(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Prints s[0..len) so that the terminal shows exactly what it holds:
 * control bytes and invalid UTF-8 as C escapes, valid UTF-8 as itself. */
static void put_escaped(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)s[i];
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);

		if (c == '\\' || c == '"')
			fprintf(stdout, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20 || c == 0x7F || (cp == TEXT_REPLACEMENT && n == 1 && c >= 0x80) ||
		         (cp >= 0x80 && cp <= 0x9F) || text_is_hidden(cp))
			for (size_t k = 0; k < n; k++)
				fprintf(stdout, "\\x%02X", (unsigned char)s[i + k]);
		else
			fwrite(s + i, 1, n, stdout);
		i += n;
	}
}

static void put_value(const char *label, const char *s)
{
	if (!s) {
		fprintf(stdout, "  %s: NULL\n", label);
		return;
	}
	const char *nl = strchr(s, '\n');
	if (nl && nl[1] != '\0') {
		/* several lines: one per row, so that layouts can be compared */
		fprintf(stdout, "  %s:\n", label);
		while (*s) {
			size_t len = strcspn(s, "\n");
			fputs("    |", stdout);
			put_escaped(s, len);
			fputs("|\n", stdout);
			s += len;
			if (*s == '\n')
				s++;
		}
		return;
	}
	fprintf(stdout, "  %s: \"", label);
	put_escaped(s, strlen(s));
	fputs("\"\n", stdout);
}

void check_fail_str(const char *file, int line, const char *expr_got, const char *expr_want,
                    const char *got, const char *want)
{
	if (!report())
		return;
	failure_header(file, line);
	fprintf(stdout, "CHECK_STR_EQ(%s, %s)\n", expr_got, expr_want);
	put_value("got ", got);
	put_value("want", want);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	int passed = 0, failed = 0, run = 0;

	if (!setlocale(LC_ALL, "C.UTF-8"))
		fputs("unit: warning: cannot set the locale C.UTF-8; width checks will fail\n", stderr);
	for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
		if (filter && !strstr(tests[i].name, filter))
			continue;
		current_test = tests[i].name;
		current_failures = 0;
		tests[i].run();
		run++;
		if (current_failures)
			failed++;
		else
			passed++;
	}
	if (filter && run == 0)
		fprintf(stderr, "unit: no test name contains '%s'\n", filter);
	fprintf(stdout, "unit: %d passed, %d failed\n", passed, failed);
	return failed || run == 0 ? 1 : 0;
}
