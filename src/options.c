/* options.c — the option table. */
#include "options.h"

#include "screens.h"
#include "theme.h"
#include "util.h"

static void section_values(struct buf *out)
{
	screen_names(out, " or ");
}

static void theme_values(struct buf *out)
{
	theme_names(out, " or ", true);
}

static const struct option_doc table[] = {
	{ OPT_SECTION, "section", 's', "NAME", false, section_values,
	  "Open on section NAME; with --print, print only that section. NAME is one of" },
	{ OPT_PRINT, "print", 'p', "SECTION", true, NULL,
	  "Print the résumé (or only SECTION) as plain text and exit. This is also what "
	  "happens when standard input or output is not a terminal. A FILE named like a "
	  "section must be written with a slash: ./incidents." },
	{ OPT_GREP, "grep", 'g', "TEXT", false, NULL,
	  "Print only the lines that contain TEXT (ignoring case), each after the name of its "
	  "section, and exit; status 1 when no line does. Implies --print." },
	{ OPT_VALIDATE, "validate", 0, NULL, false, NULL,
	  "Check FILE and list every problem: syntax errors as FILE:LINE:COLUMN, fields of the "
	  "wrong type and impossible values (a date that does not exist, an endDate before its "
	  "startDate, an e-mail address or URL that cannot be right, a country code that is not "
	  "two letters, an unknown severity) by their JSON path. An unknown key close to a known "
	  "one is noted with a suggestion; other unknown keys are counted, as JSON Resume allows "
	  "extensions. Exits 0 when there are no problems (notes alone are fine), else 65." },
	{ OPT_WATCH, "watch", 0, NULL, false, NULL,
	  "Show FILE again each time it is saved, written in place or replaced by a rename, "
	  "keeping the tab, the card and the scroll position. A save that breaks it keeps the "
	  "last good résumé on screen, with the problem (FILE:LINE:COLUMN) on the status line "
	  "until the next good save. Not with --ssh, nor with FILE -." },
	{ OPT_WIDTH, "width", 'w', "N", false, NULL,
	  "Wrap printed text at N columns (20 to 1000; default: the terminal's width, else 80)." },
	{ OPT_ASCII, "ascii", 'a', NULL, false, NULL,
	  "Draw with ASCII characters only (the default when the locale is not UTF-8)." },
	{ OPT_THEME, "theme", 't', "NAME", false, theme_values,
	  "Colours: NAME is one of" },
	{ OPT_LINKS, "links", 0, "WHEN", false, NULL,
	  "Make URLs and e-mail addresses clickable (OSC 8 hyperlinks): auto (the default: on "
	  "terminals known to support them), always, or never. pushpander itself never opens "
	  "anything; plain text never has them." },
	{ OPT_NO_COLOR, "no-color", 0, NULL, false, NULL,
	  "Do not use colours (also when the NO_COLOR environment variable is set)." },
	{ OPT_SSH, "ssh", 0, NULL, false, NULL,
	  "Run as the forced command of an ssh login (sshd_config ForceCommand). The visitor's "
	  "command, SSH_ORIGINAL_COMMAND, is never run: nothing opens the viewer (or prints, "
	  "without a terminal), 'print [SECTION]' prints, 'help' says what there is, and "
	  "anything else is refused with status 64. Idle sessions end after 600 seconds "
	  "unless --idle-timeout says otherwise, and every session after 1800 seconds unless "
	  "--max-session says otherwise. Each session ends with one line to syslog (facility "
	  "auth, tag pushpander): how long it lasted, how it ended (quit, idle, limit, hangup, "
	  "signal or busy), how many tabs and cards were seen; never an address or what was typed." },
	{ OPT_IDLE_TIMEOUT, "idle-timeout", 0, "SECONDS", false, NULL,
	  "Quit the viewer after SECONDS without a key (1 to 86400; 0 never, the default "
	  "without --ssh)." },
	{ OPT_MAX_SESSION, "max-session", 0, "SECONDS", false, NULL,
	  "End the viewer SECONDS after it started, whatever the visitor does (keys and "
	  "resizes do not extend it), with a goodbye on standard error and status 0 (1 to "
	  "86400; 0 never, the default without --ssh; 1800 with it)." },
	{ OPT_SLOTS, "slots", 0, "DIR", false, NULL,
	  "At most as many sessions at a time as DIR holds files named slot-1, slot-2, …: "
	  "each run holds one (an flock, let go however it ends) and, when all are held, "
	  "says 'busy' in one line on standard error and exits 75 at once. contrib/install-ssh "
	  "makes the directory (--max-sessions). A DIR that cannot be read is refused with "
	  "status 78." },
	{ OPT_NO_MOUSE, "no-mouse", 0, NULL, false, NULL,
	  "Leave the mouse to the terminal, so that text can be selected with it. Otherwise "
	  "a click picks a tab or a card (a second click opens it) and the wheel scrolls." },
	{ OPT_HELP, "help", 'h', NULL, false, NULL, "Show this help and exit." },
	{ OPT_VERSION, "version", 'V', NULL, false, NULL, "Show the version and exit." },
};

const struct option_doc *options_table(size_t *n)
{
	*n = ARRAY_LEN(table);
	return table;
}

void options_describe(struct buf *out, const struct option_doc *o)
{
	buf_puts(out, o->what);
	if (o->values) {
		buf_putc(out, ' ');
		o->values(out);
		buf_putc(out, '.');
	}
}
