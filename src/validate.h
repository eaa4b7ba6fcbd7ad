/* validate.h — the mistakes an owner makes that still load: values that
 * cannot be right and keys that are nearly right.
 *
 * The loader (resume.c) skips a value of the wrong type and says so; this
 * module looks at what it kept: dates that do not exist (2023-02-30), an
 * endDate before its startDate, e-mail addresses and URLs that cannot be
 * right, a country code that is not two letters, a severity the format
 * does not know (data/FORMAT.md).  An unknown key close to a known one at
 * its place ("highlight" in a work entry, "sumary") is a note with a
 * suggestion; other unknown keys are extensions, allowed and counted.
 *
 * Every line names the file and the JSON path, as the loader's do, and
 * every part that comes from the file has passed through text_sanitize. */
#ifndef PUSHPANDER_VALIDATE_H
#define PUSHPANDER_VALIDATE_H

#include <stddef.h>

#include "resume.h"

struct validation {
	struct diagnostics problems; /* impossible values: --validate fails */
	struct diagnostics notes;    /* near-miss keys, each with a suggestion */
	size_t ignored;              /* other unknown keys */
};

/* Checks json[0..len), a document that resume_parse accepted (an object
 * that json_check passed), appending to *v; name is used in messages.
 * Each array element is parsed on its own, as the loader does, so memory
 * stays small whatever the file's size. */
void validate_json(const char *name, const char *json, size_t len, struct validation *v);

/* Frees what *v holds and empties it. */
void validation_free(struct validation *v);

/* The known key of which key is a near miss (case aside, at most two edits
 * away, one for a key of four characters or fewer, or a missing or extra
 * 's'), or NULL; known is a NULL-terminated list. */
const char *validate_suggest(const char *key, const char *const *known);

#endif
