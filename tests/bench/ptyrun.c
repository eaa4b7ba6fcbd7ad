/* ptyrun.c — runs a full-screen program in a pseudo-terminal and measures it.
 *
 * Used by tests/bench/run (make bench); not part of pushpander.
 *
 *   ptyrun [OPTIONS] -- PROGRAM [ARG...]
 *
 * Each run: PROGRAM starts on the slave side of a new pty of the given size;
 * the time is taken in the child just before execve, and everything the
 * program writes is read from the master side, counted and timestamped.
 *
 * The first complete frame is everything written from exec until the program
 * first stops writing and waits for a key: the marker text (-m) has been
 * written, and then nothing more arrives for the quiet period (-q).  Its time
 * is the arrival of its last byte, so the quiet period is not counted.  A
 * curses program sends its whole refresh and then blocks in read(), so the
 * frame ends with that refresh; the marker guards against a pause before the
 * frame (loading a large file) being taken for its end.
 *
 * Then, optionally, it idles (-z): utime+stime and run time from /proc over
 * that many seconds, and the context switches, i.e. wake-ups.  Then each key
 * of the script (-k) is written after the previous one's response has ended
 * (its last byte, then the quiet period); a key's cost is the time from
 * writing it to the last byte of its response, and the bytes of that
 * response.  (The clock is read before write(): the program may well run
 * and answer before write() returns to us.)  Then, optionally, a flood
 * (-F): COUNT keys written one write() each, as packets of an ssh session
 * arrive, GAP_US microseconds apart or more (from one write to the next;
 * never bunched to catch up, and a sleep may overrun it, by some 0.2 ms on
 * a virtual machine: flood_ms / flood_keys is the pace kept; 0: as fast as
 * the terminal takes them, waiting while its input queue is full, never
 * dropping a key), everything the program writes meanwhile read and
 * counted, and once every key is written and the program's input queue is
 * empty, the quiet period waited for.
 * Then VmHWM (peak RSS), RssAnon and RssFile are read from /proc, the quit
 * key (-x) is written, and the time until the program has exited is taken.
 *
 * Like every terminal, the pty answers Device Attributes (ESC [ c) while it
 * waits for a frame or a response; it answers no other query (OSC 11, the
 * background colour, goes unanswered as in a terminal that does not know
 * it), so a program that asks costs what it costs in such a terminal.
 *
 * Output: "NAME VALUE" lines; times in milliseconds, sizes in kilobytes
 * (first_frame_ms, frame_bytes, quit_ms, hwm_kb, rss_anon_kb, rss_file_kb,
 * keys_bytes, exit_status, idle_*, exit_ms, flood_*).  The flood's figures:
 * flood_keys (keys written), flood_cpu_ms (utime+stime from /proc/PID/stat
 * over the flood, clock ticks made milliseconds), flood_user_ms (utime
 * alone: the rest is the kernel's work for the program), flood_run_ms (run
 * time from schedstat, to the nanosecond), flood_wakeups (context
 * switches), flood_bytes (bytes the program wrote from the first key to
 * the end of the quiet period) and flood_ms (from writing the first key to
 * the last byte of output, or to the last key's write if the output ended
 * before it).  With -n N, each figure is the median of the N runs and
 * NAME.p25, NAME.p75, NAME.min and NAME.max follow
 * it.  Per key of the script: key.NAME.ms and key.NAME.bytes (medians over
 * every press in every run), key.NAME.count (presses per run) and
 * key.NAME.silent (presses that got no answer within -w).  With PTYRUN_TRACE
 * set, each press is also shown on standard error.
 *
 * Options:
 *   -s COLSxROWS  the terminal's size (80x24)
 *   -e NAME=VALUE add to the environment (which is otherwise PATH, HOME,
 *                 TERM=xterm-256color, LANG=LC_ALL=C.UTF-8)
 *   -m TEXT       the first frame is complete only once TEXT was written
 *   -q MS         quiet period that ends a frame or a response (100)
 *   -w MS         longest wait for a frame or a response to begin, or for
 *                 the program to take a key of a flood (5000)
 *   -n N          runs (1)
 *   -z SECONDS    idle this long after the first frame and measure it
 *   -k KEYS       key script: tokens separated by spaces; a token is one
 *                 character or Enter, Esc, Space, Tab, Up, Down, Left,
 *                 Right, PgUp, PgDn; TOKEN*N repeats it; KEY#LABEL is KEY,
 *                 counted under LABEL rather than KEY; @NAME sends
 *                 nothing but runs the -H command
 *   -F COUNT:KEYS[:GAP_US]
 *                 flood after the key script: COUNT keys, each one token
 *                 of the key script (no *N, # or @); KEYS is one, or
 *                 several separated by commas, written in turn (j,k); one
 *                 write() per key, GAP_US microseconds apart (100; 0 for
 *                 as fast as the terminal takes them)
 *   -x KEY        the key that quits (q)
 *   -p COMMAND    the program's standard input is a pipe from COMMAND
 *                 (words separated by spaces, run without a shell)
 *   -H COMMAND    at each @NAME of the key script, run COMMAND through
 *                 /bin/sh with PTYRUN_PID and PTYRUN_PHASE=NAME in its
 *                 environment (e.g. callgrind_control -d), and wait for it
 *   -o FILE       write the bytes of the last run to FILE (with -X too)
 *   -X            the program runs to its end by itself (no frame, keys or
 *                 quit key): exit_ms is from exec to its exit_group, and
 *                 hwm_kb its VmHWM then (taken at a ptrace exit stop) */
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
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BENCH_NAME "ptyrun"
#include "benchlib.h"

