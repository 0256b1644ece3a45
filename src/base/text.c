#include "config.h"
#include "base/text.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

size_t utf8_decode(const char *s, size_t n, wchar_t *wc)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0)
		return 0;
	unsigned c = u[0];
	size_t len;
	unsigned long v, min;
	if (c < 0x80) {
		*wc = (wchar_t)c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (u[i] & 0x3F);
	}
	/* overlong forms, surrogates and values past Unicode are not text */
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*wc = (wchar_t)v;
	return len;
}

bool utf8_valid(const char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(s, n, &wc);
		if (k == 0)
			return false;
		s += k;
		n -= k;
	}
	return true;
}

size_t utf8_chars(const char *s)
{
	size_t count = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			count++;
	return count;
}

int wc_cells(wchar_t wc)
{
	int w = wcwidth(wc);
	return w < 0 ? 1 : w;
}

int text_width(const char *s)
{
	size_t n = strlen(s);
	int w = 0;
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(s, n, &wc);
		if (k == 0) { /* shown as one replacement cell */
			k = 1;
			wc = L'?';
		}
		w += wc_cells(wc);
		s += k;
		n -= k;
	}
	return w;
}

void text_fit(struct strbuf *b, const char *s, int cells, bool pad)
{
	int total = text_width(s);
	int used = 0;
	if (total <= cells) {
		sb_add(b, s);
		used = total;
	} else if (cells > 0) {
		/* leave one cell for the ellipsis */
		size_t n = strlen(s);
		while (n > 0) {
			wchar_t wc;
			size_t k = utf8_decode(s, n, &wc);
			if (k == 0) {
				k = 1;
				wc = L'?';
			}
			int w = wc_cells(wc);
			if (used + w > cells - 1)
				break;
			sb_addn(b, s, k);
			used += w;
			s += k;
			n -= k;
		}
		sb_add(b, "…");
		used += 1;
	}
	while (pad && used < cells) {
		sb_addc(b, ' ');
		used++;
	}
}

/* Closing punctuation a line does not start with, opening punctuation it
 * does not end with (the usual rule for Chinese text). */
static bool no_start(wchar_t wc)
{
	return wc && wcschr(L"，。、；：？！）》」』】〕”’…,.;:?!)]}", wc) != NULL;
}

static bool no_end(wchar_t wc)
{
	return wc && wcschr(L"（《「『【〔“‘([{", wc) != NULL;
}

struct wrapped {
	char **v;
	int n;
};

/* Adds s[from, to) as a line, without the spaces it ends with. */
static void wrap_add(struct wrapped *w, const char *s, size_t from, size_t to)
{
	while (to > from && s[to - 1] == ' ')
		to--;
	w->v = xrealloc(w->v, sizeof *w->v * (size_t)(w->n + 1));
	w->v[w->n++] = xstrndup(s + from, to - from);
}

int text_wrap(const char *s, int cells, char ***lines)
{
	struct wrapped w = { NULL, 0 };
	size_t n = strlen(s), start = 0, i = 0, brk = 0;
	int width = 0;
	wchar_t prev = 0;
	if (cells < 2)
		cells = 2;
	while (i < n) {
		wchar_t wc;
		size_t k = utf8_decode(s + i, n - i, &wc);
		if (k == 0) {
			k = 1;
			wc = L'?';
		}
		if (wc == L'\n') {
			wrap_add(&w, s, start, i);
			start = i = i + 1;
			width = 0, brk = 0, prev = 0;
			continue;
		}
		int cw = wc_cells(wc);
		/* a break may come beside a space, or before or after a wide
		 * character, punctuation allowing */
		if (i > start && cw > 0 && !no_start(wc) && !no_end(prev) &&
		    (wc == L' ' || prev == L' ' || cw == 2 || wc_cells(prev) == 2))
			brk = i;
		if (width + cw > cells && i > start) {
			size_t end = brk > start ? brk : i; /* else a word wider than the line */
			wrap_add(&w, s, start, end);
			start = i = end;
			while (start < n && s[start] == ' ')
				start++;
			i = start;
			width = 0, brk = 0, prev = 0;
			continue;
		}
		width += cw;
		prev = wc;
		i += k;
	}
	if (start < n)
		wrap_add(&w, s, start, n);
	*lines = w.v;
	return w.n;
}

