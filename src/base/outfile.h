/* Files the program writes for people (reports, exports): written whole
 * in a private folder beside the target, then renamed into place. Nothing
 * another user planted (a symlink, a stale part file) is ever followed,
 * and the database, its -wal/-shm or any other SQLite file is never
 * replaced. The file is the owner's alone (0600), whatever the umask. */
#ifndef GSPDESK_OUTFILE_H
#define GSPDESK_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "base/err.h"

struct outfile {
	char *path; /* the target, as given */
	char *dir;  /* the private folder (0700, unpredictable name) */
	char *tmp;  /* dir/name: where the writer writes */
	const char *db_path;
};

/* Checks path (not a symlink, not the database nor beside it, not a SQLite
 * file, refused when it exists unless force) and makes the private folder
 * in its folder; removes the folders of earlier runs that were killed.
 * GERR_INPUT with a message naming the rule. */
int outfile_begin(struct outfile *o, const char *path, bool force, const char *db_path,
                  struct gerr *err);
/* o->tmp opened for writing, created exclusively (0600); NULL with err. */
FILE *outfile_stream(struct outfile *o, struct gerr *err);
/* Makes o->tmp 0600, syncs it, checks the target again and renames it
 * into place; o is freed either way. */
int outfile_commit(struct outfile *o, bool force, struct gerr *err);
/* Removes what was written; o is freed. */
void outfile_abort(struct outfile *o);

/* GERR_INPUT naming path and the system's reason sys (errno); a full
 * disk says so in the user's language. */
int outfile_failed(const char *path, int sys, struct gerr *err);

/* True when the file at path starts with SQLite's header. */
bool outfile_is_sqlite(const char *path);

#endif
