/* check: the database whole, the audit chain unbroken, every record as its
 * audit rows say. Exit 5 when anything is found, so cron can mail it. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/check.h"
#include "core/i18n.h"

#include <inttypes.h>
#include <stdio.h>

static void print_finding(void *ud, const struct check_finding *f)
{
	(void)ud;
	out_line(stdout, f->text, false);
}

int cli_check_report(const struct check_summary *sum)
{
	if (sum->findings == 0) {
		printf(_("No problems: the database is whole, %" PRId64 " audit rows chain correctly and %" PRId64 " records match them.\n"),
		       sum->audit_rows, sum->records);
		return 0;
	}
	fprintf(stderr, _("gspdesk: check found problems: %d, listed above.\n"), sum->findings);
	return CLI_CHECK_FINDINGS;
}

int cmd_check(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc != 1)
		return cli_usage("check", NULL);
	struct gerr err = { 0 };
	struct check_summary sum;
	if (cli_login(c, &err) || check_database(&c->s, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	return cli_check_report(&sum);
}
