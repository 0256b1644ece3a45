#include "config.h"
#include "base/outfile.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

bool outfile_is_sqlite(const char *path)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return false;
	char head[16];
	bool yes = read(fd, head, sizeof head) == (ssize_t)sizeof head &&
	           memcmp(head, "SQLite format 3", 16) == 0;
	close(fd);
	return yes;
}

int outfile_failed(const char *path, int sys, struct gerr *err)
{
	if (sys == ENOSPC || sys == EDQUOT)
		return gerr_set(err, GERR_INPUT, "output",
		                _("The disk is full: %s was not written. Free some space and try again."), path);
	return gerr_set(err, GERR_INPUT, "output", _("Cannot write %s: %s"), path, strerror(sys));
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
}

static const char *base_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static const char *const db_files[] = { "", "-wal", "-shm", "-journal" };
#define NDB_FILES (sizeof db_files / sizeof db_files[0])

/* The target is the database or one of its companions, by name (resolved
 * folder) or by inode (a hard link). */
static bool is_database(const char *path, const struct stat *st, const char *db_path)
{
	if (!db_path)
		return false;
	char *dbreal = realpath(db_path, NULL);
	char *dir = dir_of(path);
	char *dirreal = realpath(dir, NULL);
	bool yes = false;
	for (size_t i = 0; dbreal && !yes && i < NDB_FILES; i++) {
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		sb_addf(&a, "%s%s", dbreal, db_files[i]);
		sb_addf(&b, "%s/%s", dirreal ? dirreal : "", base_of(path));
		struct stat ds;
		yes = (dirreal && strcmp(sb_str(&a), sb_str(&b)) == 0) ||
		      (st && stat(sb_str(&a), &ds) == 0 && ds.st_dev == st->st_dev &&
		       ds.st_ino == st->st_ino);
		sb_free(&a);
		sb_free(&b);
	}
	free(dbreal);
	free(dirreal);
	free(dir);
	return yes;
}

static int check_target(const char *path, bool force, const char *db_path, struct gerr *err)
{
	struct stat st;
	if (*base_of(path) == '\0' || strcmp(base_of(path), ".") == 0 ||
	    strcmp(base_of(path), "..") == 0)
		return gerr_set(err, GERR_INPUT, "output", _("%s names a folder, not a file."), path);
	bool exists = lstat(path, &st) == 0;
	if (!exists && errno != ENOENT)
		return outfile_failed(path, errno, err);
	if (exists && S_ISLNK(st.st_mode))
		return gerr_set(err, GERR_INPUT, "output",
		                _("%s is a symbolic link: a report or export never writes through one."), path);
	if (is_database(path, exists ? &st : NULL, db_path))
		return gerr_set(err, GERR_INPUT, "output",
		                _("%s is the database or one of its files: choose another name."), path);
	if (exists && !S_ISREG(st.st_mode))
		return gerr_set(err, GERR_INPUT, "output", _("%s is not a regular file."), path);
	if (exists && outfile_is_sqlite(path))
		return gerr_set(err, GERR_INPUT, "output",
		                _("%s is a SQLite database: a report or export never replaces one."), path);
	if (exists && !force)
		return gerr_set(err, GERR_INPUT, "output",
		                _("%s exists already: choose another name, or --force to replace it."), path);
	return GERR_OK;
}

/* Empties and removes the private folder name in dirfd (one level: only
 * this module writes there). */
static void remove_private(int dirfd, const char *name)
{
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return;
	}
	struct dirent *e;
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			unlinkat(fd, e->d_name, 0);
	closedir(d);
	unlinkat(dirfd, name, AT_REMOVEDIR);
}

/* Private folders ".NAME.part.PID.XXXXXX" of ours whose process is gone
 * (killed mid-report): removed, so no half-written copy lingers. */
static void sweep_stale(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	size_t n = strlen(prefix);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, prefix, n) != 0)
			continue;
		char *end;
		long pid = strtol(e->d_name + n, &end, 10);
		struct stat st;
		if (end == e->d_name + n || *end != '.' || strlen(end + 1) != 6 || pid <= 0 ||
		    pid > INT_MAX || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
		    !S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		remove_private(dirfd(d), e->d_name);
	}
	closedir(d);
}

static void outfile_free(struct outfile *o)
{
	free(o->path);
	free(o->dir);
	free(o->tmp);
	o->path = o->dir = o->tmp = NULL;
}

int outfile_begin(struct outfile *o, const char *path, bool force, const char *db_path,
                  struct gerr *err)
{
	memset(o, 0, sizeof *o);
	int rc = check_target(path, force, db_path, err);
	if (rc)
		return rc;
	char *dir = dir_of(path);
	struct strbuf prefix = STRBUF_INIT, tmpl = STRBUF_INIT;
	sb_addf(&prefix, ".%s.part.", base_of(path));
	sweep_stale(dir, sb_str(&prefix));
	sb_addf(&tmpl, "%s/%s%ld.XXXXXX", dir, sb_str(&prefix), (long)getpid());
	free(dir);
	sb_free(&prefix);
	if (!mkdtemp(tmpl.s)) {
		rc = outfile_failed(path, errno, err);
		sb_free(&tmpl);
		return rc;
	}
	o->path = xstrdup(path);
	o->dir = sb_steal(&tmpl);
	struct strbuf tmp = STRBUF_INIT;
	sb_addf(&tmp, "%s/%s", o->dir, base_of(path));
	o->tmp = sb_steal(&tmp);
	o->db_path = db_path;
	return GERR_OK;
}

FILE *outfile_stream(struct outfile *o, struct gerr *err)
{
	int fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
	if (!f) {
		outfile_failed(o->path, errno, err);
		if (fd >= 0)
			close(fd);
	}
	return f;
}

int outfile_commit(struct outfile *o, bool force, struct gerr *err)
{
	int fd = open(o->tmp, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	int rc = GERR_OK;
	if (fd < 0 || fchmod(fd, 0600) != 0 || fsync(fd) != 0)
		rc = outfile_failed(o->path, errno, err);
	if (fd >= 0)
		close(fd);
	if (rc == GERR_OK)
		rc = check_target(o->path, force, o->db_path, err);
	if (rc == GERR_OK && rename(o->tmp, o->path) != 0)
		rc = outfile_failed(o->path, errno, err);
	if (rc) {
		outfile_abort(o);
		return rc;
	}
	rmdir(o->dir);
	outfile_free(o);
	return GERR_OK;
}

void outfile_abort(struct outfile *o)
{
	if (o->tmp)
		unlink(o->tmp);
	if (o->dir)
		rmdir(o->dir);
	outfile_free(o);
}
