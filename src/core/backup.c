#include "config.h"
#include "core/backup.h"
#include "core/i18n.h"
#include "core/perm.h"
#include "core/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Opens the file at path as a database of its own and checks it. */
static int check_file(const char *path,
                      void (*finding)(void *ud, const struct check_finding *f), void *ud,
                      struct check_summary *sum, struct gerr *err)
{
	struct session b;
	int rc = session_open(&b, path, DB_OPEN_EXISTING, err);
	if (rc == GERR_OK)
		rc = check_run(&b, finding, ud, sum, err);
	session_close(&b);
	return rc;
}

/* FILE.head, made before the copy (a new file, like the copy): the
 * backup's chain head, a line `check --against` reads. */
static int head_open(const char *path, int *fd, struct gerr *err)
{
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "%s.head", path);
	*fd = open(sb_str(&name), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	int rc = GERR_OK;
	if (*fd < 0 && errno == EEXIST)
		rc = gerr_set(err, GERR_INPUT, NULL,
		              _("%s exists already: a backup never overwrites a file. Give a new name."),
		              sb_str(&name));
	else if (*fd < 0)
		rc = gerr_set(err, GERR_DB, NULL, _("Cannot create %s: %s"), sb_str(&name),
		              strerror(errno));
	sb_free(&name);
	return rc;
}

static int head_write(int fd, const char *path, const char *head, struct gerr *err)
{
	size_t n = strlen(head);
	if (write(fd, head, n) == (ssize_t)n && write(fd, "\n", 1) == 1 && fsync(fd) == 0)
		return GERR_OK;
	return gerr_set(err, GERR_DB, NULL, _("Cannot write %s.head: %s"), path, strerror(errno));
}

int backup_make(struct session *s, const char *path, char head[CHAIN_HEAD_TEXT],
                void (*finding)(void *ud, const struct check_finding *f), void *ud,
                struct check_summary *sum, struct gerr *err)
{
	struct chain_head h;
	int fd;
	int rc = head_open(path, &fd, err);
	if (rc)
		return rc;
	if ((rc = db_copy_to(s->db, path, err)) == GERR_OK &&
	    (rc = db_file_head(path, &h, err)) == GERR_OK) {
		chain_head_format(&h, head);
		rc = head_write(fd, path, head, err);
	}
	close(fd);
	if (rc) {
		struct strbuf name = STRBUF_INIT;
		sb_addf(&name, "%s.head", path);
		unlink(sb_str(&name));
		sb_free(&name);
		return rc;
	}
	return check_file(path, finding, ud, sum, err);
}

int backup_restore(struct session *s, const char *path, char **kept,
                   void (*finding)(void *ud, const struct check_finding *f), void *ud,
                   struct check_summary *sum, struct gerr *err)
{
	*kept = NULL;
	int rc = perm_check(s->user.role, NULL, PERM_USERS, err);
	if (rc || (rc = check_file(path, finding, ud, sum, err)) != GERR_OK)
		return rc;
	if (sum->findings)
		return gerr_set(err, GERR_INPUT, NULL,
		                _("The backup %s has problems (listed above): nothing was restored."), path);
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "%s.before-restore-%04d%02d%02d-%02d%02d", db_path(s->db), s->now.date.y,
	        s->now.date.m, s->now.date.d, s->now.hh, s->now.mm);
	if ((rc = db_copy_to(s->db, sb_str(&name), err)) == GERR_OK &&
	    (rc = db_replace_from(s->db, path, err)) == GERR_OK) {
		*kept = sb_steal(&name);
		return GERR_OK;
	}
	sb_free(&name);
	return rc;
}
