/* helpers.h — what several test files need: rendering documents, checking
 * their geometry, and loading the sample résumé. */
#ifndef PUSHPANDER_TEST_HELPERS_H
#define PUSHPANDER_TEST_HELPERS_H

#include <stddef.h>

#include "doc.h"
#include "resume.h"

/* "Today" for tests: November 2026, the month of the golden tests'
 * SOURCE_DATE_EPOCH, as struct layout_ctx counts months. */
#define TEST_TODAY (2026 * 12 + 10)

/* A layout context (a pointer to it, living to the end of the enclosing
 * block): w columns, UTF-8 (u) or ASCII, TEST_TODAY. */
#define CTX(w, u) (&(const struct layout_ctx){ .width = (w), .utf8 = (u), .today = TEST_TODAY })

/* The sample résumé, relative to the repository root where tests run: a
 * fixture the tests own (a copy of the seed résumé), not data/resume.json. */
#define SAMPLE_RESUME "tests/fixtures/seed.json"

/* The document as print_doc renders it; the caller frees it (never NULL). */
char *render_doc(const struct doc *d);

/* Checks every line of d: spans in order and not overlapping, each span's
 * width equal to the display width of its text, and nothing at or past
 * column width.  Failures are reported as checks, naming what. */
void check_doc_geometry(const struct doc *d, int width, const char *what);

/* The widest line of text (lines end in '\n'), in display columns. */
int max_line_width(const char *text);

/* How many times needle occurs in haystack. */
size_t count_occurrences(const char *haystack, const char *needle);

/* Loads SAMPLE_RESUME into *r; returns resume_load's status and the number
 * of warnings in *nwarnings. */
int load_sample(struct resume *r, size_t *nwarnings);

/* Parses json (named "t.json") and keeps the warnings; *error is freed and
 * replaced by NULL unless error_out is given. */
int parse_json(const char *json, struct resume *r, struct diagnostics *warnings, char **error_out);

#endif
