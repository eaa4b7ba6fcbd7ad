/* helpers.c — shared test helpers. */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "print.h"
#include "text.h"
#include "util.h"

char *render_doc(const struct doc *d)
{
	struct buf out = {0};

	print_doc(&out, d);
	return out.data ? out.data : xstrdup("");
}

/* Span text for a message: at most about 60 bytes, newlines as "\\n". */
static const char *shown(const char *s, size_t len)
{
	static char out[80];
	size_t o = 0;

	for (size_t i = 0; i < len && o < 64; i++) {
		if (s[i] == '\n') {
			out[o++] = '\\';
			out[o++] = 'n';
		} else {
			out[o++] = s[i];
		}
	}
	while (o > 0 && o < len && ((unsigned char)out[o] & 0xC0) == 0x80)
		o--; /* not inside a character */
	out[o] = '\0';
	return out;
}

void check_doc_geometry(const struct doc *d, int width, const char *what)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const struct line *l = &d->lines[i];
		int col = 0, sum = 0;

		for (size_t j = 0; j < l->nspans; j++) {
			const struct span *s = &d->spans[l->first_span + j];
			int w = text_width(d->text.data + s->off, s->len, d->ctx.utf8);

			CHECK_MSG(memchr(d->text.data + s->off, '\n', s->len) == NULL,
			          "%s: line %zu span %zu \"%s\" holds a newline", what, i, j,
			          shown(d->text.data + s->off, s->len));
			CHECK_MSG(s->col >= col, "%s: line %zu span %zu starts at column %d, inside the previous span (ends at %d)",
			          what, i, j, s->col, col);
			CHECK_MSG(w == s->width, "%s: line %zu span %zu \"%s\" claims %d columns but is %d wide",
			          what, i, j, shown(d->text.data + s->off, s->len), s->width, w);
			CHECK_MSG(s->col + w <= width, "%s: line %zu span %zu \"%s\" ends at column %d, past width %d",
			          what, i, j, shown(d->text.data + s->off, s->len), s->col + w, width);
			col = s->col + s->width;
			sum += w;
		}
		CHECK_MSG(sum <= width, "%s: line %zu holds %d columns of text, more than width %d",
		          what, i, sum, width);
		CHECK_MSG(l->width <= width, "%s: line %zu records width %d, more than %d", what, i,
		          l->width, width);
	}
}

int max_line_width(const char *text)
{
	int widest = 0;

	while (*text) {
		size_t len = strcspn(text, "\n");
		int w = text_width(text, len, true); /* as a UTF-8 terminal shows it */
		if (w > widest)
			widest = w;
		text += len;
		if (*text)
			text++;
	}
	return widest;
}

size_t count_occurrences(const char *haystack, const char *needle)
{
	size_t n = 0, len = strlen(needle);

	for (const char *p = haystack; len && (p = strstr(p, needle)) != NULL; p += len)
		n++;
	return n;
}

int load_sample(struct resume *r, size_t *nwarnings)
{
	struct diagnostics warnings = {0};
	char *error = NULL;
	int status = resume_load(SAMPLE_RESUME, r, &warnings, &error);

	if (error)
		check_fail(__FILE__, __LINE__, "loading %s: %s", SAMPLE_RESUME, error);
	for (size_t i = 0; i < warnings.n; i++)
		check_fail(__FILE__, __LINE__, "warning loading %s: %s", SAMPLE_RESUME, warnings.lines[i]);
	if (nwarnings)
		*nwarnings = warnings.n;
	diagnostics_free(&warnings);
	free(error);
	return status;
}

int parse_json(const char *json, struct resume *r, struct diagnostics *warnings, char **error_out)
{
	char *error = NULL;
	int status = resume_parse("t.json", json, strlen(json), r, warnings, &error);

	if (error_out)
		*error_out = error;
	else
		free(error);
	return status;
}
