#include "config.h"
#include "ui/lineedit.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

void le_init(struct lineedit *le, size_t max_chars)
{
	memset(le, 0, sizeof *le);
	le->max_chars = max_chars;
}

void le_free(struct lineedit *le)
{
	free(le->chars);
	free(le->cells);
	memset(le, 0, sizeof *le);
}

static void reserve(struct lineedit *le, size_t n)
{
	if (n <= le->cap)
		return;
	size_t cap = le->cap ? le->cap * 2 : 32;
	while (cap < n)
		cap *= 2;
	le->chars = xrealloc(le->chars, cap * sizeof *le->chars);
	le->cells = xrealloc(le->cells, cap * sizeof *le->cells);
	le->cap = cap;
}

static void put(struct lineedit *le, size_t at, wchar_t wc)
{
	reserve(le, le->len + 1);
	memmove(le->chars + at + 1, le->chars + at, (le->len - at) * sizeof *le->chars);
	memmove(le->cells + at + 1, le->cells + at, (le->len - at) * sizeof *le->cells);
	int w = wc_cells(wc);
	le->chars[at] = wc;
	le->cells[at] = (unsigned char)(w < 1 ? 1 : w);
	le->len++;
}

static void cut(struct lineedit *le, size_t at)
{
	memmove(le->chars + at, le->chars + at + 1, (le->len - at - 1) * sizeof *le->chars);
	memmove(le->cells + at, le->cells + at + 1, (le->len - at - 1) * sizeof *le->cells);
	le->len--;
}

void le_set(struct lineedit *le, const char *utf8)
{
	le->len = le->cursor = le->first = 0;
	size_t n = strlen(utf8);
	while (n > 0) {
		wchar_t wc;
		size_t k = utf8_decode(utf8, n, &wc);
		if (k == 0) {
			k = 1;
			wc = 0xFFFD;
		}
		put(le, le->len, wc);
		utf8 += k;
		n -= k;
	}
	le->cursor = le->len;
	le->changed = false;
}

static void add_utf8(struct strbuf *b, wchar_t wc)
{
	unsigned long c = (unsigned long)wc;
	char s[4];
	if (c < 0x80) {
		sb_addc(b, (char)c);
	} else if (c < 0x800) {
		s[0] = (char)(0xC0 | (c >> 6));
		s[1] = (char)(0x80 | (c & 0x3F));
		sb_addn(b, s, 2);
	} else if (c < 0x10000) {
		s[0] = (char)(0xE0 | (c >> 12));
		s[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		s[2] = (char)(0x80 | (c & 0x3F));
		sb_addn(b, s, 3);
	} else {
		s[0] = (char)(0xF0 | (c >> 18));
		s[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		s[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		s[3] = (char)(0x80 | (c & 0x3F));
		sb_addn(b, s, 4);
	}
}

char *le_text(const struct lineedit *le)
{
	struct strbuf b = STRBUF_INIT;
	for (size_t i = 0; i < le->len; i++)
		add_utf8(&b, le->chars[i]);
	return sb_steal(&b);
}

bool le_insert(struct lineedit *le, wchar_t wc)
{
	if (wc < 0x20 || wc == 0x7F || (wc >= 0x80 && wc < 0xA0))
		return false;
	if (le->max_chars && le->len >= le->max_chars)
		return false;
	put(le, le->cursor++, wc);
	le->changed = true;
	return true;
}

bool le_backspace(struct lineedit *le)
{
	if (le->cursor == 0)
		return false;
	cut(le, --le->cursor);
	le->changed = true;
	return true;
}

bool le_delete(struct lineedit *le)
{
	if (le->cursor >= le->len)
		return false;
	cut(le, le->cursor);
	le->changed = true;
	return true;
}

bool le_left(struct lineedit *le)
{
	if (le->cursor == 0)
		return false;
	le->cursor--;
	return true;
}

bool le_right(struct lineedit *le)
{
	if (le->cursor >= le->len)
		return false;
	le->cursor++;
	return true;
}

bool le_home(struct lineedit *le)
{
	bool moved = le->cursor != 0;
	le->cursor = 0;
	return moved;
}

bool le_end(struct lineedit *le)
{
	bool moved = le->cursor != le->len;
	le->cursor = le->len;
	return moved;
}

bool le_clear(struct lineedit *le)
{
	if (le->len == 0)
		return false;
	le->len = le->cursor = le->first = 0;
	le->changed = true;
	return true;
}

void le_view(struct lineedit *le, int width, struct strbuf *out, int *cursor_col)
{
	if (width < 2)
		width = 2;
	/* the cursor needs a cell of its own after the text: width - 1 for text
	 * before it, keeping the scroll where it was when the cursor is inside */
	if (le->first > le->cursor)
		le->first = le->cursor;
	for (;;) {
		int used = 0;
		for (size_t i = le->first; i < le->cursor; i++)
			used += le->cells[i];
		int need = le->cursor < le->len ? le->cells[le->cursor] : 1;
		if (used + need <= width || le->first >= le->cursor)
			break;
		le->first++;
	}
	int col = 0, cur = 0;
	for (size_t i = le->first; i < le->len; i++) {
		if (i == le->cursor)
			cur = col;
		if (col + le->cells[i] > width)
			break;
		add_utf8(out, le->chars[i]);
		col += le->cells[i];
	}
	if (le->cursor >= le->len) {
		cur = 0;
		for (size_t i = le->first; i < le->len; i++)
			cur += le->cells[i];
	}
	*cursor_col = cur;
}

void le_view_start(const struct lineedit *le, int width, struct strbuf *out)
{
	char *text = le_text(le);
	text_fit(out, text, width, false);
	free(text);
}
