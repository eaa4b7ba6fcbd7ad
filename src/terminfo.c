/* terminfo.c — the terminal's description, before curses starts. */
#include "terminfo.h"

#include <curses.h>
#include <stdlib.h>
#include <term.h>

bool terminfo_usable(int fd)
{
	const char *name = getenv("TERM");
	int err = 0;

	if (!name || !*name || setupterm(NULL, fd, &err) != OK)
		return false;
	const char *cup = tigetstr("cup");
	bool usable = cup && cup != (char *)-1;
	del_curterm(cur_term);
	return usable;
}
