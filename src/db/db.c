/* Opening, checking, upgrading and transactions. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_audit.h"
#include "db/db_list.h"
#include "base/i18n.h"
#include "base/pinyin.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int db_fail(struct db *db, struct gerr *err)
{
	int code = sqlite3_extended_errcode(db->h) & 0xff;
	const char *detail = sqlite3_errmsg(db->h);
	/* A full disk met while growing the WAL index (-shm) or syncing comes
	 * back as "disk I/O error"; the system's errno tells it apart. */
	int sys = sqlite3_system_errno(db->h);
	if (code == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT))
		code = SQLITE_FULL;
	switch (code) {
	case SQLITE_FULL:
		return gerr_set(err, GERR_DB, NULL, "%s",
		                _("The disk is full: nothing was saved. Free some space and try again."));
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return gerr_set(err, GERR_DB, NULL, "%s",
		                _("The database stayed busy with another terminal's work: nothing was saved. Try again."));
	case SQLITE_READONLY:
	case SQLITE_PERM:
	case SQLITE_CANTOPEN:
		return gerr_set(err, GERR_DB, NULL, _("Cannot write to the database %s: %s"),
		                db->path, detail);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return gerr_set(err, GERR_DB, NULL, _("The database %s is damaged: %s. Restore it from a backup."),
		                db->path, detail);
	default:
		return gerr_set(err, GERR_DB, NULL, _("Database error: %s"), detail);
	}
}

int db_step_done(struct db *db, sqlite3_stmt *st, int rc, struct gerr *err)
{
	/* the message is read before the reset, as the step left it */
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
}

void db_bind_period(sqlite3_stmt *st, const char *from, const char *until)
{
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
}

const char *db_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

const char *db_col_opt(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

char *db_col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? xstrdup((const char *)s) : NULL;
}

static sqlite3_stmt *cache_hit(struct db *db, int i, const char *sql)
{
	db->cache[i].from = sql;
	sqlite3_reset(db->cache[i].stmt);
	sqlite3_clear_bindings(db->cache[i].stmt);
	return db->cache[i].stmt;
}

/* The entry for sql that nobody is stepping, or -1. A busy one belongs to
 * a caller further up the stack (a row callback asking the same query):
 * resetting it would pull that caller's rows from under it. */
static int cache_find(const struct db *db, const char *sql)
{
	/* Most statements are string literals or texts built once, passed by
	 * the same pointer every time: try that entry first, confirmed by its
	 * text (a reused buffer may hold another), before comparing them all,
	 * many of which share long beginnings. */
	for (int i = 0; i < db->ncache; i++)
		if (db->cache[i].from == sql && !sqlite3_stmt_busy(db->cache[i].stmt) &&
		    strcmp(db->cache[i].sql, sql) == 0)
			return i;
	for (int i = 0; i < db->ncache; i++)
		if (!sqlite3_stmt_busy(db->cache[i].stmt) && strcmp(db->cache[i].sql, sql) == 0)
			return i;
	return -1;
}

/* Makes room for one more entry: past the capacity the oldest entry nobody
 * is stepping goes; when every entry is being stepped the cache grows
 * instead, since finalizing one would free a statement still in use. */
static void cache_make_room(struct db *db)
{
	if (db->ncache >= db->cache_cap) {
		for (int i = 0; i < db->ncache; i++) {
			if (sqlite3_stmt_busy(db->cache[i].stmt))
				continue;
			sqlite3_finalize(db->cache[i].stmt);
			free(db->cache[i].sql);
			memmove(&db->cache[i], &db->cache[i + 1], sizeof db->cache[0] * (size_t)(db->ncache - i - 1));
			db->ncache--;
			break;
		}
	}
	if (db->ncache == db->cache_alloc) {
		db->cache_alloc = db->cache_alloc ? 2 * db->cache_alloc : db->cache_cap;
		db->cache = xrealloc(db->cache, sizeof db->cache[0] * (size_t)db->cache_alloc);
	}
}

