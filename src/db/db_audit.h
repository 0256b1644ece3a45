/* The audit trail: one row per change, hash-chained (db_audit.c). */
#ifndef GSPDESK_DB_AUDIT_H
#define GSPDESK_DB_AUDIT_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct audit_change {
	const char *field;
	char *old_value, *new_value; /* storage text; NULL is empty */
};

int db_audit_add(struct db *db, const char *user, const char *form, int64_t record_id,
                 const char *action, const struct audit_change *changes, int nchanges,
                 const char *reason, struct gerr *err);
/* The same with the changes as db_audit_add's JSON object. */
int db_audit_add_json(struct db *db, const char *user, const char *form, int64_t record_id,
                      const char *action, const char *json, const char *reason,
                      struct gerr *err);

struct audit_row {
	int64_t id;
	const char *at, *user, *action, *reason;
	const struct audit_change *changes;
	int nchanges;
};

int db_audit_history(struct db *db, const char *form, int64_t record_id,
                     int (*row)(void *ud, const struct audit_row *a), void *ud,
                     struct gerr *err);
/* One audit row's JSON changes, read by SQLite's JSON reader; free with
 * db_audit_changes_free. */
int db_audit_changes(struct db *db, const char *json, struct audit_change **out, int *n,
                     struct gerr *err);
void db_audit_changes_free(struct audit_change *c, int n);

#endif
