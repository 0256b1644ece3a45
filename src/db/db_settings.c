/* Office settings: company name, city, province and the like. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_settings.h"
#include "base/strbuf.h"

int db_setting_get(struct db *db, const char *key, char **value, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT value FROM settings WHERE key = ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	*value = rc == SQLITE_ROW ? xstrdup((const char *)sqlite3_column_text(st, 0)) : NULL;
	return db_step_done(db, st, rc, err);
}

int db_setting_set(struct db *db, const char *key, const char *value, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO settings (key, value) VALUES (?, ?)"
	                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_TRANSIENT);
	return db_step_done(db, st, sqlite3_step(st), err);
}

int db_setting_list(struct db *db, int (*row)(void *ud, const char *key, const char *value),
                    void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT key, value FROM settings ORDER BY key", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (row(ud, db_col_opt(st, 0),
		        db_col_opt(st, 1)))
			break;
	return db_step_done(db, st, rc, err);
}
