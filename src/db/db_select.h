/* The one SELECT shape of a form's records (with its refs' codes and
 * names), shared by single reads and lists. */
#ifndef GSPDESK_DB_SELECT_H
#define GSPDESK_DB_SELECT_H

#include <sqlite3.h>

#include "model/record.h"

struct strbuf;

void db_select_columns(struct strbuf *sql, const struct form *form);
struct record *db_select_row(sqlite3_stmt *st, const struct form *form);

/* The bookkeeping columns every form's table has, first in each SELECT of
 * its rows (columns 0 to DB_META_COLUMNS - 1): written with the table's
 * alias (as "t."; "" for none), read with their text valid until the next
 * step. db_select_columns and check's replay (db_replay.c) share them. */
#define DB_META_COLUMNS 8
struct db_meta {
	int64_t id, version;
	bool voided;
	const char *void_reason, *created_at, *created_by, *updated_at, *updated_by;
};
void db_meta_columns(struct strbuf *sql, const char *alias);
void db_meta_read(sqlite3_stmt *st, struct db_meta *m);

#endif
