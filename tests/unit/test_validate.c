/* test_validate.c — values that cannot be right, near-miss keys (validate.c). */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "validate.h"

/* Validates json; the lines found go to *v. */
static void run(const char *json, struct validation *v)
{
	memset(v, 0, sizeof *v);
	validate_json("r.json", json, strlen(json), v);
}

/* Whether one of d's lines is exactly want. */
static bool has_line(const struct diagnostics *d, const char *want)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->lines[i], want) == 0)
			return true;
	return false;
}

#define CHECK_LINE(d, want) CHECK_MSG(has_line(d, want), "no line \"%s\" (%zu lines)", want, (d)->n)

TEST(validate_dates_that_do_not_exist)
{
	struct validation v;
	run("{\"work\": [{\"startDate\": \"2023-02-30\", \"endDate\": \"2024-02-29\"},"
	    " {\"startDate\": \"2023-04-31\"}, {\"startDate\": \"2000-02-29\"},"
	    " {\"startDate\": \"1900-02-29\"}]}", &v);
	CHECK_INT_EQ(v.problems.n, 3);
	CHECK_LINE(&v.problems, "r.json: work[0].startDate: 2023-02-30 is not a date: "
	                        "February 2023 has 28 days");
	CHECK_LINE(&v.problems, "r.json: work[1].startDate: 2023-04-31 is not a date: "
	                        "April 2023 has 30 days");
	CHECK_LINE(&v.problems, "r.json: work[3].startDate: 1900-02-29 is not a date: "
	                        "February 1900 has 28 days");
	CHECK_INT_EQ(v.notes.n, 0);
	validation_free(&v);
}

TEST(validate_end_before_start)
{
	struct validation v;
	run("{\"projects\": [{\"startDate\": \"2021-05\", \"endDate\": \"2020-01\"},"
	    " {\"startDate\": \"2024-06\", \"endDate\": \"2024\"},"
	    " {\"startDate\": \"2024-06-10\", \"endDate\": \"2024-06-09\"}],"
	    " \"education\": [{\"startDate\": \"2019\", \"endDate\": \"2019-01-01\"}]}", &v);
	CHECK_INT_EQ(v.problems.n, 2);
	CHECK_LINE(&v.problems, "r.json: projects[0].endDate: 2020-01 is before startDate 2021-05");
	CHECK_LINE(&v.problems, "r.json: projects[2].endDate: 2024-06-09 is before startDate "
	                        "2024-06-10");
	validation_free(&v);
}

TEST(validate_addresses_urls_and_codes)
{
	struct validation v;
	run("{\"basics\": {\"email\": \"not-an-email\", \"url\": \"htp:/broken\","
	    " \"location\": {\"countryCode\": \"IND\"},"
	    " \"profiles\": [{\"url\": \"https://github.com/ada\"}, {\"url\": \"github.com/bo\"}]},"
	    " \"incidents\": [{\"severity\": \"SEV9\"}, {\"severity\": \"SEV2\"}]}", &v);
	CHECK_INT_EQ(v.problems.n, 5);
	CHECK_LINE(&v.problems, "r.json: basics.email: 'not-an-email' is not an e-mail address");
	CHECK_LINE(&v.problems, "r.json: basics.url: 'htp:/broken' is not a URL "
	                        "(expected http:// or https://)");
	CHECK_LINE(&v.problems, "r.json: basics.location.countryCode: 'IND' is not a two-letter "
	                        "country code (ISO 3166-1)");
	CHECK_LINE(&v.problems, "r.json: basics.profiles[1].url: 'github.com/bo' is not a URL "
	                        "(expected http:// or https://)");
	CHECK_LINE(&v.problems, "r.json: incidents[0].severity: 'SEV9' is not a severity "
	                        "(SEV1 to SEV4)");
	validation_free(&v);

	run("{\"basics\": {\"email\": \"ada@example.com\", \"url\": \"https://ada.example\","
	    " \"location\": {\"countryCode\": \"IN\"}}}", &v);
	CHECK_INT_EQ(v.problems.n, 0);
	validation_free(&v);
}

TEST(validate_near_miss_keys_are_noted)
{
	struct validation v;
	run("{\"basics\": {\"sumary\": \"x\", \"x-pronouns\": \"she\"},"
	    " \"work\": [{\"highlight\": [], \"endate\": \"2020\", \"EndDate\": \"2020\"}],"
	    " \"projetcs\": [], \"custom\": 1}", &v);
	CHECK_INT_EQ(v.problems.n, 0);
	CHECK_INT_EQ(v.notes.n, 5);
	CHECK_LINE(&v.notes, "r.json: basics.sumary: unknown key; did you mean `summary`?");
	CHECK_LINE(&v.notes, "r.json: work[0].highlight: unknown key; did you mean `highlights`?");
	CHECK_LINE(&v.notes, "r.json: work[0].endate: unknown key; did you mean `endDate`?");
	CHECK_LINE(&v.notes, "r.json: work[0].EndDate: unknown key; did you mean `endDate`?");
	CHECK_LINE(&v.notes, "r.json: projetcs: unknown key; did you mean `projects`?");
	CHECK_INT_EQ(v.ignored, 2);
	validation_free(&v);
}

TEST(validate_suggest_only_near_misses)
{
	static const char *const known[] = { "name", "url", "highlights", "summary", NULL };
	CHECK_STR_EQ(validate_suggest("highlight", known), "highlights");
	CHECK_STR_EQ(validate_suggest("summaries", known), NULL);
	CHECK_STR_EQ(validate_suggest("uri", known), "url");
	CHECK_STR_EQ(validate_suggest("id", known), NULL);
	CHECK_STR_EQ(validate_suggest("game", known), "name");
	CHECK_STR_EQ(validate_suggest("gate", known), NULL); /* two edits: too far for 4 letters */
	CHECK_STR_EQ(validate_suggest("x-pronouns", known), NULL);
}

TEST(validate_messages_are_sanitised)
{
	struct validation v;
	run("{\"basics\": {\"email\": \"\\u001b[31mevil\\u202e\"}, \"work\": [{\"nam\\u001be\": 1}]}",
	    &v);
	CHECK_INT_EQ(v.problems.n, 1);
	for (size_t i = 0; i < v.problems.n; i++)
		CHECK_MSG(!strchr(v.problems.lines[i], '\033') && !strstr(v.problems.lines[i], "\u202e"),
		          "raw control in \"%s\"", v.problems.lines[i]);
	for (size_t i = 0; i < v.notes.n; i++)
		CHECK_MSG(!strchr(v.notes.lines[i], '\033'), "raw escape in \"%s\"", v.notes.lines[i]);
	validation_free(&v);
}
