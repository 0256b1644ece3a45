/* gspdesk backup and restore: copies that are checked before anyone
 * relies on them. */
#ifndef GSPDESK_BACKUP_H
#define GSPDESK_BACKUP_H

#include "core/check.h"

/* Copies the open database to path (a new file), keeps the copy's chain
 * head in head and in path.head (a new file too), and checks the copy;
 * no login needed: whoever can read the database file can copy it. */
int backup_make(struct session *s, const char *path, char head[CHAIN_HEAD_TEXT],
                void (*finding)(void *ud, const struct check_finding *f), void *ud,
                struct check_summary *sum, struct gerr *err);
/* Administrator only. Checks the backup at path; when it is sound, keeps
 * the current database as *kept (malloc'd: "<database>.before-restore-
 * YYYYMMDD-HHMM") and puts the backup's content in its place. A backup
 * with findings is refused (GERR_INPUT) and nothing changes. */
int backup_restore(struct session *s, const char *path, char **kept,
                   void (*finding)(void *ud, const struct check_finding *f), void *ud,
                   struct check_summary *sum, struct gerr *err);

#endif
