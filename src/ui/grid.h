/* The lines section of the form screen: a grid under the header fields,
 * one row per line record (a survey's scores, a session's attendees), one
 * line editor per cell. The rows are saved with the header by the core's
 * lines_add / lines_edit; the grid only gathers what was typed. */
#ifndef GSPDESK_GRID_H
#define GSPDESK_GRID_H

#include "ui/ui.h"
#include "ui/lineedit.h"
#include "core/lines.h"

#define GRID_MAXCOLS 8

struct grid_row {
	int64_t id;       /* 0: typed here, not yet saved */
	bool removed;
	int64_t key_id;   /* the keyed record (a survey item), 0 when none */
	char *key_label;  /* its name, shown read-only in the first column */
	struct lineedit ed[GRID_MAXCOLS];
	char *initial[GRID_MAXCOLS];
};

struct grid {
	const struct form *child;
	int key;                  /* child field of the key column, -1: none */
	int col[GRID_MAXCOLS];    /* the child fields typed in, in order */
	int ncols;
	struct grid_row *rows;
	int nrows;
	int row, c;               /* the focused cell */
	char **scratch;           /* texts handed to the core by grid_lines */
	int nscratch;
	int *line_row;            /* grid_lines' line k came from row line_row[k], */
	int nlines;               /* of nlines */
};

/* Loads the lines of header record id (0: new; a keyed grid then gets a
 * row per active key record). False with a message on a refusal. */
bool grid_load(struct grid *g, struct ui *ui, const struct form *header, int64_t id);
void grid_free(struct grid *g);
bool grid_changed(const struct grid *g);
/* Draws from line y, at most n lines; sets *cy and *cx when focused. */
void grid_draw(struct grid *g, int y, int n, bool focused, int *cy, int *cx);
/* Moves the focus by dir cells; false when it leaves the grid. */
bool grid_move(struct grid *g, int dir);
bool grid_move_row(struct grid *g, int dir);
/* Focuses the last cell of the last row. */
void grid_focus_last(struct grid *g);
/* Adds an empty row (unkeyed grids); marks the focused row removed, or
 * kept again (false when the grid's rows are not removed one by one). */
void grid_add_row(struct grid *g);
bool grid_remove_row(struct grid *g);
struct lineedit *grid_cell(struct grid *g);
/* The line edits to save; valid until the next call or grid_free. */
int grid_lines(struct grid *g, struct line_edit **out);
/* Focuses the cell of the last grid_lines' line (from 1, as a refusal's
 * gerr.line) and field (the row's first cell when not a column); false
 * when there is no such line. */
bool grid_focus_line(struct grid *g, int line, const char *field);

#endif
