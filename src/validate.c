/* validate.c — values that cannot be right and keys that are nearly right. */
#include "validate.h"

#include <cJSON.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonwalk.h"
#include "text.h"
#include "util.h"

/* What a known key holds, as far as this module checks it. */
enum kind { ANY, DATE, URL, EMAIL, COUNTRY, SEVERITY, OBJECT, LIST };

struct shape;
struct field {
	const char *key;
	enum kind kind;
	const struct shape *sub; /* the object, or each element of the list */
};

struct shape {
	const char **keys;       /* NULL-terminated, for suggestions: shape_keys */
	const struct field *fields;
};

#define SHAPE(name, ...)                                                          \
	static const struct field name##_fields[] = { __VA_ARGS__, { NULL, ANY, NULL } }; \
	static const char *name##_keys[ARRAY_LEN(name##_fields)];                    \
	static const struct shape name = { name##_keys, name##_fields }

/* The keys' lists are filled from the fields once (shape_keys). */
SHAPE(profile_shape, { "network", ANY, NULL }, { "username", ANY, NULL }, { "url", URL, NULL });
SHAPE(location_shape, { "address", ANY, NULL }, { "postalCode", ANY, NULL },
      { "city", ANY, NULL }, { "region", ANY, NULL }, { "countryCode", COUNTRY, NULL });
SHAPE(basics_shape, { "name", ANY, NULL }, { "label", ANY, NULL }, { "tagline", ANY, NULL },
      { "greeting", ANY, NULL }, { "image", ANY, NULL }, { "email", EMAIL, NULL },
      { "phone", ANY, NULL }, { "url", URL, NULL }, { "summary", ANY, NULL },
      { "location", OBJECT, &location_shape }, { "profiles", LIST, &profile_shape });
SHAPE(work_shape, { "name", ANY, NULL }, { "position", ANY, NULL }, { "location", ANY, NULL },
      { "description", ANY, NULL }, { "url", URL, NULL }, { "startDate", DATE, NULL },
      { "endDate", DATE, NULL }, { "summary", ANY, NULL }, { "highlights", ANY, NULL },
      { "keywords", ANY, NULL });
SHAPE(volunteer_shape, { "organization", ANY, NULL }, { "position", ANY, NULL },
      { "url", URL, NULL }, { "startDate", DATE, NULL }, { "endDate", DATE, NULL },
      { "summary", ANY, NULL }, { "highlights", ANY, NULL });
SHAPE(education_shape, { "institution", ANY, NULL }, { "url", URL, NULL }, { "area", ANY, NULL },
      { "studyType", ANY, NULL }, { "startDate", DATE, NULL }, { "endDate", DATE, NULL },
      { "score", ANY, NULL }, { "courses", ANY, NULL });
SHAPE(award_shape, { "title", ANY, NULL }, { "date", DATE, NULL }, { "awarder", ANY, NULL },
      { "summary", ANY, NULL });
SHAPE(certificate_shape, { "name", ANY, NULL }, { "date", DATE, NULL }, { "issuer", ANY, NULL },
      { "url", URL, NULL });
SHAPE(publication_shape, { "name", ANY, NULL }, { "publisher", ANY, NULL },
      { "releaseDate", DATE, NULL }, { "url", URL, NULL }, { "summary", ANY, NULL });
SHAPE(skill_shape, { "name", ANY, NULL }, { "level", ANY, NULL }, { "keywords", ANY, NULL });
SHAPE(language_shape, { "language", ANY, NULL }, { "fluency", ANY, NULL });
SHAPE(interest_shape, { "name", ANY, NULL }, { "keywords", ANY, NULL });
SHAPE(reference_shape, { "name", ANY, NULL }, { "role", ANY, NULL }, { "reference", ANY, NULL });
SHAPE(project_shape, { "name", ANY, NULL }, { "status", ANY, NULL },
      { "description", ANY, NULL }, { "highlights", ANY, NULL }, { "keywords", ANY, NULL },
      { "startDate", DATE, NULL }, { "endDate", DATE, NULL }, { "url", URL, NULL },
      { "roles", ANY, NULL }, { "entity", ANY, NULL }, { "type", ANY, NULL });
SHAPE(incident_shape, { "id", ANY, NULL }, { "severity", SEVERITY, NULL },
      { "urgent", ANY, NULL }, { "ttd", ANY, NULL }, { "ttr", ANY, NULL },
      { "stress", ANY, NULL }, { "title", ANY, NULL }, { "happened", ANY, NULL },
      { "impact", ANY, NULL }, { "rootCause", ANY, NULL }, { "actions", ANY, NULL },
      { "learned", ANY, NULL });
SHAPE(playbook_shape, { "title", ANY, NULL }, { "steps", ANY, NULL });
SHAPE(hire_shape, { "title", ANY, NULL }, { "text", ANY, NULL });
SHAPE(card_shape, { "label", ANY, NULL }, { "text", ANY, NULL }, { "speaker", ANY, NULL },
      { "signature", ANY, NULL });
SHAPE(voice_shape, { "heading", ANY, NULL }, { "comment", ANY, NULL },
      { "cards", LIST, &card_shape });
SHAPE(quotes_shape, { "about", OBJECT, &voice_shape }, { "projects", OBJECT, &voice_shape },
      { "work", OBJECT, &voice_shape }, { "incidents", OBJECT, &voice_shape },
      { "references", OBJECT, &voice_shape }, { "skills", OBJECT, &voice_shape },
      { "contact", OBJECT, &voice_shape }, { "writing", OBJECT, &voice_shape });
SHAPE(meta_shape, { "canonical", URL, NULL }, { "version", ANY, NULL },
      { "lastModified", ANY, NULL });
SHAPE(top_shape, { "$schema", ANY, NULL }, { "basics", OBJECT, &basics_shape },
      { "work", LIST, &work_shape }, { "volunteer", LIST, &volunteer_shape },
      { "education", LIST, &education_shape }, { "awards", LIST, &award_shape },
      { "certificates", LIST, &certificate_shape },
      { "publications", LIST, &publication_shape }, { "skills", LIST, &skill_shape },
      { "languages", LIST, &language_shape }, { "interests", LIST, &interest_shape },
      { "references", LIST, &reference_shape }, { "projects", LIST, &project_shape },
      { "incidents", LIST, &incident_shape }, { "playbook", OBJECT, &playbook_shape },
      { "hire", OBJECT, &hire_shape }, { "quotes", OBJECT, &quotes_shape },
      { "meta", OBJECT, &meta_shape });

/* A shape's key list, from its fields (the lists are written once, above). */
static const char *const *shape_keys(const struct shape *s)
{
	if (!s->keys[0])
		for (size_t i = 0; s->fields[i].key; i++)
			s->keys[i] = s->fields[i].key;
	return s->keys;
}

struct checker {
	const char *name;
	struct validation *v;
};

static void add_line(struct diagnostics *d, const char *name, const char *path,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void add_line(struct diagnostics *d, const char *name, const char *path,
                     const char *fmt, ...)
{
	char what[512], line[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	snprintf(line, sizeof line, "%s: %s: %s", name, path, what);
	d->lines = xreallocarray(d->lines, d->n + 1, sizeof *d->lines);
	d->lines[d->n++] = text_sanitize(line, strlen(line));
}

/* s sanitised and cut to 40 columns, in quotes, for a message. */
static const char *quoted(char out[128], const char *s)
{
	char *clean = text_sanitize(s, strlen(s));
	int used;
	size_t len = strlen(clean), fit = text_fit(clean, len, 40, &used, true);
	snprintf(out, 128, "'%.*s%s'", (int)fit, clean, fit < len ? "..." : "");
	free(clean);
	return out;
}

void validation_free(struct validation *v)
{
	diagnostics_free(&v->problems);
	diagnostics_free(&v->notes);
	v->ignored = 0;
}

/* ---- near-miss keys ---- */

static size_t min3(size_t a, size_t b, size_t c)
{
	return a < b ? (a < c ? a : c) : (b < c ? b : c);
}

/* The edit distance of a and b ignoring case, a transposition counting
 * one; at most 32 bytes of each (keys are short). */
static size_t distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), d[33][33];

	if (n > 32 || m > 32)
		return 99;
	for (size_t i = 0; i <= n; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= n; i++) {
		for (size_t j = 1; j <= m; j++) {
			char x = (char)((a[i - 1] | 0x20)), y = (char)((b[j - 1] | 0x20));
			d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x != y));
			if (i > 1 && j > 1 && x == (b[j - 2] | 0x20) && (a[i - 2] | 0x20) == y)
				d[i][j] = d[i][j] < d[i - 2][j - 2] + 1 ? d[i][j] : d[i - 2][j - 2] + 1;
		}
	}
	return d[n][m];
}

