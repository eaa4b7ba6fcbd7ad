/* resume.c — loading a JSON Resume file into the model. */
#include "resume.h"

#include <cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exitcodes.h"
#include "json.h"
#include "jsonwalk.h"
#include "text.h"
#include "util.h"

/* The arena: every string and array of a resume, freed at once. */
struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

static void *arena_alloc(struct resume *r, size_t size)
{
	struct arena_block *b = r->arena;
	size = (size + 15) & ~(size_t)15;
	if (!b || b->size - b->used < size) {
		size_t cap = size > 65536 ? size : 65536;
		struct arena_block *nb = xmalloc(sizeof *nb + cap);
		nb->next = b;
		nb->used = 0;
		nb->size = cap;
		r->arena = b = nb;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	return p;
}

static void *arena_array(struct resume *r, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size / 2)
		return xmalloc(SIZE_MAX); /* reports out of memory */
	void *p = arena_alloc(r, count * size);
	memset(p, 0, count * size);
	return p;
}

static const char *arena_sanitized(struct resume *r, const char *s)
{
	char *clean = text_sanitize(s, strlen(s));
	size_t len = strlen(clean);
	char *p = arena_alloc(r, len + 1);
	memcpy(p, clean, len + 1);
	free(clean);
	return p;
}

void resume_free(struct resume *r)
{
	struct arena_block *b = r->arena;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	memset(r, 0, sizeof *r);
}

void diagnostics_free(struct diagnostics *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->lines[i]);
	free(d->lines);
	d->lines = NULL;
	d->n = 0;
	d->dropped = 0;
}


struct loader {
	struct resume *r;
	const char *name;
	struct diagnostics *warnings;
};

static void warn(struct loader *L, const char *path, const char *what)
{
	struct diagnostics *w = L->warnings;
	if (!w)
		return;
	if (w->n == RESUME_MAX_WARNINGS) {
		w->dropped++;
		return;
	}
	w->lines = xreallocarray(w->lines, w->n + 1, sizeof *w->lines);
	w->lines[w->n++] = xasprintf("%s: %s: %s", L->name, path, what);
}

static void child_path(char *out, size_t size, const char *parent, const char *key)
{
	snprintf(out, size, "%s%s%s", parent, *parent ? "." : "", key);
}

static const char *str_field(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char p[256];

	if (!v || cJSON_IsNull(v))
		return NULL;
	if (!cJSON_IsString(v)) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected a string");
		return NULL;
	}
	if (!*v->valuestring)
		return NULL;
	return arena_sanitized(L->r, v->valuestring);
}

static void strlist_field(struct loader *L, const cJSON *obj, const char *key, const char *path,
                          struct strlist *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
	char p[256];

	if (!v || cJSON_IsNull(v))
		return;
	child_path(p, sizeof p, path, key);
	if (!cJSON_IsArray(v)) {
		warn(L, p, "expected an array of strings");
		return;
	}
	size_t n = (size_t)cJSON_GetArraySize(v), i = 0;
	out->v = arena_array(L->r, n, sizeof *out->v);
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e)) {
			char ep[280];
			snprintf(ep, sizeof ep, "%s[%zu]", p, i);
			warn(L, ep, "expected a string");
		} else if (*e->valuestring) {
			out->v[out->n++] = arena_sanitized(L->r, e->valuestring);
		}
		i++;
	}
}

static bool bool_field(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char p[256];

	if (!v || cJSON_IsNull(v))
		return false;
	if (!cJSON_IsBool(v)) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected true or false");
		return false;
	}
	return cJSON_IsTrue(v);
}

static int scale_field(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char p[256];

	if (!v || cJSON_IsNull(v))
		return -1;
	if (!cJSON_IsNumber(v) || v->valuedouble < 0 || v->valuedouble > 10 ||
	    v->valuedouble != (double)(int)v->valuedouble) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected a whole number from 0 to 10");
		return -1;
	}
	return (int)v->valuedouble;
}

static const cJSON *object_field(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char p[256];

	if (!v || cJSON_IsNull(v))
		return NULL;
	if (!cJSON_IsObject(v)) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected an object");
		return NULL;
	}
	return v;
}

/* Returns the array at key and its length, or NULL (with a warning if the
 * value has the wrong type). */
static const cJSON *array_field(struct loader *L, const cJSON *obj, const char *key,
                                const char *path, size_t *n)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char p[256];

	*n = 0;
	if (!v || cJSON_IsNull(v))
		return NULL;
	if (!cJSON_IsArray(v)) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected an array");
		return NULL;
	}
	*n = (size_t)cJSON_GetArraySize(v);
	return v;
}

