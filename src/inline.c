/* inline.c — what running text holds besides words: links (URLs and
 * e-mail addresses) and `code spans`.  doc_wrap asks; the roles and spans
 * stay doc.c's business. */
#include "inline.h"

#include <string.h>

/* The length of the scheme s[0..len) starts with ("https://", "http://",
 * "mailto:"), or 0: the only links a document makes. */
size_t inline_link_scheme(const char *s, size_t len)
{
	static const char *const schemes[] = { "https://", "http://", "mailto:" };
	for (size_t i = 0; i < ARRAY_LEN(schemes); i++) {
		size_t n = strlen(schemes[i]);
		if (len >= n && strncmp(s, schemes[i], n) == 0)
			return n;
	}
	return 0;
}

static bool in_set(char c, const char *set)
{
	return c && strchr(set, c);
}

static bool is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Whether s[0..len) is an e-mail address: local@domain.tld. */
static bool is_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	if (!at || at == s)
		return false;
	size_t local = (size_t)(at - s), dot = 0;
	for (size_t i = 0; i < local; i++)
		if (!is_alnum(s[i]) && !in_set(s[i], "._%+-"))
			return false;
	const char *dom = at + 1;
	size_t n = len - local - 1;
	if (n < 4 || !is_alnum(dom[0]) || !is_alnum(dom[n - 1]))
		return false;
	for (size_t i = 0; i < n; i++) {
		if (dom[i] == '.')
			dot = i;
		else if (!is_alnum(dom[i]) && dom[i] != '-')
			return false;
	}
	if (dot == 0 || n - dot - 1 < 2)
		return false;
	for (size_t i = dot + 1; i < n; i++)
		if (dom[i] >= '0' && dom[i] <= '9')
			return false; /* a top-level domain has no digits */
	return true;
}

/* Finds a URL or an e-mail address in a word of running text, without
 * the punctuation around it ("(see https://x.org/a)." links
 * "https://x.org/a"); sets the byte range and the link's target. */
bool inline_find_link(const char *w, size_t len, size_t *from, size_t *to, struct buf *target)
{
	size_t a = 0, b = len;

	while (a < b && in_set(w[a], "(<[\"'"))
		a++;
	while (b > a && in_set(w[b - 1], ".,;:!?)]>\"'")) {
		if (w[b - 1] == ')') { /* keep the ) of a URL's own (…) */
			int open = 0;
			for (size_t i = a; i < b; i++)
				open += w[i] == '(' ? 1 : w[i] == ')' ? -1 : 0;
			if (open >= 0)
				break;
		}
		b--;
	}
	buf_clear(target);
	size_t n = inline_link_scheme(w + a, b - a);
	if (n && b - a > n && is_alnum(w[a + n])) {
		buf_append(target, w + a, b - a);
	} else if (is_email(w + a, b - a)) {
		buf_puts(target, "mailto:");
		buf_append(target, w + a, b - a);
	}
	*from = a, *to = b;
	return target->len > 0;
}

/* Whether inline_find_link may find anything in w[0..len): a URL has a ':', an
 * e-mail address an '@', and most words neither. */
bool inline_may_link(const char *w, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (w[i] == ':' || w[i] == '@')
			return true;
	return false;
}

/* Finds the `code spans` in p: each pair of backticks on one line with
 * text between them is taken out of p, and the bytes between marked 1 in
 * the returned mask (one byte per byte of p, to be freed); a backtick with
 * no partner stays as it is.  NULL when p holds no code span. */
uint8_t *inline_code_spans(struct buf *p)
{
	uint8_t *code = NULL;
	size_t out = 0;

	if (!p->len || !memchr(p->data, '`', p->len))
		return NULL;
	for (size_t i = 0; i < p->len;) {
		const char *close = NULL;
		if (p->data[i] == '`' && i + 2 < p->len) {
			size_t rest = p->len - i - 1;
			const char *nl = memchr(p->data + i + 1, '\n', rest);
			close = memchr(p->data + i + 1, '`', nl ? (size_t)(nl - p->data) - i - 1 : rest);
			if (close == p->data + i + 1)
				close = NULL; /* "``" holds nothing: literal */
		}
		if (!close) {
			if (code)
				code[out] = 0;
			p->data[out++] = p->data[i++];
			continue;
		}
		if (!code)
			code = xcalloc(p->len, 1);
		size_t n = (size_t)(close - p->data) - i - 1;
		memmove(p->data + out, p->data + i + 1, n);
		memset(code + out, 1, n);
		out += n;
		i += n + 2;
	}
	p->len = out;
	p->data[out] = '\0';
	return code;
}
