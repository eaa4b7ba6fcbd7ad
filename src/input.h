/* input.h — from the terminal's bytes to keys.
 *
 * curses reads the bytes; this module turns what getch returns into the
 * keys of keys.h: curses' KEY_* codes, whole UTF-8 characters (an invalid
 * byte is one U+FFFD, never a swallowed key), the escape sequences terminfo
 * does not describe, and mouse reports.  It reads ahead only within one
 * key's bytes, which arrive together, and never waits otherwise: the
 * caller reads on while keys may be queued (after a key, or when
 * input_held says that curses may hold input, which no poll shows) until
 * input_read finds none, and only then waits for the terminal. */
#ifndef PUSHPANDER_INPUT_H
#define PUSHPANDER_INPUT_H

#include <stdbool.h>

#include "background.h"

/* Not a key: bytes that were read and dropped (a mouse report nobody asked
 * for). */
#define INPUT_NOTHING (-1)

/* Reads what is there without waiting: a byte handed back to curses first,
 * else from the terminal; ERR when there is nothing (at the end of input,
 * when the terminal was readable). */
int input_read(void);

/* After resizeterm, which may queue a KEY_RESIZE in curses (dropped by
 * input_key: the caller lays out anew already). */
void input_after_resize(void);

/* Gives ch back to curses, to be read first (keys typed while the
 * terminal's background was being asked). */
void input_hand_back(int ch);

/* Whether curses may hold input that no poll of the terminal shows. */
bool input_held(void);

/* The key that starts with got (a getch result other than ERR): a K_* key,
 * a code point, 0 for a sequence that means nothing here, or
 * INPUT_NOTHING.  With mouse off, K_MOUSE never comes back: the report's
 * bytes are read and dropped, since " q" among them would quit.  An OSC
 * string (ESC ] … BEL or ESC \, a terminal's late answer to a query) is
 * read whole and is INPUT_NOTHING, or K_BACKGROUND when it tells the
 * background colour. */
int input_key(int got, bool mouse);

/* What a mouse report (after K_MOUSE) asked for. */
struct input_mouse {
	enum { MOUSE_NONE, MOUSE_CLICK, MOUSE_WHEEL } kind;
	int y, x;     /* where a click was */
	int delta;    /* lines the wheel scrolls: negative up */
};
struct input_mouse input_mouse(void);

/* The colour told by the OSC 11 answer input_key last returned
 * K_BACKGROUND for. */
struct rgb input_background(void);

/* Whether bytes wait to be read in the kernel's queue. */
bool input_pending(void);

/* The descriptor the terminal's keys come from (curses reads the same):
 * STDIN_FILENO until this is called. */
void input_use_fd(int fd);

/* Once curses has put the terminal in raw mode: makes its reads return at
 * once when there is nothing to read (VMIN 0, kept as curses' own "program"
 * modes), so that reading needs no poll first.  Left as it was when the
 * modes cannot be read or set. */
void input_start(void);

/* Whether the terminal's input has hung up or hit end of file. */
bool input_gone(void);

#endif
