/* What a number in a workbook cell means: a plain number, a date or a date
 * with a time, by the cell's number format, and the text an import reads
 * from it. Kept apart from the reader (base/xlsx.c) as pure functions. */
#ifndef GSPDESK_XLSX_VALUE_H
#define GSPDESK_XLSX_VALUE_H

#include <stdbool.h>

#include "base/strbuf.h"

enum xlsx_number { XLSX_NUMBER, XLSX_DATE, XLSX_DATETIME };

/* A custom format code ("yyyy-mm-dd", "0.00", "[h]:mm"…). */
enum xlsx_number xlsx_format_number(const char *code);
/* One of Excel's built-in formats, by its numFmtId. */
enum xlsx_number xlsx_builtin_number(int id);
/* "2026-03-05", "2026-03-05 14:30", "12" or "12.5": a serial day counted
 * from 1900 (with Excel's phantom 1900-02-29) or from 1904. */
void xlsx_number_text(double d, enum xlsx_number k, bool date1904, struct strbuf *out);

#endif
