/* tui.h — the viewer in the terminal: curses started and stopped, signals,
 * the terminal's size and the event loop.
 *
 * tui.c reads keys (input.c), hands them to the state (app.c), has the
 * view (view.c) lay out what the state shows and the painter (paint.c)
 * draw it.  Only tui.c, input.c and paint.c include curses. */
#ifndef PUSHPANDER_TUI_H
#define PUSHPANDER_TUI_H

#include <stdbool.h>

#include "layout.h"
#include "resume.h"
#include "visit.h"

struct tui_options {
	bool ascii;     /* ASCII text and glyphs only (else UTF-8) */
	int today;      /* the charts' "today", as struct layout_ctx has it */
	bool color;     /* colours if the terminal has them */
	int start;      /* the screen to open on, or -1 */
	int problems;   /* warnings from loading, shown as a notice */
	int idle_timeout; /* seconds without a key before quitting; 0 never */
	int max_session;  /* seconds before quitting whatever happens; 0 never */
	bool mouse;     /* clicks and the wheel */
	int theme;      /* enum theme_id */
	bool links;     /* OSC 8 hyperlinks around URLs and e-mail addresses */
	int input_fd;   /* the terminal's keys: STDIN_FILENO, or /dev/tty's */
	const char *watch; /* --watch: the file to load again when it changes, or NULL */
	struct visit *visit; /* or NULL: given how the session ended, the tabs
	                      * and the cards seen (not the duration) */
};

/* The terminal cannot be driven (unknown TERM, no cursor addressing):
 * nothing was written to it and the caller should print plain text. */
#define TUI_UNUSABLE (-1)

/* Runs the viewer until the user quits, the terminal goes away or the idle
 * timeout passes.  With o->watch, the viewer shows what the file holds
 * after each save (r stays the caller's; the résumés loaded since are the
 * viewer's, freed before it returns).  Returns the exit status (0 after q,
 * the idle timeout or --max-session's limit;
 * 128 + the signal after SIGHUP, SIGTERM or SIGINT) or TUI_UNUSABLE. */
int tui_run(const struct resume *r, const struct tui_options *o);

#endif
