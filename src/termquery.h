/* termquery.h — asking the terminal its background colour (OSC 11), before
 * the first frame: the question, and the answer read off the terminal
 * with a short wait, keys typed meanwhile handed back to curses. */
#ifndef PUSHPANDER_TERMQUERY_H
#define PUSHPANDER_TERMQUERY_H

#include <signal.h>
#include <stdbool.h>

#include "background.h"

/* Whether the terminal may be asked: standard input and output are one
 * terminal, whose type is not one that may print a query it does not
 * understand. */
bool termquery_allowed(int input_fd);

/* Asks the terminal on out its background colour (OSC 11) and, right
 * behind, its Device Attributes, which every terminal answers: the wait
 * for the answer ends with that one, so a terminal that does not know
 * OSC 11 costs one round trip; one that answers nothing costs
 * TERMQUERY_MS.  Curses must have the terminal in raw mode without echo.
 * Returns when the question was asked (monotonic_ms), or -1 when it was
 * not. */
long long termquery_ask_background(int out);

/* How long the terminal has to answer (ms), and as long again for the rest
 * of an answer that has begun by then. */
#define TERMQUERY_MS 100

/* The answer to the question asked at asked_at, read off the terminal
 * (which curses must not have read from yet) until the DA answer, a
 * signal (*stop), or TERMQUERY_MS after asking; keys typed meanwhile go
 * back to curses (input_hand_back).  An answer that comes later is read
 * among the keys (input.c). */
enum background termquery_hear_background(int input_fd, long long asked_at,
                                          const volatile sig_atomic_t *stop);

#endif
