/* ptyfleet.c — runs many copies of a full-screen program at once, each in a
 * pseudo-terminal of its own, measures how long each takes to show its first
 * frame, and holds them open until told to end them.
 *
 * Used by tests/bench/ssh (make bench-ssh), where each copy is an "ssh -tt"
 * client of one visitor; not part of pushpander.  tests/bench/ptyrun.c
 * measures one program at a time in more detail.
 *
 *   ptyfleet [OPTIONS] -- PROGRAM [ARG...]
 *
 * Sessions start in order, at most -c of them logging in at a time: a
 * session logs in from its fork until the first byte arrives from its
 * terminal (for ssh: the server has authenticated it, opened the session and
 * started the program, so it no longer counts against sshd's MaxStartups).
 * Its first frame is complete once the marker (-m) arrived and then nothing
 * for the quiet period (-q); the frame's time is its last byte's, from the
 * fork.  Like a terminal, each pty answers Device Attributes (ESC [ c, which
 * pushpander sends after asking for the background colour) and nothing else.
 *
 * Once every session has shown its first frame, ended before it (failed) or
 * waited -w ms for it (timed out, and killed; each of these is named on
 * standard error, with what it wrote), it prints the figures below
 * and the line "ready", then holds the sessions, reading and counting what
 * they write, until SIGTERM or SIGINT.  Then it writes the quit key (-x) to
 * each session, waits until all have ended (killing what is left after
 * 10 s), prints the quit figures and the line "done".  Killed outright, it
 * takes its sessions with it: their terminals hang up.
 *
 * Output: "NAME VALUE" lines, times in milliseconds.  sessions, up (showed
 * the first frame), failed, timed_out, max_logging_in (the most at once),
 * all_up_ms (from the first fork to the last first frame), first_byte_ms,
 * first_frame_ms and frame_bytes (medians over the sessions that came up,
 * each followed by NAME.p25, .p75, .min and .max); then, after "ready":
 * held_ms, held_bytes (written by all sessions while held: a session at
 * rest writes nothing), ended_while_held (sessions that came up and then
 * ended on their own; if any, ended_how: their exit statuses and signals,
 * e.g. "status0:3,signal15:2"), quit_ms (q to the end of the session,
 * with its spread), exit_nonzero (sessions whose program exited
 * with another status than 0), killed, clients_cpu_ms (the CPU time of
 * the programs, all of them ended: for ssh, the clients' side of the
 * sessions).
 *
 * Options:
 *   -n N          sessions (1)
 *   -c N          at most N logging in at a time (8)
 *   -s COLSxROWS  the terminals' size (80x24)
 *   -e NAME=VALUE add to the environment (which is otherwise PATH, HOME,
 *                 TERM=xterm-256color, LANG=LC_ALL=C.UTF-8)
 *   -m TEXT       the first frame is complete only once TEXT was written
 *   -q MS         quiet period that ends a first frame (100)
 *   -w MS         longest wait for a session's first frame (30000)
 *   -x KEY        the quit key, one character (q)
 *   -r WORD=V1,V2,...
 *                 an argument WORD of the program is replaced, in session
 *                 I (from 0), by V(I mod the number of values): e.g. a
 *                 different source address for each ssh (-b) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BENCH_NAME "ptyfleet"
#include "benchlib.h"

#define MAX_SESSIONS 4096
#define MAX_VALUES 1024
#define QUIT_WAIT_MS 10000

enum state { WAITING, LOGGING_IN, FRAMING, UP, ENDED };

struct session {
	enum state state;
	pid_t pid;                 /* 0 once reaped */
	int master;                /* -1 once closed */
	int status;                /* the wait status, once reaped */
	bool failed, timed_out, killed;
	double start_ms, first_byte_ms, last_byte_ms, frame_ms, quit_ms, quit_sent_ms;
	double bytes;
	bool marker_seen;
	char tail[64];             /* the last bytes, to find a marker split across reads */
	size_t ntail;
	int da_state;              /* how much of ESC [ 0 c was just read */
	char head[120];            /* the first bytes, to say why a session failed */
	size_t nhead;
};

struct options {
	int n, logging_in, cols, rows, quiet_ms, wait_ms;
	const char *env[32];
	int nenv;
	const char *marker;
	char quit;
	const char *word;          /* -r */
	char *values[MAX_VALUES];
	int nvalues;
	char **argv;
};

