/* The screen stack, as htop's ScreenManager: one loop reads the keys, turns
 * them into named actions (keys.c), waits out a too-small window, locks
 * after the idle time, draws the frame (title, status line, and the key bar
 * of the keys the screen offers this user) and gives each action to the
 * screen on top. A screen is a struct of callbacks; opening another screen
 * from a handler pushes it, closing it pops back to the one below. */
#ifndef GSPDESK_STACK_H
#define GSPDESK_STACK_H

#include "ui/ui.h"

enum step {
	STEP_STAY,  /* the screen stays on top: redraw it, read the next key */
	STEP_CLOSE  /* pop it: ui_run returns */
};

/* The ideas F1 explains besides the keys, as the screen uses them. */
enum help_concept {
	HELP_VOID = 1u << 0,       /* voiding, never deleting; F5, the ✗ mark */
	HELP_LATE = 1u << 1,       /* the ! mark of a late complaint */
	HELP_DEADLINE = 1u << 2,   /* the deadline column of service and events */
	HELP_LIST_TITLE = 1u << 3, /* what a list's title says: search, sort ↑↓, row n of m */
	HELP_REQUIRED = 1u << 4,   /* the * of a field that must be filled */
	HELP_COMPUTED = 1u << 5,   /* fields the program fills, facts frozen on a line */
	HELP_HISTORY = 1u << 6,    /* the audit history, F11 */
	HELP_READ_ONLY = 1u << 7,  /* keys a role may not use; a record only to read */
	HELP_ROWS = 1u << 8,       /* a record's lines, F3 and F9 */
	HELP_RECORD = 1u << 9      /* who entered it, its version, how long it is kept */
};

struct screen {
	/* set by the screen, at the latest in draw: */
	const char *title;        /* on the title bar, translated */
	const enum action *keys;  /* offered on the bar and in F1 (ACT_NONE ends) */
	const struct form *form;  /* ^N and F8 shown only to a role that may add, void it */
	const char *purpose;      /* F1: what the screen is for, translated, or NULL */
	unsigned concepts;        /* F1: the ideas it uses (enum help_concept) */
	const char *help;         /* F1: the current field's help, or NULL */
	bool overlay;             /* drawn over the screen below (a question on the
	                             status line); no frame of its own */
	/* the body between the title and the status line; places the cursor */
	void (*draw)(struct screen *sc, struct ui *ui);
	/* one action (ACT_RESIZE too: after a resize and after the lock); F1
	 * on a screen that offers it is answered by the stack */
	enum step (*handle)(struct screen *sc, struct ui *ui, enum action a, const struct key *k);
	void *self;               /* the screen's own state */
	struct screen *below;     /* set by ui_run */
};

/* F1 on screen below, whose bar offers keys (ui/screen_help.c). */
void screen_help(struct ui *ui, const struct screen *below, const enum action *keys);

/* Pushes sc and runs it until its handler closes it or the program quits. */
void ui_run(struct ui *ui, struct screen *sc);

#endif
