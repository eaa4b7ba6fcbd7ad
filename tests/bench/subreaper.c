/* subreaper.c — runs a program as the reaper of its own orphans.
 *
 * Used by tests/bench/ssh (make bench-ssh); not part of pushpander.
 *
 *   subreaper PROGRAM [ARG...]
 *
 * Marks itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), which
 * execve keeps, and becomes PROGRAM, in the same process.  The processes
 * that PROGRAM's descendants leave orphaned are then reparented to PROGRAM
 * rather than to PID 1.  For sshd: when a session ends, the privileged
 * monitor often exits before the session's unprivileged process is reaped,
 * which is then init's to reap.  A host's init (systemd) does so at once;
 * some minimal ones (a VM's or a container's) only every second or two,
 * and until then the zombie counts against the account's process limit
 * (RLIMIT_NPROC).  sshd's listener reaps every child it gets (waitpid(-1)
 * on SIGCHLD), so under subreaper its orphans go as soon as they end. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: subreaper PROGRAM [ARG...]\n", stderr);
		return 2;
	}
	if (prctl(PR_SET_CHILD_SUBREAPER, 1L, 0L, 0L, 0L) != 0) {
		fprintf(stderr, "subreaper: prctl: %s\n", strerror(errno));
		return 1;
	}
	execvp(argv[1], argv + 1);
	fprintf(stderr, "subreaper: cannot run %s: %s\n", argv[1], strerror(errno));
	return 127;
}
