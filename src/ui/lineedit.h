/* The field editor: a line of text kept as characters, each with its
 * display width, so the cursor moves by character and the view scrolls by
 * cell — correct over 中文 and mixed text. No curses here: the screen
 * layer maps keys to these calls and draws le_view's result. */
#ifndef GSPDESK_LINEEDIT_H
#define GSPDESK_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

struct strbuf;

struct lineedit {
	wchar_t *chars;
	unsigned char *cells; /* display width of each character: 1 or 2 */
	size_t len, cap;
	size_t cursor;        /* character index, 0..len */
	size_t first;         /* first character shown */
	size_t max_chars;     /* 0: no limit */
	bool changed;
};

void le_init(struct lineedit *le, size_t max_chars);
void le_free(struct lineedit *le);
/* Replaces the text (invalid UTF-8 bytes become U+FFFD); cursor at the end;
 * not counted as a change. */
void le_set(struct lineedit *le, const char *utf8);
/* The text as UTF-8, malloc'd. */
char *le_text(const struct lineedit *le);

/* Each returns true when the text or the cursor changed. */
bool le_insert(struct lineedit *le, wchar_t wc); /* false when full or a control */
bool le_backspace(struct lineedit *le);
bool le_delete(struct lineedit *le);
bool le_left(struct lineedit *le);
bool le_right(struct lineedit *le);
bool le_home(struct lineedit *le);
bool le_end(struct lineedit *le);
bool le_clear(struct lineedit *le);

/* The part that fits in `width` cells with the cursor visible: appends it to
 * out (never a cut character) and gives the cursor's cell column. */
void le_view(struct lineedit *le, int width, struct strbuf *out, int *cursor_col);
/* The text as a field not being edited shows it: from its start, cut with
 * "…" when wider than `width` cells (the start is what tells values apart). */
void le_view_start(const struct lineedit *le, int width, struct strbuf *out);

#endif