#define MAX_KEYS 1024
#define MAX_RUNS 200
#define MAX_FLOOD_KEYS 16

struct key {
	char name[16];   /* the token as written in the script */
	char bytes[8];   /* what is sent */
	bool hook;       /* @NAME: run the hook instead */
};

struct options {
	int cols, rows;
	const char *env[32];
	int nenv;
	const char *marker;
	int quiet_ms, wait_ms, runs, idle_s;
	struct key keys[MAX_KEYS];
	int nkeys;
	struct key quit;
	long flood_count;  /* -F: keys to write; 0 for no flood */
	struct key flood_keys[MAX_FLOOD_KEYS];
	int nflood_keys;
	long flood_gap_us;
	char **feeder;   /* argv of the -p command, or NULL */
	const char *hook;
	const char *dump;
	bool to_exit;    /* -X */
	char **argv;
};

/* One run's figures; -1 where not measured. */
struct run {
	double first_frame_ms, quit_ms;
	double frame_bytes, keys_bytes, hwm_kb, rss_anon_kb, rss_file_kb, exit_status;
	double exit_ms;
	double idle_ticks, idle_cpu_ms, idle_wakeups, idle_bytes;
	double flood_keys, flood_cpu_ms, flood_user_ms, flood_run_ms, flood_wakeups, flood_bytes, flood_ms;
	double key_ms[MAX_KEYS], key_bytes[MAX_KEYS];
};



/* ---- the key script ---- */

static const struct { const char *name, *bytes; } named_keys[] = {
	{ "Enter", "\r" }, { "Esc", "\033" }, { "Space", " " }, { "Tab", "\t" },
	{ "Up", "\033[A" }, { "Down", "\033[B" }, { "Right", "\033[C" }, { "Left", "\033[D" },
	{ "PgUp", "\033[5~" }, { "PgDn", "\033[6~" },
};

static struct key parse_key(const char *tok, size_t len)
{
	struct key k;

	if (len == 0 || len >= sizeof k.name)
		die("bad key '%.*s'", (int)len, tok);
	k.hook = false;
	if (len > 1 && tok[0] == '@') {
		k.hook = true;
		memcpy(k.name, tok, len);
		k.name[len] = '\0';
		k.bytes[0] = '\0';
		return k;
	}
	/* KEY#LABEL: KEY, counted under LABEL */
	const char *label = memchr(tok + 1, '#', len - 1);
	size_t name_len = label ? len - (size_t)(label + 1 - tok) : len;
	memcpy(k.name, label ? label + 1 : tok, name_len);
	k.name[name_len] = '\0';
	if (label)
		len = (size_t)(label - tok);
	if (len == 1) {
		k.bytes[0] = tok[0];
		k.bytes[1] = '\0';
		return k;
	}
	for (size_t i = 0; i < sizeof named_keys / sizeof named_keys[0]; i++)
		if (strlen(named_keys[i].name) == len && memcmp(tok, named_keys[i].name, len) == 0) {
			strcpy(k.bytes, named_keys[i].bytes);
			return k;
		}
	die("unknown key '%.*s'", (int)len, tok);
}

static void parse_script(struct options *o, const char *s)
{
	while (*s) {
		s += strspn(s, " ");
		size_t len = strcspn(s, " ");
		if (!len)
			break;
		const char *star = memchr(s + 1, '*', len - 1);
		size_t name_len = star ? (size_t)(star - s) : len;
		long times = star ? strtol(star + 1, NULL, 10) : 1;
		struct key k = parse_key(s, name_len);
		for (long i = 0; i < times; i++) {
			if (o->nkeys == MAX_KEYS)
				die("more than %d keys", MAX_KEYS);
			o->keys[o->nkeys++] = k;
		}
		s += len;
	}
}

