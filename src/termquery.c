/* termquery.c — the terminal's background colour, asked and heard. */
#include "termquery.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input.h"
#include "util.h"

bool termquery_allowed(int input_fd)
{
	static const char *const mute[] = { "dumb", "unknown", "linux", "cons", "vt52", "emacs",
	                                     "eterm" };
	const char *term = getenv("TERM");
	struct stat in, out;

	if (!term || !isatty(input_fd) || !isatty(STDOUT_FILENO) ||
	    fstat(input_fd, &in) != 0 || fstat(STDOUT_FILENO, &out) != 0 ||
	    in.st_rdev != out.st_rdev)
		return false;
	for (size_t i = 0; i < ARRAY_LEN(mute); i++)
		if (strncmp(term, mute[i], strlen(mute[i])) == 0)
			return false;
	return true;
}

long long termquery_ask_background(int out)
{
	static const char query[] = "\033]11;?\033\\\033[c";

	if (write(out, query, sizeof query - 1) != (ssize_t)(sizeof query - 1))
		return -1;
	return monotonic_ms();
}

enum background termquery_hear_background(int input_fd, long long asked_at,
                                          const volatile sig_atomic_t *stop)
{
	struct background_scan scan;
	char buf[256];
	long long deadline = asked_at + TERMQUERY_MS;
	bool extended = false;

	memset(&scan, 0, sizeof scan);
	while (!scan.answered && !*stop) {
		long long left = deadline - monotonic_ms();
		if (left <= 0) {
			if (extended || !background_scan_partial(&scan))
				break;
			deadline += TERMQUERY_MS; /* the rest of an answer is on its way */
			extended = true;
			continue;
		}
		struct pollfd p = { .fd = input_fd, .events = POLLIN };
		int ready = poll(&p, 1, (int)left);
		if (ready < 0 && errno != EINTR)
			break;
		ssize_t n = ready > 0 ? read(input_fd, buf, sizeof buf) : -1;
		if (ready > 0 && n <= 0 && !(n < 0 && errno == EINTR))
			break; /* the end of input: the loop will see it */
		if (n > 0)
			background_scan_feed(&scan, buf, (size_t)n);
	}
	background_scan_end(&scan);
	for (size_t i = scan.nkeys; i-- > 0;)
		input_hand_back((unsigned char)scan.keys[i]);
	return scan.have_colour ? background_of(scan.colour) : BACKGROUND_UNKNOWN;
}
