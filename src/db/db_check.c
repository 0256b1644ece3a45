/* What `gspdesk check` asks of the storage: SQLite's own checks, the audit
 * rows as stored, the chain's head (of
 * the open database or of a backup file), the users as stored, and the
 * schema against the one the migrations build. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_check.h"
#include "base/chain.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <ctype.h>
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

int db_check_integrity(struct db *db, bool full, int (*problem)(void *ud, const char *text),
                       void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check", &st, err);
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

int db_audit_head(struct db *db, struct chain_head *h, struct gerr *err)
{
	memset(h, 0, sizeof *h);
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		h->id = sqlite3_column_int64(st, 0);
		snprintf(h->hash, sizeof h->hash, "%s", db_col_text(st, 1));
	}
	return db_step_done(db, st, step, err);
}

/* A file opened as a URI, read-only and immutable: nothing is written
 * beside it (no -wal, no -shm) and nothing in it changes. */
static int open_untouched(const char *path, struct db **out, struct gerr *err)
{
	struct strbuf uri = STRBUF_INIT;
	sb_add(&uri, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (isalnum(*p) || strchr("/-._~", *p))
			sb_addc(&uri, (char)*p);
		else
			sb_addf(&uri, "%%%02X", *p);
	}
	sb_add(&uri, "?mode=ro&immutable=1");
	struct db *db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	db->cache_cap = DB_STMT_CACHE;
	int rc = GERR_OK;
	if (sqlite3_open_v2(sb_str(&uri), &db->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) !=
	    SQLITE_OK)
		rc = gerr_set(err, GERR_DB, NULL, _("Cannot read %s: %s"), path, sqlite3_errmsg(db->h));
	sb_free(&uri);
	if (rc) {
		db_close(db);
		return rc;
	}
	*out = db;
	return GERR_OK;
}

int db_file_head(const char *path, struct chain_head *h, struct gerr *err)
{
	struct db *db;
	int rc = open_untouched(path, &db, err);
	if (rc)
		return rc;
	rc = db_audit_head(db, h, err);
	db_close(db);
	return rc;
}

/* The schema the migrations make, built in memory. */
static int fresh_schema(struct db **out, struct gerr *err)
{
	struct db *db = xcalloc(1, sizeof *db);
	db->path = xstrdup(":memory:");
	db->cache_cap = DB_STMT_CACHE;
	int rc = sqlite3_open_v2(":memory:", &db->h, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK
	                 ? GERR_OK
	                 : db_fail(db, err);
	if (rc == GERR_OK)
		rc = db_migrate(db, db_migration_count, err);
	if (rc) {
		db_close(db);
		return rc;
	}
	*out = db;
	return GERR_OK;
}

#define SCHEMA_ROWS "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"
#define SCHEMA_ONE "SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?"

/* Each entry of a's schema that b lacks or holds with other SQL text:
 * which says "missing" or "changed" from b's side, "added" from a's. */
static int schema_diff(struct db *a, struct db *b, bool a_is_fresh,
                       int (*problem)(void *ud, const char *type, const char *name,
                                      const char *what),
                       void *ud, struct gerr *err)
{
	sqlite3_stmt *rows, *one;
	int rc = db_prepare(a, SCHEMA_ROWS, &rows, err);
	if (rc || (rc = db_prepare(b, SCHEMA_ONE, &one, err)) != GERR_OK)
		return rc;
	while ((rc = sqlite3_step(rows)) == SQLITE_ROW) {
		const char *sql = db_col_opt(rows, 2);
		sqlite3_bind_text(one, 1, db_col_text(rows, 0), -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(one, 2, db_col_text(rows, 1), -1, SQLITE_TRANSIENT);
		int step = sqlite3_step(one);
		const char *other = step == SQLITE_ROW ? db_col_opt(one, 0) : NULL;
		const char *what = step != SQLITE_ROW ? (a_is_fresh ? "missing" : "added")
		                   : (sql && other ? strcmp(sql, other) != 0 : sql != other) && a_is_fresh
		                           ? "changed"
		                           : NULL;
		if (what)
			problem(ud, db_col_text(rows, 0), db_col_text(rows, 1), what);
		sqlite3_reset(one);
		if (step != SQLITE_ROW && step != SQLITE_DONE) {
			rc = step;
			break;
		}
	}
	return db_step_done(a, rows, rc, err);
}

int db_check_schema(struct db *db,
                    int (*problem)(void *ud, const char *type, const char *name, const char *what),
                    void *ud, struct gerr *err)
{
	struct db *fresh;
	int rc = fresh_schema(&fresh, err);
	if (rc)
		return rc;
	rc = schema_diff(fresh, db, true, problem, ud, err);
	if (rc == GERR_OK)
		rc = schema_diff(db, fresh, false, problem, ud, err);
	db_close(fresh);
	return rc;
}

int db_check_users(struct db *db, int (*row)(void *ud, const struct user_row *u), void *ud,
                   struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT name, role, disabled, created_at, created_by FROM users"
	                        " ORDER BY name", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct user_row u = { db_col_opt(st, 0), db_col_opt(st, 1),
		                      sqlite3_column_int(st, 2) != 0, db_col_opt(st, 3),
		                      db_col_opt(st, 4) };
		if (row(ud, &u))
			break;
	}
	return db_step_done(db, st, rc, err);
}
