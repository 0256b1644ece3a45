/* check: the database whole, the audit chain unbroken, every record as its
 * audit rows say. Exit 5 when anything is found, so cron can mail it. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/check.h"
#include "base/i18n.h"
#include "core/perm.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

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

/* check --head: the line an office keeps outside the file. */
static int print_head(struct cli *c)
{
	struct gerr err = { 0 };
	char head[CHAIN_HEAD_TEXT];
	if (cli_login(c, &err) || perm_check(c->s.user.role, NULL, PERM_CHECK, &err) ||
	    check_head_text(&c->s, head, &err))
		return cli_fail(&err);
	printf("%s\n", head);
	return 0;
}

int cmd_check(struct cli *c, int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--head") == 0)
		return print_head(c);
	bool full = false;
	const char *against = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--full") == 0 && !full)
			full = true;
		else if (strcmp(argv[i], "--against") == 0 && !against && i + 1 < argc)
			against = argv[++i];
		else
			return cli_usage("check", NULL);
	}
	struct gerr err = { 0 };
	struct check_summary sum;
	struct chain_head anchor;
	if ((against && check_anchor_read(against, &anchor, &err)) || cli_login(c, &err) ||
	    check_against(&c->s, against ? &anchor : NULL, full, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	return cli_check_report(&sum);
}
