/* options.c — the option table. */
#include "options.h"

#include "util.h"

static const struct option_doc table[] = {
	{ OPT_SECTION, "section", 's', "NAME", false,
	  "Open on section NAME: about, projects, history, education, incidents, "
	  "testimonials, stack or contact. With --print, print only that section." },
	{ OPT_PRINT, "print", 'p', "SECTION", true,
	  "Print the résumé (or only SECTION) as plain text and exit. This is also what "
	  "happens when standard input or output is not a terminal. A FILE named like a "
	  "section must be written with a slash: ./incidents." },
	{ OPT_GREP, "grep", 'g', "TEXT", false,
	  "Print only the lines that contain TEXT (ignoring case), each after the name of its "
	  "section, and exit; status 1 when no line does. Implies --print." },
	{ OPT_VALIDATE, "validate", 0, NULL, false,
	  "Check FILE and list every problem: syntax errors as FILE:LINE:COLUMN, fields of the "
	  "wrong type by their JSON path. Exits 0 when there are none, else 65." },
	{ OPT_WIDTH, "width", 'w', "N", false,
	  "Wrap printed text at N columns (20 to 1000; default: the terminal's width, else 80)." },
	{ OPT_ASCII, "ascii", 'a', NULL, false,
	  "Draw with ASCII characters only (the default when the locale is not UTF-8)." },
	{ OPT_THEME, "theme", 't', "NAME", false,
	  "Colours: auto (the default: the best the terminal can show, for a light or a dark "
	  "background as the terminal or COLORFGBG says), 256, 8, mono, high-contrast (bright, "
	  "nothing dimmed), light or dark (as auto, for a light or a dark background whatever "
	  "the terminal says)." },
	{ OPT_LINKS, "links", 0, "WHEN", false,
	  "Make URLs and e-mail addresses clickable (OSC 8 hyperlinks): auto (the default: on "
	  "terminals known to support them), always, or never. pushpander itself never opens "
	  "anything; plain text never has them." },
	{ OPT_NO_COLOR, "no-color", 0, NULL, false,
	  "Do not use colours (also when the NO_COLOR environment variable is set)." },
	{ OPT_SSH, "ssh", 0, NULL, false,
	  "Run as the forced command of an ssh login (sshd_config ForceCommand). The visitor's "
	  "command, SSH_ORIGINAL_COMMAND, is never run: nothing opens the viewer (or prints, "
	  "without a terminal), 'print [SECTION]' prints, 'help' says what there is, and "
	  "anything else is refused with status 64. Idle sessions end after 600 seconds "
	  "unless --idle-timeout says otherwise." },
	{ OPT_IDLE_TIMEOUT, "idle-timeout", 0, "SECONDS", false,
	  "Quit the viewer after SECONDS without a key (1 to 86400; 0 never, the default "
	  "without --ssh)." },
	{ OPT_NO_MOUSE, "no-mouse", 0, NULL, false,
	  "Leave the mouse to the terminal, so that text can be selected with it. Otherwise "
	  "a click picks a tab or a card (a second click opens it) and the wheel scrolls." },
	{ OPT_HELP, "help", 'h', NULL, false, "Show this help and exit." },
	{ OPT_VERSION, "version", 'V', NULL, false, "Show the version and exit." },
};

const struct option_doc *options_table(size_t *n)
{
	*n = ARRAY_LEN(table);
	return table;
}
