/* visit.c — the visit's line for syslog, written there, and durations in words. */
#include "visit.h"

#include <stdio.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

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
	static const char *const names[] = { "quit", "idle", "limit", "hangup", "signal", "busy" };

	return (unsigned)end < sizeof names / sizeof names[0] ? names[end] : "signal";
}

void visit_line(char *out, size_t size, const struct visit *v)
{
	snprintf(out, size, "visit ended (%s) after %lld s: %s, %d tab%s, %d card%s",
	         visit_end_name(v->end), v->seconds, v->mode ? v->mode : "viewer",
	         v->tabs, v->tabs == 1 ? "" : "s", v->cards, v->cards == 1 ? "" : "s");
}

/* The socket to syslog (/dev/log), opened before the sandbox. */
static int log_fd = -1;

void visit_log_open(void)
{
	struct sockaddr_un to = { .sun_family = AF_UNIX, .sun_path = "/dev/log" };

	tzset(); /* the time zone is read now, while files can be opened */
	log_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (log_fd >= 0 && connect(log_fd, (struct sockaddr *)&to, sizeof to) != 0) {
		close(log_fd);
		log_fd = -1;
	}
}

void visit_log(const struct visit *v)
{
	char line[160], msg[320], stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	if (log_fd < 0)
		return;
	visit_line(line, sizeof line, v);
	if (!localtime_r(&now, &tm) || !strftime(stamp, sizeof stamp, "%b %e %H:%M:%S", &tm))
		stamp[0] = '\0';
	/* RFC 3164: <facility*8+severity>TIMESTAMP TAG[PID]: message */
	int n = snprintf(msg, sizeof msg, "<%d>%s pushpander[%d]: %s", LOG_AUTH | LOG_INFO, stamp,
	                 (int)getpid(), line);
	if (n > 0) {
		ssize_t w = write(log_fd, msg, (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
		(void)w;
	}
	close(log_fd);
	log_fd = -1;
}
