/* The one SELECT shape of a form's records (with its refs' codes and
 * names), shared by single reads and lists. */
#ifndef GSPDESK_DB_SELECT_H
#define GSPDESK_DB_SELECT_H

#include <sqlite3.h>

#include "core/record.h"

struct strbuf;

void db_select_columns(struct strbuf *sql, const struct form *form);
struct record *db_select_row(sqlite3_stmt *st, const struct form *form);
/* The columns a ref to target shows as its code and its name: a form with
 * no code field (a sales line) is named by its id. */
const char *db_ref_code_column(const struct form *target);
const char *db_ref_name_column(const struct form *target);

#endif
