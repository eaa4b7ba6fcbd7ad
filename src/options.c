/* options.c — the option table. */
#include "options.h"

#include "util.h"

static const struct option_doc table[] = {
	{ OPT_SECTION, "section", 's', "NAME",
	  "Open on section NAME: about, projects, history, education, incidents, "
	  "testimonials, stack or contact. With --print, print only that section." },
	{ OPT_PRINT, "print", 'p', NULL,
	  "Print the résumé as plain text and exit. This is also what happens when standard "
	  "input or output is not a terminal." },
	{ OPT_WIDTH, "width", 'w', "N",
	  "Wrap printed text at N columns (20 to 1000; default: the terminal's width, else 80)." },
	{ OPT_ASCII, "ascii", 'a', NULL,
	  "Draw with ASCII characters only (the default when the locale is not UTF-8)." },
	{ OPT_NO_COLOR, "no-color", 0, NULL,
	  "Do not use colours (also when the NO_COLOR environment variable is set)." },
	{ OPT_HELP, "help", 'h', NULL, "Show this help and exit." },
	{ OPT_VERSION, "version", 'V', NULL, "Show the version and exit." },
};

const struct option_doc *options_table(size_t *n)
{
	*n = ARRAY_LEN(table);
	return table;
}
