/* sandbox.c — the seccomp filter (libseccomp): an allow-list, and death
 * for everything else. */
#include "sandbox.h"

#if SANDBOX_BUILT

#include <errno.h>
#include <fcntl.h>
#include <seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

#include "util.h"

/* Valgrind cannot run seccomp(2) (it warns of an unhandled system call,
 * which check-valgrind counts as an error): under it the filter is left
 * out, as the sanitizers leave it out.  The test is a client request that
 * only valgrind's CPU answers, not something the environment can say. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#ifndef UNDER_VALGRIND
#define UNDER_VALGRIND() 0
#endif

/* Allowed whatever their arguments.  Names a kernel does not have on this
 * architecture (poll, alarm, time on arm64) are skipped by libseccomp. */
static const int any_arguments[] = {
	/* the open descriptors: the terminal, the pipes of stdout/stderr */
	SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(readv), SCMP_SYS(writev),
	SCMP_SYS(poll), SCMP_SYS(ppoll), SCMP_SYS(lseek),
	/* signals: the handlers, the loop's mask, the idle alarm */
	SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask), SCMP_SYS(rt_sigreturn),
	SCMP_SYS(restart_syscall), SCMP_SYS(alarm), SCMP_SYS(setitimer), SCMP_SYS(getitimer),
	/* the --max-session timer, made before the filter, and deleted */
	SCMP_SYS(timer_settime), SCMP_SYS(timer_gettime), SCMP_SYS(timer_delete),
	/* time */
	SCMP_SYS(clock_gettime), SCMP_SYS(clock_nanosleep), SCMP_SYS(nanosleep),
	SCMP_SYS(gettimeofday), SCMP_SYS(time),
	/* memory: malloc's heap and its large blocks */
	SCMP_SYS(brk), SCMP_SYS(munmap), SCMP_SYS(mremap), SCMP_SYS(madvise),
	/* the C library's own needs */
	SCMP_SYS(futex), SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(rseq),
	SCMP_SYS(exit), SCMP_SYS(exit_group),
	/* closing what is open (the /dev/tty of "pushpander -", at the end) */
	SCMP_SYS(close),
};

/* The terminal's ioctls: its modes (tcgetattr, tcsetattr, isatty), its
 * size, the bytes waiting, and the flush of typeahead (tcflush) that
 * curses does when it comes back from SIGTSTP. */
static const unsigned long terminal_ioctls[] = {
	TCGETS, TCSETS, TCSETSW, TCSETSF, TIOCGWINSZ, FIONREAD, TCFLSH,
};

static bool allow(scmp_filter_ctx ctx, int sys)
{
	return seccomp_rule_add(ctx, SCMP_ACT_ALLOW, sys, 0) == 0;
}

/* Calls allowed with some arguments only: memory never executable, the
 * terminal's ioctls, fcntl's flags, signals to this process alone, fstat of
 * an open descriptor (stdio asks stdout's block size on its first write). */
static bool allow_with_arguments(scmp_filter_ctx ctx)
{
	const scmp_datum_t pid = (scmp_datum_t)getpid();
	bool ok = true;

	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
	                       SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0)) == 0;
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1,
	                       SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0)) == 0;
	for (size_t i = 0; i < ARRAY_LEN(terminal_ioctls); i++)
		ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
		                       SCMP_A1(SCMP_CMP_EQ, terminal_ioctls[i])) == 0;
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(fcntl), 1,
	                       SCMP_A1(SCMP_CMP_EQ, F_GETFL)) == 0;
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(fcntl), 1,
	                       SCMP_A1(SCMP_CMP_EQ, F_SETFL)) == 0;
	/* a fault handler dies of its signal again: raise() is tgkill */
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
	                       SCMP_A0(SCMP_CMP_EQ, pid)) == 0;
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(kill), 1,
	                       SCMP_A0(SCMP_CMP_EQ, pid)) == 0;
	ok &= allow(ctx, SCMP_SYS(fstat));
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 1,
	                       SCMP_A3(SCMP_CMP_EQ, AT_EMPTY_PATH)) == 0;
	return ok;
}

/* --watch: files opened read-only relative to the watched directory, and
 * closed again.  (seccomp cannot read the path: an absolute one would pass
 * too.  --watch is the owner's preview and is refused with --ssh.)  The
 * directory's descriptor is the one --watch opened before the filter. */
static bool allow_directory(scmp_filter_ctx ctx, int dir_fd)
{
	const scmp_datum_t dir = (scmp_datum_t)dir_fd;
	bool ok = true;

	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(openat), 2, SCMP_A0(SCMP_CMP_EQ, dir),
	                       SCMP_A2(SCMP_CMP_MASKED_EQ, O_ACCMODE | O_CREAT | O_TRUNC,
	                               O_RDONLY)) == 0;
	/* glibc's faccessat is the faccessat2 call where the kernel has it */
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(faccessat), 1,
	                       SCMP_A0(SCMP_CMP_EQ, dir)) == 0;
	ok &= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(faccessat2), 1,
	                       SCMP_A0(SCMP_CMP_EQ, dir)) == 0;
	return ok;
}

/* The whole filter, or NULL. */
static scmp_filter_ctx build_filter(int dir_fd)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
	bool ok = ctx != NULL;

	for (size_t i = 0; ok && i < ARRAY_LEN(any_arguments); i++)
		ok = allow(ctx, any_arguments[i]);
	ok = ok && allow_with_arguments(ctx);
	if (dir_fd >= 0)
		ok = ok && allow_directory(ctx, dir_fd);
	if (!ok && ctx) {
		seccomp_release(ctx);
		ctx = NULL;
	}
	return ctx;
}

bool sandbox_enter(void)
{
	return sandbox_enter_watching(-1);
}

bool sandbox_enter_watching(int dir_fd)
{
	static bool entered;

	if (entered)
		return true;
	if (UNDER_VALGRIND())
		return false;
	/* the C library's messages are found now, while files can be read */
	(void)strerror(EIO);
	scmp_filter_ctx ctx = build_filter(dir_fd);
	if (!ctx)
		return false;
	/* one seccomp(2) call: the whole filter is in force, or none of it */
	entered = seccomp_load(ctx) == 0;
	seccomp_release(ctx);
	return entered;
}

#else

bool sandbox_enter(void)
{
	return false;
}

bool sandbox_enter_watching(int dir_fd)
{
	(void)dir_fd;
	return false;
}

#endif
