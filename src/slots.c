/* slots.c — a session slot: one of the files of a directory, flocked. */
#include "slots.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

/* Whether name is a slot's: "slot-" and digits. */
static bool is_slot(const char *name)
{
	if (strncmp(name, "slot-", 5) != 0 || !name[5])
		return false;
	return strspn(name + 5, "0123456789") == strlen(name + 5);
}

struct slots slots_take(const char *dir)
{
	struct slots s = { .fd = -1 };
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = dfd >= 0 ? fdopendir(dfd) : NULL;

	if (!d) {
		s.err = errno ? errno : EINVAL;
		if (dfd >= 0)
			close(dfd);
		return s;
	}
	for (struct dirent *e; s.fd < 0 && (e = readdir(d));) {
		if (!is_slot(e->d_name))
			continue;
		int fd = openat(dfd, e->d_name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
		if (fd < 0)
			continue; /* not a file we may open: not a slot */
		s.total++;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			s.fd = fd;
		else
			close(fd);
	}
	closedir(d);
	return s;
}
