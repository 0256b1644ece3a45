/* backup FILE | restore FILE */
#include "config.h"
#include "cli/cli.h"
#include "core/backup.h"
#include "core/i18n.h"

#include <stdio.h>
#include <stdlib.h>

static void print_finding(void *ud, const struct check_finding *f)
{
	(void)ud;
	printf("%s\n", f->text);
}

int cmd_backup(struct cli *c, int argc, char **argv)
{
	if (argc != 2 || argv[1][0] == '-')
		return cli_usage("backup", NULL);
	struct gerr err = { 0 };
	struct check_summary sum;
	char head[CHAIN_HEAD_TEXT];
	if (cli_open(c, DB_OPEN_EXISTING, &err) ||
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
	if (argc != 2 || argv[1][0] == '-')
		return cli_usage("restore", NULL);
	struct gerr err = { 0 };
	struct check_summary sum;
	char *kept = NULL;
	if (cli_login(c, &err) ||
	    backup_restore(&c->s, argv[1], &kept, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	printf(_("Restored from %s. The database it replaced is kept as %s.\n"), argv[1], kept);
	free(kept);
	return 0;
}
