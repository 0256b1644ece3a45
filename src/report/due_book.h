/* The due list as a workbook (reports/due.c), as the screen shows it. */
#ifndef GSPDESK_DUE_BOOK_H
#define GSPDESK_DUE_BOOK_H

#include <stdbool.h>

#include "core/due.h"

int due_book_write(struct session *s, const struct due_list *l, const char *path, bool force,
                   struct gerr *err);

#endif
