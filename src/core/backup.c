#include "config.h"
#include "core/backup.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_backup.h"
#include "db/db_check.h"
#include "db/db_settings.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Opens the file at path as a database of its own and checks it. */
static int check_file(const char *path,
                      void (*finding)(void *ud, const struct check_finding *f), void *ud,
                      struct check_summary *sum, struct gerr *err)
{
	struct session b;
	int rc = session_open(&b, path, SESSION_EXISTING, err);
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

/* The backup's bytes into a new private file beside the database (its
 * disk, its permissions): checking and migrating happen there, never in
 * the backup. */
static int copy_private(const char *path, const char *db_file, char **copy, struct gerr *err)
{
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "%s.restore-XXXXXX", db_file);
	int in = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (in < 0 || fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
		int rc = gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), path,
		                  in < 0 ? strerror(errno) : _("not a regular file"));
		if (in >= 0)
			close(in);
		sb_free(&name);
		return rc;
	}
	int out = mkstemp(name.s); /* 0600, created exclusively */
	int rc = GERR_OK;
	if (out < 0)
		rc = gerr_set(err, GERR_DB, NULL, _("Cannot create %s: %s"), sb_str(&name), strerror(errno));
	char buf[65536];
	ssize_t n = 0;
	while (rc == GERR_OK && (n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n)
			rc = gerr_set(err, GERR_DB, NULL, _("Cannot write %s: %s"), sb_str(&name), strerror(errno));
	if (rc == GERR_OK && n < 0)
		rc = gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), path, strerror(errno));
	if (rc == GERR_OK && fsync(out) != 0)
		rc = gerr_set(err, GERR_DB, NULL, _("Cannot write %s: %s"), sb_str(&name), strerror(errno));
	close(in);
	if (out >= 0)
		close(out);
	if (rc && out >= 0)
		unlink(sb_str(&name));
	if (rc)
		sb_free(&name);
	else
		*copy = sb_steal(&name);
	return rc;
}

static int records_missing(struct session *s, const char *copy, int64_t *missing,
                           struct gerr *err)
{
	int n;
	const struct form *const *all = forms_all(&n);
	const char **tables = xcalloc((size_t)n + 1, sizeof *tables);
	for (int i = 0; i < n; i++)
		tables[i] = all[i]->name;
	int rc = db_records_missing(s->db, copy, tables, n, missing, err);
	free(tables);
	return rc;
}

int backup_restore_prepare(struct session *s, const char *path, bool other_office,
                           struct restore_plan *plan,
                           void (*finding)(void *ud, const struct check_finding *f), void *ud,
                           struct check_summary *sum, struct gerr *err)
{
	memset(plan, 0, sizeof *plan);
	memset(sum, 0, sizeof *sum);
	int rc = perm_check(s->user.role, NULL, PERM_USERS, err);
	if (rc || (rc = copy_private(path, db_path(s->db), &plan->copy, err)) != GERR_OK)
		return rc;
	plan->path = xstrdup(path);
	/* read before the check migrates the copy, which would give it an id */
	if ((rc = db_file_office(plan->copy, &plan->office, err)) == GERR_OK &&
	    (rc = check_file(plan->copy, finding, ud, sum, err)) == GERR_OK && sum->findings)
		rc = gerr_set(err, GERR_INPUT, NULL,
		              _("The backup %s has problems (listed above): nothing was restored."), path);
	if (rc == GERR_OK)
		rc = db_setting_get(s->db, "office_id", &plan->here, err);
	plan->other_office = plan->office && plan->here && strcmp(plan->office, plan->here) != 0;
	if (rc == GERR_OK && plan->other_office && !other_office)
		rc = gerr_set(err, GERR_INPUT, "office",
		              _("The backup %s is of another office (%s; this one is %s): nothing was restored. To restore it all the same, give --other-office."),
		              path, plan->office, plan->here);
	if (rc == GERR_OK)
		rc = records_missing(s, plan->copy, &plan->missing, err);
	if (rc)
		backup_restore_free(plan);
	return rc;
}

/* In the restored database: its office (a backup from before office ids
 * keeps this office's) and the restore's own audit row. */
static int audit_restore(struct session *s, const struct restore_plan *plan,
                         const char *replaced_head, struct gerr *err)
{
	char missing[24], head[CHAIN_HEAD_TEXT];
	snprintf(missing, sizeof missing, "%" PRId64, plan->missing);
	/* the chain heads of the replaced database and of the backup (the
	 * restored one's before this row), for check --against either */
	int rc = check_head_text(s, head, err);
	if (rc)
		return rc;
	struct audit_change c[4] = {
		{ "file", NULL, plan->path },
		{ "missing", NULL, missing },
		{ "office_id", plan->here, plan->office ? plan->office : plan->here },
		{ "chain_head", (char *)replaced_head, head },
	};
	rc = db_begin(s->db, err);
	if (rc)
		return rc;
	if (!plan->office && plan->here)
		rc = db_setting_set(s->db, "office_id", plan->here, err);
	if (rc == GERR_OK)
		rc = db_audit_add(s->db, s->user.name, "database", 0, "restore", c, 4, NULL, err);
	return db_end(s->db, rc, err);
}

int backup_restore_commit(struct session *s, const struct restore_plan *plan, char **kept,
                          struct gerr *err)
{
	*kept = NULL;
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "%s.before-restore-%04d%02d%02d-%02d%02d", db_path(s->db), s->now.date.y,
	        s->now.date.m, s->now.date.d, s->now.hh, s->now.mm);
	char replaced[CHAIN_HEAD_TEXT];
	int rc;
	if ((rc = check_head_text(s, replaced, err)) == GERR_OK &&
	    (rc = db_copy_to(s->db, sb_str(&name), err)) == GERR_OK &&
	    (rc = db_replace_from(s->db, plan->copy, err)) == GERR_OK) {
		*kept = sb_steal(&name);
		return audit_restore(s, plan, replaced, err);
	}
	sb_free(&name);
	return rc;
}

void backup_restore_free(struct restore_plan *plan)
{
	if (plan->copy) {
		static const char *const companions[] = { "-wal", "-shm", "-journal" };
		for (size_t i = 0; i < sizeof companions / sizeof companions[0]; i++) {
			struct strbuf b = STRBUF_INIT;
			sb_addf(&b, "%s%s", plan->copy, companions[i]);
			unlink(sb_str(&b));
			sb_free(&b);
		}
		unlink(plan->copy);
	}
	free(plan->copy);
	free(plan->path);
	free(plan->office);
	free(plan->here);
	memset(plan, 0, sizeof *plan);
}