int db_prepare(struct db *db, const char *sql, sqlite3_stmt **out, struct gerr *err)
{
	int i = cache_find(db, sql);
	if (i >= 0) {
		*out = cache_hit(db, i, sql);
		return GERR_OK;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
		return db_fail(db, err);
	cache_make_room(db);
	db->cache[db->ncache].sql = xstrdup(sql);
	db->cache[db->ncache].from = sql;
	db->cache[db->ncache].stmt = st;
	db->ncache++;
	*out = st;
	return GERR_OK;
}

int db_exec(struct db *db, const char *sql, struct gerr *err)
{
	if (sqlite3_exec(db->h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(db, err);
	return GERR_OK;
}

static int pragma_int(struct db *db, const char *sql, int *out, struct gerr *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return db_fail(db, err);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int(st, 0);
		rc = GERR_OK;
	} else {
		rc = db_fail(db, err);
	}
	sqlite3_finalize(st);
	return rc;
}

int db_schema_version(struct db *db)
{
	int v = -1;
	pragma_int(db, "PRAGMA user_version", &v, NULL);
	return v;
}

int db_latest_version(void)
{
	return db_migration_count;
}

/* An outer transaction is BEGIN IMMEDIATE; one begun inside it (an import
 * or the demo data adding many records) is a savepoint, so the whole stays
 * all or nothing. */
/* A statement without rows, from the statement cache: an import opens and
 * releases a savepoint per line, and parsing those each time showed. */
static int db_step_cached(struct db *db, const char *sql, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	return db_step_done(db, st, sqlite3_step(st), err);
}

int db_begin(struct db *db, struct gerr *err)
{
	/* logins queued while another terminal wrote go in first */
	int rc = db->depth ? GERR_OK : db_login_fold(db, err);
	if (rc)
		return rc;
	rc = db->depth ? db_step_cached(db, "SAVEPOINT inner", err)
	               : db_exec(db, "BEGIN IMMEDIATE", err);
	if (rc == GERR_OK)
		db->depth++;
	return rc;
}

int db_commit(struct db *db, struct gerr *err)
{
	if (db->depth > 1) {
		db->depth--;
		return db_step_cached(db, "RELEASE inner", err);
	}
	if (sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = db_fail(db, err);
		db_rollback(db);
		return rc;
	}
	db->depth = 0;
	return GERR_OK;
}

void db_rollback(struct db *db)
{
	if (db->depth > 1) {
		db->depth--;
		sqlite3_exec(db->h, "ROLLBACK TO inner; RELEASE inner", NULL, NULL, NULL);
		return;
	}
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
	db->depth = 0;
}

int db_end(struct db *db, int rc, struct gerr *err)
{
	if (rc == GERR_OK)
		return db_commit(db, err);
	db_rollback(db);
	return rc;
}

/* The audit rows a migration asks for in temp.migrate_audit (see
 * the migration of issue 14), written through the chain as the action
 * "upgrade" by "upgrade" (the program, not a user: the record's version
 * and updated_by stay), then the table dropped. */
static int migrate_audit(struct db *db, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT count(*) FROM temp.sqlite_master WHERE name = 'migrate_audit'",
	                    &st, err);
	if (rc)
		return rc;
	int step = sqlite3_step(st);
	bool asked = step == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
	if ((rc = db_step_done(db, st, step, err)) != GERR_OK || !asked)
		return rc;
	if ((rc = db_prepare(db, "SELECT form, record_id, changes, reason FROM temp.migrate_audit"
	                         " ORDER BY rowid", &st, err)) != GERR_OK)
		return rc;
	while (rc == GERR_OK && (step = sqlite3_step(st)) == SQLITE_ROW)
		rc = db_audit_add_json(db, "upgrade", (const char *)sqlite3_column_text(st, 0),
		                       sqlite3_column_int64(st, 1), "upgrade",
		                       (const char *)sqlite3_column_text(st, 2),
		                       (const char *)sqlite3_column_text(st, 3), err);
	if (rc == GERR_OK)
		rc = db_step_done(db, st, step, err);
	else
		sqlite3_reset(st);
	return rc ? rc : db_exec(db, "DROP TABLE temp.migrate_audit", err);
}

/* text_key() for SQL: the migration that made the key columns fills them
 * with it. Records write their keys from C (db_record.c). */
static void sql_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const unsigned char *text = sqlite3_value_text(argv[0]);
	if (!text) {
		sqlite3_result_null(ctx);
		return;
	}
	sqlite3_result_text(ctx, text_key((const char *)text), -1, free);
}

