/* The one SELECT shape of a form's records (with its refs' codes and
 * names), shared by single reads and lists. */
#ifndef GSPDESK_DB_SELECT_H
#define GSPDESK_DB_SELECT_H

#include <sqlite3.h>

#include "model/record.h"

struct strbuf;

void db_select_columns(struct strbuf *sql, const struct form *form);
struct record *db_select_row(sqlite3_stmt *st, const struct form *form);

#endif
