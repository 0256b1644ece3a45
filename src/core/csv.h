/* RFC 4180 CSV: a reader over UTF-8 text in memory that tells the line a
 * spreadsheet user sees for each record, and the one writer. */
#ifndef GSPDESK_CSV_H
#define GSPDESK_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/err.h"
#include "core/strbuf.h"

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
 * LF and a last line without a break all end a record. */
int csv_read(struct csv_reader *r, struct csv_row *row, struct gerr *err);
void csv_row_free(struct csv_row *row);

/* One record: cells quoted where needed (a comma, quote, line break,
 * space at either end, or a leading byte order mark), quotes doubled,
 * ended by CRLF when crlf else LF. */
void csv_write_row(FILE *out, const char *const *cells, int n, bool crlf);

#endif
