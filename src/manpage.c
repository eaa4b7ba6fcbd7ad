/* manpage.c — a build tool: copies the man page template from standard input
 * to standard output, replacing the lines "@OPTIONS@" and "@KEYS@" with the
 * option and key tables, and "@SCREENS@" and "@ALIASES@" with the screens'
 * titles and other names from the screen table, so that the man page cannot
 * drift from the code.
 * With --readme it copies README.md instead, replacing what stands between
 * "<!-- options -->" and "<!-- /options -->" (and the same for keys) with
 * Markdown tables. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "keys.h"
#include "options.h"
#include "screens.h"
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
	struct buf what = { 0 };

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
		buf_clear(&what);
		options_describe(&what, &t[i]);
		roff(what.data);
		putchar('\n');
	}
	buf_free(&what);
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

/* Writes words in bold as an English list, "a, b and c", and end after the
 * last. */
static void roff_list(const char *const *words, size_t n, const char *end)
{
	for (size_t i = 0; i < n; i++) {
		const char *after = i + 1 == n ? end : i + 2 < n ? "," : "";
		fputs(*after ? ".BR " : ".B ", stdout);
		roff(words[i]);
		printf("%s%s\n", *after ? " " : "", after);
		if (i + 2 == n)
			puts("and");
	}
}

/* "About, Projects, … and Contact," from the screen table. */
static void titles(void)
{
	const char *title[SCREEN_COUNT];

	for (int i = 0; i < SCREEN_COUNT; i++)
		title[i] = screen_title((enum screen_id)i);
	roff_list(title, SCREEN_COUNT, ",");
}

/* "work, references and skills are also accepted, for history,
 * testimonials and stack.", from the screen table. */
static void aliases(void)
{
	const char *alias[SCREEN_COUNT * 2], *name[SCREEN_COUNT * 2];
	size_t n = 0;

	for (int i = 0; i < SCREEN_COUNT; i++) {
		const struct screen_def *def = screen_def((enum screen_id)i);
		for (size_t a = 0; a < ARRAY_LEN(def->aliases) && def->aliases[a]; a++)
			alias[n] = def->aliases[a], name[n++] = def->name;
	}
	if (n == 0)
		return;
	roff_list(alias, n, "");
	puts(n == 1 ? "is also accepted, for" : "are also accepted, for");
	roff_list(name, n, ".");
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
	struct buf what = { 0 };

	puts("| option | |\n|---|---|");
	for (size_t i = 0; i < n; i++) {
		fputs("| ", stdout);
		if (t[i].short_name)
			printf("`-%c`, ", t[i].short_name);
		printf("`--%s", t[i].name);
		if (t[i].arg)
			printf(t[i].arg_optional ? " [%s]" : " %s", t[i].arg);
		fputs("` | ", stdout);
		buf_clear(&what);
		options_describe(&what, &t[i]);
		cell(what.data);
		puts(" |");
	}
	buf_free(&what);
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
		else if (strcmp(line, "@ALIASES@\n") == 0)
			aliases();
		else if (strcmp(line, "@SCREENS@\n") == 0)
			titles();
		else
			fputs(line, stdout);
	}
	return ferror(stdout) ? 1 : 0;
}
