/* User accounts. Users are never deleted: records keep their names. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_login.h"
#include "db/db_user.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

void db_user_clear(struct db_user *u)
{
	free(u->name);
	free(u->role);
	free(u->pwhash);
	free(u->locked_until);
	memset(u, 0, sizeof *u);
}

static void read_row(sqlite3_stmt *st, struct db_user *u)
{
	u->id = sqlite3_column_int64(st, 0);
	u->name = xstrdup((const char *)sqlite3_column_text(st, 1));
	u->role = xstrdup((const char *)sqlite3_column_text(st, 2));
	u->pwhash = xstrdup((const char *)sqlite3_column_text(st, 3));
	u->disabled = sqlite3_column_int(st, 4) != 0;
	u->failed = sqlite3_column_int(st, 5);
	const unsigned char *until = sqlite3_column_text(st, 6);
	u->locked_until = until ? xstrdup((const char *)until) : NULL;
}

int db_user_get(struct db *db, const char *name, struct db_user *out, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, name, role, pwhash, disabled, failed, locked_until FROM users WHERE name = ?",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		read_row(st, out);
		rc = GERR_OK;
	} else if (rc == SQLITE_DONE) {
		rc = gerr_set(err, GERR_AUTH, "user", _("There is no user %s."), name);
	} else {
		rc = db_fail(db, err);
	}
	sqlite3_reset(st);
	return rc;
}

int db_user_add(struct db *db, const char *name, const char *role, const char *pwhash,
                const char *at, const char *by, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO users (name, role, pwhash, created_at, created_by)"
	                        " VALUES (?, ?, ?, ?, ?)", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, role, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, pwhash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 5, by, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return GERR_OK;
	if ((sqlite3_extended_errcode(db->h)) == SQLITE_CONSTRAINT_UNIQUE)
		return gerr_set(err, GERR_INPUT, "name", _("There is already a user called %s."), name);
	return db_fail(db, err);
}

int db_user_set_hash(struct db *db, const char *name, const char *pwhash, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE users SET pwhash = ?, failed = 0, locked_until = NULL WHERE name = ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, pwhash, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc == GERR_OK && sqlite3_changes(db->h) != 1)
		return gerr_set(err, GERR_INPUT, "name", _("There is no user %s."), name);
	return rc;
}

int db_user_set_disabled(struct db *db, const char *name, bool disabled, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE users SET disabled = ?, failed = 0, locked_until = NULL"
	                        " WHERE name = ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, disabled);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc == GERR_OK && sqlite3_changes(db->h) != 1)
		return gerr_set(err, GERR_INPUT, "name", _("There is no user %s."), name);
	return rc;
}

int db_user_set_failures(struct db *db, const char *name, int failed, const char *locked_until,
                         struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE users SET failed = ?, locked_until = ? WHERE name = ?", &st,
	                    err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, failed);
	if (locked_until)
		sqlite3_bind_text(st, 2, locked_until, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, name, -1, SQLITE_TRANSIENT);
	return db_step_done(db, st, sqlite3_step(st), err);
}

int db_login_add(struct db *db, const char *at, const char *user, const char *event,
                 const char *detail, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO logins (at, user, event, detail) VALUES (?, ?, ?, ?)",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, user, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, event, -1, SQLITE_TRANSIENT);
	if (detail)
		sqlite3_bind_text(st, 4, detail, -1, SQLITE_TRANSIENT);
	return db_step_done(db, st, sqlite3_step(st), err);
}

int db_login_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct login_row *l), void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, at, user, event, detail FROM logins"
	                        " WHERE ?1 IS NULL OR user = ?1 ORDER BY id", &st, err);
	if (rc)
		return rc;
	if (user)
		sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct login_row l = { sqlite3_column_int64(st, 0),
		                       db_col_opt(st, 1),
		                       db_col_opt(st, 2),
		                       db_col_opt(st, 3),
		                       db_col_opt(st, 4) };
		if (row(ud, &l))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_user_count(struct db *db, int64_t *count, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT count(*) FROM users", &st, err);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*count = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GERR_OK : db_fail(db, err);
}

int db_user_list(struct db *db, int (*row)(void *ud, const struct db_user *u), void *ud,
                 struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, name, role, pwhash, disabled, failed, locked_until FROM users ORDER BY name",
	                    &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct db_user u = { 0 };
		read_row(st, &u);
		int stop = row(ud, &u);
		db_user_clear(&u);
		if (stop)
			break;
	}
	return db_step_done(db, st, rc, err);
}