/* Splits a command on spaces, in place. */
static char **split_words(char *s)
{
	size_t n = 0, cap = 8;
	char **v = malloc(cap * sizeof *v);

	for (char *w = strtok(s, " "); w; w = strtok(NULL, " ")) {
		if (n + 2 > cap)
			v = realloc(v, (cap *= 2) * sizeof *v);
		v[n++] = w;
	}
	v[n] = NULL;
	if (!n)
		die("empty command for -p");
	return v;
}

/* ---- the program ---- */

struct child {
	pid_t pid, feeder;
	int master;
	double exec_ms;    /* when the program was about to exec */
	bool exited;       /* the master reported the slave closed */
	struct buf_out { char *data; size_t len, cap; } out;
	bool keep;         /* keep the bytes for -o */
	char tail[64];     /* the last bytes read, to find a marker split across reads */
	size_t ntail;
	bool marker_seen;
	int da_state;      /* how much of ESC [ 0 c was just written */
};

static char **child_env(const struct options *o)
{
	return bench_env(o->env, o->nenv);
}

/* Runs argv with the environment env after writing the time to fd; writes
 * errno to fd if exec fails. */
static void exec_timed(char **argv, char **env, int fd) __attribute__((noreturn));
static void exec_timed(char **argv, char **env, int fd)
{
	double t = now_ms();
	if (write(fd, &t, sizeof t) != sizeof t)
		_exit(127);
	execvpe(argv[0], argv, env);
	int e = errno;
	if (write(fd, &e, sizeof e) != sizeof e)
		_exit(127);
	_exit(127);
}

/* Reads the exec time from fd, then waits for exec to close it. */
static double exec_time(int fd, const char *name)
{
	double t;
	int e;

	if (read(fd, &t, sizeof t) != sizeof t)
		die("cannot start %s", name);
	if (read(fd, &e, sizeof e) == sizeof e)
		die("cannot run %s: %s", name, strerror(e));
	close(fd);
	return t;
}

static void start(struct child *c, const struct options *o)
{
	struct winsize ws = { .ws_row = (unsigned short)o->rows, .ws_col = (unsigned short)o->cols };
	int sync[2], feed[2] = { -1, -1 };
	char **env = child_env(o);

	memset(c, 0, sizeof *c);
	c->feeder = -1;
	if (o->feeder) {
		if (pipe2(feed, O_CLOEXEC) != 0 || pipe2(sync, O_CLOEXEC) != 0)
			die("pipe: %s", strerror(errno));
		c->feeder = fork();
		if (c->feeder < 0)
			die("fork: %s", strerror(errno));
		if (c->feeder == 0) {
			int null = open("/dev/null", O_RDONLY);
			dup2(null, STDIN_FILENO);
			dup2(feed[1], STDOUT_FILENO);
			exec_timed(o->feeder, env, sync[1]);
		}
		close(sync[1]);
		c->exec_ms = exec_time(sync[0], o->feeder[0]);
		close(feed[1]);
	}
	if (pipe2(sync, O_CLOEXEC) != 0)
		die("pipe: %s", strerror(errno));
	c->pid = forkpty(&c->master, NULL, NULL, &ws);
	if (c->pid < 0)
		die("forkpty: %s", strerror(errno));
	if (c->pid == 0) {
		if (feed[0] >= 0)
			dup2(feed[0], STDIN_FILENO);
		if (o->to_exit && ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0)
			_exit(127);
		exec_timed(o->argv, env, sync[1]);
	}
	close(sync[1]);
	double t = exec_time(sync[0], o->argv[0]);
	if (feed[0] >= 0)
		close(feed[0]);
	else
		c->exec_ms = t;
	fcntl(c->master, F_SETFD, FD_CLOEXEC);
}

static void note_output(struct child *c, const char *marker, const char *p, size_t n)
{
	if (c->keep) {
		if (c->out.len + n > c->out.cap) {
			c->out.cap = (c->out.len + n) * 2;
			c->out.data = realloc(c->out.data, c->out.cap);
			if (!c->out.data)
				die("out of memory");
		}
		memcpy(c->out.data + c->out.len, p, n);
		c->out.len += n;
	}
	if (!marker || c->marker_seen)
		return;
	/* look in the tail of earlier reads joined to this one */
	size_t mlen = strlen(marker);
	char joined[64 + 4096];
	size_t take = n < 4096 ? n : 4096;
	memcpy(joined, c->tail, c->ntail);
	memcpy(joined + c->ntail, p, take);
	if (memmem(joined, c->ntail + take, marker, mlen) || memmem(p, n, marker, mlen))
		c->marker_seen = true;
	size_t keep = mlen - 1 < sizeof c->tail ? mlen - 1 : sizeof c->tail;
	if (n >= keep) {
		memcpy(c->tail, p + n - keep, keep);
		c->ntail = keep;
	} else {
		size_t old = c->ntail + n > keep ? keep - n : c->ntail;
		memmove(c->tail, c->tail + c->ntail - old, old);
		memcpy(c->tail + old, p, n);
		c->ntail = old + n;
	}
}

