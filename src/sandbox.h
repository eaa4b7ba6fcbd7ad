/* sandbox.h — a seccomp filter for the process once everything is loaded.
 *
 * Once the résumé, terminfo and the locale are read, pushpander needs no
 * file, socket or process again: only its open descriptors, the terminal's
 * ioctls, signals, time and memory.  sandbox_enter() confines it to those,
 * as OpenSSH confines its privilege-separated child: any other system call
 * kills the process (SIGSYS, as if by a fault it cannot catch). */
#ifndef PUSHPANDER_SANDBOX_H
#define PUSHPANDER_SANDBOX_H

#include <stdbool.h>

/* The sanitizers need system calls the filter forbids (a report reads
 * /proc/self/maps and may run a symbolizer; LeakSanitizer starts a thread
 * and ptraces it at exit), and a report killed half-way by the filter helps
 * no one: in their builds sandbox_enter() installs nothing. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SANDBOX_BUILT 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer) || __has_feature(leak_sanitizer)
#define SANDBOX_BUILT 0
#endif
#endif
#ifndef SANDBOX_BUILT
#define SANDBOX_BUILT 1
#endif

/* Installs the filter for this process (and any thread or child it would
 * start) and returns true; from then on only the system calls the viewer
 * and the printer make are allowed.  Returns false, having changed nothing,
 * when it cannot: a kernel without seccomp, a sanitizer build
 * (SANDBOX_BUILT 0), a run under valgrind (which cannot run seccomp(2)),
 * too little memory to build the filter.  The filter is
 * loaded whole or not at all, never in part.  Once it is in force, further
 * calls return true and change nothing.
 *
 * Call it single-threaded, after the last file is opened: after curses has
 * started (terminfo is read then) or the résumé is loaded for plain text.
 * The caller must not rely on opening, executing, connecting or forking
 * afterwards; strerror() and the like are warmed up here so that they find
 * their messages without a file. */
bool sandbox_enter(void);

/* The same for --watch, which reads the file again on every save: files in
 * the directory open as dir_fd (-1: none) may also be opened read-only with
 * openat, tested with faccessat and closed. */
bool sandbox_enter_watching(int dir_fd);

#endif
