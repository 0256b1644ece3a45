/* report [NAME [--year Y | --from D --until D] -o FILE.xlsx [--force]] */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "report/report.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static int list_reports(void)
{
	int n;
	const struct report *const *all = reports_all(&n);
	const char *headers[] = { _("Report"), _("Title"), _("Period") };
	struct table *t = table_new(3, headers);
	for (int i = 0; i < n; i++) {
		char **cells = xcalloc(3, sizeof *cells);
		cells[0] = xstrdup(all[i]->name);
		cells[1] = xstrdup(_(all[i]->title));
		cells[2] = xstrdup(all[i]->yearly ? "--year Y" : "--from D --until D");
		table_add(t, cells);
	}
	table_print(t, stdout);
	table_free(t);
	return 0;
}

int cmd_report(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "from", required_argument, NULL, 'f' },
		{ "until", required_argument, NULL, 'u' },
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	const char *year = NULL, *from = NULL, *until = NULL, *out = NULL;
	bool force = false;
	int opt;
	while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'y': year = optarg; break;
		case 'f': from = optarg; break;
		case 'u': until = optarg; break;
		case 'o': out = optarg; break;
		case 'F': force = true; break;
		default: return cli_usage("report", _("unknown option %s"), argv[optind - 1]);
		}
	}
	struct gerr err = { 0 };
	if (optind >= argc) {
		if (cli_login(c, &err))
			return cli_fail(&err);
		return list_reports();
	}
	const struct report *r = report_find(argv[optind]);
	if (!r)
		return cli_usage("report", _("There is no report \"%s\". See: gspdesk report"), argv[optind]);
	if (optind + 1 < argc)
		return cli_usage("report", _("unexpected word \"%s\""), argv[optind + 1]);
	if (!out)
		return cli_usage("report", "%s", _("Name the workbook to write with -o FILE.xlsx."));
	struct report_period p;
	int rc;
	if (year && !from && !until) {
		char *end;
		long y = strtol(year, &end, 10);
		rc = *end ? gerr_set(&err, GERR_USAGE, "year", _("--year takes a year such as 2026, not \"%s\""), year)
		          : report_period_year(&p, (int)y, &err);
	} else if (!year && (from || until)) {
		rc = report_period_range(&p, from, until, &err);
	} else {
		rc = gerr_set(&err, GERR_USAGE, NULL, "%s", _("Give either --year Y or --from DATE --until DATE."));
	}
	if (rc == GERR_USAGE)
		return cli_usage("report", "%s", err.msg);
	if (rc || (rc = cli_login(c, &err)) || (rc = report_run(&c->s, r, &p, out, force, &err)))
		return cli_fail(&err);
	fprintf(stderr, _("Wrote %s.\n"), out);
	return 0;
}
