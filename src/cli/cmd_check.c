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

static int check_exec(struct cli *c, const struct cmd_args *a)
{
	bool full = cmd_flag(a, "full");
	const char *against = cmd_value(a, "against");
	if (a->argc || (cmd_flag(a, "head") && (full || against)))
		return cli_usage("check", NULL);
	if (cmd_flag(a, "head"))
		return print_head(c);
	struct gerr err = { 0 };
	struct check_summary sum;
	struct chain_head anchor;
	if ((against && check_anchor_read(against, &anchor, &err)) || cli_login(c, &err) ||
	    check_against(&c->s, against ? &anchor : NULL, full, print_finding, NULL, &sum, &err))
		return cli_fail(&err);
	return cli_check_report(&sum);
}

static const struct cmd_option check_options[] = {
	{ "full", 0, NULL, N_("SQLite's full integrity check, which also compares every index with its table (slower)") },
	{ "against", 0, "BACKUP|FILE.head", N_("the audit chain must hold the head this file names (a backup or FILE.head)") },
	{ "head", 0, NULL, N_("print the audit chain head (ID HASH) to keep outside the file") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.summary = N_("check the database, the audit chain and every record against its audit rows"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--full] [--against BACKUP|FILE.head]\n--head", check_options, check_exec },
		{ 0 },
	},
};
