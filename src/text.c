/* text.c — UTF-8 decoding, the sanitiser, display width and transliteration. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

int text_hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

size_t text_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	size_t need;
	uint32_t v, min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		need = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4, v = c & 0x07, min = 0x10000;
	} else {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	if (len < need) {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = TEXT_REPLACEMENT;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = TEXT_REPLACEMENT;
		return 1;
	}
	*cp = v;
	return need;
}

void text_encode(struct buf *out, uint32_t cp)
{
	char b[4];
	size_t n;

	if (cp < 0x80) {
		b[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	buf_append(out, b, n);
}

bool text_is_hidden(uint32_t cp)
{
	if (cp < 0x20)
		return cp != '\n';
	if (cp >= 0x7F && cp <= 0x9F)
		return true;
	switch (cp) {
	case 0x00AD: /* soft hyphen */
	case 0x061C: /* Arabic letter mark */
	case 0x180E: /* Mongolian vowel separator */
	case 0xFEFF: /* zero-width no-break space / BOM */
		return true;
	default:
		break;
	}
	if (cp >= 0x200B && cp <= 0x200F) /* zero-width, LRM, RLM */
		return true;
	if (cp >= 0x2028 && cp <= 0x202E) /* separators, embeddings, overrides */
		return true;
	if (cp >= 0x2060 && cp <= 0x206F) /* word joiner, isolates, deprecated */
		return true;
	if (cp >= 0xFFF9 && cp <= 0xFFFB) /* interlinear annotation */
		return true;
	if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF))
		return true; /* noncharacters */
	if (cp >= 0xE0000 && cp <= 0xE007F) /* tags */
		return true;
	return false;
}

/* Pictographs that ZWJ sequences join (Unicode's Extended_Pictographic,
 * in the blocks where emoji live). */
static bool pictographic(uint32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
	       (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
	       cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122;
}

/* Whether the ZWJ at s[i] (its 3 bytes) joins two emoji, as in 👩‍💻: the
 * character before it is a pictograph (or ends one: a skin tone or the
 * emoji variation selector) and the one after it is a pictograph. */
static bool joins_emoji(const char *s, size_t len, size_t i)
{
	uint32_t before = 0, after = 0;
	size_t start = i;

	if (start == 0)
		return false;
	do /* back to the first byte of the character before */
		start--;
	while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80);
	text_decode(s + start, i - start, &before);
	if (i + 3 < len)
		text_decode(s + i + 3, len - i - 3, &after);
	bool ends_emoji = pictographic(before) || before == 0xFE0F ||
	                  (before >= 0x1F3FB && before <= 0x1F3FF);
	return ends_emoji && pictographic(after);
}

char *text_sanitize(const char *s, size_t len)
{
	struct buf out = {0};

	buf_reserve(&out, len);
	for (size_t i = 0; i < len;) {
		/* most text is printable ASCII: copy such runs whole */
		size_t plain = i;
		while (plain < len && (unsigned char)s[plain] >= 0x20 && (unsigned char)s[plain] < 0x7F)
			plain++;
		if (plain > i) {
			buf_append(&out, s + i, plain - i);
			i = plain;
			continue;
		}
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);

		if (cp == '\t') {
			buf_putc(&out, ' ');
		} else if (cp == '\r' && i + 1 < len && s[i + 1] == '\n') {
			/* CRLF line ends: the '\n' follows */
		} else if (cp == 0x200D && joins_emoji(s, len, i)) {
			text_encode(&out, cp); /* a ZWJ sequence: 👩‍💻 */
		} else if (text_is_hidden(cp)) {
			char esc[16];
			/* \uXXXX, or beyond the BMP \UXXXXXXXX: 4 or 8 digits, as C and
			 * Python write them */
			snprintf(esc, sizeof esc, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", (unsigned)cp);
			buf_puts(&out, esc);
		} else {
			text_encode(&out, cp);
		}
		i += n;
	}
	return out.data;
}

char *text_sanitize_name(const char *s)
{
	struct buf out = {0};
	char *clean = text_sanitize(s, strlen(s));

	buf_puts(&out, ""); /* a NUL-terminated result even for "" */
	for (const char *p = clean; p && *p; p++) {
		if (*p == '\n')
			buf_puts(&out, "\\u000A");
		else
			buf_putc(&out, *p);
	}
	free(clean);
	return out.data;
}

int text_cp_width(uint32_t cp, bool utf8)
{
	if (cp < 0x80 || !utf8)
		return 1;
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int text_width(const char *s, size_t len, bool utf8)
{
	int cols = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		if ((unsigned char)s[i] < 0x80) { /* ASCII: a column each */
			i++, cols++;
			continue;
		}
		i += text_decode(s + i, len - i, &cp);
		cols += text_cp_width(cp, utf8);
	}
	return cols;
}