/* Whether a and b differ by one 's' added or taken away at the end. */
static bool plural_of(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n + 1 == m)
		return strncmp(a, b, n) == 0 && b[n] == 's';
	if (m + 1 == n)
		return strncmp(a, b, m) == 0 && a[m] == 's';
	return false;
}

const char *validate_suggest(const char *key, const char *const *known)
{
	const char *best = NULL;
	size_t best_d = 99, limit = strlen(key) <= 4 ? 1 : 2;

	for (size_t i = 0; known[i]; i++) {
		size_t d = plural_of(key, known[i]) ? 1 : distance(key, known[i]);
		if (d <= limit && d < best_d)
			best = known[i], best_d = d;
	}
	return best;
}

/* ---- values ---- */

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* A date the loader read (resume_parse_date) whose day does not exist in
 * its month: the loader takes any day from 1 to 31. */
static void check_date(struct checker *c, const char *path, const char *s)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	static const char *const months[12] = { "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December" };
	int y, m;

	if (strlen(s) != 10 || !resume_parse_date(s, &y, &m))
		return; /* the loader said so already, or there is no day */
	int d = atoi(s + 8), most = days[m - 1] + (m == 2 && leap(y));
	if (d > most)
		add_line(&c->v->problems, c->name, path, "%s is not a date: %s %d has %d days", s,
		         months[m - 1], y, most);
}

