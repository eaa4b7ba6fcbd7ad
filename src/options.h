/* options.h — the command-line options, described once.
 *
 * main.c parses with this table; --help and the man page's OPTIONS section
 * are printed from it.  The values an argument takes (sections, themes)
 * come from their own tables, so no list of them is written twice. */
#ifndef PUSHPANDER_OPTIONS_H
#define PUSHPANDER_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

enum option_id {
	OPT_SECTION = 's',
	OPT_PRINT = 'p',
	OPT_WIDTH = 'w',
	OPT_ASCII = 'a',
	OPT_NO_COLOR = 256,
	OPT_VALIDATE,
	OPT_SSH,
	OPT_IDLE_TIMEOUT,
	OPT_MAX_SESSION,
	OPT_SLOTS,
	OPT_NO_MOUSE,
	OPT_WATCH,
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
	/* appends the values the argument can take, from their own table
	 * ("about, …, stack or contact"), or NULL */
	void (*values)(struct buf *out);
	const char *what;   /* said of it; the values, if any, follow */
};

const struct option_doc *options_table(size_t *n);

/* Appends what --help and the man page say of o: what, then its values
 * and a full stop. */
void options_describe(struct buf *out, const struct option_doc *o);

#endif