size_t text_fit(const char *s, size_t len, int cols, int *used, bool utf8)
{
	size_t i = 0;
	int w = 0;

	while (i < len) {
		uint32_t cp;
		size_t n = 1;
		int cw = 1; /* ASCII: a column each */
		if ((unsigned char)s[i] >= 0x80) {
			n = text_decode(s + i, len - i, &cp);
			cw = text_cp_width(cp, utf8);
		}
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (used)
		*used = w;
	return i;
}

/* The ASCII forms of the Latin-1 letters, U+00C0 to U+00FF, capitals
 * included, so that a name upper-cased in ASCII keeps every letter; NULL
 * for the two signs among them. */
static const char *const latin1_letters[64] = {
	"A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
	"D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "TH", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
};

/* The ASCII forms of the letters and punctuation résumés use; everything
 * else is "?". */
static const char *ascii_form(uint32_t cp)
{
	if (cp >= 0x00C0 && cp <= 0x00FF)
		return latin1_letters[cp - 0x00C0];
	switch (cp) {
	case 0x00A0: return " ";
	/* a middle dot separates ("LIVE · SOLO BUILD"): "|", not "-", which
	 * reads as a range */
	case 0x00B7: case 0x2027: return "|";
	case 0x2022: case 0x2023: case 0x2219: return "-";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: return "-";
	case 0x2018: case 0x2019: case 0x201A: case 0x2032: return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x2033: return "\"";
	case 0x2026: return "...";
	case 0x2190: return "<-";
	case 0x2192: return "->";
	case 0x2191: case 0x2197: return "^";
	case 0x2193: return "v";
	case 0x2713: case 0x2714: case 0x2705: return "[ok]"; /* "v" read as a letter */
	case 0x2717: case 0x2718: return "x";
	case 0x20AC: return "EUR";
	case 0x20B9: return "Rs.";
	case 0x00A3: return "GBP";
	case 0x00A9: return "(c)";
	case 0x00AE: return "(R)";
	case 0x2122: return "(TM)";
	case 0x0141: return "L";
	case 0x0142: return "l";
	case 0x0152: return "OE";
	case 0x0153: return "oe";
	case 0x0160: return "S";
	case 0x0161: return "s";
	case 0x0178: return "Y";
	case 0x017D: return "Z";
	case 0x017E: return "z";
	case 0x1F525: return "*";
	case 0x200D: return ""; /* joins two emoji, each a "?" */
	case TEXT_REPLACEMENT: return "?";
	default: return NULL;
	}
}

void text_printable(struct buf *out, const char *s, size_t len, bool utf8)
{
	for (size_t i = 0; i < len;) {
		/* most text is ASCII: copy such runs whole */
		size_t ascii = i;
		while (ascii < len && (unsigned char)s[ascii] < 0x80)
			ascii++;
		if (ascii > i) {
			buf_append(out, s + i, ascii - i);
			i = ascii;
			continue;
		}
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);

		if (!utf8) {
			const char *a = ascii_form(cp);
			if (!a && cp >= 0x0300 && cp <= 0x036F)
				a = ""; /* combining accents vanish */
			buf_puts(out, a ? a : "?");
		} else if (wcwidth((wchar_t)cp) < 0) {
			text_encode(out, TEXT_REPLACEMENT);
		} else {
			/* a combining mark with no base would join whatever the
			 * terminal drew before it (a border, the previous span):
			 * give it a dotted circle to sit on */
			if (wcwidth((wchar_t)cp) == 0 &&
			    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n'))
				text_encode(out, 0x25CC);
			buf_append(out, s + i, n);
		}
		i += n;
	}
}

/* Upper-cases the ASCII letters of s[0..len) in place, but for the u of
 * the sanitiser's visible escapes ("\u202E"). */
static void upper_ascii(char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] >= 'a' && s[i] <= 'z' && !(s[i] == 'u' && i > 0 && s[i - 1] == '\\'))
			s[i] = (char)(s[i] - 32);
}

void text_upper(struct buf *out, const char *s, bool utf8)
{
	size_t len = strlen(s), start = out->len;

	buf_reserve(out, len);
	if (!utf8) {
		/* transliterate first, then upper-case: the ASCII forms have
		 * capitals ("É" is "E"), the letters they stand for have none
		 * in ASCII */
		text_printable(out, s, len, false);
		upper_ascii(out->data + start, out->len - start);
		return;
	}
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		if (cp < 0x80)
			buf_putc(out, (char)cp);
		else if (cp != TEXT_REPLACEMENT)
			text_encode(out, (uint32_t)towupper((wint_t)cp));
		else
			buf_append(out, s + i, n);
		i += n;
	}
	upper_ascii(out->data + start, out->len - start);
}
