/* print KIND ID -o FILE.xlsx [--force]: one record as its paper document */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "report/docs.h"

#include <stdio.h>
#include <stdlib.h>

static int print_exec(struct cli *c, const struct cmd_args *a)
{
	const char *out = cmd_value(a, "output");
	if (a->argc != 2)
		return cli_usage("print", "%s", _("Give the kind of document and the record's number."));
	const struct doc_kind *k = doc_find(a->argv[0]);
	if (!k)
		return cli_usage("print",
		                 _("There is no document \"%s\": complaint, event, delivery, "
		                   "recall-notice, training-roster, training-record or install."),
		                 a->argv[0]);
	char *end;
	long long id = strtoll(a->argv[1], &end, 10);
	if (*end || id <= 0)
		return cli_usage("print", _("The record's number is a whole number, not \"%s\"."),
		                 a->argv[1]);
	if (!out)
		return cli_usage("print", "%s", _("Name the workbook to write with -o FILE.xlsx."));
	struct gerr err = { 0 };
	if (cli_login(c, &err) || doc_print(&c->s, k, (int64_t)id, out, cmd_flag(a, "force"), &err))
		return cli_fail(&err);
	fprintf(stderr, _("Wrote %s.\n"), out);
	return 0;
}

static const struct cmd_option print_options[] = {
	{ "output", 'o', "FILE.xlsx", N_("the workbook to write") },
	{ "force", 0, NULL, N_("write over a workbook that is already there") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_print_entry = {
	.name = "print",
	.summary = N_("write one record as its paper document, one A4 page with signature lines"),
	.subs = (const struct cmd_sub[]){
		{ NULL,
		  "complaint|event|delivery|recall-notice|training-roster|training-record|install"
		  " ID -o FILE.xlsx [--force]",
		  print_options, print_exec },
		{ 0 },
	},
};
