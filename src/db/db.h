/* The storage layer: every line of SQL in the program lives under src/db/.
 * Callers see records, users, settings and audit rows, never statements,
 * so a second backend stays possible. */
#ifndef GSPDESK_DB_H
#define GSPDESK_DB_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "model/record.h"

struct db;

enum db_open_mode {
	DB_OPEN_EXISTING, /* refuse a missing file */
	DB_OPEN_CREATE    /* create the file (mode 0600) and its directories */
};

/* Opens, checks and upgrades the database at path. A file that is not a
 * gspdesk database, or one made by a newer gspdesk, is refused untouched. */
int db_open(const char *path, enum db_open_mode mode, struct db **out, struct gerr *err);
void db_close(struct db *db);
const char *db_path(const struct db *db);

int db_schema_version(struct db *db);
int db_latest_version(void);
/* Applies migrations up to `target` (tests build older schemas with it). */
int db_migrate(struct db *db, int target, struct gerr *err);

/* Every write is one BEGIN IMMEDIATE transaction, so a writer never fails
 * half way with SQLITE_BUSY_SNAPSHOT; the busy timeout covers waiting. */
int db_begin(struct db *db, struct gerr *err);
int db_commit(struct db *db, struct gerr *err);
void db_rollback(struct db *db);
/* Ends what db_begin opened: commits when rc is GERR_OK, else rolls back
 * and gives rc back. */
int db_end(struct db *db, int rc, struct gerr *err);

/* ---- records of any form ---- */
/* One stored field of a record (not a ref: those need their join), for a
 * rule that copies it: cheaper than the whole record. GERR_INPUT naming
 * "id" when there is no such record. */
int db_record_field(struct db *db, const struct form *form, int64_t id, const struct field *f,
                    struct value *out, struct gerr *err);
int db_record_get(struct db *db, const struct form *form, int64_t id,
                  struct record **out, struct gerr *err);
/* Sets r->id and r->version. */
int db_record_insert(struct db *db, struct record *r, const char *user,
                     const char *at, struct gerr *err);
/* Writes every field of r where the stored version is still r->version;
 * a newer stored version means someone else saved first: GERR_INPUT. */
int db_record_update(struct db *db, struct record *r, const char *user,
                     const char *at, struct gerr *err);
int db_record_void(struct db *db, struct record *r, const char *reason,
                   const char *user, const char *at, struct gerr *err);
/* Resolves v->text (a code, else an exact name) to a live record of form. */
int db_ref_resolve(struct db *db, const struct field *f, const struct form *target,
                   struct value *v, struct gerr *err);
/* True when another record (not exclude_id) already has this value. */
int db_value_taken(struct db *db, const struct form *form, const struct field *f,
                   const struct value *v, int64_t exclude_id, bool *taken,
                   struct gerr *err);

/* True when another live record (not exclude_id) has the same values of the
 * n fields idx[] (values v[idx[i]]). */
int db_values_taken(struct db *db, const struct form *form, const int *idx,
                    const struct value *v, int n, int64_t exclude_id, bool *taken,
                    struct gerr *err);

/* ---- training ---- */
struct retrain {
	int64_t attendee, session;
	const char *name, *unit, *session_date, *topic, *retrain_date; /* NULL when empty */
	const char *customer; /* the customer's name; NULL for the office's own staff */
};
/* The attendees marked retrain whom no later session has passed, soonest
 * retrain date first; with until (an ISO date, else NULL) as they stood at
 * the end of that day. row returns non-zero to stop. */
int db_retrain_open(struct db *db, const char *until,
                    int (*row)(void *ud, const struct retrain *r), void *ud, struct gerr *err);
/* The live attendee of session who is the same person (name, customer and
 * unit) as the one given, other than except; 0 when none. */
int db_attendee_on_roster(struct db *db, int64_t session, const char *name, int64_t customer,
                          const char *unit, int64_t except, int64_t *found, struct gerr *err);
/* The active staff of the register (started by until) who attended no
 * regulations session from from to until, by department and name, with
 * the date of their last regulations session before from (NULL: none). */
int db_staff_without_regulations(struct db *db, const char *from, const char *until,
                                 int (*row)(void *ud, const char *name, const char *unit,
                                            const char *last_date),
                                 void *ud, struct gerr *err);

/* ---- lists: keyset paging, never OFFSET, rows streamed to a callback ---- */
struct list_filter {
	const struct field *field;
	struct value value;
};

struct list_key {
	struct value sortval;
	int64_t id;
};

