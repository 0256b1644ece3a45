/* The menu's database tools: check and backup for the roles that may
 * check the database, restore for the administrator. Restore writes the
 * backup's content into the open database through SQLite, so the program
 * goes on with it — after logging in again, since the accounts are the
 * backup's. */
#include "config.h"
#include "ui/ui.h"
#include "core/backup.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

struct lines {
	char **v;
	int n;
};

static void collect(void *ud, const struct check_finding *f)
{
	struct lines *l = ud;
	l->v = xrealloc(l->v, sizeof *l->v * (size_t)(l->n + 1));
	l->v[l->n++] = xstrdup(f->text);
}

/* The summary on the status line; the problems, if any, in a list. */
static void show_result(struct ui *ui, int rc, const struct gerr *err, struct lines *l,
                        const struct check_summary *sum, const char *done)
{
	if (rc) {
		ui_message(ui, R_ERROR, "%s", err->msg);
	} else if (l->n == 0) {
		ui_message(ui, R_HINT, _("%s No problems: %" PRId64 " audit rows, %" PRId64 " records checked."),
		           done, sum->audit_rows, sum->records);
	} else {
		char title[128];
		snprintf(title, sizeof title, _(" Problems found: %d "), l->n);
		ui->message[0] = '\0'; /* no "Checking..." under the list */
		ui_choose(ui, title, (const char *const *)l->v, l->n, 0);
		ui_message(ui, R_ERROR, _("Problems found: %d. Tell the quality manager."), l->n);
	}
	for (int i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

void screen_check(struct ui *ui)
{
	struct lines l = { NULL, 0 };
	struct check_summary sum = { 0 };
	struct gerr err = { 0 };
	ui_busy(ui, _("Check the database"), _("Checking the database..."));
	int rc = check_database(&ui->s, collect, &l, &sum, &err);
	show_result(ui, rc, &err, &l, &sum, "");
}

void screen_backup(struct ui *ui)
{
	char initial[600], *path = NULL;
	/* named by the computer's clock at the press, as the file's own time
	 * will be: not the session's, read at the login hours ago */
	struct ymdhm now;
	clock_now(&now);
	snprintf(initial, sizeof initial, "%s.backup-%04d%02d%02d-%02d%02d", db_path(ui->s.db),
	         now.date.y, now.date.m, now.date.d, now.hh, now.mm);
	if (!ui_prompt(ui, _("Back up to the new file:"), initial, &path))
		return;
	struct lines l = { NULL, 0 };
	struct check_summary sum = { 0 };
	struct gerr err = { 0 };
	char head[CHAIN_HEAD_TEXT] = "";
	ui_busy(ui, _("Back up the database"), _("Backing up..."));
	int rc = backup_make(&ui->s, path, head, collect, &l, &sum, &err);
	char done[700];
	/* the head is in FILE.head beside the copy */
	snprintf(done, sizeof done, _("Backed up to %s."), path);
	show_result(ui, rc, &err, &l, &sum, done);
	free(path);
}

void screen_restore(struct ui *ui)
{
	char *path = NULL;
	if (!ui_prompt(ui, _("Restore from the backup file:"), "", &path))
		return;
	struct lines l = { NULL, 0 };
	struct check_summary sum = { 0 };
	struct gerr err = { 0 };
	struct restore_plan plan;
	ui_busy(ui, _("Restore from a backup"), _("Checking the backup..."));
	int rc = backup_restore_prepare(&ui->s, path, false, &plan, collect, &l, &sum, &err);
	if (rc) {
		show_result(ui, rc, &err, &l, &sum, "");
		free(path);
		return;
	}
	ui->message[0] = '\0'; /* checked: the question follows */
	char ask[600];
	snprintf(ask, sizeof ask,
	         _("Records of this database that are not in the backup: %" PRId64 ". Replace everything in it with the backup? The current one is kept beside it."),
	         plan.missing);
	if (!ui_confirm(ui, ask)) {
		backup_restore_free(&plan);
		free(l.v); /* a backup with findings stops at prepare */
		free(path);
		return;
	}
	char *kept = NULL;
	rc = backup_restore_commit(&ui->s, &plan, &kept, &err);
	char done[900];
	snprintf(done, sizeof done, _("Restored from %s; the replaced database is %s."), path,
	         kept ? kept : "");
	show_result(ui, rc, &err, &l, &sum, done);
	backup_restore_free(&plan);
	free(kept);
	free(path);
	if (rc == GERR_OK) {
		char keep[sizeof ui->message];
		snprintf(keep, sizeof keep, "%s", ui->message);
		/* the restored database has its own accounts: log in anew */
		session_forget_user(&ui->s);
		if (ui_login_again(ui))
			ui_message(ui, R_HINT, "%s", keep);
	}
}
