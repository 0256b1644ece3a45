/* Each user's own choices kept between sessions (db_prefs.c): today the
 * order each list is sorted in. Not records of the office: no audit rows. */
#ifndef GSPDESK_DB_PREFS_H
#define GSPDESK_DB_PREFS_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct db;

/* The order user chose for list (a form's name): *field the column's name
 * (malloc'd; NULL for the form's own order), *found false when the user
 * never chose one. */
int db_list_sort_get(struct db *db, int64_t user, const char *list, char **field,
                     bool *descending, bool *found, struct gerr *err);
/* Keeps that choice (field NULL: the form's own order), replacing the one
 * before. Call it inside db_begin. */
int db_list_sort_set(struct db *db, int64_t user, const char *list, const char *field,
                     bool descending, struct gerr *err);

#endif
