/* text.c — UTF-8 decoding, the sanitiser, display width and transliteration. */
#include "text.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

static bool utf8_mode = true;

void text_set_utf8(bool utf8)
{
	utf8_mode = utf8;
}

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

bool text_utf8(void)
{
	return utf8_mode;
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
		} else if (text_is_hidden(cp)) {
			char esc[16];
			snprintf(esc, sizeof esc, "\\u%04X", (unsigned)cp);
			buf_puts(&out, esc);
		} else {
			text_encode(&out, cp);
		}
		i += n;
	}
	return out.data;
}

int text_cp_width(uint32_t cp)
{
	if (cp < 0x80)
		return 1;
	if (!utf8_mode)
		return 1;
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int text_width(const char *s, size_t len)
{
	int cols = 0;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += text_decode(s + i, len - i, &cp);
		cols += text_cp_width(cp);
	}
	return cols;
}

size_t text_fit(const char *s, size_t len, int cols, int *used)
{
	size_t i = 0;
	int w = 0;

	while (i < len) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		int cw = text_cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (used)
		*used = w;
	return i;
}

/* The ASCII forms of the punctuation résumés use; everything else is "?". */
static const char *ascii_form(uint32_t cp)
{
	switch (cp) {
	case 0x00A0: return " ";
	case 0x00B7: case 0x2022: case 0x2023: case 0x2027: case 0x2219: return "-";
	case 0x00D7: return "x";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: return "-";
	case 0x2018: case 0x2019: case 0x201A: case 0x2032: return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x2033: return "\"";
	case 0x2026: return "...";
	case 0x2190: return "<-";
	case 0x2192: return "->";
	case 0x2191: case 0x2197: return "^";
	case 0x2193: return "v";
	case 0x2713: case 0x2714: case 0x2705: return "v";
	case 0x2717: case 0x2718: return "x";
	case 0x20AC: return "EUR";
	case 0x20B9: return "Rs.";
	case 0x00A3: return "GBP";
	case 0x00A9: return "(c)";
	case 0x00AE: return "(R)";
	case 0x2122: return "(TM)";
	case 0x00E9: case 0x00E8: case 0x00EA: case 0x00EB: return "e";
	case 0x00E1: case 0x00E0: case 0x00E2: case 0x00E4: case 0x00E3: return "a";
	case 0x00ED: case 0x00EC: case 0x00EE: case 0x00EF: return "i";
	case 0x00F3: case 0x00F2: case 0x00F4: case 0x00F6: case 0x00F5: return "o";
	case 0x00FA: case 0x00F9: case 0x00FB: case 0x00FC: return "u";
	case 0x00F1: return "n";
	case 0x00E7: return "c";
	case 0x00DF: return "ss";
	case 0x1F525: return "*";
	case TEXT_REPLACEMENT: return "?";
	default: return NULL;
	}
}

void text_printable(struct buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);

		if (cp < 0x80) {
			buf_putc(out, (char)cp);
		} else if (!utf8_mode) {
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

void text_upper(struct buf *out, const char *s)
{
	size_t len = strlen(s);

	buf_reserve(out, len);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		/* the sanitiser's visible "\u202E" keeps its lower-case u */
		bool escape = cp == 'u' && i > 0 && s[i - 1] == '\\';
		if (cp < 0x80)
			buf_putc(out, (cp >= 'a' && cp <= 'z' && !escape) ? (char)(cp - 32) : (char)cp);
		else if (utf8_mode && cp != TEXT_REPLACEMENT)
			text_encode(out, (uint32_t)towupper((wint_t)cp));
		else
			buf_append(out, s + i, n);
		i += n;
	}
}
