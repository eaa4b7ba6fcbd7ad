/* background.c — light or dark: the terminal's answers, COLORFGBG and
 * luminance. */
#include "background.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

#define ESC '\033'
#define BEL '\a'

/* ---- colours ---- */

/* x^2.4 for x in (0, 1]: x² times the fifth root of x², which Newton's
 * method finds from above in a few steps.  Not pow(): libm would be one
 * more shared library to load before the first frame. */
static double pow_2_4(double x)
{
	double a = x * x, y = 1;

	for (int i = 0; i < 64; i++) {
		double next = (4 * y + a / (y * y * y * y)) / 5;
		if (next >= y)
			break;
		y = next;
	}
	return a * y;
}

/* An sRGB component made linear, as WCAG 2 says. */
static double linear(double c)
{
	return c <= 0.03928 ? c / 12.92 : pow_2_4((c + 0.055) / 1.055);
}

double background_luminance(struct rgb c)
{
	return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double background_contrast(double l1, double l2)
{
	return l1 > l2 ? (l1 + 0.05) / (l2 + 0.05) : (l2 + 0.05) / (l1 + 0.05);
}

enum background background_of(struct rgb c)
{
	double l = background_luminance(c);
	return background_contrast(l, 0) > background_contrast(l, 1) ? BACKGROUND_LIGHT :
	                                                               BACKGROUND_DARK;
}

/* ---- OSC 11 and COLORFGBG ---- */

/* ndigits (1 to 4) hex digits at s as a fraction of their largest value,
 * or -1. */
static double hex_fraction(const char *s, size_t ndigits)
{
	unsigned v = 0, max = 0;

	if (ndigits < 1 || ndigits > 4)
		return -1;
	for (size_t i = 0; i < ndigits; i++) {
		int d = text_hex_digit(s[i]);
		if (d < 0)
			return -1;
		v = v * 16 + (unsigned)d;
		max = max * 16 + 15;
	}
	return (double)v / max;
}

/* "R/G/B" or, with alpha, "R/G/B/A": the components into c[0..2]. */
static bool parse_components(const char *s, size_t len, bool alpha, double c[3])
{
	size_t want = alpha ? 4 : 3, got = 0;

	for (size_t start = 0; got < want; got++) {
		const char *slash = memchr(s + start, '/', len - start);
		size_t end = slash ? (size_t)(slash - s) : len;
		double v = hex_fraction(s + start, end - start);
		if (v < 0 || (got + 1 < want) != (slash != NULL))
			return false;
		if (got < 3)
			c[got] = v;
		start = end + 1;
	}
	return true;
}

bool background_parse_osc11(const char *body, size_t len, struct rgb *out)
{
	double c[3];

	if (len < 3 || memcmp(body, "11;", 3) != 0)
		return false;
	body += 3;
	len -= 3;
	if (len > 4 && memcmp(body, "rgb:", 4) == 0) {
		if (!parse_components(body + 4, len - 4, false, c))
			return false;
	} else if (len > 5 && memcmp(body, "rgba:", 5) == 0) {
		if (!parse_components(body + 5, len - 5, true, c))
			return false;
	} else if (len > 1 && body[0] == '#' && (len - 1) % 3 == 0) {
		size_t n = (len - 1) / 3;
		for (int i = 0; i < 3; i++)
			if ((c[i] = hex_fraction(body + 1 + (size_t)i * n, n)) < 0)
				return false;
	} else {
		return false;
	}
	*out = (struct rgb){ c[0], c[1], c[2] };
	return true;
}

enum background background_from_colorfgbg(const char *value)
{
	const char *last = value ? strrchr(value, ';') : NULL;
	char *end;

	if (!last || last[1] < '0' || last[1] > '9')
		return BACKGROUND_UNKNOWN;
	long bg = strtol(last + 1, &end, 10);
	if (*end)
		return BACKGROUND_UNKNOWN;
	return bg == 7 || (bg >= 9 && bg <= 15) ? BACKGROUND_LIGHT : BACKGROUND_DARK;
}

/* ---- the answers among the keys ---- */

enum { GROUND, AFTER_ESC, IN_CSI, IN_OSC, OSC_ESC };

static void keep_key(struct background_scan *s, char c)
{
	if (s->nkeys < sizeof s->keys)
		s->keys[s->nkeys++] = c;
}

/* The sequence held back was no answer: its bytes are keys. */
static void release(struct background_scan *s)
{
	for (size_t i = 0; i < s->nseq; i++)
		keep_key(s, s->seq[i]);
	s->nseq = 0;
	s->state = GROUND;
}

static void osc_done(struct background_scan *s)
{
	struct rgb c;

	if (s->osc_len == s->nseq && background_parse_osc11(s->seq, s->nseq, &c)) {
		s->colour = c;
		s->have_colour = true;
	}
	s->nseq = s->osc_len = 0;
	s->state = GROUND;
}

/* One byte of a CSI: parameters and intermediates are kept, a final byte
 * ends it (the DA answer is dropped, anything else is a key), and any other
 * byte means it was no sequence.  Returns false when c is to be read again
 * as a byte of its own. */
static bool csi_byte(struct background_scan *s, char c)
{
	unsigned char u = (unsigned char)c;

	if (u >= 0x20 && u <= 0x3F && s->nseq < sizeof s->seq) {
		s->seq[s->nseq++] = c;
		return true;
	}
	if (u >= 0x40 && u <= 0x7E && s->nseq < sizeof s->seq) {
		if (c == 'c' && s->nseq > 2 && s->seq[2] == '?') {
			s->answered = true;
			s->nseq = 0;
			s->state = GROUND;
			return true;
		}
		s->seq[s->nseq++] = c;
		release(s);
		return true;
	}
	release(s);
	return false;
}

static void scan_byte(struct background_scan *s, char c)
{
	switch (s->state) {
	case GROUND:
		if (c == ESC) {
			s->seq[0] = c;
			s->nseq = 1;
			s->state = AFTER_ESC;
		} else {
			keep_key(s, c);
		}
		return;
	case AFTER_ESC:
		if (c == ']') {
			s->nseq = s->osc_len = 0;
			s->state = IN_OSC;
		} else if (c == '[') {
			s->seq[s->nseq++] = c;
			s->state = IN_CSI;
		} else {
			release(s);
			scan_byte(s, c);
		}
		return;
	case IN_CSI:
		if (!csi_byte(s, c))
			scan_byte(s, c);
		return;
	case IN_OSC:
		if (c == BEL) {
			osc_done(s);
		} else if (c == ESC) {
			s->state = OSC_ESC;
		} else {
			if (s->nseq < sizeof s->seq)
				s->seq[s->nseq++] = c;
			s->osc_len++;
		}
		return;
	case OSC_ESC: /* ESC \ ends the string; an ESC before anything else, too */
		osc_done(s);
		if (c != '\\') {
			s->seq[0] = ESC;
			s->nseq = 1;
			s->state = AFTER_ESC;
			scan_byte(s, c);
		}
		return;
	}
}

void background_scan_feed(struct background_scan *s, const char *bytes, size_t n)
{
	for (size_t i = 0; i < n; i++)
		scan_byte(s, bytes[i]);
}

bool background_scan_partial(const struct background_scan *s)
{
	return s->state != GROUND;
}

void background_scan_end(struct background_scan *s)
{
	if (s->state == IN_OSC || s->state == OSC_ESC) {
		s->nseq = s->osc_len = 0;
		s->state = GROUND;
	} else {
		release(s);
	}
}
