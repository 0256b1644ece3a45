/* The text encodings a spreadsheet's CSV arrives in: UTF-8, or GB18030
 * (GBK) from Excel on Chinese Windows. */
#ifndef GSPDESK_ENCODING_H
#define GSPDESK_ENCODING_H

#include <stdbool.h>
#include <stddef.h>

#include "base/err.h"

enum encoding { ENC_AUTO, ENC_UTF8, ENC_GB18030 };

/* "auto", "utf-8" (or "utf8"), "gb18030" (or "gbk", a subset of it). */
bool encoding_parse(const char *name, enum encoding *out);
const char *encoding_name(enum encoding e);
/* True when data[0..len) is valid UTF-8 (NUL bytes included). */
bool encoding_utf8_valid(const char *data, size_t len);
/* Makes *data (malloc'd, *len bytes) UTF-8: auto takes UTF-8 when it is
 * valid and GB18030 otherwise; *used gets the one taken. GERR_INPUT names
 * the line of the first byte that does not convert. */
int encoding_to_utf8(enum encoding enc, char **data, size_t *len, enum encoding *used,
                     struct gerr *err);

#endif
