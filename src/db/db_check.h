/* What `gspdesk check` asks of the storage: integrity, foreign keys, the
 * audit chain as stored, accounts, the schema, and each record with its
 * audit rows to replay (db_check.c, db_integrity.c, db_replay.c). */
#ifndef GSPDESK_DB_CHECK_H
#define GSPDESK_DB_CHECK_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "db/db_audit.h"
#include "model/record.h"

struct db;

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

#endif
