/* background.h — is the terminal's background light or dark?
 *
 * The pure half of finding out: the answers to the terminal's OSC 11
 * query picked out of its input, COLORFGBG read, and colours weighed by
 * WCAG relative luminance.  No curses and no I/O here: tui.c writes the
 * query and feeds what it reads to a background_scan. */
#ifndef PUSHPANDER_BACKGROUND_H
#define PUSHPANDER_BACKGROUND_H

#include <stdbool.h>
#include <stddef.h>

enum background {
	BACKGROUND_UNKNOWN,
	BACKGROUND_DARK,
	BACKGROUND_LIGHT,
};

/* An sRGB colour, each component from 0 to 1. */
struct rgb {
	double r, g, b;
};

/* WCAG 2 relative luminance of c: 0 for black, 1 for white. */
double background_luminance(struct rgb c);

/* WCAG 2 contrast ratio of two luminances, from 1 to 21, in either order. */
double background_contrast(double l1, double l2);

/* Light when black text reads better on c than white text does (its
 * luminance is above about 0.18), else dark. */
enum background background_of(struct rgb c);

/* The colour in the body of an OSC 11 answer, the part between ESC ] and
 * its terminator: "11;rgb:RRRR/GGGG/BBBB" with 1 to 4 hex digits per
 * component, "11;rgba:R/G/B/A" (the alpha is ignored) or "11;#RGB" with
 * 1 to 4 digits per component.  False (and *out unchanged) for anything
 * else. */
bool background_parse_osc11(const char *body, size_t len, struct rgb *out);

/* COLORFGBG as rxvt and Konsole set it, "FG;BG" or "FG;XPM;BG": its last
 * field is the background's colour index; 7 and 9 to 15 are light, the
 * other indexes dark.  Unknown when value is NULL or not of that form. */
enum background background_from_colorfgbg(const char *value);

/* The terminal's input while it answers "ESC ] 11 ; ? ESC \" followed by
 * "ESC [ c" (Device Attributes, which every terminal answers): the OSC
 * answer (ended by BEL or ESC \) and the DA answer ("ESC [ ? … c") are
 * taken out; every other byte — keys typed meanwhile — is kept in order.
 * Zero it to start; background_scan_feed it what is read, in pieces of any
 * size; background_scan_end it when no more will come. */
#define BACKGROUND_SCAN_KEYS 128
struct background_scan {
	int state;                      /* where in a sequence the last byte was */
	char seq[64];                   /* the sequence being read, from its ESC */
	size_t nseq;
	size_t osc_len;                 /* the OSC's whole length (seq keeps its start) */
	bool have_colour;               /* an OSC 11 answer came: colour */
	struct rgb colour;
	bool answered;                  /* the DA answer came: nothing more will */
	char keys[BACKGROUND_SCAN_KEYS]; /* other bytes, in order; more are lost */
	size_t nkeys;
};

void background_scan_feed(struct background_scan *s, const char *bytes, size_t n);

/* Whether the scan is inside an answer (its end has yet to come). */
bool background_scan_partial(const struct background_scan *s);

/* What was held back as the possible start of an answer (a lone ESC, an
 * unfinished CSI) goes to the keys; an unfinished OSC is dropped. */
void background_scan_end(struct background_scan *s);

#endif
