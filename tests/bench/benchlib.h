/* benchlib.h — what the bench's small programs share: dying with a
 * message, the monotonic clock in milliseconds, and a /proc file read
 * whole.  Each program is one C file built alone (tests/bench/run and
 * tests/bench/ssh compile them), so these are static; a program defines
 * BENCH_NAME, the prefix of its messages, before including this. */
#ifndef PUSHPANDER_BENCHLIB_H
#define PUSHPANDER_BENCHLIB_H

#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#ifdef BENCH_NAME
/* "NAME: message" on standard error, and exit status 2. */
static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2), unused));
static void die(const char *fmt, ...)
{
	va_list ap;
	fputs(BENCH_NAME ": ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}
#endif

static double now_ms(void) __attribute__((unused));
static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* /proc/PID/NAME into buf (NUL-terminated, at most size - 1 bytes). */
static bool read_file(pid_t pid, const char *name, char *buf, size_t size) __attribute__((unused));
static bool read_file(pid_t pid, const char *name, char *buf, size_t size)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	return true;
}

/* The environment a program under test runs in: PATH and HOME from ours,
 * TERM=xterm-256color, LANG=LC_ALL=C.UTF-8, then the nextra of extra. */
static char **bench_env(const char *const *extra, int nextra) __attribute__((unused));
static char **bench_env(const char *const *extra, int nextra)
{
	static char *env[48];
	static char path[4096], home[1024];
	int n = 0;

	snprintf(path, sizeof path, "PATH=%s", getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	snprintf(home, sizeof home, "HOME=%s", getenv("HOME") ? getenv("HOME") : "/");
	env[n++] = path;
	env[n++] = home;
	env[n++] = "TERM=xterm-256color";
	env[n++] = "LANG=C.UTF-8";
	env[n++] = "LC_ALL=C.UTF-8";
	for (int i = 0; i < nextra && n < 47; i++)
		env[n++] = (char *)extra[i];
	env[n] = NULL;
	return env;
}

#endif
