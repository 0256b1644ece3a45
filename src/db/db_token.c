/* Access tokens: only a hash of each is kept; revoked, never deleted. */
#include "config.h"
#include "db/db_internal.h"
#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>

static const char *text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static char *dup_text(sqlite3_stmt *st, int i)
{
	const char *s = text(st, i);
	return s ? xstrdup(s) : NULL;
}

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
	rc = sqlite3_step(st) == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
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
		out->user = dup_text(st, 1);
		out->label = dup_text(st, 2);
		out->expires = dup_text(st, 3);
		out->revoked_at = dup_text(st, 4);
	}
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
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
	rc = sqlite3_step(st) == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
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
		struct token_row t = { sqlite3_column_int64(st, 0), text(st, 1), text(st, 2),
		                       text(st, 3), text(st, 4), text(st, 5), text(st, 6),
		                       text(st, 7), text(st, 8) };
		if (row(ud, &t))
			break;
	}
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
}
