/* stallpty.c — runs a program in a pseudo-terminal whose other end stops
 * reading, as a stalled ssh client does, and sees whether the program still
 * hears signals and gives the terminal back.
 *
 *   stallpty [-s SIGNAL] [-w SECONDS] [-S COLSxROWS] -- PROGRAM [ARG...]
 *
 * The program starts on the slave side of a new pty; keys (tab switches
 * and Ctrl-L, each a whole repaint) are typed every 30 ms and nothing it
 * writes is ever read, until it is blocked in write() for half a second.
 * Then SIGNAL (a number; 0: none, to wait for an idle timeout) is sent and
 * the program has SECONDS to end.  Prints, one a line:
 *   blocked yes|no        whether the program was ever seen blocked
 *   status N | signal N | timeout     how it ended (timeout: killed)
 *   elapsed_ms N          from the signal (or the block) to its end
 *   modes same|changed    the pty's termios after, against before
 * Used by tests/e2e; not part of pushpander. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Whether pid sleeps in write(2): /proc/PID/syscall starts with 1 on x86_64
 * and 64 on arm64, and the state is S. */
static int in_write(pid_t pid)
{
	char path[64], buf[256];
	snprintf(path, sizeof path, "/proc/%d/syscall", (int)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	int n = fgets(buf, sizeof buf, f) != NULL;
	fclose(f);
	if (!n)
		return 0;
	long nr = strtol(buf, NULL, 10);
#if defined(__aarch64__)
	return nr == 64;
#else
	return nr == 1;
#endif
}

static void usage(void)
{
	fputs("usage: stallpty [-s SIGNAL] [-w SECONDS] [-S COLSxROWS] -- PROGRAM [ARG...]\n",
	      stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	int sig = SIGTERM, wait_s = 5, opt;
	struct winsize ws = { .ws_row = 50, .ws_col = 200 };

	while ((opt = getopt(argc, argv, "s:w:S:")) != -1) {
		switch (opt) {
		case 's': sig = atoi(optarg); break;
		case 'w': wait_s = atoi(optarg); break;
		case 'S': {
			unsigned c, r;
			if (sscanf(optarg, "%ux%u", &c, &r) != 2)
				usage();
			ws.ws_col = (unsigned short)c, ws.ws_row = (unsigned short)r;
			break;
		}
		default: usage();
		}
	}
	if (optind >= argc)
		usage();

	int master, slave;
	if (openpty(&master, &slave, NULL, NULL, &ws) != 0) {
		perror("stallpty: openpty");
		return 2;
	}
	struct termios before, after;
	tcgetattr(slave, &before);
	pid_t pid = fork();
	if (pid < 0) {
		perror("stallpty: fork");
		return 2;
	}
	if (pid == 0) {
		/* the program starts as a terminal would start it: every signal
		 * at its default (a test runner's background job ignores SIGINT
		 * and SIGQUIT, and children inherit that), none blocked */
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		for (int sig = 1; sig < NSIG; sig++)
			signal(sig, SIG_DFL);
		setsid();
		ioctl(slave, TIOCSCTTY, 0);
		dup2(slave, 0), dup2(slave, 1), dup2(slave, 2);
		close(master);
		if (slave > 2)
			close(slave);
		execvp(argv[optind], argv + optind);
		_exit(127);
	}
	/* keys, never a read, until it has sat in write() for 500 ms */
	static const char keys[] = "1234567\f";
	long long blocked_since = -1, start = now_ms(), t0;
	int blocked = 0, status = 0, ended = 0;
	fcntl(master, F_SETFL, O_NONBLOCK);
	for (size_t i = 0; now_ms() - start < 20000; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid) {
			ended = 1;
			break;
		}
		if (in_write(pid)) {
			if (blocked_since < 0)
				blocked_since = now_ms();
			if (now_ms() - blocked_since >= 500) {
				blocked = 1;
				break;
			}
		} else {
			blocked_since = -1;
			ssize_t w = write(master, &keys[i % (sizeof keys - 1)], 1);
			(void)w;
		}
		usleep(30000);
	}
	printf("blocked %s\n", blocked ? "yes" : "no");
	t0 = now_ms();
	if (!ended && sig)
		kill(pid, sig);
	while (!ended && now_ms() - t0 < wait_s * 1000LL) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			ended = 1;
		else
			usleep(10000);
	}
	if (!ended) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		printf("timeout\n");
	} else if (WIFSIGNALED(status)) {
		printf("signal %d\n", WTERMSIG(status));
	} else {
		printf("status %d\n", WEXITSTATUS(status));
	}
	printf("elapsed_ms %lld\n", now_ms() - t0);
	tcgetattr(slave, &after);
	int same = before.c_iflag == after.c_iflag && before.c_oflag == after.c_oflag &&
	           before.c_lflag == after.c_lflag && before.c_cflag == after.c_cflag;
	printf("modes %s\n", same ? "same" : "changed");
	return 0;
}
