/* The audit trail: one row per add, edit or void, written in the same
 * transaction as the change it describes. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_audit.h"
#include "base/chain.h"
#include "base/date.h"
#include "base/json.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>

int db_audit_add(struct db *db, const char *user, const char *form, int64_t record_id,
                 const char *action, const struct audit_change *changes, int nchanges,
                 const char *reason, struct gerr *err)
{
	struct strbuf json = STRBUF_INIT;
	sb_addc(&json, '{');
	for (int i = 0; i < nchanges; i++) {
		if (i)
			sb_addc(&json, ',');
		json_quote(&json, changes[i].field);
		sb_add(&json, ":[");
		json_quote(&json, changes[i].old_value);
		sb_addc(&json, ',');
		json_quote(&json, changes[i].new_value);
		sb_addc(&json, ']');
	}
	sb_addc(&json, '}');
	int rc = db_audit_add_json(db, user, form, record_id, action, sb_str(&json), reason, err);
	sb_free(&json);
	return rc;
}

int db_audit_add_json(struct db *db, const char *user, const char *form, int64_t record_id,
                      const char *action, const char *json, const char *reason,
                      struct gerr *err)
{
	char at[21];
	clock_utc_stamp(at);
	/* the caller's write transaction keeps the last row ours until commit */
	struct chain_row row = { 0, at, user, form, record_id, action, json, reason, NULL };
	char prev[CHAIN_HEX] = "", hash[CHAIN_HEX];
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1", &st, err);
	if (rc == GERR_OK) {
		int step = sqlite3_step(st);
		if (step == SQLITE_ROW) {
			row.id = sqlite3_column_int64(st, 0);
			const unsigned char *h = sqlite3_column_text(st, 1);
			if (h)
				snprintf(prev, sizeof prev, "%s", (const char *)h);
		}
		rc = db_step_done(db, st, step, err);
	}
	row.id++;
	chain_hash(&row, prev, hash);
	if (rc == GERR_OK)
		rc = db_prepare(db, "INSERT INTO audit (id, at, user, form, record_id, action, changes,"
		                    " reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &st, err);
	if (rc == GERR_OK) {
		sqlite3_bind_int64(st, 1, row.id);
		sqlite3_bind_text(st, 9, hash, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, at, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, user, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 4, form, -1, SQLITE_TRANSIENT);
		if (record_id)
			sqlite3_bind_int64(st, 5, record_id);
		sqlite3_bind_text(st, 6, action, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 7, json, -1, SQLITE_TRANSIENT);
		if (reason)
			sqlite3_bind_text(st, 8, reason, -1, SQLITE_TRANSIENT);
		rc = db_step_done(db, st, sqlite3_step(st), err);
	}
	return rc;
}

/* Expands one row's JSON changes with SQLite's own JSON reader. */
int db_audit_changes(struct db *db, const char *json, struct audit_change **out, int *n,
                     struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]')"
	                        " FROM json_each(?)", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, json, -1, SQLITE_TRANSIENT);
	struct audit_change *c = NULL;
	int count = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c = xrealloc(c, sizeof *c * (size_t)(count + 1));
		c[count].field = db_col_dup(st, 0);
		c[count].old_value = db_col_dup(st, 1);
		c[count].new_value = db_col_dup(st, 2);
		count++;
	}
	*out = c;
	*n = count;
	return db_step_done(db, st, rc, err);
}

void db_audit_changes_free(struct audit_change *c, int n)
{
	for (int i = 0; i < n; i++) {
		free((char *)c[i].field);
		free(c[i].old_value);
		free(c[i].new_value);
	}
	free(c);
}

struct history_row {
	int64_t id;
	char *at, *user, *action, *reason, *changes;
};

int db_audit_history(struct db *db, const char *form, int64_t record_id,
                     int (*row)(void *ud, const struct audit_row *a), void *ud,
                     struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, at, user, action, reason, changes FROM audit"
	                        " WHERE form = ? AND record_id = ? ORDER BY id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, form, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, record_id);
	/* read all rows first: the change reader reuses the connection */
	struct history_row *rows = NULL;
	int n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rows = xrealloc(rows, sizeof *rows * (size_t)(n + 1));
		rows[n].id = sqlite3_column_int64(st, 0);
		rows[n].at = db_col_dup(st, 1);
		rows[n].user = db_col_dup(st, 2);
		rows[n].action = db_col_dup(st, 3);
		rows[n].reason = db_col_dup(st, 4);
		rows[n].changes = db_col_dup(st, 5);
		n++;
	}
	rc = db_step_done(db, st, rc, err);
	for (int i = 0; i < n; i++) {
		if (rc == GERR_OK) {
			struct audit_change *c = NULL;
			int nc = 0;
			rc = db_audit_changes(db, rows[i].changes, &c, &nc, err);
			if (rc == GERR_OK) {
				struct audit_row a = { rows[i].id, rows[i].at, rows[i].user, rows[i].action,
				                       rows[i].reason, c, nc };
				if (row(ud, &a))
					rc = -1;
			}
			db_audit_changes_free(c, nc);
		}
		free(rows[i].at);
		free(rows[i].user);
		free(rows[i].action);
		free(rows[i].reason);
		free(rows[i].changes);
	}
	free(rows);
	return rc < 0 ? GERR_OK : rc;
}