/* Answers the Device Attributes queries (ESC [ c, ESC [ 0 c) among the
 * program's output as a VT220-class terminal does. */
static void answer_queries(struct child *c, const char *p, size_t n)
{
	static const char reply[] = "\033[?62;22c";

	for (size_t i = 0; i < n; i++) {
		char ch = p[i];
		if (ch == 'c' && (c->da_state == 2 || c->da_state == 3)) {
			if (write(c->master, reply, sizeof reply - 1) != (ssize_t)(sizeof reply - 1))
				die("cannot answer a Device Attributes query: %s", strerror(errno));
			c->da_state = 0;
		} else if (ch == '[' && c->da_state == 1) {
			c->da_state = 2;
		} else if (ch == '0' && c->da_state == 2) {
			c->da_state = 3;
		} else {
			c->da_state = ch == '\033';
		}
	}
}

/* Reads output until it has begun (and the marker, if any, was seen) and
 * then stopped for quiet_ms, or until wait_ms passed without it beginning,
 * or the program exited.  Returns the time of the last byte, or -1 when
 * nothing came; *bytes gets how many. */
static double read_response(struct child *c, const struct options *o, const char *marker,
                            double since, double *bytes)
{
	char buf[65536];
	double last = -1, deadline = since + o->wait_ms;
	size_t total = 0;

	c->marker_seen = !marker;
	c->ntail = 0;
	while (!c->exited) {
		double t = now_ms();
		bool begun = total > 0 && c->marker_seen;
		double until = begun ? last + o->quiet_ms : deadline;
		if (!begun && total > 0 && last + o->quiet_ms > until)
			until = last + o->quiet_ms; /* still arriving */
		if (t >= until)
			break;
		struct pollfd p = { .fd = c->master, .events = POLLIN };
		int r = poll(&p, 1, (int)(until - t) + 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			die("poll: %s", strerror(errno));
		if (r == 0)
			continue;
		ssize_t n = read(c->master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) { /* EIO: the slave side is closed, the program is gone */
			c->exited = true;
			break;
		}
		last = now_ms();
		total += (size_t)n;
		note_output(c, marker, buf, (size_t)n);
		answer_queries(c, buf, (size_t)n);
	}
	*bytes = (double)total;
	if (marker && !c->marker_seen)
		return -1;
	return total ? last : -1;
}

static void send_key(const struct child *c, const struct key *k)
{
	size_t len = strlen(k->bytes);
	if (write(c->master, k->bytes, len) != (ssize_t)len)
		die("cannot write to the terminal: %s", strerror(errno));
}

/* ---- /proc ---- */


static double status_field(pid_t pid, const char *field)
{
	char buf[8192];
	if (!read_file(pid, "status", buf, sizeof buf))
		return -1;
	char *p = strstr(buf, field);
	return p ? strtod(p + strlen(field) + 1, NULL) : -1;
}

struct cpu {
	double ticks, user_ticks, run_ms, switches;
};

static struct cpu cpu_used(pid_t pid)
{
	struct cpu u = { -1, -1, -1, -1 };
	char buf[4096];

	if (read_file(pid, "stat", buf, sizeof buf)) {
		/* fields after the ")" closing the command name: state is the 3rd,
		 * utime the 14th and stime the 15th of the line */
		char *p = strrchr(buf, ')');
		unsigned long utime, stime;
		if (p && sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu",
		                &utime, &stime) == 2) {
			u.ticks = (double)(utime + stime);
			u.user_ticks = (double)utime;
		}
	}
	if (read_file(pid, "schedstat", buf, sizeof buf))
		u.run_ms = strtod(buf, NULL) / 1e6;
	double v = status_field(pid, "voluntary_ctxt_switches:");
	double nv = status_field(pid, "nonvoluntary_ctxt_switches:");
	if (v >= 0 && nv >= 0)
		u.switches = v + nv;
	return u;
}

/* ---- a flood of keys ---- */