/* yyyymmdd of a date the loader reads, cut to `parts` parts (1 to 3). */
static long date_key(const char *s, int parts)
{
	long y = atol(s), m = parts > 1 ? atol(s + 5) : 0, d = parts > 2 ? atol(s + 8) : 0;
	return y * 10000 + m * 100 + d;
}

/* An endDate before its startDate, compared as far as both go ("2024"
 * ends no earlier than "2024-06" starts). */
static void check_order(struct checker *c, const cJSON *obj, const char *path)
{
	const cJSON *start = cJSON_GetObjectItemCaseSensitive(obj, "startDate");
	const cJSON *end = cJSON_GetObjectItemCaseSensitive(obj, "endDate");
	int y, m;
	char p[300];

	if (!cJSON_IsString(start) || !cJSON_IsString(end) ||
	    !resume_parse_date(start->valuestring, &y, &m) ||
	    !resume_parse_date(end->valuestring, &y, &m))
		return;
	size_t ls = strlen(start->valuestring), le = strlen(end->valuestring);
	int parts = (int)((ls < le ? ls : le) + 1) / 3; /* 4 → 1, 7 → 2, 10 → 3 */
	if (date_key(end->valuestring, parts) < date_key(start->valuestring, parts)) {
		snprintf(p, sizeof p, "%s.endDate", path);
		add_line(&c->v->problems, c->name, p, "%s is before startDate %s",
		         end->valuestring, start->valuestring);
	}
}

static bool has_space(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s <= ' ')
			return true;
	return false;
}

/* one '@' with something before it and a dotted domain after it */
static bool email_ok(const char *s)
{
	const char *at = strchr(s, '@');
	if (!at || at == s || strchr(at + 1, '@') || has_space(s))
		return false;
	const char *dot = strrchr(at + 1, '.');
	return dot && dot > at + 1 && dot[1] && at[1] != '.';
}

/* http:// or https:// and a host */
static bool url_ok(const char *s)
{
	size_t skip = strncmp(s, "https://", 8) == 0 ? 8 : strncmp(s, "http://", 7) == 0 ? 7 : 0;
	return skip && s[skip] && s[skip] != '/' && !has_space(s);
}

