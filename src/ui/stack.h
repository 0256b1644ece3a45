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

struct screen {
	/* set by the screen, at the latest in draw: */
	const char *title;        /* on the title bar, translated */
	const enum action *keys;  /* offered on the bar and in F1 (ACT_NONE ends) */
	const struct form *form;  /* ^N and F8 shown only to a role that may add, void it */
	const char *help;         /* F1's text about the screen or field, or NULL */
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

/* Pushes sc and runs it until its handler closes it or the program quits. */
void ui_run(struct ui *ui, struct screen *sc);

#endif
