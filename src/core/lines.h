/* Records with lines under them — a survey's scores, a training session's
 * attendees — written with their header in one transaction. The header
 * form names its child form (form.lines); each line is a record of the
 * child form whose parent_field points at the header, with its own audit
 * row. */
#ifndef GSPDESK_LINES_H
#define GSPDESK_LINES_H

#include "core/records.h"

struct line_edit {
	int64_t id;      /* 0: a new line (or, with a line_key, the line of that key) */
	bool remove;     /* void line id with the header's reason */
	struct assign *a;
	int n;
};

/* Splits command-line assignments: "FIELD.KEY=VALUE" sets FIELD on the
 * line whose line_key is KEY (score.quality=5); the rest stay the
 * header's. *lines is malloc'd (free with lines_free); GERR_USAGE for a
 * dotted name the form has no line field for. */
int lines_split(const struct form *form, struct assign *a, int n, int *nheader,
                struct line_edit **lines, int *nlines, struct gerr *err);
void lines_free(struct line_edit *lines, int n);

/* GERR_INPUT, naming the command, for a form written only by its own
 * command (form.h own_command): add, edit and import refuse it. */
int lines_generic_write(const struct form *form, struct gerr *err);

/* A refused line sets err->line: its place, from 1, in lines. */
int lines_add(struct session *s, const struct form *form, const struct assign *a, int n,
              const struct line_edit *lines, int nlines, int64_t *id, struct gerr *err);
/* Edits the header (when n > 0) and the lines, all with one reason. */
int lines_edit(struct session *s, const struct form *form, int64_t id, const struct assign *a,
               int n, const struct line_edit *lines, int nlines, const char *reason,
               int64_t expect_version, struct gerr *err);
/* Every check lines_edit makes (permission, conflict, each field, the
 * form's rules), nothing written: a screen asks the reason only for an
 * edit that will be saved. */
int lines_edit_check(struct session *s, const struct form *form, int64_t id,
                     const struct assign *a, int n, const struct line_edit *lines, int nlines,
                     int64_t expect_version, struct gerr *err);
/* Voids the header and its live lines with one reason. */
int lines_void(struct session *s, const struct form *form, int64_t id, const char *reason,
               int64_t expect_version, struct gerr *err);
/* The live lines of header id, in the order entered. */
int lines_list(struct session *s, const struct form *form, int64_t id,
               int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err);

#endif