struct list_query {
	const struct form *form;
	const struct list_filter *filters;
	int nfilters;
	const char *since, *until;  /* ISO dates on form->date_field */
	bool include_voided;
	const char *search;         /* substring of any F_SEARCH field or ref name */
	const struct field *sort;   /* NULL: the id */
	bool descending;
	const struct list_key *after; /* rows strictly after this key */
	int limit;                  /* 0: no limit */
};

/* Calls row() for each record in order; row returns non-zero to stop. The
 * record is freed after the call returns. */
int db_list(struct db *db, const struct list_query *q,
            int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err);
/* The rows db_list would give without a limit (after q->after when set:
 * with the order reversed, the rows before a key, a row's place). */
int db_list_count(struct db *db, const struct list_query *q, int64_t *count, struct gerr *err);
/* The key of r in q's order, for the next page. */
void db_list_key(const struct list_query *q, const struct record *r, struct list_key *key);
/* A search of a form with a text index first scans in list order for at
 * most this many SQLite VM steps, then asks the index for the rest (the
 * rows and their order are the same either way). Tests set 0 (the index
 * at once) or LONG_MAX (the scan alone). */
#define DB_SCAN_STEPS 50000L
void db_set_scan_steps(struct db *db, long steps);

/* ---- audit trail ---- */
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

/* ---- check (db_check.c) ---- */
struct chain_row;
struct chain_head;
/* Each line of PRAGMA integrity_check (full) or quick_check that is not
 * "ok", and each form's text index that does not match its table.
 * quick_check leaves out whether each index holds what its table does:
 * 3 s instead of 14 at a million sales lines. */
int db_check_integrity(struct db *db, bool full, int (*problem)(void *ud, const char *text),
                       void *ud, struct gerr *err);
/* The same on a second connection in a thread of its own: started, the
 * caller goes on with other reads on db, and the finish waits for it and
 * reports its problems (db_integrity.c). Where no thread or connection can
 * be had, the finish runs the check itself. */
struct db_integrity;
struct db_integrity *db_integrity_start(struct db *db, bool full);
int db_integrity_finish(struct db_integrity *j, int (*problem)(void *ud, const char *text),
                        void *ud, struct gerr *err);
int db_check_foreign_keys(struct db *db,
                          int (*problem)(void *ud, const char *table, int64_t rowid,
                                         const char *parent),
                          void *ud, struct gerr *err);
/* Every audit row as stored, by id. */
int db_audit_scan(struct db *db, int (*row)(void *ud, const struct chain_row *r), void *ud,
                  struct gerr *err);
/* Every user with who made the account and when, by name. */
struct user_row {
	const char *name, *role;
	bool disabled;
	const char *created_at, *created_by;
};
int db_check_users(struct db *db, int (*row)(void *ud, const struct user_row *u), void *ud,
                   struct gerr *err);
/* The last audit row (id 0 when there is none), of the open database or of
 * the file at path, read without writing anything beside it. */
int db_audit_head(struct db *db, struct chain_head *h, struct gerr *err);
int db_file_head(const char *path, struct chain_head *h, struct gerr *err);
/* Each table, index or trigger that is not as the migrations make it:
 * what is "missing", "changed" or "added" (a schema built in memory
 * from db_migrations is the reference). */
int db_check_schema(struct db *db,
                    int (*problem)(void *ud, const char *type, const char *name, const char *what),
                    void *ud, struct gerr *err);

/* A record's row as stored, every form field as its storage text (NULL
 * for NULL), for check to replay its audit rows against (db_replay.c). */
struct replay_record {
	int64_t id, version;
	bool voided;
	const char *void_reason, *created_at, *created_by, *updated_at, *updated_by;
	const char *const *v; /* form->nfields */
};
/* Each record of form with its audit rows (oldest first), and each record
 * id that only audit rows name (r NULL): one scan of each. each() returns
 * nonzero to stop; what it is given lives until it returns. */
int db_replay_scan(struct db *db, const struct form *form,
                   int (*each)(void *ud, int64_t record_id, const struct replay_record *r,
                               const struct audit_row *rows, int nrows),
                   void *ud, struct gerr *err);

/* ---- copies (db_backup.c) ---- */
/* A consistent copy of the database into a new file (mode 0600) while
 * others keep writing; an existing file is refused. */
int db_copy_to(struct db *db, const char *path, struct gerr *err);
/* Replaces the open database's content with the file's, in place, so
 * other connections see the restored data. */
int db_replace_from(struct db *db, const char *path, struct gerr *err);
/* The office id a database file holds (settings office_id), read without
 * changing the file (read-only, immutable); *office NULL when it has none
 * (a file from before office ids). */
int db_file_office(const char *path, char **office, struct gerr *err);
/* How many records of the open database's tables (given) have an id the
 * database file at path does not hold: what a restore from it loses. */
