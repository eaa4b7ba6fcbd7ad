/* test_sandbox.c — the seccomp filter (sandbox.c) is in force once entered:
 * what the viewer does still works, anything else kills the process.  Each
 * check runs in a child, since the filter cannot be left. */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "sandbox.h"

/* The child's exit status when sandbox_enter() installed nothing. */
#define NOT_ENTERED 3

static int pipe_fds[2];

/* Runs body in a child after sandbox_enter(); returns its wait status. */
static int sandboxed(int (*body)(void))
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0)
		_exit(sandbox_enter() ? body() : NOT_ENTERED);
	int status = -1;
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

/* The child was killed by the filter, or (in a sanitizer build, where the
 * filter is not installed) was never confined. */
static void check_killed(int status, const char *what)
{
	if (!SANDBOX_BUILT) {
		CHECK_MSG(WIFEXITED(status) && WEXITSTATUS(status) == NOT_ENTERED,
		          "%s: a sanitizer build should install no filter (status %#x)", what, status);
		return;
	}
	CHECK_MSG(WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS,
	          "%s: not killed by SIGSYS under the filter (status %#x)", what, status);
}

static int open_file(void)
{
	return open("/etc/hostname", O_RDONLY) >= 0 ? 0 : 1;
}

static int open_socket(void)
{
	return socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 0 : 1;
}

static int fork_again(void)
{
	return fork() >= 0 ? 0 : 1;
}

static int signal_parent(void)
{
	return kill(getppid(), 0) == 0 ? 0 : 1;
}

static int executable_memory(void)
{
	void *p = mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return p != MAP_FAILED ? 0 : 1;
}

/* TIOCSTI would type keys into the terminal for whoever reads it next. */
static int inject_keys(void)
{
	char c = 'x';
	return ioctl(STDIN_FILENO, TIOCSTI, &c) == 0 ? 0 : 1;
}

TEST(sandbox_kills_forbidden_calls)
{
	check_killed(sandboxed(open_file), "open");
	check_killed(sandboxed(open_socket), "socket");
	check_killed(sandboxed(fork_again), "fork");
	check_killed(sandboxed(signal_parent), "kill of another process");
	check_killed(sandboxed(executable_memory), "mmap PROT_EXEC");
	check_killed(sandboxed(inject_keys), "ioctl TIOCSTI");
}

/* What the viewer and the printer do after entering: write, read the time,
 * allocate, ask the flags of a descriptor, handle a signal it sends
 * itself, enter again. */
static int allowed_calls(void)
{
	struct timespec ts;
	char *big = malloc(1 << 24);
	int fl = fcntl(pipe_fds[1], F_GETFL);

	if (!big || fl < 0 || fcntl(pipe_fds[1], F_SETFL, fl) != 0 ||
	    clock_gettime(CLOCK_MONOTONIC, &ts) != 0 || !sandbox_enter())
		return 1;
	memset(big, 'x', 1 << 24);
	free(big);
	signal(SIGUSR1, SIG_IGN);
	if (raise(SIGUSR1) != 0 || kill(getpid(), SIGUSR1) != 0)
		return 1;
	return write(pipe_fds[1], "ok", 2) == 2 ? 0 : 1;
}

TEST(sandbox_allows_what_the_viewer_uses)
{
	char got[3] = "";

	if (pipe(pipe_fds) != 0) {
		CHECK_MSG(false, "pipe failed");
		return;
	}
	int status = sandboxed(allowed_calls);
	close(pipe_fds[1]);
	ssize_t n = read(pipe_fds[0], got, 2);
	close(pipe_fds[0]);
	if (!SANDBOX_BUILT) {
		CHECK_INT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, NOT_ENTERED);
		return;
	}
	CHECK_MSG(WIFEXITED(status) && WEXITSTATUS(status) == 0,
	          "the allowed calls failed or were killed (status %#x)", status);
	CHECK_INT_EQ(n, 2);
	CHECK_STR_EQ(got, "ok");
}
