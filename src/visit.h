/* visit.h — what the owner is told of a visit over ssh: the line written
 * to syslog when a session ends, and the duration in words that the
 * goodbye and that line use.  tui.c counts, main.c logs: the socket to
 * syslog is opened before the sandbox (which forbids opening one), and the
 * line is a plain write to it, which the sandbox allows. */
#ifndef PUSHPANDER_VISIT_H
#define PUSHPANDER_VISIT_H

#include <stddef.h>

/* Why a session ended. */
enum visit_end {
	VISIT_QUIT,     /* the visitor pressed q (or the plain text was printed) */
	VISIT_IDLE,     /* --idle-timeout */
	VISIT_LIMIT,    /* --max-session */
	VISIT_HANGUP,   /* the terminal went away (SIGHUP, or its end) */
	VISIT_SIGNAL,   /* another signal (SIGTERM from the owner, …) */
	VISIT_BUSY,     /* --slots: every session slot was taken */
};

struct visit {
	long long seconds;      /* how long it lasted */
	enum visit_end end;
	int tabs;               /* distinct tabs shown */
	int cards;              /* distinct cards opened */
	const char *mode;       /* "viewer", "print" or "help" */
};

/* "1 second", "45 seconds", "1 minute", "30 minutes", "90 seconds":
 * minutes when seconds is a whole number of them. */
void visit_duration(char *out, size_t size, long long seconds);

/* The one line logged for a visit: "visit ended (quit) after 125 s: viewer,
 * 3 tabs, 2 cards".  Nothing the visitor typed, no address. */
void visit_line(char *out, size_t size, const struct visit *v);

/* The word for v->end: quit, idle, limit, hangup, signal or busy. */
const char *visit_end_name(enum visit_end end);

/* Opens the socket to syslog (/dev/log) and reads the time zone, before
 * anything forbids either; without a syslog nothing is logged. */
void visit_log_open(void);

/* Logs v's line (visit_line) with the facility auth and the tag
 * pushpander, and closes the socket. */
void visit_log(const struct visit *v);

#endif