int db_records_missing(struct db *db, const char *path, const char *const *tables, int ntables,
                       int64_t *count, struct gerr *err);

/* ---- users ---- */
struct user {
	int64_t id;
	char *name, *role, *pwhash;
	bool disabled;
	int failed;         /* wrong passwords in a row */
	char *locked_until; /* local "2026-11-27 10:15", or NULL */
};

void user_clear(struct user *u);
/* GERR_AUTH when there is no such user. */
int db_user_get(struct db *db, const char *name, struct user *out, struct gerr *err);
int db_user_add(struct db *db, const char *name, const char *role, const char *pwhash,
                const char *at, const char *by, struct gerr *err);
/* A new password also clears the wrong-password count and any lock. */
int db_user_set_hash(struct db *db, const char *name, const char *pwhash, struct gerr *err);
/* Also clears the wrong-password count and any lock. */
int db_user_set_disabled(struct db *db, const char *name, bool disabled, struct gerr *err);
/* The wrong-password count and lock after a login attempt. */
int db_user_set_failures(struct db *db, const char *name, int failed, const char *locked_until,
                         struct gerr *err);
int db_user_count(struct db *db, int64_t *count, struct gerr *err);

/* The append-only log of logins: event is login, failed, locked or refused. */
struct login_row {
	int64_t id;
	const char *at, *user, *event, *detail;
};
int db_login_add(struct db *db, const char *at, const char *user, const char *event,
                 const char *detail, struct gerr *err);
/* A successful login, recorded without waiting for the write lock: when
 * another terminal holds it, queued beside the database for the next write
 * (db_login.c). Call it outside any transaction. */
int db_login_note(struct db *db, const char *at, const char *user, const char *detail,
                  struct gerr *err);
/* Oldest first; user NULL: everybody. */
int db_login_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct login_row *l), void *ud, struct gerr *err);
int db_user_list(struct db *db, int (*row)(void *ud, const struct user *u), void *ud,
                 struct gerr *err);

/* ---- text indexes and bulk writes (db_text_index.c) ---- */
/* Inside a write transaction: stops indexing new records of form one by
 * one (nothing when the form has no text index)... */
struct text_pause {
	char *trigger_sql; /* NULL: nothing paused */
	int64_t from_id;   /* records after this one are the bulk write's */
};
int db_text_index_pause(struct db *db, const struct form *form, struct text_pause *p,
                        struct gerr *err);
/* ...and indexes those written since in one statement, then indexes one by
 * one again. Call it before the commit; a rollback needs nothing. */
int db_text_index_resume(struct db *db, const struct form *form, struct text_pause *p,
                         struct gerr *err);

/* ---- access tokens (db_token.c) ---- */
struct token_row {
	int64_t id;
	const char *user, *label, *created_at, *created_by, *expires, *revoked_at, *revoked_by,
		*revoke_reason; /* NULL when not revoked */
};
/* One token, owned: token_clear frees it. */
struct token {
	int64_t id;
	char *user, *label, *expires, *revoked_at;
};
void token_clear(struct token *t);
int db_token_add(struct db *db, const char *user, const char *label, const char *hash,
                 const char *at, const char *by, const char *expires, int64_t *id,
                 struct gerr *err);
/* By its hash or by its id; *found false when there is none. */
int db_token_find(struct db *db, const char *hash, struct token *out, bool *found,
                  struct gerr *err);
int db_token_get(struct db *db, int64_t id, struct token *out, bool *found, struct gerr *err);
/* Marks a token revoked; the caller checked it was not. */
int db_token_revoke(struct db *db, int64_t id, const char *at, const char *by,
                    const char *reason, struct gerr *err);
/* Oldest first; user NULL: everybody's. */
int db_token_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct token_row *t), void *ud, struct gerr *err);

/* ---- after-sales lookups (db_service.c) ---- */
/* The latest final acceptance of a live installation ticket for this
 * product and serial (compared by key); *date NULL when there is none.
 * Caller frees. */
int db_service_accepted_on(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err);
/* The latest sale date of a live sales line of this product and serial, or NULL. */
int db_sale_date_by_serial(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err);
/* Units on live returns of a sales line, not counting return exclude_id. */
int db_returns_total(struct db *db, int64_t sale, int64_t exclude_id, int64_t *total,
                     struct gerr *err);

/* ---- settings: key → text ---- */
/* *value is NULL when the key is not set; caller frees. */
int db_setting_get(struct db *db, const char *key, char **value, struct gerr *err);
int db_setting_set(struct db *db, const char *key, const char *value, struct gerr *err);
int db_setting_list(struct db *db, int (*row)(void *ud, const char *key, const char *value),
                    void *ud, struct gerr *err);

#endif
