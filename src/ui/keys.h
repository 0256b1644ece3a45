/* Keys are named actions: one table binds each action to its keys and its
 * label, and the bottom bar and the help screen are drawn from it, so what
 * the screen says is what the keys do. */
#ifndef GSPDESK_KEYS_H
#define GSPDESK_KEYS_H

#include <stdbool.h>

#include "ui/term.h"

enum action {
	ACT_NONE,
	ACT_HELP,
	ACT_SAVE,
	ACT_BACK,
	ACT_OPEN,
	ACT_NEW,
	ACT_SEARCH,
	ACT_VOID,
	ACT_QUIT,
	ACT_PICK,
	ACT_SHOW_VOID,
	ACT_SORT,
	ACT_DATES,
	ACT_UP,
	ACT_DOWN,
	ACT_PGUP,
	ACT_PGDN,
	ACT_HOME,
	ACT_END,
	ACT_LEFT,
	ACT_RIGHT,
	ACT_BACKSPACE,
	ACT_DELETE,
	ACT_NEXT,
	ACT_PREV,
	ACT_CLEAR,
	ACT_RESIZE,
	ACT_ROW_ADD,
	ACT_ROW_REMOVE,
	ACT_EXPORT,  /* write what the screen shows to a workbook */
	ACT_DETAIL,  /* the selected record's own screen: archive, recall status */
	ACT_NOTIFY,  /* recall: the selected buyer was told */
	ACT_RETURN,  /* recall: goods came back from the selected buyer */
	ACT_SAVE_NEXT, /* a form: save, then a new record keeping some fields */
	ACT_HISTORY, /* a form: the record's changes, who, when, why */
	ACT_HANDLE,  /* due list: the selected row was handled */
	ACT_PRINT,   /* the record as its paper document (a workbook) */
	ACT_COUNT
};

/* The action a key means (ACT_NONE for a plain character to type). */
enum action keys_action(const struct key *k);
/* "F2", "Esc", ... and the translated label of an action. */
const char *keys_name(enum action a);
const char *keys_label(enum action a);

/* Draws the bottom bar listing the given actions (ends with ACT_NONE). */
void keys_bar(const enum action *actions);

#endif
