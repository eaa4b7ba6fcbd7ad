/* test_visit.c — the visit's syslog line and durations in words (visit.c). */
#include <string.h>

#include "check.h"
#include "visit.h"

TEST(visit_duration_words)
{
	char s[32];

	visit_duration(s, sizeof s, 1);
	CHECK_STR_EQ(s, "1 second");
	visit_duration(s, sizeof s, 2);
	CHECK_STR_EQ(s, "2 seconds");
	visit_duration(s, sizeof s, 60);
	CHECK_STR_EQ(s, "1 minute");
	visit_duration(s, sizeof s, 1800);
	CHECK_STR_EQ(s, "30 minutes");
	visit_duration(s, sizeof s, 90);
	CHECK_STR_EQ(s, "90 seconds");
}

TEST(visit_line_says_how_it_ended)
{
	char s[160];
	struct visit v = { .seconds = 125, .end = VISIT_QUIT, .tabs = 3, .cards = 2, .mode = "viewer" };

	visit_line(s, sizeof s, &v);
	CHECK_STR_EQ(s, "visit ended (quit) after 125 s: viewer, 3 tabs, 2 cards");
	v = (struct visit){ .seconds = 1, .end = VISIT_LIMIT, .tabs = 1, .cards = 1, .mode = "viewer" };
	visit_line(s, sizeof s, &v);
	CHECK_STR_EQ(s, "visit ended (limit) after 1 s: viewer, 1 tab, 1 card");
	v = (struct visit){ .seconds = 0, .end = VISIT_QUIT, .mode = "print" };
	visit_line(s, sizeof s, &v);
	CHECK_STR_EQ(s, "visit ended (quit) after 0 s: print, 0 tabs, 0 cards");
	/* every way out has its word */
	CHECK_STR_EQ(visit_end_name(VISIT_IDLE), "idle");
	CHECK_STR_EQ(visit_end_name(VISIT_HANGUP), "hangup");
	CHECK_STR_EQ(visit_end_name(VISIT_SIGNAL), "signal");
	CHECK_STR_EQ(visit_end_name(VISIT_BUSY), "busy");
}