/* Bytes waiting in the program's input queue (the slave side's), or -1. */
static int input_queued(const struct child *c)
{
	const char *name = ptsname(c->master);
	int n = -1;
	if (!name)
		return -1;
	int fd = open(name, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (ioctl(fd, FIONREAD, &n) != 0)
		n = -1;
	close(fd);
	return n;
}

/* -F COUNT:KEYS[:GAP_US]; KEYS are tokens of the key script separated by
 * commas (so neither ',' nor ':' can be one). */
static void parse_flood(struct options *o, const char *arg)
{
	char *end, *copy = strdup(arg);
	o->flood_count = strtol(copy, &end, 10);
	if (o->flood_count < 1 || *end != ':' || !end[1])
		die("bad flood '%s' (COUNT:KEYS[:GAP_US])", arg);
	char *keys = end + 1, *gap = strchr(keys, ':');
	o->flood_gap_us = 100;
	if (gap) {
		*gap++ = '\0';
		o->flood_gap_us = strtol(gap, &end, 10);
		if (o->flood_gap_us < 0 || *end || end == gap)
			die("bad gap in the flood '%s'", arg);
	}
	for (char *k = strtok(keys, ","); k; k = strtok(NULL, ",")) {
		if (o->nflood_keys == MAX_FLOOD_KEYS)
			die("more than %d keys in a flood", MAX_FLOOD_KEYS);
		if (k[0] == '@' || (k[0] && strchr(k + 1, '#')))
			die("bad key '%s' in the flood '%s'", k, arg);
		o->flood_keys[o->nflood_keys++] = parse_key(k, strlen(k));
	}
	if (!o->nflood_keys)
		die("no key in the flood '%s'", arg);
	free(copy);
}

/* Writes the flood (-F), reading everything the program writes meanwhile,
 * then waits for its input queue to empty and its output to go quiet. */
static void flood(struct child *c, const struct options *o, struct run *r)
{
	char buf[65536];
	long written = 0;        /* keys written whole */
	size_t off = 0;          /* bytes of the next key written so far */
	bool blocked = false;    /* the terminal took no more: wait for POLLOUT */
	double bytes = 0, first = -1, last_out = -1, last_key = -1, next = 0;
	int fl = fcntl(c->master, F_GETFL);

	fcntl(c->master, F_SETFL, fl | O_NONBLOCK);
	struct cpu before = cpu_used(c->pid);
	while (!c->exited) {
		double t = now_ms();
		bool more = written < o->flood_count;
		double timeout_ms;
		if (more) {
			if (!blocked && t >= next) {
				const char *k = o->flood_keys[written % o->nflood_keys].bytes;
				size_t len = strlen(k);
				if (first < 0)
					first = t;
				ssize_t n = write(c->master, k + off, len - off);
				if (n < 0 && errno != EAGAIN && errno != EINTR)
					die("cannot write to the terminal: %s", strerror(errno));
				if (n < 0 && errno == EAGAIN)
					blocked = true;
				else if (n > 0 && (off += (size_t)n) == len) {
					off = 0;
					written++;
					last_key = t;
					next = t + (double)o->flood_gap_us / 1e3;
				}
			}
			/* read what is there, then wait for the next key's time, or
			 * for the terminal to take more */
			timeout_ms = blocked ? o->wait_ms : next - now_ms();
			if (timeout_ms < 0)
				timeout_ms = 0;
		} else {
			double since = last_out > last_key ? last_out : last_key;
			if (t >= since + o->quiet_ms) {
				int queued = input_queued(c);
				if (queued <= 0 || t >= since + o->wait_ms) {
					if (queued > 0)
						fprintf(stderr, "ptyrun: the flood ended with %d bytes "
						        "still unread by %s\n", queued, o->argv[0]);
					break;
				}
				timeout_ms = 10; /* still taking keys, silently */
			} else {
				timeout_ms = since + o->quiet_ms - t;
			}
		}
		struct pollfd p = { .fd = c->master, .events = POLLIN | (blocked ? POLLOUT : 0) };
		struct timespec ts = { .tv_sec = (time_t)(timeout_ms / 1e3) };
		ts.tv_nsec = (long)((timeout_ms - (double)ts.tv_sec * 1e3) * 1e6);
		int rc = ppoll(&p, 1, &ts, NULL);
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc < 0)
			die("poll: %s", strerror(errno));
		if (rc == 0 && blocked)
			die("%s took no key for %d ms", o->argv[0], o->wait_ms);
		if (p.revents & POLLOUT)
			blocked = false;
		if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
			ssize_t n = read(c->master, buf, sizeof buf);
			if (n < 0 && (errno == EAGAIN || errno == EINTR))
				continue;
			if (n <= 0) { /* EIO: the program is gone */
				c->exited = true;
				break;
			}
			last_out = now_ms();
			bytes += (double)n;
			note_output(c, NULL, buf, (size_t)n);
		}
	}
	struct cpu after = cpu_used(c->pid);
	fcntl(c->master, F_SETFL, fl);
	r->flood_keys = (double)written;
	r->flood_bytes = bytes;
	if (!c->exited && before.ticks >= 0 && after.ticks >= 0) {
		double tick_ms = 1e3 / (double)sysconf(_SC_CLK_TCK);
		r->flood_cpu_ms = (after.ticks - before.ticks) * tick_ms;
		r->flood_user_ms = (after.user_ticks - before.user_ticks) * tick_ms;
		r->flood_run_ms = after.run_ms - before.run_ms;
		r->flood_wakeups = after.switches - before.switches;
	}
	if (first >= 0)
		r->flood_ms = (last_out > last_key ? last_out : last_key) - first;
	if (getenv("PTYRUN_TRACE"))
		fprintf(stderr, "ptyrun: flood: %ld keys, %.0f bytes, %.1f ms, %.0f ms of CPU\n",
		        written, bytes, r->flood_ms, r->flood_cpu_ms);
}

