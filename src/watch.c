/* watch.c — inotify on the résumé's directory, filtered by the file's name. */
#include "watch.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "util.h"

#define WATCH_EVENTS (IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)

bool watch_open(struct watch *w, const char *path)
{
	char *for_dir = xstrdup(path), *for_base = xstrdup(path);

	w->name = xstrdup(basename(for_base));
	w->dir = open(dirname(for_dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(for_dir);
	for_dir = xstrdup(path);
	w->fd = w->dir < 0 ? -1 : inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (w->fd >= 0 && inotify_add_watch(w->fd, dirname(for_dir), WATCH_EVENTS) < 0) {
		int saved = errno;
		close(w->fd);
		w->fd = -1;
		errno = saved;
	}
	if (w->fd < 0 && w->dir >= 0) {
		int saved = errno;
		close(w->dir);
		w->dir = -1;
		errno = saved;
	}
	free(for_dir);
	free(for_base);
	return w->fd >= 0;
}

bool watch_changed(struct watch *w)
{
	char events[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
	bool changed = false;
	ssize_t n;

	while ((n = read(w->fd, events, sizeof events)) > 0) {
		for (char *p = events; p < events + n;) {
			const struct inotify_event *e = (const struct inotify_event *)p;
			if (e->len && strcmp(e->name, w->name) == 0)
				changed = true;
			p += sizeof *e + e->len;
		}
	}
	return changed;
}

void watch_close(struct watch *w)
{
	if (w->fd >= 0)
		close(w->fd);
	if (w->dir >= 0)
		close(w->dir);
	w->fd = w->dir = -1;
	free(w->name);
	w->name = NULL;
}
