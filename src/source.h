/* source.h — where the résumé comes from: a file, or standard input when
 * the file is "-", read whole before anything is shown, then loaded
 * (resume.c) and checked (validate.c). */
#ifndef PUSHPANDER_SOURCE_H
#define PUSHPANDER_SOURCE_H

#include <stdbool.h>

#include "resume.h"
#include "validate.h"

/* Whether file names standard input. */
bool source_is_stdin(const char *file);

/* The name messages give file: "<stdin>" for "-". */
const char *source_name(const char *file);

/* Loads file ("-": standard input, to its end) into *r, the loader's
 * warnings and the validator's problems in v->problems, its notes in
 * v->notes.  Returns 0, or resume_load's status with *error set (the
 * caller frees it) and *r empty; *v holds what was found either way. */
int source_load(const char *file, struct resume *r, struct validation *v, char **error);

/* The same, the file opened as path relative to the directory open as dir
 * (AT_FDCWD: the working directory) and named file in messages: --watch
 * reloads from the directory it keeps open, all the sandbox lets it open. */
int source_load_at(int dir, const char *path, const char *file, struct resume *r,
                   struct validation *v, char **error);

#endif