static void run_hook(const struct options *o, const struct child *c, const char *phase)
{
	char pid[16];
	if (!o->hook)
		return;
	snprintf(pid, sizeof pid, "%d", (int)c->pid);
	setenv("PTYRUN_PID", pid, 1);
	setenv("PTYRUN_PHASE", phase, 1);
	if (system(o->hook) != 0)
		fprintf(stderr, "ptyrun: the hook failed in phase %s\n", phase);
}

/* ---- one run ---- */

/* -o: what the run wrote, to the file. */
static void dump_output(const struct options *o, const struct child *c)
{
	FILE *f = fopen(o->dump, "wb");
	if (!f || fwrite(c->out.data, 1, c->out.len, f) != c->out.len || fclose(f) != 0)
		die("cannot write %s", o->dump);
}

/* -X: lets the program run to its end, draining the terminal, and stops it
 * once more at its exit to read its peak RSS while it still has one. */
static void run_to_exit(const struct options *o, struct run *r)
{
	struct child c;
	sigset_t chld;
	int status;
	char buf[65536];

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	int sfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		die("signalfd: %s", strerror(errno));
	start(&c, o);
	c.keep = o->dump != NULL;
	/* stopped at exec (PTRACE_TRACEME) */
	if (waitpid(c.pid, &status, 0) != c.pid || !WIFSTOPPED(status))
		die("%s did not start", o->argv[0]);
	ptrace(PTRACE_SETOPTIONS, c.pid, NULL, (void *)(PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL));
	ptrace(PTRACE_CONT, c.pid, NULL, NULL);
	for (;;) {
		/* a negative fd is skipped: the terminal once it is closed */
		struct pollfd p[2] = { { .fd = c.exited ? -1 : c.master, .events = POLLIN },
		                       { .fd = sfd, .events = POLLIN } };
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			die("poll: %s", strerror(errno));
		if (!c.exited && (p[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			ssize_t n = read(c.master, buf, sizeof buf);
			if (n <= 0)
				c.exited = true;
			else
				note_output(&c, NULL, buf, (size_t)n);
		}
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof si) == sizeof si)
			;
		pid_t w = waitpid(c.pid, &status, WNOHANG);
		if (w == 0)
			continue;
		if (w < 0)
			die("waitpid: %s", strerror(errno));
		if (WIFSTOPPED(status) && status >> 8 == (SIGTRAP | (PTRACE_EVENT_EXIT << 8))) {
			r->exit_ms = now_ms() - c.exec_ms;
			r->hwm_kb = status_field(c.pid, "VmHWM:");
			ptrace(PTRACE_CONT, c.pid, NULL, NULL);
		} else if (WIFSTOPPED(status)) {
			/* pass any other signal on */
			ptrace(PTRACE_CONT, c.pid, NULL, (void *)(long)WSTOPSIG(status));
		} else {
			r->exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
			break;
		}
	}
	close(c.master);
	close(sfd);
	if (c.feeder > 0)
		waitpid(c.feeder, NULL, 0);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	if (c.keep)
		dump_output(o, &c);
	free(c.out.data);
}

