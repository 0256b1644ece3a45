/* backup FILE | restore [--other-office] FILE */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/backup.h"
#include "base/i18n.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static void print_finding(void *ud, const struct check_finding *f)
{
	(void)ud;
	out_line(stdout, f->text, false);
}

int cmd_backup(struct cli *c, int argc, char **argv)
{
	if (argc != 2 || argv[1][0] == '-')
		return cli_usage("backup", NULL);
	struct gerr err = { 0 };
	struct check_summary sum;
	char head[CHAIN_HEAD_TEXT];
	if (cli_open(c, SESSION_EXISTING, &err) ||
	    backup_make(&c->s, argv[1], head, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	int rc = cli_check_report(&sum);
	if (rc == 0)
		printf(_("The backup %s is made and checked. Its audit chain head, kept in %s.head: %s\n"),
		       argv[1], argv[1], head);
	return rc;
}

int cmd_restore(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "other-office", no_argument, NULL, 'O' },
		{ NULL, 0, NULL, 0 },
	};
	bool other_office = false;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt != 'O')
			return cli_usage("restore", NULL);
		other_office = true;
	}
	if (argc - optind != 1)
		return cli_usage("restore", NULL);
	const char *path = argv[optind];
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