void text_lines_free(char **lines, int n)
{
	for (int i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

/* One character of a batch or serial number as people mean it: full-width
 * forms (U+FF01..U+FF5E, the ideographic space) as their ASCII twins, and
 * letters in upper case. */
static wchar_t half_char(wchar_t wc)
{
	if (wc >= 0xFF01 && wc <= 0xFF5E)
		return wc - 0xFF01 + 0x21;
	return wc == 0x3000 ? ' ' : wc;
}

char *text_halfwidth(const char *s)
{
	struct strbuf b = STRBUF_INIT;
	size_t n = strlen(s);
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(s, n, &wc);
		if (k == 0) /* not text: kept byte for byte */
			k = 1, wc = 0xFFFD;
		if (half_char(wc) != wc)
			sb_addc(&b, (char)half_char(wc));
		else
			sb_addn(&b, s, k);
		s += k;
		n -= k;
	}
	return sb_steal(&b);
}

static wchar_t key_char(wchar_t wc)
{
	wc = half_char(wc);
	if (wc >= 'a' && wc <= 'z')
		wc = wc - 'a' + 'A';
	return wc;
}

static bool key_space(wchar_t wc)
{
	return wc == ' ' || wc == '\t' || wc == '\r' || wc == '\n';
}

char *text_key(const char *s)
{
	if (!s)
		return NULL;
	struct strbuf b = STRBUF_INIT;
	size_t n = strlen(s);
	bool space = false; /* spaces seen since the last character kept */
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(s, n, &wc);
		if (k == 0) /* not text: kept byte for byte */
			k = 1, wc = (wchar_t)0xFFFD;
		else if (key_space(wc = key_char(wc))) {
			space = b.len > 0;
			s += k;
			n -= k;
			continue;
		}
		if (space)
			sb_addc(&b, ' ');
		space = false;
		if (wc < 0x80)
			sb_addc(&b, (char)wc);
		else /* any other character as it was typed */
			sb_addn(&b, s, k);
		s += k;
		n -= k;
	}
	return sb_steal(&b);
}

bool text_is_control(wchar_t wc)
{
	return wc < 0x20 || (wc >= 0x7F && wc < 0xA0) || /* C0, DEL, C1 */
	       wc == 0x061C || (wc >= 0x200B && wc <= 0x200F) || /* zero-width, LRM, RLM */
	       (wc >= 0x202A && wc <= 0x202E) || (wc >= 0x2060 && wc <= 0x2069) ||
	       wc == 0xFEFF; /* embeddings, overrides, word joiner, isolates, BOM */
}

char *text_printable(const char *s, bool multiline)
{
	struct strbuf b = STRBUF_INIT;
	size_t n = strlen(s);
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(s, n, &wc);
		if (k == 0) /* a byte of broken UTF-8 */
			sb_addf(&b, "\\x%02X", (unsigned char)*s);
		else if (wc == '\n' && multiline)
			sb_addc(&b, '\n');
		else if (wc == '\n' || wc == '\r' || wc == '\t')
			sb_addf(&b, "\\%c", wc == '\n' ? 'n' : wc == '\r' ? 'r' : 't');
		else if (text_is_control(wc))
			sb_addf(&b, wc < 0x80 ? "\\x%02X" : "\\u%04X", (unsigned)wc);
		else
			sb_addn(&b, s, k);
		k = k ? k : 1;
		s += k;
		n -= k;
	}
	return b.s ? sb_steal(&b) : xstrdup("");
}
