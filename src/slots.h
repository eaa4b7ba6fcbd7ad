/* slots.h — at most N sessions at a time (--slots DIR).
 *
 * The directory holds one file per session allowed (contrib/install-ssh
 * makes them: slot-1 … slot-N, root's, read-only).  A session takes the
 * first one no other process holds, with an exclusive flock, and keeps it
 * until it exits; the kernel lets go of it however the process ends, so a
 * killed session frees its slot at once and nothing has to be cleaned up.
 * flock works on a descriptor opened read-only: the visitor's account
 * needs no write access anywhere. */
#ifndef PUSHPANDER_SLOTS_H
#define PUSHPANDER_SLOTS_H

/* What slots_take found. */
struct slots {
	int fd;       /* the slot held (kept open to the end), or -1 */
	int total;    /* slot files in the directory */
	int err;      /* errno when the directory could not be used, else 0 */
};

/* Takes a free slot in dir.  fd >= 0: taken; fd < 0 and err == 0: every
 * one of total is held (total 0: the directory has none); err: the
 * directory cannot be read. */
struct slots slots_take(const char *dir);

#endif
