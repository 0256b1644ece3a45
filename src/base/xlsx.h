/* Reading an Excel workbook (.xlsx) one row at a time, as CSV rows: the
 * zip container through minizip, the XML through expat, the sheet streamed
 * (a million rows in constant memory; the shared strings are held).
 * Values as a person sees them: shared and inline strings, numbers,
 * booleans as yes/no, dates and times stored as serial numbers under a
 * date style as 2026-03-05 or 2026-03-05 14:30 (the 1900 and the 1904
 * system), a formula's cached value; missing cells are empty, by their
 * column. Hostile files are refused with a message: an encrypted
 * workbook, an .xls, a file that is not a workbook, a DTD (XML entities),
 * a part that inflates beyond XLSX_MAX_INFLATE or XLSX_MAX_RATIO times
 * its packed size (a zip bomb), a cell or row beyond Excel's own limits. */
#ifndef GSPDESK_XLSX_H
#define GSPDESK_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include "base/csv.h"
#include "base/err.h"

#define XLSX_MAX_INFLATE (4ull << 30) /* bytes of XML in all, unpacked */
#define XLSX_MAX_RATIO 500            /* unpacked / packed, past 16 MB */
#define XLSX_MAX_STRINGS (256u << 20) /* bytes of shared strings held */

/* What a file's first bytes say it is. */
enum xlsx_kind { XLSX_NOT, XLSX_ZIP, XLSX_OLE };
enum xlsx_kind xlsx_sniff(const char *path);

struct xlsx;

/* Opens sheet (NULL: the first) of the workbook at path. GERR_INPUT with
 * the reason when the file is refused. */
int xlsx_open(const char *path, const char *sheet, struct xlsx **out, struct gerr *err);
/* The next row that has a cell into row (its line is the sheet's row
 * number): 1, 0 at the end, -1 with err. */
int xlsx_read(struct xlsx *x, struct csv_row *row, struct gerr *err);
/* Unpacked bytes of the sheet read so far, and its declared size. */
void xlsx_progress(const struct xlsx *x, size_t *done, size_t *total);
void xlsx_close(struct xlsx *x);

#endif
