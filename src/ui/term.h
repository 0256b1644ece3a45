/* The only place that talks to the terminal (ncursesw). Screens draw
 * through these calls; core and db never include curses. */
#ifndef GSPDESK_TERM_H
#define GSPDESK_TERM_H

#include <stdbool.h>
#include <wchar.h>

/* Colours are roles; NO_COLOR and monochrome terminals get attributes only. */
enum role {
	R_NORMAL,
	R_TITLE,
	R_STATUS,
	R_KEYBAR,
	R_KEYNAME,
	R_SELECTED,
	R_FIELD,
	R_FIELD_ACTIVE,
	R_ERROR,
	R_HINT,
	R_VOID,
	R_WARNING, /* a deadline drawing near */
	R_ROLE_COUNT
};

#define TERM_MIN_COLS 80
#define TERM_MIN_LINES 24

/* One key press: a character, or a function key (KEY_* from curses). */
struct key {
	bool fn;     /* a function key: code holds KEY_... */
	wint_t code; /* the character, or the KEY_ code */
};

/* Starts the full-screen mode: raw keys (so Ctrl-S and Ctrl-Q reach us),
 * no echo, keypad, a short Esc delay, colours by role. SIGTERM, SIGHUP and
 * SIGINT only set a flag that term_key reports. */
int term_start(void);
/* Leaves the full-screen mode; safe to call twice and from atexit. */
void term_stop(void);

/* Waits for a key. Returns false when the program was asked to stop by a
 * signal. A resize comes as the function key KEY_RESIZE. */
bool term_key(struct key *k);
/* The same, giving up after wait_ms (0: never): 1 a key, 0 the time ran
 * out, -1 a stop signal or a terminal that hung up. */
int term_key_within(struct key *k, long wait_ms);
bool term_stop_requested(void);

int term_cols(void);
int term_lines(void);
/* True when the window is at least 80x24; else draws a request to enlarge it. */
bool term_big_enough(void);

/* Drawing on the back buffer; term_flush shows it all at once. */
void term_clear(void);
/* Text at (y, x) cut or padded to exactly `width` cells, its control
 * characters written out (text_printable). */
void term_text(int y, int x, int width, enum role role, const char *utf8);
void term_fill(int y, int x, int width, enum role role);
void term_cursor(int y, int x, bool visible);
void term_flush(void);
void term_beep(void);

#endif
