/* Copies of the database file: a consistent snapshot taken while other
 * terminals keep working, and a restore into the open database. */
#include "config.h"
#include "db/db_internal.h"
#include "core/i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int db_copy_to(struct db *db, const char *path, struct gerr *err)
{
	/* an empty private file first: VACUUM INTO takes an empty one, and the
	 * copy holds what the database does, so only its owner may read it */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return gerr_set(err, GERR_INPUT, NULL,
			                _("%s exists already: a backup never overwrites a file. Give a new name."),
			                path);
		return gerr_set(err, GERR_DB, NULL, _("Cannot create %s: %s"), path, strerror(errno));
	}
	close(fd);
	sqlite3_stmt *st;
	/* one statement, one read transaction: a consistent copy that does not
	 * stop writers (WAL) */
	int rc = db_prepare(db, "VACUUM INTO ?", &st, err);
	if (rc == GERR_OK) {
		sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
		rc = db_step_done(db, st, sqlite3_step(st), err);
	}
	if (rc)
		unlink(path);
	return rc;
}

int db_replace_from(struct db *db, const char *path, struct gerr *err)
{
	sqlite3 *src = NULL;
	if (sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		int rc = gerr_set(err, GERR_DB, NULL, _("Cannot read %s: %s"), path, sqlite3_errmsg(src));
		sqlite3_close(src);
		return rc;
	}
	sqlite3_backup *b = sqlite3_backup_init(db->h, "main", src, "main");
	int rc = GERR_OK;
	if (!b) {
		rc = db_fail(db, err);
	} else {
		int step = sqlite3_backup_step(b, -1);
		sqlite3_backup_finish(b);
		if (step != SQLITE_DONE)
			rc = db_fail(db, err);
	}
	sqlite3_close(src);
	return rc;
}