static void one_run(const struct options *o, struct run *r, bool keep)
{
	struct child c;
	double bytes;

	r->first_frame_ms = r->quit_ms = r->hwm_kb = r->exit_status = r->exit_ms = -1;
	r->rss_anon_kb = r->rss_file_kb = r->frame_bytes = r->keys_bytes = -1;
	r->idle_ticks = r->idle_cpu_ms = r->idle_wakeups = r->idle_bytes = -1;
	r->flood_keys = r->flood_cpu_ms = r->flood_user_ms = r->flood_run_ms = r->flood_wakeups = -1;
	r->flood_bytes = r->flood_ms = -1;
	if (o->to_exit) {
		run_to_exit(o, r);
		return;
	}
	start(&c, o);
	c.keep = keep;
	r->keys_bytes = 0;

	double last = read_response(&c, o, o->marker, c.exec_ms, &bytes);
	if (last < 0)
		die("no first frame from %s within %d ms (%.0f bytes%s)", o->argv[0], o->wait_ms,
		    bytes, o->marker ? ", marker not seen" : "");
	r->first_frame_ms = last - c.exec_ms;
	r->frame_bytes = bytes;

	if (o->idle_s > 0) {
		struct cpu before = cpu_used(c.pid);
		double end = now_ms() + o->idle_s * 1000.0, idle_bytes = 0;
		char buf[4096];
		for (double t = now_ms(); t < end && !c.exited; t = now_ms()) {
			struct pollfd p = { .fd = c.master, .events = POLLIN };
			if (poll(&p, 1, (int)(end - t) + 1) > 0) {
				ssize_t n = read(c.master, buf, sizeof buf);
				if (n <= 0)
					c.exited = true;
				else
					idle_bytes += (double)n;
			}
		}
		struct cpu after = cpu_used(c.pid);
		r->idle_ticks = after.ticks - before.ticks;
		r->idle_cpu_ms = after.run_ms - before.run_ms;
		r->idle_wakeups = after.switches - before.switches;
		r->idle_bytes = idle_bytes;
	}

	for (int i = 0; i < o->nkeys && !c.exited; i++) {
		r->key_ms[i] = r->key_bytes[i] = -1;
		if (o->keys[i].hook) {
			run_hook(o, &c, o->keys[i].name + 1);
			continue;
		}
		/* the time before writing: the program may well run and answer
		 * before write() returns to us */
		double sent = now_ms();
		send_key(&c, &o->keys[i]);
		double end = read_response(&c, o, NULL, sent, &bytes);
		r->key_ms[i] = end < 0 ? -1 : end - sent;
		r->key_bytes[i] = bytes;
		if (getenv("PTYRUN_TRACE"))
			fprintf(stderr, "ptyrun: key %s: %.3f ms, %.0f bytes\n", o->keys[i].name,
			        r->key_ms[i], bytes);
		r->keys_bytes += bytes;
	}

	if (o->flood_count > 0 && !c.exited)
		flood(&c, o, r);

	if (!c.exited) {
		r->hwm_kb = status_field(c.pid, "VmHWM:");
		r->rss_anon_kb = status_field(c.pid, "RssAnon:");
		r->rss_file_kb = status_field(c.pid, "RssFile:");
	}
	double sent = now_ms();
	send_key(&c, &o->quit);
	char buf[65536];
	for (;;) {
		ssize_t n = read(c.master, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		note_output(&c, NULL, buf, (size_t)n);
	}
	int status;
	while (waitpid(c.pid, &status, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	r->quit_ms = now_ms() - sent;
	r->exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	close(c.master);
	if (c.feeder > 0)
		waitpid(c.feeder, NULL, 0);
	if (keep && o->dump)
		dump_output(o, &c);
	free(c.out.data);
}

/* ---- statistics ---- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* The q-quantile of the n values v (sorted in place), interpolated. */
static double quantile(double *v, int n, double q)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	double pos = q * (n - 1);
	int i = (int)pos;
	return i + 1 < n ? v[i] + (pos - i) * (v[i + 1] - v[i]) : v[i];
}

/* Prints the median of the n values (those < 0 are "not measured"), with
 * its spread when there is more than one. */
static void report(const char *name, double *v, int n, bool spread)
{
	int m = 0;
	for (int i = 0; i < n; i++)
		if (v[i] >= 0)
			v[m++] = v[i];
	if (m == 0)
		return;
	printf("%s %.3f\n", name, quantile(v, m, 0.5));
	if (spread && m > 1) {
		printf("%s.p25 %.3f\n%s.p75 %.3f\n", name, quantile(v, m, 0.25), name,
		       quantile(v, m, 0.75));
		printf("%s.min %.3f\n%s.max %.3f\n", name, v[0], name, v[m - 1]);
	}
}

int main(int argc, char **argv)
{
	static struct options o = {
		.cols = 80, .rows = 24, .quiet_ms = 100, .wait_ms = 5000, .runs = 1,
		.quit = { .name = "q", .bytes = "q" },
	};
	int c;

	while ((c = getopt(argc, argv, "+s:e:m:q:w:n:z:k:F:x:p:H:o:X")) != -1) {
		switch (c) {
		case 's':
			if (sscanf(optarg, "%dx%d", &o.cols, &o.rows) != 2)
				die("bad size '%s'", optarg);
			break;
		case 'e':
			if (o.nenv == 32)
				die("too many -e");
			o.env[o.nenv++] = optarg;
			break;
		case 'm': o.marker = optarg; break;
		case 'q': o.quiet_ms = atoi(optarg); break;
		case 'w': o.wait_ms = atoi(optarg); break;
		case 'n': o.runs = atoi(optarg); break;
		case 'z': o.idle_s = atoi(optarg); break;
		case 'k': parse_script(&o, optarg); break;
		case 'F': parse_flood(&o, optarg); break;
		case 'x': o.quit = parse_key(optarg, strlen(optarg)); break;
		case 'p': o.feeder = split_words(optarg); break;
		case 'H': o.hook = optarg; break;
		case 'o': o.dump = optarg; break;
		case 'X': o.to_exit = true; break;
		default: die("usage: ptyrun [OPTIONS] -- PROGRAM [ARG...]");
		}
	}
	if (optind >= argc || o.runs < 1 || o.runs > MAX_RUNS)
		die("usage: ptyrun [OPTIONS] -- PROGRAM [ARG...]");
	if (o.marker && !*o.marker)
		o.marker = NULL;
	if (o.marker && strlen(o.marker) > 60)
		die("the marker is longer than 60 bytes");
	o.argv = argv + optind;
	signal(SIGPIPE, SIG_IGN);
	if (o.flood_count > 0) /* gaps of microseconds: no slack on the timers */
		prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);

	int n = o.runs;
	double *col = malloc((size_t)n * sizeof *col);
	struct run *all = calloc((size_t)n, sizeof *all);
	if (!col || !all)
		die("out of memory");
	for (int i = 0; i < n; i++)
		one_run(&o, &all[i], i == n - 1);

#define FIGURE(field, name, spread) \
	do { \
		for (int i = 0; i < n; i++) \
			col[i] = all[i].field; \
		report(name, col, n, spread); \
	} while (0)
	printf("runs %d\n", n);
	FIGURE(first_frame_ms, "first_frame_ms", true);
	FIGURE(frame_bytes, "frame_bytes", true);
	FIGURE(quit_ms, "quit_ms", true);
	FIGURE(exit_ms, "exit_ms", true);
	FIGURE(hwm_kb, "hwm_kb", true);
	FIGURE(rss_anon_kb, "rss_anon_kb", false);
	FIGURE(rss_file_kb, "rss_file_kb", false);
	FIGURE(keys_bytes, "keys_bytes", true);
	FIGURE(exit_status, "exit_status", false);
	FIGURE(idle_ticks, "idle_ticks", true);
	FIGURE(idle_cpu_ms, "idle_cpu_ms", true);
	FIGURE(idle_wakeups, "idle_wakeups", true);
	FIGURE(idle_bytes, "idle_bytes", true);
	FIGURE(flood_keys, "flood_keys", false);
	FIGURE(flood_cpu_ms, "flood_cpu_ms", true);
	FIGURE(flood_user_ms, "flood_user_ms", true);
	FIGURE(flood_run_ms, "flood_run_ms", true);
	FIGURE(flood_wakeups, "flood_wakeups", true);
	FIGURE(flood_bytes, "flood_bytes", true);
	FIGURE(flood_ms, "flood_ms", true);

	/* per key token: every press in every run */
	double *ms = malloc((size_t)n * (size_t)o.nkeys * sizeof *ms + 1);
	double *by = malloc((size_t)n * (size_t)o.nkeys * sizeof *by + 1);
	if (!ms || !by)
		die("out of memory");
	for (int k = 0; k < o.nkeys; k++) {
		bool first = !o.keys[k].hook;
		for (int j = 0; j < k; j++)
			if (strcmp(o.keys[j].name, o.keys[k].name) == 0)
				first = false;
		if (!first)
			continue;
		int m = 0, silent = 0;
		for (int i = 0; i < n; i++)
			for (int j = 0; j < o.nkeys; j++)
				if (strcmp(o.keys[j].name, o.keys[k].name) == 0) {
					ms[m] = all[i].key_ms[j];
					silent += ms[m] < 0;
					by[m++] = all[i].key_bytes[j];
				}
		char name[64];
		/* presses per run, and how many of all got no response */
		printf("key.%s.count %d\nkey.%s.silent %d\n", o.keys[k].name, m / n,
		       o.keys[k].name, silent);
		snprintf(name, sizeof name, "key.%s.ms", o.keys[k].name);
		report(name, ms, m, true);
		snprintf(name, sizeof name, "key.%s.bytes", o.keys[k].name);
		report(name, by, m, false);
	}
	free(ms);
	free(by);
	free(col);
	free(all);
	return 0;
}