void db_migration_functions(sqlite3 *h)
{
	sqlite3_create_function_v2(h, "gsp_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
	                           sql_key, NULL, NULL, NULL);
}

int db_migrate(struct db *db, int target, struct gerr *err)
{
	/* on every connection that runs them: check builds a fresh schema in
	 * memory to compare with */
	db_migration_functions(db->h);
	int rc = db_begin(db, err);
	if (rc)
		return rc;
	/* read inside the write lock: another terminal may have upgraded it */
	int version = db_schema_version(db);
	for (int v = version; v < target && v < db_migration_count; v++) {
		if ((rc = db_exec(db, db_migrations[v], err)) != GERR_OK) {
			db_rollback(db);
			return rc;
		}
	}
	if ((rc = migrate_audit(db, err)) != GERR_OK) {
		db_rollback(db);
		return rc;
	}
	if (version < target) {
		char sql[96];
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
		         GSPDESK_APPLICATION_ID, target);
		if ((rc = db_exec(db, sql, err)) != GERR_OK) {
			db_rollback(db);
			return rc;
		}
	}
	return db_commit(db, err);
}


/* mkdir -p for the directories above path, each private to the user. */
static int make_parents(const char *path, struct gerr *err)
{
	char *dir = xstrdup(path);
	int rc = GERR_OK;
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			rc = gerr_set(err, GERR_DB, NULL, _("Cannot create the folder %s: %s"), dir,
			              strerror(errno));
			break;
		}
		*p = '/';
	}
	free(dir);
	return rc;
}

/* A gspdesk database starts with SQLite's header; anything else is refused
 * before SQLite can touch it. An empty file is a new database. */
static int check_header(const char *path, bool *empty, struct gerr *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return gerr_set(err, GERR_DB, NULL, _("Cannot open the database %s: %s"), path,
		                strerror(errno));
	char head[16];
	ssize_t n = read(fd, head, sizeof head);
	close(fd);
	*empty = n == 0;
	if (n == 0)
		return GERR_OK;
	if (n != (ssize_t)sizeof head || memcmp(head, "SQLite format 3", 16) != 0)
		return gerr_set(err, GERR_DB, NULL,
		                _("%s is not a gspdesk database; it was left untouched."), path);
	return GERR_OK;
}

static int check_identity(struct db *db, struct gerr *err)
{
	int app = 0, version = 0, tables = 0, rc;
	if ((rc = pragma_int(db, "PRAGMA application_id", &app, err)) != GERR_OK ||
	    (rc = pragma_int(db, "PRAGMA user_version", &version, err)) != GERR_OK ||
	    (rc = pragma_int(db, "SELECT count(*) FROM sqlite_schema", &tables, err)) != GERR_OK)
		return rc;
	if (app == 0 && version == 0 && tables == 0)
		return GERR_OK; /* a new, empty SQLite file */
	if (app != GSPDESK_APPLICATION_ID)
		return gerr_set(err, GERR_DB, NULL,
		                _("%s is not a gspdesk database; it was left untouched."), db->path);
	if (version > db_migration_count)
		return gerr_set(err, GERR_DB, NULL,
		                _("%s was written by a newer gspdesk (schema %d; this program knows up to %d). Install the newer gspdesk; the file was left untouched."),
		                db->path, version, db_migration_count);
	return GERR_OK;
}

