/* Shared by the files of the storage layer only. */
#ifndef GSPDESK_DB_INTERNAL_H
#define GSPDESK_DB_INTERNAL_H

#include <sqlite3.h>

#include "db/db.h"
#include "model/record.h"

/* How many prepared statements a connection keeps (configure
 * --with-stmt-cache=N; a test build uses 2 so that eviction happens all
 * the time under valgrind). */
#ifndef DB_STMT_CACHE
#define DB_STMT_CACHE 64
#endif

#define BUSY_TIMEOUT_MS 15000

struct db {
	sqlite3 *h;
	char *path;
	struct {
		char *sql;
		const char *from; /* the caller's text it was last found by */
		sqlite3_stmt *stmt;
	} *cache;
	int ncache, cache_alloc;
	int cache_cap; /* entries kept while none is busy: DB_STMT_CACHE */
	int depth; /* open transactions: 1 = BEGIN, more = savepoints */
	long scan_steps; /* a list search's scan before its index (db_list.c) */
};

/* A prepared statement for sql, reused across calls: reset and unbound.
 * Never finalize it; db_close does. A statement still being stepped is
 * neither reused nor evicted, so a row callback may prepare anything,
 * the same query included. Reset it when done (db_step_done does): one
 * left mid-way stays in the cache until db_close. */
int db_prepare(struct db *db, const char *sql, sqlite3_stmt **out, struct gerr *err);
/* Turns the connection's last error into a message for the user. */
int db_fail(struct db *db, struct gerr *err);
/* The end of a statement's steps: rc, the last sqlite3_step's result, is
 * SQLITE_DONE, or SQLITE_ROW where the caller stopped early: GERR_OK;
 * anything else is db_fail's message. st is reset either way. */
int db_step_done(struct db *db, sqlite3_stmt *st, int rc, struct gerr *err);
/* Binds ?1 and ?2 to a period's first and last day (YYYY-MM-DD). */
void db_bind_period(sqlite3_stmt *st, const char *from, const char *until);
/* Column i as text: db_col_text gives "" for NULL (rows handed to callers
 * that print them), db_col_opt keeps NULL, db_col_dup is an xstrdup copy
 * or NULL. */
const char *db_col_text(sqlite3_stmt *st, int i);
const char *db_col_opt(sqlite3_stmt *st, int i);
char *db_col_dup(sqlite3_stmt *st, int i);
/* Binds text_key(text), or NULL for NULL: batch and serial numbers are
 * compared by their keys (form.h). */
void db_bind_key(sqlite3_stmt *st, int i, const char *text);
/* Runs SQL without parameters (schema, pragmas). */
int db_exec(struct db *db, const char *sql, struct gerr *err);

int db_bind_value(sqlite3_stmt *st, int idx, const struct field *f, const struct value *v);
void db_column_value(sqlite3_stmt *st, int col, const struct field *f, struct value *v);

/* Moves the logins queued by db_login_note into the table, in a
 * transaction of its own; nothing when none wait (db_login.c). */
int db_login_fold(struct db *db, struct gerr *err);

/* migrations (db_migrate.c), and the SQL functions they call, to be
 * registered on the connection that runs them */
void db_migration_functions(sqlite3 *h);
extern const char *const db_migrations[];
extern const int db_migration_count;
/* the first release's schema (db_migrate_first.c), listed first */
extern const char db_migration_1[], db_migration_2[], db_migration_3[];

#define GSPDESK_APPLICATION_ID 0x47535044 /* "GSPD" */

#endif
