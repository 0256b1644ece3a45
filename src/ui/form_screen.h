/* The form screen's state, shared by screen_form.c, its saving
 * (form_save.c), defaults (form_fill.c) and scan line (form_scan.c) alone. */
#ifndef GSPDESK_FORM_SCREEN_H
#define GSPDESK_FORM_SCREEN_H

#include "ui/stack.h"
#include "ui/grid.h"
#include "ui/lineedit.h"

#define MAXFIELDS 48
#define KEYS_MAX 12

struct form_screen {
	struct ui *ui;
	const struct form *form;
	struct record *orig;          /* NULL for a new record */
	struct lineedit ed[MAXFIELDS];
	char *initial[MAXFIELDS];     /* the text as opened, to find what changed */
	char keep[200];               /* "Keep until ...": how long the record is kept */
	char *hint[MAXFIELDS];        /* a ref's name beside its code */
	bool fresh[MAXFIELDS];        /* a default or a kept value, not typed: the
	                                 first character typed replaces it */
	int focus, top;
	int error_field;              /* -1: none */
	char error[1024];
	struct grid grid;             /* the lines, when the form has them */
	bool has_grid, in_grid;
	bool read_only;               /* void, or the role may not edit: shown, not changed */
	int64_t saved;                /* the id saved, when it was */
	char title[256];
	enum action keys[KEYS_MAX];   /* the bar: the keys that work on this field */
	/* the scan line of a new record of a form that takes a UDI (form.scan) */
	struct lineedit scan;
	bool has_scan, in_scan;
	char scan_error[1024];
};

/* The first field typed in (the first not computed). */
int form_first_field(const struct form *form);

/* Checks field i's text as when the user leaves it (a ref gets its name
 * beside it, a date its kept form); false with the refusal shown. */
bool form_check_field(struct form_screen *fs, int i);

/* Shows a refusal, on its field when it names one (the cursor goes there). */
void form_set_error(struct form_screen *fs, const struct gerr *err);
/* Saves what was typed (form_save.c): the record's id, or 0 when it was
 * not saved (the refusal shown). */
int64_t form_save(struct form_screen *fs);

/* The values a new record starts with (form_fill.c), fresh. */
void form_defaults(struct form_screen *fs);
/* After a save-and-next: a new record keeping the fields form.next_keeps
 * names (fresh), the cursor on the first of the others. */
void form_next(struct form_screen *fs);
/* A row just added to the lines grid: the cells its form's rules fill
 * from the header when left empty (an attendee's customer, the
 * session's) show that value from the start. */
void form_row_defaults(struct form_screen *fs);

/* The scan line (form_scan.c): its label, drawn at line y with the value
 * at column x, width cells; sets *cy, *cx when it has the cursor. */
const char *form_scan_label(void);
void form_scan_draw(struct form_screen *fs, int y, int x, int width, int *cy, int *cx);
/* A key for the scan line: the keys typed in it, or a code's first
 * character typed into an empty field it fills. True when used. */
bool form_scan_key(struct form_screen *fs, enum action a, const struct key *k);

#endif
