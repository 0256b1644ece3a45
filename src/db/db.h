/* The storage layer: every line of SQL in the program lives under src/db/.
 * Callers see records, users, settings and audit rows, never statements,
 * so a second backend stays possible. This header opens, upgrades and
 * closes the database and brackets writes; each module has its own header
 * (db_record.h, db_list.h, db_audit.h, db_user.h, ...). */
#ifndef GSPDESK_DB_H
#define GSPDESK_DB_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

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

#endif
