/* resume_read.c — a résumé's bytes, whole, before anything is parsed: from
 * a file (by path, or relative to an open directory for --watch) or from a
 * stream, within RESUME_MAX_BYTES. */
#include "resume.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exitcodes.h"
#include "text.h"
#include "util.h"

/* Reads the file at path (named name in messages) into *data and *len.
 * Returns 0, or an exit status with *error set. */
static int read_file(int dir, const char *path, const char *name, char **data, size_t *len,
                     char **error)
{
	struct stat st;
	/* non-blocking, so that a FIFO cannot stall us before the check below */
	int fd = openat(dir, path, O_RDONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0) {
		*error = xasprintf("%s: %s", name, strerror(errno));
		return EX_NOINPUT;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		*error = xasprintf("%s: not a regular file", name);
		close(fd);
		return EX_NOINPUT;
	}
	if ((uintmax_t)st.st_size > RESUME_MAX_BYTES) {
		*error = xasprintf("%s: too large (%jd bytes; the limit is %u MiB)", name,
		                (intmax_t)st.st_size, RESUME_MAX_BYTES / (1024 * 1024));
		close(fd);
		return EX_DATAERR;
	}
	size_t size = (size_t)st.st_size;
	*len = 0;
	*data = xmalloc(size + 1);
	for (;;) {
		ssize_t n = read(fd, *data + *len, size + 1 - *len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0 || *len + (size_t)n > size) {
			if (n < 0)
				*error = xasprintf("%s: %s", name, strerror(errno));
			else if (n > 0) /* the file grew while we read it */
				*error = xasprintf("%s: changed while being read", name);
			break;
		}
		*len += (size_t)n;
	}
	close(fd);
	if (*error) {
		free(*data);
		*data = NULL;
		return EX_NOINPUT;
	}
	(*data)[*len] = '\0';
	return 0;
}

int resume_read_file_at(int dir, const char *path, const char *file, char **text,
                        size_t *text_len, char **error)
{
	char *name = text_sanitize_name(file);

	*text = NULL;
	*error = NULL;
	int status = read_file(dir, path, name, text, text_len, error);
	free(name);
	return status;
}

int resume_read_file(const char *path, char **text, size_t *text_len, char **error)
{
	return resume_read_file_at(AT_FDCWD, path, path, text, text_len, error);
}


int resume_read_stream(const char *name, int fd, char **text, size_t *text_len, char **error)
{
	size_t cap = 65536, len = 0;
	char *data = xmalloc(cap + 1);

	*text = NULL;
	*error = NULL;
	for (;;) {
		if (len == cap) {
			if (cap > RESUME_MAX_BYTES) {
				*error = xasprintf("%s: too large (more than %u MiB)", name,
				                RESUME_MAX_BYTES / (1024 * 1024));
				free(data);
				return EX_DATAERR;
			}
			/* one byte past the limit says the stream is too long */
			cap = cap * 2 > RESUME_MAX_BYTES + 1 ? RESUME_MAX_BYTES + 1 : cap * 2;
			data = xreallocarray(data, cap + 1, 1);
		}
		ssize_t n = read(fd, data + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*error = xasprintf("%s: %s", name, strerror(errno));
			free(data);
			return EX_NOINPUT;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	data[len] = '\0';
	*text = data;
	*text_len = len;
	return 0;
}
