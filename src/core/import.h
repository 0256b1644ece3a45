/* Bringing a spreadsheet's CSV into a form: the header row names the
 * fields, every row is added through records_add, and the whole file is
 * one transaction — all rows or none — with one audit entry of its own
 * beside each record's "add" entry. The command line and the import
 * screen both call these. */
#ifndef GSPDESK_IMPORT_H
#define GSPDESK_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/encoding.h"
#include "core/session.h"
#include "model/record.h"
#include "base/strbuf.h"

enum {
	IMPORT_UNKNOWN = -1, /* names no field: the import is refused */
	IMPORT_IGNORED = -2, /* id, voided, a computed field or an untitled empty column */
	IMPORT_UDI = -3,     /* a scanned UDI (core/udi.h), for a form with a product */
	IMPORT_LINE = -4     /* FIELD.KEY: a line's field, as add's score.quality=5 */
};

/* The field index a column title names — the field's name or English
 * label in any case, its label in the user's language, or one of its
 * aliases (the paper form's words) — or IMPORT_IGNORED / IMPORT_UNKNOWN,
 * or IMPORT_UDI for "UDI" when the form has a product, or IMPORT_LINE for
 * FIELD.KEY naming a line field of a header form (a survey's score.quality:
 * its score for the item quality). */
int import_column(const struct form *form, const char *title);

struct import_opts {
	const struct form *form;
	const char *path;
	const char *sheet;    /* a workbook's sheet by name; NULL: its first */
	enum encoding encoding;
	bool dry_run;         /* validate every row, write nothing */
	bool create_missing;  /* unknown products/customers named in refs are added */
	/* called every few thousand rows: rows read, bytes read of total */
	void (*progress)(void *ud, long rows, size_t done, size_t total);
	void *ud;
};

struct import_result {
	enum encoding used;
	long rows;              /* records added (or, dry, that would be) */
	long nerrors;
	struct strbuf errors;   /* "line N, column T: reason" lines */
	long ncreated;
	struct strbuf created;  /* "Form title: text" lines */
	struct strbuf ignored;  /* titles of the columns left out, comma separated */
};

/* Whether path is a workbook (.xlsx, or .xls to refuse) rather than CSV:
 * by its first bytes, or its name. */
bool import_is_workbook(const char *path);
/* Imports the file, CSV or a workbook's sheet (base/xlsx.h), whose header
 * is the first row of its first twenty that names the columns. GERR_OK when every row was taken (nothing written on
 * a dry run); GERR_INPUT with the refusals in res->errors when any row or
 * the header was refused, and then nothing is written. */
int import_file(struct session *s, const struct import_opts *o, struct import_result *res,
                struct gerr *err);
/* The same over UTF-8 text in memory. */
int import_text(struct session *s, const struct import_opts *o, const char *data, size_t len,
                struct import_result *res, struct gerr *err);
void import_result_free(struct import_result *res);
/* The file's bytes as UTF-8 (o->encoding, auto-detected when asked);
 * *data malloc'd. */
int import_read(const struct import_opts *o, char **data, size_t *len, enum encoding *used,
                struct gerr *err);

/* What a screen shows before importing: each column's title and the
 * field it fills, and the first rows as read. */
struct import_preview {
	int ncols;
	char **titles;
	int *field;    /* a field index, IMPORT_UNKNOWN or IMPORT_IGNORED */
	int nrows;
	char ***rows;  /* nrows rows of ncols cells ("" past a short row) */
	long *lines;   /* each row's line as a spreadsheet counts */
};
int import_preview(const struct import_opts *o, int max_rows, struct import_preview *p,
                   struct gerr *err);
void import_preview_free(struct import_preview *p);

#endif
