/* gspdesk backup and restore: copies that are checked before anyone
 * relies on them. */
#ifndef GSPDESK_BACKUP_H
#define GSPDESK_BACKUP_H

#include <stdbool.h>
#include <stdint.h>

#include "core/check.h"

/* Copies the open database to path (a new file), keeps the copy's chain
 * head in head and in path.head (a new file too), and checks the copy;
 * no login needed: whoever can read the database file can copy it. */
int backup_make(struct session *s, const char *path, char head[CHAIN_HEAD_TEXT],
                void (*finding)(void *ud, const struct check_finding *f), void *ud,
                struct check_summary *sum, struct gerr *err);

/* A restore in two steps, so a person can be told what it loses before it
 * happens. The backup file itself is only ever read. */
struct restore_plan {
	char *path;        /* the backup, as given */
	char *copy;        /* its private copy beside the database: checked, migrated */
	char *office;      /* the backup's office id; NULL in a file from before them */
	char *here;        /* the open database's office id */
	bool other_office; /* the backup is another office's (allowed by the caller) */
	int64_t missing;   /* records of the open database that the backup lacks */
};

/* Administrator only. Copies the backup at path, checks and migrates the
 * copy, and counts what a restore would lose. A backup with findings, or
 * another office's unless other_office, is refused (GERR_INPUT). */
int backup_restore_prepare(struct session *s, const char *path, bool other_office,
                           struct restore_plan *plan,
                           void (*finding)(void *ud, const struct check_finding *f), void *ud,
                           struct check_summary *sum, struct gerr *err);
/* Keeps the current database as *kept (malloc'd: "<database>.before-
 * restore-YYYYMMDD-HHMM"), puts the copy's content in its place and
 * audits it there: the file, how many records were lost, the office. */
int backup_restore_commit(struct session *s, const struct restore_plan *plan, char **kept,
                          struct gerr *err);
/* Removes the copy; plan is emptied. */
void backup_restore_free(struct restore_plan *plan);

#endif