/* Calls fill(L, element, path, slot) for every object in the array at key,
 * packing them into a new array of n_out elements of the given size. */
typedef void fill_fn(struct loader *L, const cJSON *obj, const char *path, void *slot);

static void *object_array(struct loader *L, const cJSON *parent, const char *parent_path,
                          const char *key, size_t size, size_t *n_out, fill_fn *fill)
{
	size_t n, i = 0;
	const cJSON *arr = array_field(L, parent, key, parent_path, &n), *e;
	char path[256], base[256];

	*n_out = 0;
	if (!arr || n == 0)
		return NULL;
	char *items = arena_array(L->r, n, size);
	cJSON_ArrayForEach(e, arr) {
		child_path(base, sizeof base, parent_path, key);
		snprintf(path, sizeof path, "%.200s[%zu]", base, i++);
		if (!cJSON_IsObject(e)) {
			warn(L, path, "expected an object");
			continue;
		}
		fill(L, e, path, items + *n_out * size);
		(*n_out)++;
	}
	return items;
}

/* The number the n decimal digits at s write. */
static int digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

bool resume_parse_date(const char *s, int *year, int *month)
{
	int y = 0, m = 0, d = 0;
	size_t len = s ? strlen(s) : 0;

	for (size_t i = 0; i < len; i++) {
		bool digit = s[i] >= '0' && s[i] <= '9';
		if ((i == 4 || i == 7) ? s[i] != '-' : !digit)
			return false;
	}
	if (len != 4 && len != 7 && len != 10)
		return false;
	y = digits(s, 4);
	if (len >= 7)
		m = digits(s + 5, 2);
	if (len == 10)
		d = digits(s + 8, 2);
	if ((len >= 7 && (m < 1 || m > 12)) || (len == 10 && (d < 1 || d > 31)))
		return false;
	*year = y;
	*month = m;
	return true;
}