static void check_value(struct checker *c, const struct field *f, const char *path,
                        const cJSON *value)
{
	char q[128];

	if (!cJSON_IsString(value) || !*value->valuestring)
		return; /* the wrong type is the loader's to report */
	const char *s = value->valuestring;
	struct diagnostics *p = &c->v->problems;
	switch (f->kind) {
	case DATE:
		check_date(c, path, s);
		break;
	case URL:
		if (!url_ok(s))
			add_line(p, c->name, path, "%s is not a URL (expected http:// or https://)",
			         quoted(q, s));
		break;
	case EMAIL:
		if (!email_ok(s))
			add_line(p, c->name, path, "%s is not an e-mail address", quoted(q, s));
		break;
	case COUNTRY:
		if (strlen(s) != 2 || !((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z') ||
		    !((s[1] | 0x20) >= 'a' && (s[1] | 0x20) <= 'z'))
			add_line(p, c->name, path, "%s is not a two-letter country code (ISO 3166-1)",
			         quoted(q, s));
		break;
	case SEVERITY:
		if (strlen(s) != 4 || strncmp(s, "SEV", 3) != 0 || s[3] < '1' || s[3] > '4')
			add_line(p, c->name, path, "%s is not a severity (SEV1 to SEV4)", quoted(q, s));
		break;
	default:
		break;
	}
}

/* ---- walking the document ---- */

static const struct field *find_field(const struct shape *s, const char *key)
{
	for (const struct field *f = s->fields; f->key; f++)
		if (strcmp(f->key, key) == 0)
			return f;
	return NULL;
}

/* An extension, allowed and counted, or a near miss, noted. */
static void unknown_key(struct checker *c, const char *key, const char *path,
                        const struct shape *s)
{
	const char *near = validate_suggest(key, shape_keys(s));

	if (!near)
		c->v->ignored++;
	else
		add_line(&c->v->notes, c->name, path, "unknown key; did you mean `%s`?", near);
}

static void check_object(struct checker *c, const cJSON *obj, const char *path,
                         const struct shape *s);

static void check_member(struct checker *c, const struct field *f, const cJSON *value,
                         const char *path)
{
	const cJSON *e;
	char p[300];
	size_t i = 0;

	if (f->kind == OBJECT && cJSON_IsObject(value)) {
		check_object(c, value, path, f->sub);
	} else if (f->kind == LIST && cJSON_IsArray(value)) {
		cJSON_ArrayForEach(e, value) {
			snprintf(p, sizeof p, "%.250s[%zu]", path, i++);
			if (cJSON_IsObject(e))
				check_object(c, e, p, f->sub);
		}
	} else {
		check_value(c, f, path, value);
	}
}

static void check_object(struct checker *c, const cJSON *obj, const char *path,
                         const struct shape *s)
{
	const cJSON *m;
	char p[300];

	cJSON_ArrayForEach(m, obj) {
		snprintf(p, sizeof p, "%.200s%s%.90s", path, *path ? "." : "", m->string);
		const struct field *f = find_field(s, m->string);
		if (f)
			check_member(c, f, m, p);
		else
			unknown_key(c, m->string, p, s);
	}
	if (find_field(s, "startDate"))
		check_order(c, obj, path);
}

static cJSON *parse_checked(const char *text, size_t len)
{
	cJSON *v = cJSON_ParseWithLength(text, len);
	if (!v)
		out_of_memory(); /* the text passed json_check: nothing else fails */
	return v;
}

/* A top-level list, element by element: cJSON never holds more than one. */
static void check_list(struct checker *c, struct json_cursor *cur, const char *key,
                       const struct shape *s)
{
	const char *text;
	size_t len, i = 0;
	char p[96];

	jsonwalk_enter(cur);
	while (jsonwalk_element(cur)) {
		jsonwalk_skip(cur, &text, &len);
		snprintf(p, sizeof p, "%s[%zu]", key, i++);
		if (*text != '{')
			continue;
		cJSON *e = parse_checked(text, len);
		check_object(c, e, p, s);
		cJSON_Delete(e);
	}
}

void validate_json(const char *name, const char *json, size_t len, struct validation *v)
{
	struct checker c = { name, v };
	struct json_cursor cur = { json, len, 0 };
	const char *text;
	size_t n;
	char key[64];

	jsonwalk_enter(&cur);
	while (jsonwalk_member(&cur, key, sizeof key)) {
		const struct field *f = find_field(&top_shape, key);
		if (f && f->kind == LIST && jsonwalk_peek(&cur) == '[') {
			check_list(&c, &cur, key, f->sub);
			continue;
		}
		jsonwalk_skip(&cur, &text, &n);
		if (!f) {
			unknown_key(&c, key, key, &top_shape);
		} else if (f->kind == OBJECT && *text == '{') {
			cJSON *o = parse_checked(text, n);
			check_object(&c, o, key, f->sub);
			cJSON_Delete(o);
		}
	}
}
