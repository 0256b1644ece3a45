/* What `gspdesk check` asks of the storage: SQLite's own checks, the audit
 * rows as stored, and audit rows whose record is gone. */
#include "config.h"
#include "db/db_internal.h"
#include "core/chain.h"

#include <stdio.h>
#include <string.h>

/* The forms' text indexes against their tables (PRAGMA integrity_check
 * of SQLite 3.40 leaves FTS5 out): rank 1 compares every row's text with
 * the index, some 6 s at a million sales lines against 16 s for the
 * pragma. A mismatch is a finding, not a failure of the check. */
static int check_text_indexes(struct db *db, int (*problem)(void *ud, const char *text), void *ud,
                              struct gerr *err)
{
	int n;
	const struct form *const *forms = forms_all(&n);
	for (int i = 0; i < n; i++) {
		if (!forms[i]->text_index)
			continue;
		/* the name comes from the form's const table, never from input */
		char sql[160];
		snprintf(sql, sizeof sql, "INSERT INTO %s_search (%s_search, rank)"
		         " VALUES ('integrity-check', 1)", forms[i]->name, forms[i]->name);
		sqlite3_stmt *st;
		int rc = db_prepare(db, sql, &st, err);
		if (rc)
			return rc;
		rc = sqlite3_step(st);
		if ((rc & 0xff) == SQLITE_CORRUPT) {
			char text[256];
			snprintf(text, sizeof text, "%s_search: %s", forms[i]->name, sqlite3_errmsg(db->h));
			problem(ud, text);
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE && (rc & 0xff) != SQLITE_CORRUPT)
			return db_fail(db, err);
	}
	return GERR_OK;
}

int db_check_integrity(struct db *db, int (*problem)(void *ud, const char *text), void *ud,
                       struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "PRAGMA integrity_check", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = db_col_opt(st, 0);
		if (text && strcmp(text, "ok") != 0)
			problem(ud, text);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(db, err);
	return check_text_indexes(db, problem, ud, err);
}

int db_check_foreign_keys(struct db *db,
                          int (*problem)(void *ud, const char *table, int64_t rowid,
                                         const char *parent),
                          void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "PRAGMA foreign_key_check", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		problem(ud, db_col_opt(st, 0), sqlite3_column_int64(st, 1), db_col_opt(st, 2));
	return db_step_done(db, st, rc, err);
}

int db_audit_scan(struct db *db, int (*row)(void *ud, const struct chain_row *r), void *ud,
                  struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, at, user, form, record_id, action, changes, reason, hash"
	                        " FROM audit ORDER BY id", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct chain_row r = { sqlite3_column_int64(st, 0), db_col_opt(st, 1),
		                       db_col_opt(st, 2), db_col_opt(st, 3),
		                       sqlite3_column_int64(st, 4), db_col_opt(st, 5),
		                       db_col_opt(st, 6), db_col_opt(st, 7), db_col_opt(st, 8) };
		if (row(ud, &r))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_audit_orphans(struct db *db, const struct form *form,
                     int (*orphan)(void *ud, int64_t record_id), void *ud, struct gerr *err)
{
	/* the table name comes from the form's const table, never from input */
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT DISTINCT record_id FROM audit WHERE form = ?"
	         " AND record_id IS NOT NULL AND record_id NOT IN (SELECT id FROM %s)"
	         " ORDER BY record_id", form->name);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, form->name, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		orphan(ud, sqlite3_column_int64(st, 0));
	return db_step_done(db, st, rc, err);
}
