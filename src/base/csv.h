/* RFC 4180 CSV: a reader over UTF-8 text in memory that tells the line a
 * spreadsheet user sees for each record, and the one writer. */
#ifndef GSPDESK_CSV_H
#define GSPDESK_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/err.h"
#include "base/strbuf.h"

struct csv_row {
	char **cells;    /* n NUL-terminated cells, valid until the next read */
	int n;
	long line;       /* physical line (1-based) where the record starts */
	int cap;
	struct strbuf buf;
	size_t *offs;
};

struct csv_reader {
	const char *p, *end;
	long line;       /* physical line of p */
};

/* Reads data[0..len) (not copied: it must outlive the reader); a UTF-8
 * byte order mark at the start is skipped. */
void csv_reader_init(struct csv_reader *r, const char *data, size_t len);
/* The next record into row: 1 when read, 0 at the end, -1 with err (GERR_INPUT)
 * naming the line when the text is not CSV. Empty lines are skipped; CRLF,
 * LF and a last line without a break all end a record. A NUL byte in a
 * field is refused with its line and column. */
int csv_read(struct csv_reader *r, struct csv_row *row, struct gerr *err);
void csv_row_free(struct csv_row *row);
/* A row built cell by cell, by a reader of another format (base/xlsx.h):
 * start, add each cell (len bytes of text), finish. */
void csv_row_start(struct csv_row *row, long line);
void csv_row_add(struct csv_row *row, const char *text, size_t len);
void csv_row_finish(struct csv_row *row);

enum csv_write_flags {
	CSV_CRLF = 1, /* end records with CRLF (Excel), else LF */
	CSV_RAW = 2   /* write cells as they are, for programs (no csv_guard) */
};

/* One record: cells quoted where needed (a comma, quote, line break,
 * space at either end, or a leading byte order mark), quotes doubled,
 * each guarded (csv_guard) unless CSV_RAW. */
void csv_write_row(FILE *out, const char *const *cells, int n, int flags);

/* OWASP's defence against formula injection: a cell a spreadsheet would
 * run as a formula (it starts with = + - @, a tab or CR, and is not a
 * plain number) gets a leading single quote, and so does a cell that
 * starts with one, so that csv_unguard gives back exactly what was
 * written. Returns cell itself or a malloc'd copy (*copy, to free). */
const char *csv_guard(const char *cell, char **copy);
/* The inverse on import: one leading quote dropped where csv_guard put it
 * (before = + - @ tab CR or another quote). */
const char *csv_unguard(const char *cell);

#endif
