/* export --format xlsx: records of a form as a workbook (reports/export.c). */
#ifndef GSPDESK_EXPORT_BOOK_H
#define GSPDESK_EXPORT_BOOK_H

#include <stdbool.h>

#include "core/session.h"
#include "model/record.h"

/* Every field of q->form for the records q selects, one row each, typed
 * (numbers, dates, money; yes/no and choices in the user's language; refs
 * by code as in the CSV), under the fields' labels. Rows stream from the
 * listing into a constant-memory workbook. For a user who may view the
 * form, as the CSV export. */
int export_book_write(struct session *s, const struct list_query *q, const char *path,
                      bool force, struct gerr *err);

#endif
