/* Where an import's rows come from: CSV text (read from a file in its
 * encoding, or given in memory) or a workbook's sheet (base/xlsx.h), as
 * rows of cells numbered as the spreadsheet shows them. Shared by the
 * import and its preview. */
#ifndef GSPDESK_IMPORT_SOURCE_H
#define GSPDESK_IMPORT_SOURCE_H

#include "base/csv.h"
#include "base/xlsx.h"
#include "core/import.h"

struct import_source {
	struct csv_reader csv;
	const char *data;
	size_t len;
	char *owned;     /* the file's text, when read here */
	struct xlsx *xl; /* a workbook's sheet instead */
};

/* o->path as CSV (o->encoding; *used says which) or, for a workbook,
 * o->sheet of it; close it even when this fails. */
int import_source_open(const struct import_opts *o, struct import_source *src,
                       enum encoding *used, struct gerr *err);
/* UTF-8 CSV text in memory, not copied. */
void import_source_text(struct import_source *src, const char *data, size_t len);
/* 1 a row, 0 at the end, -1 with err. */
int import_source_next(struct import_source *src, struct csv_row *row, struct gerr *err);
/* The header row: CSV's first; a sheet's first of its first twenty that
 * names form's columns (a title above it is passed over). */
int import_source_header(struct import_source *src, const struct form *form,
                         struct csv_row *header, struct gerr *err);
void import_source_progress(const struct import_source *src, size_t *done, size_t *total);
void import_source_close(struct import_source *src);

#endif
