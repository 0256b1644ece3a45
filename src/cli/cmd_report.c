/* report [NAME [--year Y | --from D --until D | --as-of D] -o FILE.xlsx [--force]] */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "report/report.h"

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
		cells[2] = xstrdup(all[i]->as_of ? "[--as-of D]"
		                   : all[i]->yearly ? "--year Y" : "--from D --until D");
		table_add(t, cells);
	}
	table_print(t, stdout);
	table_free(t);
	return 0;
}

static int report_exec(struct cli *c, const struct cmd_args *a)
{
	const char *year = cmd_value(a, "year"), *from = cmd_value(a, "from"),
		   *until = cmd_value(a, "until"), *out = cmd_value(a, "output"),
		   *as_of = cmd_value(a, "as-of");
	bool force = cmd_flag(a, "force");
	struct gerr err = { 0 };
	if (!a->argc) {
		if (cli_login(c, &err))
			return cli_fail(&err);
		return list_reports();
	}
	const struct report *r = report_find(a->argv[0]);
	if (!r)
		return cli_usage("report", _("There is no report \"%s\". See: gspdesk report"), a->argv[0]);
	if (a->argc > 1)
		return cli_usage("report", _("unexpected word \"%s\""), a->argv[1]);
	if (!out)
		return cli_usage("report", "%s", _("Name the workbook to write with -o FILE.xlsx."));
	struct report_period p;
	int rc;
	if (r->as_of && (year || from || until)) {
		rc = gerr_set(&err, GERR_USAGE, NULL, _("The %s report is of one day: give --as-of DATE, or nothing for today."),
		              r->name);
	} else if (r->as_of) {
		/* without --as-of, today: the session's, known once logged in */
		rc = as_of ? report_period_day(&p, as_of, &err) : GERR_OK;
	} else if (as_of) {
		rc = gerr_set(&err, GERR_USAGE, "as-of", _("The %s report covers a period: give --year Y or --from DATE --until DATE."),
		              r->name);
	} else if (year && !from && !until) {
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
	if (rc == GERR_OK && (rc = cli_login(c, &err)) == GERR_OK && r->as_of && !as_of)
		rc = report_period_day(&p, c->s.today, &err);
	if (rc || (rc = report_run(&c->s, r, &p, out, force, &err)))
		return cli_fail(&err);
	fprintf(stderr, _("Wrote %s.\n"), out);
	return 0;
}

static const struct cmd_option report_options[] = {
	{ "year", 0, "Y", N_("a yearly report's year") },
	{ "from", 0, "DATE", N_("the first day of the period") },
	{ "until", 0, "DATE", N_("the last day of the period") },
	{ "as-of", 0, "DATE", N_("the day a report of one day is of (today when not given)") },
	{ "output", 'o', "FILE.xlsx", N_("the workbook to write") },
	{ "force", 0, NULL, N_("write over a workbook that is already there") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_report_entry = {
	.name = "report",
	.summary = N_("write a printed report as an Excel workbook; without a name, list them"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[NAME (--year Y | --from DATE --until DATE | [--as-of DATE]) -o FILE.xlsx [--force]]", report_options,
		  report_exec },
		{ 0 },
	},
};
