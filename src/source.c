/* source.c — the résumé read from a file or a pipe, loaded and checked. */
#include "source.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool source_is_stdin(const char *file)
{
	return strcmp(file, "-") == 0;
}

const char *source_name(const char *file)
{
	return source_is_stdin(file) ? "<stdin>" : file;
}

int source_load(const char *file, struct resume *r, struct validation *v, char **error)
{
	return source_load_at(AT_FDCWD, file, file, r, v, error);
}

int source_load_at(int dir, const char *path, const char *file, struct resume *r,
                   struct validation *v, char **error)
{
	const char *name = source_name(file);
	char *text;
	size_t len;

	memset(r, 0, sizeof *r);
	int status = source_is_stdin(file) ? resume_read_stream(name, STDIN_FILENO, &text, &len, error)
	                                   : resume_read_file_at(dir, path, file, &text, &len, error);
	if (status)
		return status;
	status = resume_parse(name, text, len, r, &v->problems, error);
	if (!status)
		validate_json(name, text, len, v);
	free(text);
	return status;
}
