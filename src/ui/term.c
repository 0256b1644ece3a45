#include "config.h"
#include "ui/term.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/i18n.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t stop_signal;
static bool active;
static bool colours;
static attr_t role_attr[R_ROLE_COUNT];

static void on_signal(int sig)
{
	stop_signal = sig;
}

static void setup_roles(void)
{
	/* monochrome first: what every terminal can show */
	attr_t mono[R_ROLE_COUNT] = {
		[R_NORMAL] = A_NORMAL, [R_TITLE] = A_BOLD, [R_STATUS] = A_REVERSE,
		[R_KEYBAR] = A_NORMAL, [R_KEYNAME] = A_REVERSE, [R_SELECTED] = A_REVERSE,
		[R_FIELD] = A_UNDERLINE, [R_FIELD_ACTIVE] = A_REVERSE, [R_ERROR] = A_BOLD,
		[R_HINT] = A_DIM, [R_VOID] = A_DIM, [R_WARNING] = A_BOLD,
	};
	memcpy(role_attr, mono, sizeof mono);
	const char *no_color = getenv("NO_COLOR");
	colours = has_colors() && !(no_color && *no_color);
	if (!colours)
		return;
	start_color();
	use_default_colors();
	static const short pairs[R_ROLE_COUNT][2] = {
		[R_TITLE] = { COLOR_CYAN, -1 },     [R_STATUS] = { COLOR_BLACK, COLOR_CYAN },
		[R_KEYNAME] = { COLOR_BLACK, COLOR_CYAN }, [R_SELECTED] = { COLOR_BLACK, COLOR_YELLOW },
		[R_FIELD_ACTIVE] = { COLOR_BLACK, COLOR_WHITE }, [R_ERROR] = { COLOR_RED, -1 },
		[R_HINT] = { COLOR_GREEN, -1 },     [R_VOID] = { COLOR_RED, -1 },
		[R_WARNING] = { COLOR_YELLOW, -1 },
	};
	for (int r = 1; r < R_ROLE_COUNT; r++) {
		if (pairs[r][0] == 0 && pairs[r][1] == 0)
			continue;
		init_pair((short)r, pairs[r][0], pairs[r][1]);
		role_attr[r] = (role_attr[r] & (A_BOLD | A_UNDERLINE)) | COLOR_PAIR(r);
	}
	role_attr[R_TITLE] |= A_BOLD;
	role_attr[R_ERROR] |= A_BOLD;
	role_attr[R_WARNING] |= A_BOLD;
}

int term_start(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	if (!initscr())
		return -1;
	active = true;
	atexit(term_stop);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(60);
	/* Home and End as terminals send them whatever $TERM's entry says
	 * (xterm's application mode, the vt220 and rxvt forms): without these
	 * an Esc arrives first and leaves the screen */
	static const struct { const char *seq; int key; } more_keys[] = {
		{ "\033OH", KEY_HOME }, { "\033OF", KEY_END }, { "\033[H", KEY_HOME },
		{ "\033[F", KEY_END }, { "\033[1~", KEY_HOME }, { "\033[4~", KEY_END },
		{ "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
	};
	for (size_t i = 0; i < sizeof more_keys / sizeof more_keys[0]; i++)
		if (key_defined(more_keys[i].seq) == 0)
			define_key(more_keys[i].seq, more_keys[i].key);
	/* wake up now and then to notice a stop signal */
	timeout(200);
	setup_roles();
	return 0;
}

void term_stop(void)
{
	if (!active)
		return;
	active = false;
	curs_set(1);
	endwin();
}

bool term_stop_requested(void)
{
	return stop_signal != 0;
}

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The terminal hung up without a SIGHUP reaching us (a shell that ran us
 * does not pass its own on): get_wch then fails at once, every time, and
 * the loop would spin at full speed for ever with nobody to see it. */
static bool terminal_gone(void)
{
	struct pollfd p = { .fd = 0, .events = POLLIN };
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL));
}

int term_key_within(struct key *k, long wait_ms)
{
	long until = wait_ms > 0 ? now_ms() + wait_ms : 0;
	for (;;) {
		if (stop_signal)
			return -1;
		wint_t wc;
		int rc = get_wch(&wc); /* returns ERR every 200 ms without a key */
		if (rc == ERR) {
			if (terminal_gone()) {
				stop_signal = SIGHUP;
				return -1;
			}
			if (until && now_ms() >= until)
				return 0;
			continue;
		}
		k->fn = rc == KEY_CODE_YES;
		k->code = wc;
		return 1;
	}
}

bool term_key(struct key *k)
{
	return term_key_within(k, 0) == 1;
}

int term_cols(void)
{
	return COLS;
}

int term_lines(void)
{
	return LINES;
}

bool term_big_enough(void)
{
	if (COLS >= TERM_MIN_COLS && LINES >= TERM_MIN_LINES)
		return true;
	erase();
	char msg[128];
	snprintf(msg, sizeof msg, _("Please enlarge the window to at least %dx%d."),
	         TERM_MIN_COLS, TERM_MIN_LINES);
	struct strbuf b = STRBUF_INIT;
	text_fit(&b, msg, COLS, false);
	mvaddstr(LINES / 2, 0, sb_str(&b));
	sb_free(&b);
	curs_set(0);
	refresh();
	return false;
}

void term_clear(void)
{
	erase();
}

void term_text(int y, int x, int width, enum role role, const char *utf8)
{
	if (width <= 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	struct strbuf b = STRBUF_INIT;
	/* text from the file may carry control characters: written out, never
	 * sent to the terminal (issue 16) */
	char *safe = text_printable(utf8, false);
	text_fit(&b, safe, width, true);
	free(safe);
	attrset(role_attr[role]);
	mvaddstr(y, x, sb_str(&b));
	attrset(A_NORMAL);
	sb_free(&b);
}

void term_fill(int y, int x, int width, enum role role)
{
	term_text(y, x, width, role, "");
}

static int cursor_y = -1, cursor_x;

void term_cursor(int y, int x, bool visible)
{
	cursor_y = visible ? y : -1;
	cursor_x = x;
}

void term_flush(void)
{
	if (cursor_y >= 0) {
		move(cursor_y, cursor_x);
		curs_set(1);
	} else {
		curs_set(0);
	}
	refresh();
}

void term_beep(void)
{
	beep();
}
