/* Copies of the database: a copy while others write, a restore in place,
 * and what a file holds before it is restored (db_backup.c). */
#ifndef GSPDESK_DB_BACKUP_H
#define GSPDESK_DB_BACKUP_H

#include <stdint.h>

#include "base/err.h"

struct db;

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

#endif
