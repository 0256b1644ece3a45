/* print KIND ID -o FILE.xlsx [--force]: one record as its paper document */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "report/docs.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

int cmd_print(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	const char *out = NULL;
	bool force = false;
	int opt;
	while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 'F': force = true; break;
		default: return cli_usage("print", _("unknown option %s"), argv[optind - 1]);
		}
	}
	if (optind + 2 != argc)
		return cli_usage("print", "%s", _("Give the kind of document and the record's number."));
	const struct doc_kind *k = doc_find(argv[optind]);
	if (!k)
		return cli_usage("print", _("There is no document \"%s\": complaint or event."), argv[optind]);
	char *end;
	long long id = strtoll(argv[optind + 1], &end, 10);
	if (*end || id <= 0)
		return cli_usage("print", _("The record's number is a whole number, not \"%s\"."),
		                 argv[optind + 1]);
	if (!out)
		return cli_usage("print", "%s", _("Name the workbook to write with -o FILE.xlsx."));
	struct gerr err = { 0 };
	if (cli_login(c, &err) || doc_print(&c->s, k, (int64_t)id, out, force, &err))
		return cli_fail(&err);
	fprintf(stderr, _("Wrote %s.\n"), out);
	return 0;
}