static struct session *sessions;
static int nsessions;



/* ---- starting a session ---- */

static char **child_env(const struct options *o)
{
	return bench_env(o->env, o->nenv);
}

static void start(struct session *s, int index, const struct options *o)
{
	struct winsize ws = { .ws_row = (unsigned short)o->rows, .ws_col = (unsigned short)o->cols };
	char **env = child_env(o);

	s->start_ms = now_ms();
	s->pid = forkpty(&s->master, NULL, NULL, &ws);
	if (s->pid < 0)
		die("forkpty (session %d): %s", index + 1, strerror(errno));
	if (s->pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		if (o->word)
			for (char **a = o->argv; *a; a++)
				if (strcmp(*a, o->word) == 0)
					*a = o->values[index % o->nvalues];
		execvpe(o->argv[0], o->argv, env);
		fprintf(stderr, "ptyfleet: cannot run %s: %s\r\n", o->argv[0], strerror(errno));
		_exit(127);
	}
	fcntl(s->master, F_SETFD, FD_CLOEXEC);
	fcntl(s->master, F_SETFL, fcntl(s->master, F_GETFL) | O_NONBLOCK);
	s->state = LOGGING_IN;
}

/* ---- what a session writes ---- */

static void look_for_marker(struct session *s, const char *marker, const char *p, size_t n)
{
	if (!marker || s->marker_seen)
		return;
	size_t mlen = strlen(marker);
	char joined[sizeof s->tail + 4096];
	size_t take = n < 4096 ? n : 4096;
	memcpy(joined, s->tail, s->ntail);
	memcpy(joined + s->ntail, p, take);
	if (memmem(joined, s->ntail + take, marker, mlen) || memmem(p, n, marker, mlen))
		s->marker_seen = true;
	/* keep the last mlen - 1 bytes of what was seen */
	size_t keep = mlen - 1, have = s->ntail + take;
	if (have > keep) {
		memmove(s->tail, joined + have - keep, keep);
		s->ntail = keep;
	} else {
		memcpy(s->tail, joined, have);
		s->ntail = have;
	}
}

/* Answers Device Attributes queries (ESC [ c, ESC [ 0 c) as a VT220-class
 * terminal does. */
static void answer_queries(struct session *s, const char *p, size_t n)
{
	static const char reply[] = "\033[?62;22c";

	for (size_t i = 0; i < n; i++) {
		char ch = p[i];
		if (ch == 'c' && (s->da_state == 2 || s->da_state == 3)) {
			if (write(s->master, reply, sizeof reply - 1) != (ssize_t)(sizeof reply - 1))
				fprintf(stderr, "ptyfleet: cannot answer a Device Attributes query\n");
			s->da_state = 0;
		} else if (ch == '[' && s->da_state == 1) {
			s->da_state = 2;
		} else if (ch == '0' && s->da_state == 2) {
			s->da_state = 3;
		} else {
			s->da_state = ch == '\033';
		}
	}
}

/* Reads what the session wrote; closes it at end of file (EIO: every
 * process has let go of the terminal).  Returns the bytes read. */
