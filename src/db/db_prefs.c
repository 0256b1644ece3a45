/* The sort each user chose per list: one row per user and list. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_prefs.h"
#include "base/strbuf.h"

int db_list_sort_get(struct db *db, int64_t user, const char *list, char **field,
                     bool *descending, bool *found, struct gerr *err)
{
	sqlite3_stmt *st;
	*field = NULL;
	*descending = *found = false;
	int rc = db_prepare(db, "SELECT field, descending FROM list_sorts WHERE user = ? AND list = ?",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, user);
	sqlite3_bind_text(st, 2, list, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*found = true;
		const char *f = db_col_opt(st, 0);
		*field = f ? xstrdup(f) : NULL;
		*descending = sqlite3_column_int(st, 1) != 0;
	}
	return db_step_done(db, st, rc, err);
}

int db_list_sort_set(struct db *db, int64_t user, const char *list, const char *field,
                     bool descending, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO list_sorts (user, list, field, descending)"
	                        " VALUES (?, ?, ?, ?) ON CONFLICT (user, list) DO UPDATE"
	                        " SET field = excluded.field, descending = excluded.descending",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, user);
	sqlite3_bind_text(st, 2, list, -1, SQLITE_TRANSIENT);
	if (field)
		sqlite3_bind_text(st, 3, field, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_int(st, 4, descending);
	return db_step_done(db, st, sqlite3_step(st), err);
}
