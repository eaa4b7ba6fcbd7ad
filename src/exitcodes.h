/* exitcodes.h — how pushpander ends: the statuses of sysexits(3), and the
 * few of its own.  The man page's EXIT STATUS section and --help list them.
 *
 *   EX_USAGE    (64)  a bad command line, or a section the résumé lacks
 *   EX_DATAERR  (65)  the résumé is not valid
 *   EX_NOINPUT  (66)  the résumé cannot be opened or read
 *   EX_SOFTWARE (70)  out of memory
 *   EX_IOERR    (74)  output or the terminal failed
 *   EX_TEMPFAIL (75)  busy: every session slot (--slots) is taken
 *   EX_CONFIG   (78)  the --slots directory cannot be used */
#ifndef PUSHPANDER_EXITCODES_H
#define PUSHPANDER_EXITCODES_H

#include <sysexits.h>

/* --grep found no line, as grep(1) says it. */
#define EXIT_NO_MATCH 1

/* Ended by signal sig, as a shell reports it (129 after a hang-up). */
#define EXIT_SIGNAL(sig) (128 + (sig))

#endif
