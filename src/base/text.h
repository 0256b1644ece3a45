/* UTF-8 text measured the way a terminal shows it: a Chinese character is
 * one character but two cells. Needs a UTF-8 LC_CTYPE (see i18n_init). */
#ifndef GSPDESK_TEXT_H
#define GSPDESK_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

struct strbuf;

/* Decodes one character at s (n bytes available). Returns its length in
 * bytes and stores it in *wc, or returns 0 for an invalid or cut sequence. */
size_t utf8_decode(const char *s, size_t n, wchar_t *wc);
bool utf8_valid(const char *s);
size_t utf8_chars(const char *s);            /* characters, s must be valid */
int wc_cells(wchar_t wc);                    /* 0, 1 or 2; controls count 1 */
int text_width(const char *s);               /* cells of a valid UTF-8 string */

/* Appends s to b cut to at most `cells` cells; a cut string ends with "…"
 * and never splits a character. Pads with spaces to exactly `cells` when
 * pad is true. */
void text_fit(struct strbuf *b, const char *s, int cells, bool pad);

/* s broken into lines of at most `cells` cells (2 at least: a Chinese
 * character fits), as a terminal shows them: at a space (dropped at the
 * break) or beside a wide character; a word wider than a line is split
 * where it fills it; "\n" ends a line (an empty one makes an empty line).
 * A line does not start with closing punctuation (，。) nor end with
 * opening punctuation (（《) while the line can give way. Returns how many
 * lines; *lines is malloc'd, free it with text_lines_free. */
int text_wrap(const char *s, int cells, char ***lines);
void text_lines_free(char **lines, int n);

/* The key a batch or serial number is compared by, as people mean it:
 * case, spaces around it and full-width/half-width forms make no
 * difference ("b2024", " B2024 ", "Ｂ２０２４" all give "B2024"). Malloc'd;
 * NULL for NULL. */
char *text_key(const char *s);
/* s with full-width forms (U+FF01..U+FF5E, the ideographic space) as
 * their ASCII twins, as a Chinese input method types digits and dates
 * (１２００, ２０２６－１１－０１); malloc'd. */
char *text_halfwidth(const char *s);

/* Characters that must never reach a terminal raw: C0 and C1 controls,
 * DEL, bidi embeddings, overrides, isolates and marks, zero-width ones. */
bool text_is_control(wchar_t wc);
/* s made safe to print: each such character, and each byte of broken
 * UTF-8, written out as \n, \r, \t, \xNN (ASCII, broken bytes) or \uNNNN
 * (a newline kept as it is when multiline), so text edited into the file
 * cannot drive the terminal or fake a line. Returns a malloc'd string. */
char *text_printable(const char *s, bool multiline);

#endif
