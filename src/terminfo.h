/* terminfo.h — what the terminal's description says, asked without
 * writing anything to the terminal.
 *
 * Apart from tui.c because <term.h> defines a macro for every capability
 * name (lines, tab, columns, …), which would clash with the names of the
 * rest of the program. */
#ifndef PUSHPANDER_TERMINFO_H
#define PUSHPANDER_TERMINFO_H

#include <stdbool.h>
#include <stddef.h>

/* Whether TERM names a terminal that curses can drive on fd: one with a
 * description that has cursor addressing. */
bool terminfo_usable(int fd);

#endif