static const char *date_field(struct loader *L, const cJSON *obj, const char *key, const char *path)
{
	const char *s = str_field(L, obj, key, path);
	int y, m;
	char p[256];

	if (s && !resume_parse_date(s, &y, &m)) {
		child_path(p, sizeof p, path, key);
		warn(L, p, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
	}
	return s;
}

static void fill_project(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct project *p = slot;
	p->name = str_field(L, o, "name", path);
	p->status = str_field(L, o, "status", path);
	p->description = str_field(L, o, "description", path);
	p->url = str_field(L, o, "url", path);
	p->start = date_field(L, o, "startDate", path);
	p->end = date_field(L, o, "endDate", path);
	p->entity = str_field(L, o, "entity", path);
	p->type = str_field(L, o, "type", path);
	strlist_field(L, o, "highlights", path, &p->highlights);
	strlist_field(L, o, "keywords", path, &p->keywords);
	strlist_field(L, o, "roles", path, &p->roles);
}

static void fill_job(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct job *j = slot;
	int y, m;
	j->name = str_field(L, o, "name", path);
	j->position = str_field(L, o, "position", path);
	j->location = str_field(L, o, "location", path);
	j->url = str_field(L, o, "url", path);
	j->start = date_field(L, o, "startDate", path);
	j->end = date_field(L, o, "endDate", path);
	if (j->start && resume_parse_date(j->start, &y, &m))
		L->r->nwork_dated++; /* the timeline's rows, counted once */
	j->summary = str_field(L, o, "summary", path);
	j->description = str_field(L, o, "description", path);
	strlist_field(L, o, "highlights", path, &j->highlights);
	strlist_field(L, o, "keywords", path, &j->keywords);
}

static void fill_volunteer(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct job *j = slot;
	j->name = str_field(L, o, "organization", path);
	j->position = str_field(L, o, "position", path);
	j->url = str_field(L, o, "url", path);
	j->start = date_field(L, o, "startDate", path);
	j->end = date_field(L, o, "endDate", path);
	j->summary = str_field(L, o, "summary", path);
	strlist_field(L, o, "highlights", path, &j->highlights);
}

static void fill_education(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct education *e = slot;
	e->institution = str_field(L, o, "institution", path);
	e->url = str_field(L, o, "url", path);
	e->area = str_field(L, o, "area", path);
	e->study_type = str_field(L, o, "studyType", path);
	e->start = date_field(L, o, "startDate", path);
	e->end = date_field(L, o, "endDate", path);
	e->score = str_field(L, o, "score", path);
	strlist_field(L, o, "courses", path, &e->courses);
}

static void fill_award(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct award *a = slot;
	a->title = str_field(L, o, "title", path);
	a->date = date_field(L, o, "date", path);
	a->awarder = str_field(L, o, "awarder", path);
	a->summary = str_field(L, o, "summary", path);
}

static void fill_certificate(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct certificate *c = slot;
	c->name = str_field(L, o, "name", path);
	c->date = date_field(L, o, "date", path);
	c->issuer = str_field(L, o, "issuer", path);
	c->url = str_field(L, o, "url", path);
}

static void fill_publication(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct publication *p = slot;
	p->name = str_field(L, o, "name", path);
	p->publisher = str_field(L, o, "publisher", path);
	p->release_date = date_field(L, o, "releaseDate", path);
	p->url = str_field(L, o, "url", path);
	p->summary = str_field(L, o, "summary", path);
}

static void fill_language(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct language *l = slot;
	l->language = str_field(L, o, "language", path);
	l->fluency = str_field(L, o, "fluency", path);
}

static void fill_interest(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct interest *in = slot;
	in->name = str_field(L, o, "name", path);
	strlist_field(L, o, "keywords", path, &in->keywords);
}

static void fill_incident(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct incident *in = slot;
	in->id = str_field(L, o, "id", path);
	in->severity = str_field(L, o, "severity", path);
	in->urgent = bool_field(L, o, "urgent", path);
	in->ttd = str_field(L, o, "ttd", path);
	in->ttr = str_field(L, o, "ttr", path);
	in->stress = scale_field(L, o, "stress", path);
	in->title = str_field(L, o, "title", path);
	in->happened = str_field(L, o, "happened", path);
	in->impact = str_field(L, o, "impact", path);
	in->root_cause = str_field(L, o, "rootCause", path);
	strlist_field(L, o, "actions", path, &in->actions);
	in->learned = str_field(L, o, "learned", path);
}

static void fill_reference(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct reference *ref = slot;
	ref->name = str_field(L, o, "name", path);
	ref->role = str_field(L, o, "role", path);
	ref->reference = str_field(L, o, "reference", path);
}

static void fill_skill(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct skill *s = slot;
	s->name = str_field(L, o, "name", path);
	s->level = str_field(L, o, "level", path);
	strlist_field(L, o, "keywords", path, &s->keywords);
}

static void fill_profile(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct profile *p = slot;
	p->network = str_field(L, o, "network", path);
	p->username = str_field(L, o, "username", path);
	p->url = str_field(L, o, "url", path);
}

static void fill_card(struct loader *L, const cJSON *o, const char *path, void *slot)
{
	struct quote_card *c = slot;
	c->label = str_field(L, o, "label", path);
	c->text = str_field(L, o, "text", path);
	c->speaker = str_field(L, o, "speaker", path);
	c->signature = str_field(L, o, "signature", path);
}

static void load_basics(struct loader *L, const cJSON *root)
{
	const cJSON *b = object_field(L, root, "basics", "");
	struct basics *out = &L->r->basics;

	if (!b)
		return;
	out->name = str_field(L, b, "name", "basics");
	out->label = str_field(L, b, "label", "basics");
	out->tagline = str_field(L, b, "tagline", "basics");
	out->greeting = str_field(L, b, "greeting", "basics");
	out->summary = str_field(L, b, "summary", "basics");
	out->image = str_field(L, b, "image", "basics");
	out->email = str_field(L, b, "email", "basics");
	out->phone = str_field(L, b, "phone", "basics");
	out->url = str_field(L, b, "url", "basics");
	const cJSON *loc = object_field(L, b, "location", "basics");
	if (loc) {
		out->address = str_field(L, loc, "address", "basics.location");
		out->postal_code = str_field(L, loc, "postalCode", "basics.location");
		out->city = str_field(L, loc, "city", "basics.location");
		out->region = str_field(L, loc, "region", "basics.location");
		out->country_code = str_field(L, loc, "countryCode", "basics.location");
	}
	out->profiles = object_array(L, b, "basics", "profiles", sizeof *out->profiles,
	                             &out->nprofiles, fill_profile);
}

static const char *const voice_keys[VOICE_COUNT] = {
	[VOICE_ABOUT] = "about",       [VOICE_PROJECTS] = "projects",
	[VOICE_WORK] = "work",         [VOICE_INCIDENTS] = "incidents",
	[VOICE_REFERENCES] = "references", [VOICE_SKILLS] = "skills",
	[VOICE_CONTACT] = "contact",   [VOICE_WRITING] = "writing",
};

static void load_voices(struct loader *L, const cJSON *root)
{
	const cJSON *q = object_field(L, root, "quotes", "");
	char path[64];

	if (!q)
		return;
	for (int i = 0; i < VOICE_COUNT; i++) {
		snprintf(path, sizeof path, "quotes.%s", voice_keys[i]);
		const cJSON *v = object_field(L, q, voice_keys[i], "quotes");
		if (!v)
			continue;
		struct voice *out = &L->r->voices[i];
		out->heading = str_field(L, v, "heading", path);
		out->comment = str_field(L, v, "comment", path);
		out->cards = object_array(L, v, path, "cards", sizeof *out->cards, &out->ncards,
		                          fill_card);
	}
}

/* The small sections, handled with cJSON; root holds one of them, so that
 * warnings come in document order. */
static void load_small_sections(struct loader *L, const cJSON *root)
{
	struct resume *r = L->r;

	load_basics(L, root);
	const cJSON *pb = object_field(L, root, "playbook", "");
	if (pb) {
		r->playbook.title = str_field(L, pb, "title", "playbook");
		strlist_field(L, pb, "steps", "playbook", &r->playbook.steps);
	}
	const cJSON *hire = object_field(L, root, "hire", "");
	if (hire) {
		r->hire.title = str_field(L, hire, "title", "hire");
		r->hire.text = str_field(L, hire, "text", "hire");
	}
	load_voices(L, root);
	const cJSON *meta = object_field(L, root, "meta", "");
	if (meta) {
		r->meta.canonical = str_field(L, meta, "canonical", "meta");
		r->meta.version = str_field(L, meta, "version", "meta");
		r->meta.last_modified = str_field(L, meta, "lastModified", "meta");
	}
}

/* A top-level array of objects, filled element by element. */
struct array_section {
	const char *key;
	size_t size;
	void **items;
	size_t *n;
	fill_fn *fill;
};

static cJSON *parse_checked(const char *text, size_t len)
{
	cJSON *v = cJSON_ParseWithLength(text, len);
	if (!v)
		out_of_memory(); /* the text passed json_check: nothing else fails */
	return v;
}

/* Parses the array at the cursor one element at a time, so that cJSON
 * never holds more than one element's tree. */
static void load_array(struct loader *L, struct json_cursor *c, const struct array_section *a)
{
	char first = jsonwalk_peek(c), path[64];

	if (first != '[') {
		if (first != 'n')
			warn(L, a->key, "expected an array");
		jsonwalk_skip(c, NULL, NULL);
		return;
	}
	struct json_cursor count = *c;
	size_t n = 0, i = 0, filled = 0;
	jsonwalk_enter(&count);
	while (jsonwalk_element(&count)) {
		jsonwalk_skip(&count, NULL, NULL);
		n++;
	}
	char *items = n ? arena_array(L->r, n, a->size) : NULL;
	jsonwalk_enter(c);
	while (jsonwalk_element(c)) {
		const char *text;
		size_t len;
		jsonwalk_skip(c, &text, &len);
		snprintf(path, sizeof path, "%s[%zu]", a->key, i++);
		if (*text != '{') {
			warn(L, path, "expected an object");
			continue;
		}
		cJSON *e = parse_checked(text, len);
		a->fill(L, e, path, items + filled++ * a->size);
		cJSON_Delete(e);
	}
	*a->items = items;
	*a->n = filled;
}

/* Walks the top-level object of checked text: the arrays element by
 * element, the small sections through cJSON, unknown keys not at all. */
static void load_model(struct loader *L, const char *json, size_t len)
{
	struct resume *r = L->r;
	const struct array_section arrays[] = {
		{ "projects", sizeof *r->projects, (void **)&r->projects, &r->nprojects, fill_project },
		{ "work", sizeof *r->work, (void **)&r->work, &r->nwork, fill_job },
		{ "volunteer", sizeof *r->volunteer, (void **)&r->volunteer, &r->nvolunteer,
		  fill_volunteer },
		{ "education", sizeof *r->education, (void **)&r->education, &r->neducation,
		  fill_education },
		{ "awards", sizeof *r->awards, (void **)&r->awards, &r->nawards, fill_award },
		{ "certificates", sizeof *r->certificates, (void **)&r->certificates,
		  &r->ncertificates, fill_certificate },
		{ "publications", sizeof *r->publications, (void **)&r->publications,
		  &r->npublications, fill_publication },
		{ "languages", sizeof *r->languages, (void **)&r->languages, &r->nlanguages,
		  fill_language },
		{ "interests", sizeof *r->interests, (void **)&r->interests, &r->ninterests,
		  fill_interest },
		{ "incidents", sizeof *r->incidents, (void **)&r->incidents, &r->nincidents,
		  fill_incident },
		{ "references", sizeof *r->references, (void **)&r->references, &r->nreferences,
		  fill_reference },
		{ "skills", sizeof *r->skills, (void **)&r->skills, &r->nskills, fill_skill },
	};
	static const char *const small[] = { "basics", "playbook", "hire", "quotes", "meta" };
	struct json_cursor c = { json, len, 0 };
	char key[32];

	jsonwalk_enter(&c);
	while (jsonwalk_member(&c, key, sizeof key)) {
		const struct array_section *a = NULL;
		for (size_t i = 0; i < ARRAY_LEN(arrays) && !a; i++)
			if (strcmp(key, arrays[i].key) == 0)
				a = &arrays[i];
		if (a) {
			load_array(L, &c, a);
			continue;
		}
		const char *text;
		size_t n;
		jsonwalk_skip(&c, &text, &n);
		for (size_t i = 0; i < ARRAY_LEN(small); i++) {
			if (strcmp(key, small[i]) != 0)
				continue;
			cJSON *root = cJSON_CreateObject();
			if (!root)
				out_of_memory();
			cJSON_AddItemToObject(root, small[i], parse_checked(text, n));
			load_small_sections(L, root);
			cJSON_Delete(root);
		}
	}
}

/* Whether checked text passes the limits of resume.h; *error then says
 * which. */
static bool too_much(const char *name, const char *json, size_t len, char **error)
{
	static const struct jsonwalk_limits limits = {
		RESUME_MAX_ITEMS, RESUME_MAX_VALUES, RESUME_MAX_TEXT,
	};
	size_t at, line, col;
	enum jsonwalk_excess excess = jsonwalk_within(json, len, &limits, &at);

	if (excess == JSONWALK_WITHIN)
		return false;
	json_line_column(json, at, &line, &col);
	if (excess == JSONWALK_ITEMS)
		*error = xasprintf("%s:%zu:%zu: an %s of more than %d %s; pushpander's limit", name,
		                line, col, json[at] == '[' ? "array" : "object", RESUME_MAX_ITEMS,
		                json[at] == '[' ? "elements" : "members");
	else if (excess == JSONWALK_VALUES)
		*error = xasprintf("%s:%zu:%zu: more than %d values in all; pushpander's limit", name,
		                line, col, RESUME_MAX_VALUES);
	else
		*error = xasprintf("%s:%zu:%zu: more than %u MiB of text in all; pushpander's limit",
		                name, line, col, RESUME_MAX_TEXT / (1024 * 1024));
	return true;
}

/* resume_parse, with name fit to be printed. */
static int parse_named(const char *name, const char *json, size_t len, struct resume *r,
                       struct diagnostics *warnings, char **error)
{
	memset(r, 0, sizeof *r);
	*error = NULL;
	/* cJSON is lax and vague about positions: it only sees what the strict
	 * checker passed, so it fails only when out of memory */
	struct json_error bad;
	if (!json_check(json, len, &bad)) {
		*error = xasprintf("%s:%zu:%zu: %s", name, bad.line, bad.column, bad.message);
		return EX_DATAERR;
	}
	struct json_cursor top = { json, len, 0 };
	char first = jsonwalk_peek(&top);
	if (first != '{') {
		size_t line, col;
		json_line_column(json, top.pos, &line, &col);
		*error = xasprintf("%s:%zu:%zu: the document must be a JSON object, not %s", name,
		                line, col, first == '[' ? "an array" : "a single value");
		return EX_DATAERR;
	}
	if (too_much(name, json, len, error))
		return EX_DATAERR;
	struct loader L = { .r = r, .name = name, .warnings = warnings };
	load_model(&L, json, len);
	return 0;
}

int resume_parse(const char *name, const char *json, size_t len, struct resume *r,
                 struct diagnostics *warnings, char **error)
{
	char *shown_name = text_sanitize_name(name);
	int status = parse_named(shown_name, json, len, r, warnings, error);
	free(shown_name);
	return status;
}

int resume_load(const char *path, struct resume *r, struct diagnostics *warnings, char **error)
{
	char *data;
	size_t len;

	memset(r, 0, sizeof *r);
	int status = resume_read_file(path, &data, &len, error);
	if (status)
		return status;
	status = resume_parse(path, data, len, r, warnings, error);
	free(data);
	return status;
}
