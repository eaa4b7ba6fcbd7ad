/* test_resume.c — loading résumés into the model (resume.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "exitcodes.h"
#include "helpers.h"
#include "resume.h"

static const char full_resume[] =
	"{\n"
	"  \"basics\": {\n"
	"    \"name\": \"Ada Example\",\n"
	"    \"label\": \"Backend engineer\",\n"
	"    \"tagline\": \"QUEUES · LOGS · COFFEE\",\n"
	"    \"summary\": \"Builds things.\",\n"
	"    \"email\": \"ada@example.com\",\n"
	"    \"phone\": \"+1 555 0100\",\n"
	"    \"url\": \"https://ada.example\",\n"
	"    \"location\": {\"city\": \"Gurgaon\", \"countryCode\": \"IN\"},\n"
	"    \"profiles\": [{\"network\": \"GitHub\", \"username\": \"ada\", \"url\": \"https://github.com/ada\"}]\n"
	"  },\n"
	"  \"projects\": [\n"
	"    {\"name\": \"Pitstop\", \"status\": \"LIVE\", \"description\": \"Road trips.\",\n"
	"     \"startDate\": \"2024-02\", \"highlights\": [\"Fast\", \"Cheap\"], \"keywords\": [\"NestJS\", \"PostGIS\"]},\n"
	"    {\"name\": \"Burrow\"}\n"
	"  ],\n"
	"  \"work\": [\n"
	"    {\"name\": \"Alt Mobility\", \"position\": \"SDE-2\", \"location\": \"Gurgaon\",\n"
	"     \"startDate\": \"2023-01\", \"endDate\": \"2024-06-30\", \"summary\": \"EV leasing.\",\n"
	"     \"highlights\": [\"Payments\"], \"keywords\": [\"RabbitMQ\", \"Postgres\"]}\n"
	"  ],\n"
	"  \"incidents\": [\n"
	"    {\"id\": \"INC-001\", \"severity\": \"SEV1\", \"urgent\": true, \"ttd\": \"8m\", \"ttr\": \"42m\",\n"
	"     \"stress\": 9, \"title\": \"Dropped webhooks\", \"happened\": \"Events vanished.\",\n"
	"     \"impact\": \"3% of payments\", \"rootCause\": \"A silent catch.\",\n"
	"     \"actions\": [\"Found it\", \"Fixed it\"], \"learned\": \"Never swallow errors.\"},\n"
	"    {\"id\": \"INC-002\", \"stress\": 0}\n"
	"  ],\n"
	"  \"references\": [{\"name\": \"Bo\", \"role\": \"SDE-3\", \"reference\": \"Reliable.\"}],\n"
	"  \"skills\": [{\"name\": \"Backend\", \"level\": \"Daily\", \"keywords\": [\"NestJS\", \"Go\"]}],\n"
	"  \"playbook\": {\"title\": \"How I debug\", \"steps\": [\"Read the logs\", \"Breathe\"]},\n"
	"  \"hire\": {\"title\": \"Hire me\", \"text\": \"I am available.\"},\n"
	"  \"quotes\": {\n"
	"    \"about\": {\"cards\": [{\"label\": \"MUG\", \"text\": \"It works on my machine\", \"speaker\": \"Mug\"}]},\n"
	"    \"incidents\": {\"heading\": \"On call\", \"comment\": \"pager goes brr\"},\n"
	"    \"writing\": {\"heading\": \"Writing\", \"cards\": [{\"text\": \"Blog\", \"signature\": \"me\"}]}\n"
	"  },\n"
	"  \"unknown\": {\"ignored\": true}\n"
	"}\n";

TEST(resume_parse_full_resume)
{
	struct resume r;
	struct diagnostics w = {0};
	char *error = NULL;

	CHECK_INT_EQ(parse_json(full_resume, &r, &w, &error), 0);
	CHECK_STR_EQ(error, NULL);
	CHECK_INT_EQ(w.n, 0);
	for (size_t i = 0; i < w.n; i++)
		check_fail(__FILE__, __LINE__, "unexpected warning: %s", w.lines[i]);

	const struct basics *b = &r.basics;
	CHECK_STR_EQ(b->name, "Ada Example");
	CHECK_STR_EQ(b->label, "Backend engineer");
	CHECK_STR_EQ(b->tagline, "QUEUES · LOGS · COFFEE");
	CHECK_STR_EQ(b->email, "ada@example.com");
	CHECK_STR_EQ(b->city, "Gurgaon");
	CHECK_STR_EQ(b->country_code, "IN");
	CHECK_STR_EQ(b->region, NULL);
	CHECK_INT_EQ(b->nprofiles, 1);
	if (b->nprofiles == 1) {
		CHECK_STR_EQ(b->profiles[0].network, "GitHub");
		CHECK_STR_EQ(b->profiles[0].url, "https://github.com/ada");
	}

	CHECK_INT_EQ(r.nprojects, 2);
	if (r.nprojects == 2) {
		const struct project *p = &r.projects[0];
		CHECK_STR_EQ(p->name, "Pitstop");
		CHECK_STR_EQ(p->status, "LIVE");
		CHECK_STR_EQ(p->start, "2024-02");
		CHECK_STR_EQ(p->end, NULL);
		CHECK_INT_EQ(p->highlights.n, 2);
		CHECK_INT_EQ(p->keywords.n, 2);
		if (p->keywords.n == 2)
			CHECK_STR_EQ(p->keywords.v[1], "PostGIS");
		CHECK_STR_EQ(r.projects[1].name, "Burrow");
		CHECK_INT_EQ(r.projects[1].keywords.n, 0);
	}

	CHECK_INT_EQ(r.nwork, 1);
	if (r.nwork == 1) {
		const struct job *j = &r.work[0];
		CHECK_STR_EQ(j->position, "SDE-2");
		CHECK_STR_EQ(j->end, "2024-06-30");
		CHECK_STR_EQ(j->summary, "EV leasing.");
		CHECK_INT_EQ(j->keywords.n, 2);
		if (j->keywords.n == 2)
			CHECK_STR_EQ(j->keywords.v[0], "RabbitMQ");
	}

	CHECK_INT_EQ(r.nincidents, 2);
	if (r.nincidents == 2) {
		const struct incident *in = &r.incidents[0];
		CHECK_STR_EQ(in->id, "INC-001");
		CHECK_STR_EQ(in->severity, "SEV1");
		CHECK(in->urgent);
		CHECK_STR_EQ(in->ttd, "8m");
		CHECK_STR_EQ(in->ttr, "42m");
		CHECK_INT_EQ(in->stress, 9);
		CHECK_STR_EQ(in->title, "Dropped webhooks");
		CHECK_STR_EQ(in->impact, "3% of payments");
		CHECK_STR_EQ(in->root_cause, "A silent catch.");
		CHECK_STR_EQ(in->learned, "Never swallow errors.");
		CHECK_INT_EQ(in->actions.n, 2);
		CHECK_INT_EQ(r.incidents[1].stress, 0);
		CHECK(!r.incidents[1].urgent);
		CHECK_STR_EQ(r.incidents[1].root_cause, NULL);
	}

	CHECK_INT_EQ(r.nreferences, 1);
	if (r.nreferences == 1) {
		CHECK_STR_EQ(r.references[0].role, "SDE-3");
		CHECK_STR_EQ(r.references[0].reference, "Reliable.");
	}
	CHECK_INT_EQ(r.nskills, 1);
	if (r.nskills == 1) {
		CHECK_STR_EQ(r.skills[0].level, "Daily");
		CHECK_INT_EQ(r.skills[0].keywords.n, 2);
	}
	CHECK_STR_EQ(r.playbook.title, "How I debug");
	CHECK_INT_EQ(r.playbook.steps.n, 2);
	CHECK_STR_EQ(r.hire.title, "Hire me");
	CHECK_STR_EQ(r.hire.text, "I am available.");

	CHECK_INT_EQ(r.voices[VOICE_ABOUT].ncards, 1);
	if (r.voices[VOICE_ABOUT].ncards == 1)
		CHECK_STR_EQ(r.voices[VOICE_ABOUT].cards[0].label, "MUG");
	CHECK_STR_EQ(r.voices[VOICE_INCIDENTS].heading, "On call");
	CHECK_STR_EQ(r.voices[VOICE_INCIDENTS].comment, "pager goes brr");
	CHECK_STR_EQ(r.voices[VOICE_WRITING].heading, "Writing");
	CHECK_INT_EQ(r.voices[VOICE_WRITING].ncards, 1);
	CHECK_INT_EQ(r.voices[VOICE_WORK].ncards, 0);

	resume_free(&r);
	diagnostics_free(&w);
	free(error);
}

TEST(resume_parse_sanitizes_strings)
{
	struct resume r;
	struct diagnostics w = {0};

	CHECK_INT_EQ(parse_json("{\"basics\": {\"name\": \"\\u001b[2Jevil\\u202e\","
	                        " \"label\": \"\", \"summary\": null},"
	                        " \"skills\": [{\"name\": \"a\\tb\", \"keywords\": [\"\", \"\\u009b\"]}]}",
	                        &r, &w, NULL), 0);
	CHECK_STR_EQ(r.basics.name, "\\u001B[2Jevil\\u202E");
	CHECK_STR_EQ(r.basics.label, NULL);    /* empty is absent */
	CHECK_STR_EQ(r.basics.summary, NULL);  /* null is absent */
	CHECK_INT_EQ(r.nskills, 1);
	if (r.nskills == 1) {
		CHECK_STR_EQ(r.skills[0].name, "a b");
		CHECK_INT_EQ(r.skills[0].keywords.n, 1);   /* the empty one is dropped */
		if (r.skills[0].keywords.n == 1)
			CHECK_STR_EQ(r.skills[0].keywords.v[0], "\\u009B");
	}
	CHECK_INT_EQ(w.n, 0);
	resume_free(&r);
	diagnostics_free(&w);
}

