/* watch.h — knowing when the résumé file changes (--watch), with inotify.
 *
 * The file's directory is watched, not the file: editors save by writing a
 * new file and renaming it over the old one, which a watch on the file
 * itself would lose.  Events are filtered by the file's name.  The
 * descriptor is non-blocking, for the viewer's ppoll: nothing is polled
 * on a timer, and an idle viewer uses no CPU. */
#ifndef PUSHPANDER_WATCH_H
#define PUSHPANDER_WATCH_H

#include <stdbool.h>

struct watch {
	int fd;        /* the inotify descriptor, for poll; -1 when not watching */
	int dir;       /* the directory, open: reloads open the file from it (openat),
	                * which the sandbox allows where it allows nothing else */
	char *name;    /* the file's name in its directory */
};

/* Starts watching path's directory.  Returns false (errno set) when
 * inotify or the directory cannot be used; w->fd is then -1. */
bool watch_open(struct watch *w, const char *path);

/* Reads every event queued; true if one was about the file (written and
 * closed, created, moved in, deleted or moved away). */
bool watch_changed(struct watch *w);

void watch_close(struct watch *w);

#endif
