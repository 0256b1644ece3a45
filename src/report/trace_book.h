/* The trace written as a workbook (reports/trace.c). */
#ifndef GSPDESK_TRACE_BOOK_H
#define GSPDESK_TRACE_BOOK_H

#include <stdbool.h>

#include "core/session.h"
#include "core/trace.h"

/* what: the line under the title, such as "Batch 2507003". */
int trace_book_write(struct session *s, const struct trace *t, const char *what,
                     const char *path, bool force, struct gerr *err);

#endif
