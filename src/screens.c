/* screens.c — the screen table, and what is looked up in it. */
#include "screens.h"

#include <strings.h>

#include "blocks.h"
#include "card_screens.h"
#include "page_screens.h"

/* ---- what each screen needs of the résumé ---- */

static bool always(const struct resume *r)
{
	(void)r;
	return true;
}

static bool has_projects(const struct resume *r)
{
	return r->nprojects > 0;
}

static bool has_history(const struct resume *r)
{
	return r->nwork > 0 || r->nvolunteer > 0;
}

static bool has_education(const struct resume *r)
{
	return r->neducation || r->ncertificates || r->nawards || r->npublications;
}

static bool has_incidents(const struct resume *r)
{
	return r->nincidents > 0 || r->playbook.steps.n > 0;
}

static bool has_testimonials(const struct resume *r)
{
	return r->nreferences > 0 || block_voice_present(&r->voices[VOICE_REFERENCES]);
}

static bool has_stack(const struct resume *r)
{
	return r->nskills || r->nlanguages || r->ninterests;
}

static bool has_contact(const struct resume *r)
{
	const struct basics *b = &r->basics;

	return r->hire.title || r->hire.text || b->email || b->phone || b->url || b->image ||
	       b->nprofiles || b->address || b->postal_code || b->city || b->region ||
	       b->country_code || r->meta.canonical || r->meta.version || r->meta.last_modified ||
	       block_voice_present(&r->voices[VOICE_CONTACT]) ||
	       block_voice_present(&r->voices[VOICE_WRITING]);
}

/* ---- the cards ---- */

static size_t project_count(const struct resume *r)
{
	return r->nprojects;
}

static const char *project_name(const struct resume *r, size_t i)
{
	return r->projects[i].name;
}

static size_t work_count(const struct resume *r)
{
	return r->nwork;
}

static const char *work_name(const struct resume *r, size_t i)
{
	return r->work[i].name;
}

static size_t incident_count(const struct resume *r)
{
	return r->nincidents;
}

static const char *incident_name(const struct resume *r, size_t i)
{
	return r->incidents[i].id;
}

/* ---- the table ---- */

static const struct screen_def screens[SCREEN_COUNT] = {
	[SCREEN_ABOUT] = {
		.title = "About", .name = "about",
		.present = always, .head = about_page,
	},
	[SCREEN_PROJECTS] = {
		.title = "Projects", .name = "projects",
		.present = has_projects, .card_count = project_count, .card_name = project_name,
		.head = projects_head, .card = project_card,
	},
	[SCREEN_HISTORY] = {
		.title = "History", .name = "history", .aliases = { "work" },
		.present = has_history, .card_count = work_count, .card_name = work_name,
		.head = history_head, .card = work_card, .foot = history_foot,
	},
	[SCREEN_EDUCATION] = {
		.title = "Education", .name = "education",
		.present = has_education, .head = education_page,
	},
	[SCREEN_INCIDENTS] = {
		.title = "Incidents", .name = "incidents",
		.present = has_incidents, .card_count = incident_count, .card_name = incident_name,
		.head = incidents_head, .card = incident_card, .foot = incidents_foot,
	},
	[SCREEN_TESTIMONIALS] = {
		.title = "Testimonials", .name = "testimonials", .aliases = { "references" },
		.present = has_testimonials, .head = testimonials_page,
	},
	[SCREEN_STACK] = {
		.title = "Stack", .name = "stack", .aliases = { "skills" },
		.present = has_stack, .head = stack_page,
	},
	[SCREEN_CONTACT] = {
		.title = "Contact", .name = "contact",
		.present = has_contact, .head = contact_page,
	},
};

const struct screen_def *screen_def(enum screen_id s)
{
	return &screens[s];
}

const char *screen_title(enum screen_id s)
{
	return screens[s].title;
}

const char *screen_name(enum screen_id s)
{
	return screens[s].name;
}

bool screen_from_name(const char *name, enum screen_id *s)
{
	for (int i = 0; i < SCREEN_COUNT; i++) {
		bool match = strcasecmp(name, screens[i].name) == 0;
		for (size_t a = 0; a < ARRAY_LEN(screens[i].aliases) && screens[i].aliases[a]; a++)
			match |= strcasecmp(name, screens[i].aliases[a]) == 0;
		if (match) {
			*s = (enum screen_id)i;
			return true;
		}
	}
	return false;
}

void screen_names(struct buf *out, const char *last_sep)
{
	for (int i = 0; i < SCREEN_COUNT; i++) {
		if (i)
			buf_puts(out, i == SCREEN_COUNT - 1 ? last_sep : ", ");
		buf_puts(out, screens[i].name);
	}
}

size_t screens_present(const struct resume *r, enum screen_id out[SCREEN_COUNT])
{
	size_t n = 0;

	for (int i = 0; i < SCREEN_COUNT; i++)
		if (screens[i].present(r))
			out[n++] = (enum screen_id)i;
	return n;
}

size_t screen_card_count(const struct resume *r, enum screen_id s)
{
	return screens[s].card_count ? screens[s].card_count(r) : 0;
}

const char *screen_card_name(const struct resume *r, enum screen_id s, size_t index)
{
	const char *name = NULL;

	if (index < screen_card_count(r, s))
		name = screens[s].card_name(r, index);
	return name ? name : "";
}
