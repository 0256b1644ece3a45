/* A login recorded without waiting for another terminal's write: when the
 * write lock is taken, the row waits in DB-logins beside the database (one
 * JSON line each, 0600, appended under flock and synced) and the next
 * write, or the next login that gets the lock, moves it into the table.
 * A crash between that commit and emptying the file lists a login twice;
 * none is ever lost. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_login.h"
#include "base/i18n.h"
#include "base/json.h"
#include "base/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static void queue_path(const struct db *db, struct strbuf *b)
{
	sb_addf(b, "%s-logins", db->path);
}

static int queue_fail(const char *path, struct gerr *err)
{
	return gerr_set(err, GERR_DB, NULL, _("Cannot record the login in %s: %s"), path,
	                strerror(errno));
}

/* The file's bytes up to its last newline (a line cut by a crash is left out). */
static char *queue_read(int fd, size_t *len)
{
	struct stat sb;
	*len = 0;
	if (fstat(fd, &sb) != 0 || sb.st_size <= 0)
		return NULL;
	char *buf = xmalloc((size_t)sb.st_size + 1);
	ssize_t n = pread(fd, buf, (size_t)sb.st_size, 0);
	while (n > 0 && buf[n - 1] != '\n')
		n--;
	*len = n > 0 ? (size_t)n : 0;
	buf[*len] = '\0';
	return buf;
}

/* Only what db_login_note queues is taken: a login of a named user. */
static int queue_insert(struct db *db, char *lines, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "INSERT INTO logins (at, user, event, detail)"
	                        " SELECT ?1 ->> 0, ?1 ->> 1, 'login', ?1 ->> 3"
	                        " WHERE json_valid(?1) AND json_array_length(?1) = 4"
	                        " AND json_type(?1, '$[0]') = 'text' AND json_type(?1, '$[1]') = 'text'"
	                        " AND ?1 ->> 2 = 'login'", &st, err);
	for (char *line = lines, *end; rc == GERR_OK && (end = strchr(line, '\n')); line = end + 1) {
		*end = '\0';
		sqlite3_bind_text(st, 1, line, -1, SQLITE_TRANSIENT);
		rc = db_step_done(db, st, sqlite3_step(st), err);
	}
	return rc;
}

/* Inside the write transaction just begun: moves the queue into the
 * table, adds the caller's row if any, commits and empties the queue. */
static int fold_commit(struct db *db, const char *at, const char *user, const char *detail,
                       struct gerr *err)
{
	struct strbuf path = STRBUF_INIT;
	queue_path(db, &path);
	int fd = open(sb_str(&path), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
	int rc = GERR_OK;
	if (fd >= 0 && flock(fd, LOCK_EX) != 0)
		rc = queue_fail(sb_str(&path), err);
	size_t len = 0;
	char *lines = rc == GERR_OK && fd >= 0 ? queue_read(fd, &len) : NULL;
	if (lines)
		rc = queue_insert(db, lines, err);
	if (rc == GERR_OK && user)
		rc = db_login_add(db, at, user, "login", detail, err);
	rc = db_end(db, rc, err);
	if (rc == GERR_OK && len > 0 && ftruncate(fd, 0) != 0)
		rc = queue_fail(sb_str(&path), err);
	if (fd >= 0)
		close(fd);
	free(lines);
	sb_free(&path);
	return rc;
}

int db_login_fold(struct db *db, struct gerr *err)
{
	struct strbuf path = STRBUF_INIT;
	queue_path(db, &path);
	struct stat sb;
	bool pending = lstat(sb_str(&path), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0;
	sb_free(&path);
	if (!pending)
		return GERR_OK;
	int rc = db_exec(db, "BEGIN IMMEDIATE", err);
	if (rc)
		return rc;
	db->depth = 1;
	return fold_commit(db, NULL, NULL, NULL, err);
}

static int queue_append(struct db *db, const char *at, const char *user, const char *detail,
                        struct gerr *err)
{
	struct strbuf line = STRBUF_INIT, path = STRBUF_INIT;
	sb_addc(&line, '[');
	json_quote(&line, at);
	sb_addc(&line, ',');
	json_quote(&line, user);
	sb_add(&line, ",\"login\",");
	json_quote(&line, detail);
	sb_add(&line, "]\n");
	queue_path(db, &path);
	int rc = GERR_OK;
	int fd = open(sb_str(&path), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 || fchmod(fd, 0600) != 0 || flock(fd, LOCK_EX) != 0 ||
	    write(fd, sb_str(&line), line.len) != (ssize_t)line.len || fsync(fd) != 0)
		rc = queue_fail(sb_str(&path), err);
	if (fd >= 0)
		close(fd);
	sb_free(&line);
	sb_free(&path);
	return rc;
}

int db_login_note(struct db *db, const char *at, const char *user, const char *detail,
                  struct gerr *err)
{
	sqlite3_busy_timeout(db->h, 0);
	int rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	sqlite3_busy_timeout(db->h, BUSY_TIMEOUT_MS);
	if ((rc & 0xff) == SQLITE_BUSY)
		return queue_append(db, at, user, detail, err);
	if (rc != SQLITE_OK)
		return db_fail(db, err);
	db->depth = 1;
	return fold_commit(db, at, user, detail, err);
}