static double drain(struct session *s, const struct options *o)
{
	char buf[4096];
	double total = 0;

	while (s->master >= 0) {
		ssize_t n = read(s->master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			break;
		if (n <= 0) {
			close(s->master);
			s->master = -1;
			break;
		}
		double t = now_ms();
		if (s->state == LOGGING_IN) {
			s->state = FRAMING;
			s->first_byte_ms = t - s->start_ms;
		}
		if (s->state == FRAMING) {
			size_t take = sizeof s->head - s->nhead < (size_t)n ? sizeof s->head - s->nhead : (size_t)n;
			memcpy(s->head + s->nhead, buf, take);
			s->nhead += take;
			s->last_byte_ms = t;
			s->bytes += (double)n;
			look_for_marker(s, o->marker, buf, (size_t)n);
		}
		answer_queries(s, buf, (size_t)n);
		total += (double)n;
	}
	return total;
}

/* ---- the sessions' ends ---- */

static void reap(int n)
{
	pid_t pid;
	int status;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		for (int i = 0; i < n; i++)
			if (sessions[i].pid == pid) {
				sessions[i].pid = 0;
				sessions[i].status = status;
				break;
			}
}

/* A session whose terminal closed and whose program was reaped has ended;
 * before its first frame, it failed. */
static void note_end(struct session *s)
{
	if (s->state == ENDED || s->state == WAITING || s->master >= 0 || s->pid != 0)
		return;
	if (s->state != UP) {
		/* why, in one line: what the program wrote, printable */
		char why[sizeof s->head + 1];
		size_t n = 0;
		for (size_t i = 0; i < s->nhead; i++) {
			char ch = s->head[i];
			if (ch == '\r' || ch == '\n')
				ch = ' ';
			if (ch >= ' ' && ch < 127 && !(ch == ' ' && (n == 0 || why[n - 1] == ' ')))
				why[n++] = ch;
		}
		while (n > 0 && why[n - 1] == ' ')
			n--;
		why[n] = '\0';
		fprintf(stderr, "ptyfleet: a session ended before its first frame: %s\n",
		        s->timed_out ? "timed out" : n ? why : "(no output)");
		s->failed = true;
	}
	if (s->quit_sent_ms > 0)
		s->quit_ms = now_ms() - s->quit_sent_ms;
	s->state = ENDED;
}

static void kill_session(struct session *s)
{
	if (s->pid > 0) {
		kill(s->pid, SIGKILL);
		s->killed = true;
	}
}

/* ended_how: how the sessions that came up and ended on their own did,
 * "status0:3,signal15:2" -- an exit status tells the server ended it, a
 * signal that something killed the client. */
static void print_ends(void)
{
	int exits[256] = { 0 }, signals[65] = { 0 };
	for (int i = 0; i < nsessions; i++) {
		const struct session *s = &sessions[i];
		if (s->state != ENDED || s->failed)
			continue;
		if (WIFEXITED(s->status))
			exits[WEXITSTATUS(s->status)]++;
		else if (WIFSIGNALED(s->status) && WTERMSIG(s->status) < 65)
			signals[WTERMSIG(s->status)]++;
	}
	const char *sep = "";
	printf("ended_how ");
	for (int k = 0; k < 256; k++)
		if (exits[k]) {
			printf("%sstatus%d:%d", sep, k, exits[k]);
			sep = ",";
		}
	for (int k = 0; k < 65; k++)
		if (signals[k]) {
			printf("%ssignal%d:%d", sep, k, signals[k]);
			sep = ",";
		}
	printf("\n");
}

/* ---- the loop ---- */

enum phase { STARTING, HOLDING, QUITTING };

/* Polls every open terminal for up to timeout_ms; returns the bytes read,
 * and sets *stop when SIGTERM or SIGINT came. */
static double poll_all(const struct options *o, int sfd, double timeout_ms, bool *stop)
{
	static struct pollfd p[MAX_SESSIONS + 1];
	static int who[MAX_SESSIONS + 1];
	int np = 0;
	double total = 0;

	p[np++] = (struct pollfd){ .fd = sfd, .events = POLLIN };
	for (int i = 0; i < o->n; i++)
		if (sessions[i].master >= 0) {
			who[np] = i;
			p[np++] = (struct pollfd){ .fd = sessions[i].master, .events = POLLIN };
		}
	if (timeout_ms < 0)
		timeout_ms = 0;
	if (poll(p, (nfds_t)np, (int)timeout_ms + 1) < 0 && errno != EINTR)
		die("poll: %s", strerror(errno));
	if (p[0].revents & POLLIN) {
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof si) == sizeof si)
			if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT)
				*stop = true;
		reap(o->n);
	}
	for (int k = 1; k < np; k++)
		if (p[k].revents)
			total += drain(&sessions[who[k]], o);
	reap(o->n);
	for (int i = 0; i < o->n; i++)
		note_end(&sessions[i]);
	return total;
}

/* Starts sessions and waits for their first frames; returns early (false)
 * on SIGTERM or SIGINT. */
