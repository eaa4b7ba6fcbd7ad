/* options.h — the command-line options, described once.
 *
 * main.c parses with this table; --help and the man page's OPTIONS section
 * are printed from it. */
#ifndef PUSHPANDER_OPTIONS_H
#define PUSHPANDER_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

enum option_id {
	OPT_SECTION = 's',
	OPT_PRINT = 'p',
	OPT_WIDTH = 'w',
	OPT_ASCII = 'a',
	OPT_NO_COLOR = 256,
	OPT_VALIDATE,
	OPT_SSH,
	OPT_IDLE_TIMEOUT,
	OPT_NO_MOUSE,
	OPT_GREP = 'g',
	OPT_THEME = 't',
	OPT_LINKS,
	OPT_HELP = 'h',
	OPT_VERSION = 'V',
};

struct option_doc {
	enum option_id id;
	const char *name;   /* long name, without "--" */
	char short_name;    /* or 0 */
	const char *arg;    /* argument's name, or NULL */
	bool arg_optional;  /* the argument may be left out */
	const char *what;
};

const struct option_doc *options_table(size_t *n);

#endif
