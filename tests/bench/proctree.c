/* proctree.c — a process and all its descendants, one line each, with what
 * they cost: memory from /proc/PID/smaps_rollup, CPU from /proc/PID/stat and
 * schedstat, wake-ups from /proc/PID/status.
 *
 * Used by tests/bench/ssh (make bench-ssh) to weigh the server side of the
 * ssh sessions (an sshd and everything it started); not part of pushpander.
 * Reading another user's smaps_rollup needs root.
 *
 *   proctree PID...
 *
 * Output: one line per process of the trees rooted at the PIDs (each once):
 *
 *   PID PPID UID TTY PSS_KB RSS_KB TICKS CTICKS RUN_NS SWITCHES COMM
 *
 * TTY is the controlling terminal's device number (0 for none), TICKS
 * utime+stime in clock ticks, CTICKS cutime+cstime (the CPU of the children
 * it has waited for: the sum of TICKS and CTICKS over a tree is all the CPU
 * the tree has used, its ended processes included), RUN_NS the time on a
 * CPU from schedstat (the process's own),
 * SWITCHES the voluntary and involuntary context switches (wake-ups), COMM
 * the command name (no spaces: they become '_').  A figure that cannot be
 * read is -1.  A process that ends while it is read is left out. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "benchlib.h"

struct proc {
	int pid, ppid, tty;
	unsigned long ticks, child_ticks;
	char comm[64];
	bool in_tree;
};


/* "NAME:   VALUE" in a /proc file's text; -1 if absent. */
static long field(const char *text, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = text; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, name, len) == 0 && p[len] == ':')
			return strtol(p + len + 1, NULL, 10);
	return -1;
}

static bool read_stat(int pid, struct proc *p)
{
	char buf[4096];
	if (!read_file(pid, "stat", buf, sizeof buf))
		return false;
	char *open_paren = strchr(buf, '('), *close_paren = strrchr(buf, ')');
	if (!open_paren || !close_paren)
		return false;
	size_t len = (size_t)(close_paren - open_paren - 1);
	if (len >= sizeof p->comm)
		len = sizeof p->comm - 1;
	memcpy(p->comm, open_paren + 1, len);
	p->comm[len] = '\0';
	for (char *c = p->comm; *c; c++)
		if (isspace((unsigned char)*c))
			*c = '_';
	unsigned long utime, stime;
	long cutime, cstime;
	/* after ")": state ppid pgrp session tty_nr ... utime (the 14th field of
	 * the line) stime cutime cstime */
	if (sscanf(close_paren + 2, "%*c %d %*d %*d %d %*d %*u %*u %*u %*u %*u %lu %lu %ld %ld",
	           &p->ppid, &p->tty, &utime, &stime, &cutime, &cstime) != 6)
		return false;
	p->pid = pid;
	p->ticks = utime + stime;
	p->child_ticks = (unsigned long)(cutime + cstime);
	return true;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: proctree PID...\n");
		return 2;
	}
	size_t n = 0, cap = 1024;
	struct proc *procs = malloc(cap * sizeof *procs);
	DIR *d = opendir("/proc");
	if (!procs || !d) {
		perror("proctree");
		return 1;
	}
	for (struct dirent *e; (e = readdir(d));) {
		if (!isdigit((unsigned char)e->d_name[0]))
			continue;
		if (n == cap && !(procs = realloc(procs, (cap *= 2) * sizeof *procs))) {
			perror("proctree");
			return 1;
		}
		memset(&procs[n], 0, sizeof procs[n]);
		if (read_stat(atoi(e->d_name), &procs[n]))
			n++;
	}
	closedir(d);

	for (int a = 1; a < argc; a++)
		for (size_t i = 0; i < n; i++)
			if (procs[i].pid == atoi(argv[a]))
				procs[i].in_tree = true;
	/* a parent's pid is not always below its children's: repeat until
	 * nothing joins */
	for (bool more = true; more;) {
		more = false;
		for (size_t i = 0; i < n; i++) {
			if (procs[i].in_tree)
				continue;
			for (size_t j = 0; j < n; j++)
				if (procs[j].in_tree && procs[j].pid == procs[i].ppid) {
					procs[i].in_tree = more = true;
					break;
				}
		}
	}

	for (size_t i = 0; i < n; i++) {
		const struct proc *p = &procs[i];
		char buf[8192];
		long pss = -1, rss = -1, uid = -1, switches = -1;
		double run_ns = -1;
		if (!p->in_tree)
			continue;
		if (read_file(p->pid, "smaps_rollup", buf, sizeof buf)) {
			pss = field(buf, "Pss");
			rss = field(buf, "Rss");
		}
		if (read_file(p->pid, "schedstat", buf, sizeof buf))
			run_ns = strtod(buf, NULL);
		if (!read_file(p->pid, "status", buf, sizeof buf))
			continue; /* gone */
		uid = field(buf, "Uid");
		long v = field(buf, "voluntary_ctxt_switches"), nv = field(buf, "nonvoluntary_ctxt_switches");
		if (v >= 0 && nv >= 0)
			switches = v + nv;
		printf("%d %d %ld %d %ld %ld %lu %lu %.0f %ld %s\n", p->pid, p->ppid, uid, p->tty, pss, rss,
		       p->ticks, p->child_ticks, run_ns, switches, p->comm);
	}
	free(procs);
	return 0;
}