/* pinyin_match(name, query): a list search by pinyin initials (db_list.c) */
static void sql_pinyin_match(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *name = (const char *)sqlite3_value_text(argv[0]);
	const char *query = (const char *)sqlite3_value_text(argv[1]);
	sqlite3_result_int(c, name && query && pinyin_match(name, query));
}

/* pinyin_whole(name, query): a name named by its initials (db_ref_resolve) */
static void sql_pinyin_whole(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *name = (const char *)sqlite3_value_text(argv[0]);
	const char *query = (const char *)sqlite3_value_text(argv[1]);
	sqlite3_result_int(c, name && query && pinyin_is_initials(name, query));
}

int db_open(const char *path, enum db_open_mode mode, struct db **out, struct gerr *err)
{
	struct stat sb;
	bool exists = stat(path, &sb) == 0;
	*out = NULL;
	if (!exists) {
		if (mode == DB_OPEN_EXISTING)
			return gerr_set(err, GERR_DB, NULL,
			                _("There is no database at %s. Create one with: gspdesk init --admin NAME"),
			                path);
		int rc = make_parents(path, err);
		if (rc)
			return rc;
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return gerr_set(err, GERR_DB, NULL, _("Cannot create the database %s: %s"), path,
			                strerror(errno));
		if (fd >= 0)
			close(fd);
	} else if (!S_ISREG(sb.st_mode)) {
		return gerr_set(err, GERR_DB, NULL, _("%s is not a gspdesk database; it was left untouched."), path);
	}
	bool empty = false;
	int rc = check_header(path, &empty, err);
	if (rc)
		return rc;
	if (empty && mode == DB_OPEN_EXISTING)
		return gerr_set(err, GERR_DB, NULL,
		                _("The database %s is empty. Create it with: gspdesk init --admin NAME"), path);
	/* an empty file made by someone else's umask becomes the database:
	 * it will hold what the database holds, so only its owner may read it */
	if (empty && chmod(path, 0600) != 0)
		return gerr_set(err, GERR_DB, NULL, _("Cannot create the database %s: %s"), path,
		                strerror(errno));

	/* SQLite's memory statistics take a global lock on every allocation,
	 * and nothing reads them; possible only before SQLite starts */
	static bool configured;
	if (!configured) {
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = true;
	}
	struct db *db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	db->scan_steps = DB_SCAN_STEPS;
	db->cache_cap = DB_STMT_CACHE;
	if (sqlite3_open_v2(path, &db->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		rc = db_fail(db, err);
		db_close(db);
		return rc;
	}
	sqlite3_extended_result_codes(db->h, 1);
	sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);
	sqlite3_create_function(db->h, "pinyin_match", 2,
	                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
	                        sql_pinyin_match, NULL, NULL);
	sqlite3_create_function(db->h, "pinyin_whole", 2,
	                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
	                        sql_pinyin_whole, NULL, NULL);
	if ((rc = check_identity(db, err)) != GERR_OK ||
	    (rc = db_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
	                         " PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;", err)) != GERR_OK) {
		db_close(db);
		return rc;
	}
	if (db_schema_version(db) < db_migration_count &&
	    (rc = db_migrate(db, db_migration_count, err)) != GERR_OK) {
		db_close(db);
		return rc;
	}
	*out = db;
	return GERR_OK;
}

void db_bind_key(sqlite3_stmt *st, int i, const char *text)
{
	if (text)
		sqlite3_bind_text(st, i, text_key(text), -1, free);
	else
		sqlite3_bind_null(st, i);
}

void db_close(struct db *db)
{
	if (!db)
		return;
	for (int i = 0; i < db->ncache; i++) {
		sqlite3_finalize(db->cache[i].stmt);
		free(db->cache[i].sql);
	}
	free(db->cache);
	sqlite3_close(db->h);
	free(db->path);
	free(db);
}

const char *db_path(const struct db *db)
{
	return db->path;
}
