/* resume.h — the résumé model, built once from a JSON Resume file.
 *
 * resume_load() parses the file with cJSON, copies every value it knows into
 * the structs below (sanitised by text_sanitize) and frees the cJSON tree
 * before it returns: nothing downstream includes cJSON.  Every string and
 * array belongs to the resume and lives until resume_free().  A string that
 * is absent, null or empty is NULL; an absent list has n == 0. */
#ifndef PUSHPANDER_RESUME_H
#define PUSHPANDER_RESUME_H

#include <stdbool.h>
#include <stddef.h>

/* The largest file loaded: a résumé is kilobytes; this leaves room for
 * generated test files while refusing accidents. */
#define RESUME_MAX_BYTES (64u * 1024 * 1024)

/* What a file may hold, so that memory and time stay in proportion to
 * what is shown (a résumé holds hundreds of values): a file with more is
 * refused: arrays (and objects) of at most RESUME_MAX_ITEMS members,
 * RESUME_MAX_VALUES members in all, and strings of RESUME_MAX_TEXT bytes
 * in all. */
#define RESUME_MAX_ITEMS 100000
#define RESUME_MAX_VALUES 2000000
#define RESUME_MAX_TEXT (16u * 1024 * 1024)

/* The warnings kept; the rest are only counted. */
#define RESUME_MAX_WARNINGS 100

struct strlist {
	const char **v;
	size_t n;
};

struct profile {
	const char *network, *username, *url;
};

struct basics {
	const char *name, *label, *tagline, *summary, *image;
	const char *greeting; /* words before the name ("HEY, I'M"): an extension */
	const char *email, *phone, *url;
	const char *address, *postal_code, *city, *region, *country_code;
	struct profile *profiles;
	size_t nprofiles;
};

struct project {
	const char *name, *status, *description, *url, *start, *end, *entity, *type;
	struct strlist highlights, keywords, roles;
};

/* A role: an entry of work (name is the company) or of volunteer (name is
 * the organisation). */
struct job {
	const char *name, *position, *location, *url, *start, *end, *summary, *description;
	struct strlist highlights, keywords;
};

struct education {
	const char *institution, *url, *area, *study_type, *start, *end, *score;
	struct strlist courses;
};

struct award {
	const char *title, *date, *awarder, *summary;
};

struct certificate {
	const char *name, *date, *issuer, *url;
};

struct publication {
	const char *name, *publisher, *release_date, *url, *summary;
};

struct language {
	const char *language, *fluency;
};

struct interest {
	const char *name;
	struct strlist keywords;
};

struct incident {
	const char *id, *severity, *ttd, *ttr, *title;
	const char *happened, *impact, *root_cause, *learned;
	int stress; /* 0–10, or -1 when absent */
	bool urgent;
	struct strlist actions;
};

struct reference {
	const char *name, *role, *reference;
};

struct skill {
	const char *name, *level;
	struct strlist keywords;
};

struct quote_card {
	const char *label, *text, *speaker, *signature;
};

enum voice_id {
	VOICE_ABOUT,
	VOICE_PROJECTS,
	VOICE_WORK,
	VOICE_INCIDENTS,
	VOICE_REFERENCES,
	VOICE_SKILLS,
	VOICE_CONTACT,
	VOICE_WRITING,
	VOICE_COUNT
};

/* A screen's voice: its heading, a "// comment" and quote cards. */
struct voice {
	const char *heading, *comment;
	struct quote_card *cards;
	size_t ncards;
};

struct resume {
	struct basics basics;
	struct project *projects;
	size_t nprojects;
	struct job *work;
	size_t nwork;
	size_t nwork_dated;     /* of them, with a start date that parses */
	struct job *volunteer;
	size_t nvolunteer;
	struct education *education;
	size_t neducation;
	struct award *awards;
	size_t nawards;
	struct certificate *certificates;
	size_t ncertificates;
	struct publication *publications;
	size_t npublications;
	struct language *languages;
	size_t nlanguages;
	struct interest *interests;
	size_t ninterests;
	struct incident *incidents;
	size_t nincidents;
	struct reference *references;
	size_t nreferences;
	struct skill *skills;
	size_t nskills;
	struct {
		const char *title;
		struct strlist steps;
	} playbook;
	struct {
		const char *title, *text;
	} hire;
	struct voice voices[VOICE_COUNT];
	struct {
		const char *canonical, *version, *last_modified;
	} meta;

	void *arena; /* owns every string and array above */
};

/* Problems found while loading (the first RESUME_MAX_WARNINGS): one line each, without a trailing newline,
 * e.g. "resume.json: work[2].highlights: expected an array of strings". */
struct diagnostics {
	char **lines;
	size_t n;       /* at most RESUME_MAX_WARNINGS */
	size_t dropped; /* the problems past those, counted but not kept */
};

/* Loads path into *r.  Returns 0, EX_NOINPUT when the file cannot be
 * read, or EX_DATAERR when it is not valid; then *error holds one line such
 * as "resume.json:3:14: expected ',' or '}'" (the caller frees it) and *r is
 * empty.  Problems that do not stop loading (a field of the wrong type, which
 * is skipped) are appended to *warnings. */
int resume_load(const char *path, struct resume *r, struct diagnostics *warnings, char **error);

/* resume_load's first half: the file's bytes, whole, NUL-terminated, in
 * *text (the caller frees it), or an exit status and *error as there. */
int resume_read_file(const char *path, char **text, size_t *text_len, char **error);
/* The same, path opened relative to the directory open as dir (openat;
 * AT_FDCWD: the working directory), named file in messages. */
int resume_read_file_at(int dir, const char *path, const char *file, char **text,
                        size_t *text_len, char **error);

/* The same from a stream (standard input, a pipe), read to its end: at most
 * RESUME_MAX_BYTES, else EX_DATAERR; name is used in messages. */
int resume_read_stream(const char *name, int fd, char **text, size_t *text_len, char **error);

/* As resume_load, from memory; name is used in messages. */
int resume_parse(const char *name, const char *json, size_t len, struct resume *r,
                 struct diagnostics *warnings, char **error);

void resume_free(struct resume *r);
void diagnostics_free(struct diagnostics *d);

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns false for anything
 * else.  *month is 0 when absent. */
bool resume_parse_date(const char *s, int *year, int *month);

#endif