/* Whether the warnings contain line exactly. */
static bool has_warning(const struct diagnostics *w, const char *line)
{
	for (size_t i = 0; i < w->n; i++)
		if (strcmp(w->lines[i], line) == 0)
			return true;
	return false;
}

static void check_warning(const struct diagnostics *w, const char *line, int src_line)
{
	static const void *listed; /* the warnings already listed once */

	if (has_warning(w, line))
		return;
	if (listed == w->lines) {
		check_fail(__FILE__, src_line, "no warning \"%s\"", line);
		return;
	}
	check_fail(__FILE__, src_line, "no warning \"%s\"; the warnings were:", line);
	for (size_t i = 0; i < w->n; i++)
		fprintf(stdout, "    %s\n", w->lines[i]);
	listed = w->lines;
}

#define WARNS(w, line) check_warning(w, line, __LINE__)

TEST(resume_parse_wrong_types_warn_with_paths)
{
	struct resume r;
	struct diagnostics w = {0};
	static const char json[] =
		"{\"basics\": {\"name\": 42, \"location\": {\"city\": []}},\n"
		" \"projects\": [{\"name\": \"P\", \"keywords\": [\"a\", 3]}, 5, {\"name\": \"Q\", \"startDate\": \"2024/01\"}],\n"
		" \"work\": [{\"name\": \"W\", \"highlights\": \"not a list\", \"position\": \"Dev\"}],\n"
		" \"incidents\": [{\"id\": \"I\", \"stress\": 11, \"urgent\": \"yes\"}, {\"stress\": 2.5}, {\"stress\": \"7\"},\n"
		"                {\"stress\": -1}, {\"stress\": 10, \"urgent\": true}],\n"
		" \"references\": {},\n"
		" \"skills\": [{\"name\": \"S\", \"keywords\": \"x\"}],\n"
		" \"playbook\": {\"steps\": \"x\"},\n"
		" \"hire\": {\"title\": 1, \"text\": \"ok\"},\n"
		" \"quotes\": {\"about\": \"x\"}}\n";

	CHECK_INT_EQ(parse_json(json, &r, &w, NULL), 0);
	WARNS(&w, "t.json: basics.name: expected a string");
	WARNS(&w, "t.json: basics.location.city: expected a string");
	WARNS(&w, "t.json: projects[0].keywords[1]: expected a string");
	WARNS(&w, "t.json: projects[1]: expected an object");
	WARNS(&w, "t.json: projects[2].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
	WARNS(&w, "t.json: work[0].highlights: expected an array of strings");
	WARNS(&w, "t.json: incidents[0].urgent: expected true or false");
	WARNS(&w, "t.json: incidents[0].stress: expected a whole number from 0 to 10");
	WARNS(&w, "t.json: incidents[1].stress: expected a whole number from 0 to 10");
	WARNS(&w, "t.json: incidents[2].stress: expected a whole number from 0 to 10");
	WARNS(&w, "t.json: incidents[3].stress: expected a whole number from 0 to 10");
	WARNS(&w, "t.json: references: expected an array");
	WARNS(&w, "t.json: skills[0].keywords: expected an array of strings");
	WARNS(&w, "t.json: playbook.steps: expected an array of strings");
	WARNS(&w, "t.json: hire.title: expected a string");
	WARNS(&w, "t.json: quotes.about: expected an object");
	CHECK_INT_EQ(w.n, 16);

	/* the field is skipped, the rest is kept */
	CHECK_STR_EQ(r.basics.name, NULL);
	CHECK_INT_EQ(r.nprojects, 2);           /* the 5 is not a project */
	if (r.nprojects == 2) {
		CHECK_INT_EQ(r.projects[0].keywords.n, 1);
		CHECK_STR_EQ(r.projects[1].name, "Q");
	}
	CHECK_INT_EQ(r.nwork, 1);
	if (r.nwork == 1) {
		CHECK_INT_EQ(r.work[0].highlights.n, 0);
		CHECK_STR_EQ(r.work[0].position, "Dev");
	}
	CHECK_INT_EQ(r.nincidents, 5);
	if (r.nincidents == 5) {
		CHECK_INT_EQ(r.incidents[0].stress, -1);
		CHECK(!r.incidents[0].urgent);
		CHECK_STR_EQ(r.incidents[0].id, "I");
		CHECK_INT_EQ(r.incidents[4].stress, 10);
		CHECK(r.incidents[4].urgent);
	}
	CHECK_INT_EQ(r.nreferences, 0);
	CHECK_STR_EQ(r.hire.text, "ok");
	resume_free(&r);
	diagnostics_free(&w);
}

/* Arrays inside objects (basics.profiles, quotes.*.cards) name their full
 * path too. */
TEST(resume_parse_nested_array_paths)
{
	struct resume r;
	struct diagnostics w = {0};
	static const char json[] =
		"{\"basics\": {\"profiles\": [1, {\"network\": 5, \"url\": \"u\"}]},\n"
		" \"quotes\": {\"projects\": {\"cards\": \"x\"},\n"
		"            \"work\": {\"cards\": [1, {\"text\": 2, \"speaker\": \"S\"}]}}}\n";

	CHECK_INT_EQ(parse_json(json, &r, &w, NULL), 0);
	WARNS(&w, "t.json: basics.profiles[0]: expected an object");
	WARNS(&w, "t.json: basics.profiles[1].network: expected a string");
	WARNS(&w, "t.json: quotes.projects.cards: expected an array");
	WARNS(&w, "t.json: quotes.work.cards[0]: expected an object");
	WARNS(&w, "t.json: quotes.work.cards[1].text: expected a string");
	CHECK_INT_EQ(w.n, 5);
	CHECK_INT_EQ(r.basics.nprofiles, 1);
	CHECK_INT_EQ(r.voices[VOICE_WORK].ncards, 1);
	resume_free(&r);
	diagnostics_free(&w);

	CHECK_INT_EQ(parse_json("{\"basics\": {\"profiles\": \"x\"}}", &r, &w, NULL), 0);
	WARNS(&w, "t.json: basics.profiles: expected an array");
	resume_free(&r);
	diagnostics_free(&w);
}

/* Parses json and checks the status, and that the error is one line
 * "t.json:LINE:COL: message" at the position given (the wording of the
 * message is free; about names a word it must contain, if not NULL). */
static void check_error(const char *json, size_t len, int want_line, int want_col,
                        const char *about, int line)
{
	struct resume r;
	struct diagnostics w = {0};
	char *error = NULL;
	char prefix[64];
	int status = resume_parse("t.json", json, len, &r, &w, &error);

	snprintf(prefix, sizeof prefix, "t.json:%d:%d: ", want_line, want_col);
	if (status != EX_DATAERR)
		check_fail(__FILE__, line, "status %d, want %d (error: %s)", status, EX_DATAERR,
		           error ? error : "none");
	else if (!error || strncmp(error, prefix, strlen(prefix)) != 0 ||
	         strlen(error) <= strlen(prefix) || strchr(error, '\n'))
		check_fail(__FILE__, line, "error \"%s\", want \"%s...\"", error ? error : "(null)", prefix);
	else if (about && !strstr(error, about))
		check_fail(__FILE__, line, "error \"%s\" does not mention \"%s\"", error, about);
	CHECK_MSG(r.nprojects == 0 && r.basics.name == NULL && r.arena == NULL,
	          "line %d: the resume is not empty after an error", line);
	free(error);
	resume_free(&r);
	diagnostics_free(&w);
}

#define SYNTAX(json, want_line, want_col) \
	check_error(json, sizeof(json) - 1, want_line, want_col, NULL, __LINE__)
#define SYNTAX_ABOUT(json, want_line, want_col, about) \
	check_error(json, sizeof(json) - 1, want_line, want_col, about, __LINE__)

/* Columns count characters from 1; each expected position below was
 * counted by hand and is the offending character, or just past the last
 * character when the input ends too soon. */
TEST(resume_parse_syntax_errors)
{
	/* missing comma: the second key, line 3 column 3 */
	SYNTAX("{\n  \"a\": 1\n  \"b\": 2\n}\n", 3, 3);
	/* text after the object: the x, column 10 */
	SYNTAX("{\"a\": 1} x", 1, 10);
	SYNTAX("{}\n\n  {}\n", 3, 3);
	/* a trailing comma: the '}' */
	SYNTAX("{\"a\": 1,}", 1, 9);
	/* a missing value in an array, on line 6 */
	SYNTAX("{\n\"a\": \"x\",\n\"b\": [\n1,\n2\n,]}", 6, 2);
	/* columns are characters, not bytes: 漢字 are two */
	SYNTAX("{\"name\": \"漢字\" \"x\": 1}", 1, 15);
	/* a bad literal */
	SYNTAX("{\"a\": tru}", 1, 7);
	/* the document ends early, after a final newline: line 5 is empty */
	SYNTAX("\n\n{\"a\": 1\n\n", 5, 1);
	/* a BOM, and documents that are not objects */
	SYNTAX_ABOUT("\xEF\xBB\xBF{}", 1, 1, "byte order mark");
	SYNTAX_ABOUT("[1, 2]", 1, 1, "object");
	SYNTAX_ABOUT("\"text\"", 1, 1, "object");
	/* the loader counts lines as the checker does: a lone CR ends one */
	SYNTAX_ABOUT("\r\r\n  [1]", 3, 3, "object");
}

TEST(resume_parse_empty_input)
{
	/* every syntax error is NAME:LINE:COL: ..., an empty file's too */
	check_error("", 0, 1, 1, NULL, __LINE__);

	/* only white space: the end of the input (2:3), or an empty file at 1:1 */
	struct resume r;
	char *error = NULL;
	CHECK_INT_EQ(resume_parse("t.json", "   \n  ", 6, &r, NULL, &error), 65);
	CHECK_MSG(error && (strncmp(error, "t.json:2:3: ", 12) == 0 ||
	                    (strncmp(error, "t.json:1:1: ", 12) == 0 && strstr(error, "empty"))),
	          "white space only: got \"%s\"", error ? error : "(null)");
	free(error);
	resume_free(&r);
}

/* Positions where cJSON 1.7.15 stops at the wrong character. */
TEST(resume_parse_error_positions_at_edges)
{
	/* an unterminated string: its opening quote (column 7), or the end of
	 * the input (column 11) -- not the first character inside it */
	struct resume r;
	char *error = NULL;
	static const char unterminated[] = "{\"a\": \"abc";
	CHECK_INT_EQ(resume_parse("t.json", unterminated, sizeof unterminated - 1, &r, NULL, &error), 65);
	CHECK_MSG(error && (strncmp(error, "t.json:1:7: ", 12) == 0 ||
	                    strncmp(error, "t.json:1:11: ", 13) == 0),
	          "unterminated string: got \"%s\", want t.json:1:7 (the quote) or 1:11 (the end)",
	          error ? error : "(null)");
	free(error);
	resume_free(&r);

	/* the document ends without a newline: the end is column 8, not the
	 * last character */
	SYNTAX("{\"a\": 1", 1, 8);
	SYNTAX("{", 1, 2);
	/* an unquoted key: the key's first character */
	SYNTAX("{a: 1}", 1, 2);
	SYNTAX("{\"a\": 1, b: 2}", 1, 10);
}

TEST(resume_load_errors)
{
	struct resume r;
	struct diagnostics w = {0};
	char *error = NULL;

	CHECK_INT_EQ(resume_load("tests/unit/fixtures/no-such-file.json", &r, &w, &error), 66);
	CHECK_MSG(error && strstr(error, "tests/unit/fixtures/no-such-file.json"),
	          "the error \"%s\" does not name the file", error ? error : "(null)");
	CHECK_MSG(error && strstr(error, "No such file"), "the error \"%s\" does not say why",
	          error ? error : "(null)");
	free(error);
	resume_free(&r);

	error = NULL;
	CHECK_INT_EQ(resume_load("tests/unit", &r, &w, &error), 66);
	CHECK_STR_EQ(error, "tests/unit: not a regular file");
	free(error);
	resume_free(&r);

	/* a syntax error in a file names the file */
	error = NULL;
	CHECK_INT_EQ(resume_load("tests/unit/fixtures/missing-comma.json", &r, &w, &error), 65);
	CHECK_MSG(error && strncmp(error, "tests/unit/fixtures/missing-comma.json:3:3: ", 44) == 0,
	          "error \"%s\", want \"tests/unit/fixtures/missing-comma.json:3:3: ...\"",
	          error ? error : "(null)");
	free(error);
	resume_free(&r);
	CHECK_INT_EQ(w.n, 0);
	diagnostics_free(&w);
}

TEST(resume_load_sample)
{
	struct resume r;
	size_t nwarnings = 99;

	CHECK_INT_EQ(load_sample(&r, &nwarnings), 0);
	CHECK_INT_EQ(nwarnings, 0);
	CHECK_INT_EQ(r.nprojects, 3);
	CHECK_INT_EQ(r.nwork, 4);
	CHECK_INT_EQ(r.nincidents, 4);
	CHECK_INT_EQ(r.nreferences, 4);
	CHECK_INT_EQ(r.nskills, 6);
	CHECK_STR_EQ(r.basics.name, "Pushpander");
	for (size_t i = 0; i < r.nincidents; i++) {
		CHECK_MSG(r.incidents[i].title && r.incidents[i].root_cause && r.incidents[i].learned,
		          "incident %zu lacks a title, root cause or lesson", i);
		CHECK_MSG(r.incidents[i].stress >= 0 && r.incidents[i].stress <= 10,
		          "incident %zu has stress %d", i, r.incidents[i].stress);
	}
	resume_free(&r);
}

static void check_date(const char *s, bool want_ok, int want_year, int want_month, int line)
{
	int year = -1, month = -1;
	bool ok = resume_parse_date(s, &year, &month);

	if (ok != want_ok)
		check_fail(__FILE__, line, "resume_parse_date(\"%s\") returned %s", s, ok ? "true" : "false");
	else if (ok && (year != want_year || month != want_month))
		check_fail(__FILE__, line, "resume_parse_date(\"%s\"): %d-%d, want %d-%d", s, year,
		           month, want_year, want_month);
}

TEST(resume_parse_date_formats)
{
	check_date("2024", true, 2024, 0, __LINE__);
	check_date("2024-02", true, 2024, 2, __LINE__);
	check_date("2019-12-31", true, 2019, 12, __LINE__);
	check_date("2024-01-01", true, 2024, 1, __LINE__);
	check_date("2024-13", false, 0, 0, __LINE__);
	check_date("2024-00", false, 0, 0, __LINE__);
	check_date("2024-01-32", false, 0, 0, __LINE__);
	check_date("24-01", false, 0, 0, __LINE__);
	check_date("2024/01", false, 0, 0, __LINE__);
	check_date("2024-1", false, 0, 0, __LINE__);
	check_date("2024-", false, 0, 0, __LINE__);
	check_date("202a", false, 0, 0, __LINE__);
	check_date("2024-02-03T10:00", false, 0, 0, __LINE__);
	check_date("Present", false, 0, 0, __LINE__);
	check_date("", false, 0, 0, __LINE__);
}
