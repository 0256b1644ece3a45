/* Copies of the database file: a consistent snapshot taken while other
 * terminals keep working, and a restore into the open database. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_backup.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdlib.h>
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

/* file:PATH?mode=ro&immutable=1: SQLite neither writes the file nor makes
 * -wal/-shm beside it. */
static char *readonly_uri(const char *path)
{
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "file:");
	/* '?' and '#' would end the path part of the URI, '%' starts an escape */
	for (const char *p = path; *p; p++) {
		if (*p == '?' || *p == '#' || *p == '%')
			sb_addf(&b, "%%%02X", (unsigned char)*p);
		else
			sb_addc(&b, *p);
	}
	sb_add(&b, "?mode=ro&immutable=1");
	return sb_steal(&b);
}

int db_file_office(const char *path, char **office, struct gerr *err)
{
	*office = NULL;
	sqlite3 *h = NULL;
	char *uri = readonly_uri(path);
	int rc = GERR_OK;
	sqlite3_stmt *st = NULL;
	if (sqlite3_open_v2(uri, &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT value FROM settings WHERE key = 'office_id'", -1, &st,
	                       NULL) != SQLITE_OK) {
		rc = gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), path, sqlite3_errmsg(h));
	} else if (sqlite3_step(st) == SQLITE_ROW) {
		*office = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	free(uri);
	return rc;
}

int db_records_missing(struct db *db, const char *path, const char *const *tables, int ntables,
                       int64_t *count, struct gerr *err)
{
	*count = 0;
	char *uri = readonly_uri(path);
	sqlite3_stmt *st;
	int rc = db_prepare(db, "ATTACH ? AS restored", &st, err);
	if (rc == GERR_OK) {
		sqlite3_bind_text(st, 1, uri, -1, SQLITE_TRANSIENT);
		rc = db_step_done(db, st, sqlite3_step(st), err);
	}
	free(uri);
	if (rc)
		return rc;
	for (int i = 0; rc == GERR_OK && i < ntables; i++) {
		/* table names are the forms' own constants, never user text */
		char *sql = sqlite3_mprintf("SELECT count(*) FROM main.\"%w\" WHERE id NOT IN"
		                            " (SELECT id FROM restored.\"%w\")", tables[i], tables[i]);
		if ((rc = db_prepare(db, sql, &st, err)) == GERR_OK) {
			int step = sqlite3_step(st);
			if (step == SQLITE_ROW)
				*count += sqlite3_column_int64(st, 0);
			rc = db_step_done(db, st, step == SQLITE_ROW ? SQLITE_DONE : step, err);
		}
		sqlite3_free(sql);
	}
	struct gerr ignored;
	db_exec(db, "DETACH restored", rc ? &ignored : err);
	return rc;
}
