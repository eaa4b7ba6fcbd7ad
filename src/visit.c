/* visit.c — the visit's line for syslog and durations in words. */
#include "visit.h"

#include <stdio.h>

void visit_duration(char *out, size_t size, long long seconds)
{
	if (seconds >= 60 && seconds % 60 == 0) {
		long long m = seconds / 60;
		snprintf(out, size, "%lld minute%s", m, m == 1 ? "" : "s");
	} else {
		snprintf(out, size, "%lld second%s", seconds, seconds == 1 ? "" : "s");
	}
}

const char *visit_end_name(enum visit_end end)
{
	static const char *const names[] = { "quit", "idle", "limit", "hangup", "signal" };

	return (unsigned)end < sizeof names / sizeof names[0] ? names[end] : "signal";
}

void visit_line(char *out, size_t size, const struct visit *v)
{
	snprintf(out, size, "visit ended (%s) after %lld s: %s, %d tab%s, %d card%s",
	         visit_end_name(v->end), v->seconds, v->mode ? v->mode : "viewer",
	         v->tabs, v->tabs == 1 ? "" : "s", v->cards, v->cards == 1 ? "" : "s");
}
