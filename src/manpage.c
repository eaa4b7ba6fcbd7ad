/* manpage.c — a build tool: copies the man page template from standard input
 * to standard output, replacing the lines "@OPTIONS@" and "@KEYS@" with the
 * option and key tables, so that the man page cannot drift from the code.
 * With --readme it copies README.md instead, replacing what stands between
 * "<!-- options -->" and "<!-- /options -->" (and the same for keys) with
 * Markdown tables. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "keys.h"
#include "options.h"
#include "text.h"
#include "util.h"

/* Writes s with roff's special characters escaped, and non-ASCII
 * characters as \[uXXXX], so that the page needs no preprocessor. */
static void roff(const char *s)
{
	size_t len = strlen(s);

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		if (cp == '\\')
			fputs("\\e", stdout);
		else if (cp == '-')
			fputs("\\-", stdout);
		else if ((cp == '.' || cp == '\'') && (i == 0 || s[i - 1] == '\n'))
			fputs("\\&", stdout), putchar((int)cp);
		else if (cp >= 0x80)
			printf("\\[u%04X]", (unsigned)cp);
		else
			putchar((int)cp);
		i += n;
	}
}

static void options(void)
{
	size_t n;
	const struct option_doc *t = options_table(&n);

	for (size_t i = 0; i < n; i++) {
		fputs(".TP\n", stdout);
		if (t[i].short_name)
			printf("\\fB\\-%c\\fR, ", t[i].short_name);
		fputs("\\fB\\-\\-", stdout);
		roff(t[i].name);
		fputs("\\fR", stdout);
		if (t[i].arg) {
			fputs(t[i].arg_optional ? " [\\fI" : " \\fI", stdout);
			roff(t[i].arg);
			fputs(t[i].arg_optional ? "\\fR]" : "\\fR", stdout);
		}
		putchar('\n');
		roff(t[i].what);
		putchar('\n');
	}
}

static void keys(void)
{
	size_t n;
	const struct key_help *h = keys_help(&n);
	struct buf label = { 0 };

	for (size_t i = 0; i < n; i++) {
		buf_clear(&label);
		keys_label(&label, &h[i], false);
		fputs(".TP\n\\fB", stdout);
		roff(label.data);
		fputs("\\fR\n", stdout);
		roff(h[i].what);
		putchar('\n');
	}
	buf_free(&label);
}

/* Writes s for a Markdown table cell. */
static void cell(const char *s)
{
	for (; *s; s++) {
		if (*s == '|')
			fputs("\\|", stdout);
		else
			putchar(*s);
	}
}

static void markdown_options(void)
{
	size_t n;
	const struct option_doc *t = options_table(&n);

	puts("| option | |\n|---|---|");
	for (size_t i = 0; i < n; i++) {
		fputs("| ", stdout);
		if (t[i].short_name)
			printf("`-%c`, ", t[i].short_name);
		printf("`--%s", t[i].name);
		if (t[i].arg)
			printf(t[i].arg_optional ? " [%s]" : " %s", t[i].arg);
		fputs("` | ", stdout);
		cell(t[i].what);
		puts(" |");
	}
}

static void markdown_keys(void)
{
	size_t n;
	const struct key_help *h = keys_help(&n);
	struct buf label = { 0 };

	puts("| key | |\n|---|---|");
	for (size_t i = 0; i < n; i++) {
		buf_clear(&label);
		keys_label(&label, &h[i], true);
		fputs("| `", stdout);
		/* "→ l" becomes `→` `l`; a range "1–9" stays one */
		for (const char *p = label.data; *p; p++)
			fputs(*p == ' ' ? "` `" : (char[]){ *p, 0 }, stdout);
		fputs("` | ", stdout);
		cell(h[i].what);
		puts(" |");
	}
	buf_free(&label);
}

static int readme(void)
{
	char line[4096];
	bool skipping = false;

	while (fgets(line, sizeof line, stdin)) {
		if (skipping) {
			if (strncmp(line, "<!-- /", 6) == 0) {
				fputs(line, stdout);
				skipping = false;
			}
			continue;
		}
		fputs(line, stdout);
		if (strcmp(line, "<!-- options -->\n") == 0)
			markdown_options(), skipping = true;
		else if (strcmp(line, "<!-- keys -->\n") == 0)
			markdown_keys(), skipping = true;
	}
	return ferror(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
	char line[4096];

	if (argc > 1 && strcmp(argv[1], "--readme") == 0)
		return readme();
	while (fgets(line, sizeof line, stdin)) {
		if (strcmp(line, "@OPTIONS@\n") == 0)
			options();
		else if (strcmp(line, "@KEYS@\n") == 0)
			keys();
		else
			fputs(line, stdout);
	}
	return ferror(stdout) ? 1 : 0;
}