static bool start_all(const struct options *o, int sfd, int *max_logging_in)
{
	int next = 0;
	bool stop = false;

	for (;;) {
		double t = now_ms(), until = t + 1000;
		int logging_in = 0, busy = 0;
		for (int i = 0; i < o->n; i++) {
			struct session *s = &sessions[i];
			if (s->state == FRAMING && (s->marker_seen || !o->marker) &&
			    t >= s->last_byte_ms + o->quiet_ms) {
				s->state = UP;
				s->frame_ms = s->last_byte_ms - s->start_ms;
			}
			if ((s->state == LOGGING_IN || s->state == FRAMING) && t >= s->start_ms + o->wait_ms) {
				s->timed_out = true;
				kill_session(s);
			}
			logging_in += s->state == LOGGING_IN;
			busy += s->state == LOGGING_IN || s->state == FRAMING;
			if (s->state == FRAMING && s->last_byte_ms + o->quiet_ms < until)
				until = s->last_byte_ms + o->quiet_ms;
			if ((s->state == LOGGING_IN || s->state == FRAMING) && s->start_ms + o->wait_ms < until)
				until = s->start_ms + o->wait_ms;
		}
		while (next < o->n && logging_in < o->logging_in) {
			start(&sessions[next], next, o);
			next++;
			logging_in++;
			busy++;
		}
		if (logging_in > *max_logging_in)
			*max_logging_in = logging_in;
		if (next == o->n && busy == 0)
			return true;
		poll_all(o, sfd, until - now_ms(), &stop);
		if (stop)
			return false;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double quantile(const double *v, int n, double q)
{
	double pos = q * (n - 1);
	int i = (int)pos;
	return i + 1 < n ? v[i] + (pos - i) * (v[i + 1] - v[i]) : v[i];
}

/* Prints the median of the values (those < 0 are "not measured") and its
 * spread. */
static void report(const char *name, double *v, int n)
{
	int m = 0;
	for (int i = 0; i < n; i++)
		if (v[i] >= 0)
			v[m++] = v[i];
	if (m == 0)
		return;
	qsort(v, (size_t)m, sizeof *v, cmp_double);
	printf("%s %.3f\n", name, quantile(v, m, 0.5));
	printf("%s.p25 %.3f\n%s.p75 %.3f\n", name, quantile(v, m, 0.25), name, quantile(v, m, 0.75));
	printf("%s.min %.3f\n%s.max %.3f\n", name, v[0], name, v[m - 1]);
}

#define FIGURE(field, name, cond) \
	do { \
		for (int i = 0; i < o.n; i++) \
			col[i] = (cond) ? sessions[i].field : -1; \
		report(name, col, o.n); \
	} while (0)

static void parse_values(struct options *o, char *arg)
{
	char *eq = strchr(arg, '=');
	if (!eq || eq == arg || !eq[1])
		die("bad -r '%s' (WORD=V1,V2,...)", arg);
	*eq = '\0';
	o->word = arg;
	for (char *v = strtok(eq + 1, ","); v; v = strtok(NULL, ",")) {
		if (o->nvalues == MAX_VALUES)
			die("more than %d values for -r", MAX_VALUES);
		o->values[o->nvalues++] = v;
	}
	if (!o->nvalues)
		die("no values for -r %s", arg);
}

int main(int argc, char **argv)
{
	static struct options o = { .n = 1, .logging_in = 8, .cols = 80, .rows = 24,
	                            .quiet_ms = 100, .wait_ms = 30000, .quit = 'q' };
	int c;

	while ((c = getopt(argc, argv, "+n:c:s:e:m:q:w:x:r:")) != -1) {
		switch (c) {
		case 'n': o.n = atoi(optarg); break;
		case 'c': o.logging_in = atoi(optarg); break;
		case 's':
			if (sscanf(optarg, "%dx%d", &o.cols, &o.rows) != 2)
				die("bad size '%s'", optarg);
			break;
		case 'e':
			if (o.nenv == 32)
				die("too many -e");
			o.env[o.nenv++] = optarg;
			break;
		case 'm': o.marker = *optarg ? optarg : NULL; break;
		case 'q': o.quiet_ms = atoi(optarg); break;
		case 'w': o.wait_ms = atoi(optarg); break;
		case 'x': o.quit = optarg[0]; break;
		case 'r': parse_values(&o, optarg); break;
		default: die("usage: ptyfleet [OPTIONS] -- PROGRAM [ARG...]");
		}
	}
	if (optind >= argc || o.n < 1 || o.n > MAX_SESSIONS || o.logging_in < 1)
		die("usage: ptyfleet [OPTIONS] -- PROGRAM [ARG...] (1 to %d sessions)", MAX_SESSIONS);
	if (o.marker && strlen(o.marker) > sizeof sessions->tail)
		die("the marker is longer than %zu bytes", sizeof sessions->tail);
	o.argv = argv + optind;

	sessions = calloc((size_t)o.n, sizeof *sessions);
	nsessions = o.n;
	double *col = malloc((size_t)o.n * sizeof *col);
	if (!sessions || !col)
		die("out of memory");
	for (int i = 0; i < o.n; i++)
		sessions[i].master = -1;

	sigset_t sigs;
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGCHLD);
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	int sfd = signalfd(-1, &sigs, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		die("signalfd: %s", strerror(errno));
	signal(SIGPIPE, SIG_IGN);

	/* ---- log in ---- */
	int max_logging_in = 0;
	double began = now_ms();
	bool stop = !start_all(&o, sfd, &max_logging_in);
	int up = 0, failed = 0, timed_out = 0;
	double last_frame = -1;
	for (int i = 0; i < o.n; i++) {
		struct session *s = &sessions[i];
		up += s->state == UP;
		failed += s->failed || s->timed_out;
		timed_out += s->timed_out;
		if (s->state == UP && s->start_ms + s->frame_ms > last_frame)
			last_frame = s->start_ms + s->frame_ms;
	}
	printf("sessions %d\nup %d\nfailed %d\ntimed_out %d\nmax_logging_in %d\n", o.n, up, failed,
	       timed_out, max_logging_in);
	if (up == o.n)
		printf("all_up_ms %.3f\n", last_frame - began);
	FIGURE(first_byte_ms, "first_byte_ms", sessions[i].state == UP);
	FIGURE(frame_ms, "first_frame_ms", sessions[i].state == UP);
	FIGURE(bytes, "frame_bytes", sessions[i].state == UP);
	printf("ready\n");
	fflush(stdout);

	/* ---- hold ---- */
	double held_from = now_ms(), held_bytes = 0;
	while (!stop)
		held_bytes += poll_all(&o, sfd, 1000, &stop);
	int ended_while_held = 0;
	for (int i = 0; i < o.n; i++)
		ended_while_held += sessions[i].state == ENDED && !sessions[i].failed;
	printf("held_ms %.3f\nheld_bytes %.0f\nended_while_held %d\n", now_ms() - held_from, held_bytes,
	       ended_while_held);
	if (ended_while_held)
		print_ends();

	/* ---- quit ---- */
	for (int i = 0; i < o.n; i++) {
		struct session *s = &sessions[i];
		if (s->state == UP && s->master >= 0) {
			s->quit_sent_ms = now_ms();
			if (write(s->master, &o.quit, 1) != 1)
				kill_session(s);
		} else if (s->state != ENDED && s->state != WAITING) {
			kill_session(s);
		}
	}
	double deadline = now_ms() + QUIT_WAIT_MS;
	for (;;) {
		int open = 0;
		for (int i = 0; i < o.n; i++)
			open += sessions[i].state != ENDED && sessions[i].state != WAITING;
		if (!open)
			break;
		if (now_ms() > deadline) {
			for (int i = 0; i < o.n; i++)
				if (sessions[i].state != ENDED && sessions[i].state != WAITING)
					kill_session(&sessions[i]);
			deadline = now_ms() + QUIT_WAIT_MS;
		}
		bool again = false;
		poll_all(&o, sfd, 200, &again);
	}
	int nonzero = 0, killed = 0;
	for (int i = 0; i < o.n; i++) {
		const struct session *s = &sessions[i];
		killed += s->killed;
		nonzero += s->quit_sent_ms > 0 && !s->killed &&
		           !(WIFEXITED(s->status) && WEXITSTATUS(s->status) == 0);
	}
	FIGURE(quit_ms, "quit_ms", sessions[i].quit_sent_ms > 0 && !sessions[i].killed);
	struct rusage ru;
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("exit_nonzero %d\nkilled %d\nclients_cpu_ms %.3f\ndone\n", nonzero, killed,
	       ((double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec) * 1e3 +
	               ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e3);
	free(col);
	free(sessions);
	return 0;
}
