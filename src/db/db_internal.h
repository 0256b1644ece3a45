/* Shared by the files of the storage layer only. */
#ifndef GSPDESK_DB_INTERNAL_H
#define GSPDESK_DB_INTERNAL_H

#include <sqlite3.h>

#include "db/db.h"

#define DB_STMT_CACHE 64

struct db {
	sqlite3 *h;
	char *path;
	struct {
		char *sql;
		sqlite3_stmt *stmt;
	} cache[DB_STMT_CACHE];
	int ncache;
	int depth; /* open transactions: 1 = BEGIN, more = savepoints */
	long scan_steps; /* a list search's scan before its index (db_list.c) */
};

/* A prepared statement for sql, reused across calls: reset and unbound.
 * Never finalize it; db_close does. */
int db_prepare(struct db *db, const char *sql, sqlite3_stmt **out, struct gerr *err);
/* Turns the connection's last error into a message for the user. */
int db_fail(struct db *db, struct gerr *err);
/* Runs SQL without parameters (schema, pragmas). */
int db_exec(struct db *db, const char *sql, struct gerr *err);

int db_bind_value(sqlite3_stmt *st, int idx, const struct field *f, const struct value *v);
void db_column_value(sqlite3_stmt *st, int col, const struct field *f, struct value *v);

/* migrations (db_migrate.c) */
extern const char *const db_migrations[];
extern const int db_migration_count;

#define GSPDESK_APPLICATION_ID 0x47535044 /* "GSPD" */

#endif
