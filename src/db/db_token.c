/* Access tokens: only a hash of each is kept; revoked, never deleted. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_token.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

void token_clear(struct token *t)
{
	free(t->user);
	free(t->label);
	free(t->expires);
	free(t->revoked_at);
	memset(t, 0, sizeof *t);
}

int db_token_add(struct db *db, const char *user, const char *label, const char *hash,
                 const char *at, const char *by, const char *expires, int64_t *id,
                 struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO tokens (user, label, hash, created_at, created_by, expires)"
	                        " VALUES (?, ?, ?, ?, ?, ?)", &st, err);
	if (rc)
		return rc;
	const char *v[] = { user, label, hash, at, by, expires };
	for (int i = 0; i < 6; i++)
		sqlite3_bind_text(st, i + 1, v[i], -1, SQLITE_TRANSIENT);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc == GERR_OK)
		*id = sqlite3_last_insert_rowid(db->h);
	return rc;
}

/* Runs st (bound: the token's hash or id) and keeps its one row. */
static int one(struct db *db, sqlite3_stmt *st, struct token *out, bool *found,
               struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(st);
	*found = rc == SQLITE_ROW;
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		out->user = db_col_dup(st, 1);
		out->label = db_col_dup(st, 2);
		out->expires = db_col_dup(st, 3);
		out->revoked_at = db_col_dup(st, 4);
	}
	return db_step_done(db, st, rc, err);
}

int db_token_find(struct db *db, const char *hash, struct token *out, bool *found,
                  struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, user, label, expires, revoked_at FROM tokens WHERE hash = ?",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
	return one(db, st, out, found, err);
}

int db_token_get(struct db *db, int64_t id, struct token *out, bool *found, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, user, label, expires, revoked_at FROM tokens WHERE id = ?",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	return one(db, st, out, found, err);
}

int db_token_revoke(struct db *db, int64_t id, const char *at, const char *by,
                    const char *reason, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE tokens SET revoked_at = ?, revoked_by = ?, revoke_reason = ?"
	                        " WHERE id = ? AND revoked_at IS NULL", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, by, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, reason, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, id);
	return db_step_done(db, st, sqlite3_step(st), err);
}

int db_token_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct token_row *t), void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, user, label, created_at, created_by, expires, revoked_at,"
	                        " revoked_by, revoke_reason FROM tokens"
	                        " WHERE ?1 IS NULL OR user = ?1 ORDER BY id", &st, err);
	if (rc)
		return rc;
	if (user)
		sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct token_row t = { sqlite3_column_int64(st, 0), db_col_opt(st, 1),
		                       db_col_opt(st, 2), db_col_opt(st, 3), db_col_opt(st, 4),
		                       db_col_opt(st, 5), db_col_opt(st, 6), db_col_opt(st, 7),
		                       db_col_opt(st, 8) };
		if (row(ud, &t))
			break;
	}
	return db_step_done(db, st, rc, err);
}
