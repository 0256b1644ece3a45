/* backup FILE | restore [--other-office] FILE */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/backup.h"
#include "base/i18n.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static void print_finding(void *ud, const struct check_finding *f)
{
	(void)ud;
	out_line(stdout, f->text, false);
}

static int backup_exec(struct cli *c, const struct cmd_args *a)
{
	if (a->argc != 1)
		return cli_usage("backup", NULL);
	const char *path = a->argv[0];
	struct gerr err = { 0 };
	struct check_summary sum;
	char head[CHAIN_HEAD_TEXT];
	if (cli_open(c, SESSION_EXISTING, &err) ||
	    backup_make(&c->s, path, head, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	int rc = cli_check_report(&sum);
	if (rc == 0)
		printf(_("The backup %s is made and checked. Its audit chain head, kept in %s.head: %s\n"),
		       path, path, head);
	return rc;
}

static int restore_exec(struct cli *c, const struct cmd_args *a)
{
	bool other_office = cmd_flag(a, "other-office");
	if (a->argc != 1)
		return cli_usage("restore", NULL);
	const char *path = a->argv[0];
	struct gerr err = { 0 };
	struct check_summary sum;
	struct restore_plan plan;
	char *kept = NULL;
	if (cli_login(c, &err) ||
	    backup_restore_prepare(&c->s, path, other_office, &plan, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	int rc = backup_restore_commit(&c->s, &plan, &kept, &err);
	if (kept)
		printf(_("Restored from %s. The database it replaced is kept as %s.\n"), path, kept);
	if (kept && plan.missing)
		printf(_("Records of the replaced database that are not in the backup: %" PRId64 "; they are kept in %s.\n"),
		       plan.missing, kept);
	backup_restore_free(&plan);
	free(kept);
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option restore_options[] = {
	{ "other-office", 0, NULL, N_("allow a backup of another office") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_backup_entry = {
	.name = "backup",
	.summary = N_("copy the database to a new FILE while others work, and check the copy"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FILE", NULL, backup_exec },
		{ 0 },
	},
};

const struct cmd_entry cmd_restore_entry = {
	.name = "restore",
	.summary = N_("replace the database with a checked backup, keeping the old one beside it"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--other-office] FILE", restore_options, restore_exec },
		{ 0 },
	},
};
