/* The Reports menu: choose a report, give its period and the file to
 * write, see where it went. The work is report_run's, as on the command
 * line. */
#include "config.h"
#include "ui/ui.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>

/* Asks for the period the report takes; false when cancelled or refused. */
static bool ask_period(struct ui *ui, const struct report *r, struct report_period *p)
{
	struct gerr err = { 0 };
	char *a = NULL, *b = NULL;
	char year[8];
	snprintf(year, sizeof year, "%.4s", ui->s.today);
	int rc;
	if (r->as_of) {
		if (!ui_prompt(ui, _("As of date:"), ui->s.today, &a))
			return false;
		rc = report_period_day(p, a, &err);
	} else if (r->yearly) {
		if (!ui_prompt(ui, _("Year:"), year, &a))
			return false;
		char *end;
		long y = strtol(a, &end, 10);
		rc = *end || end == a ? gerr_set(&err, GERR_USAGE, "year", "%s", _("The year must be between 1900 and 2999."))
		                      : report_period_year(p, (int)y, &err);
	} else {
		char first[11];
		snprintf(first, sizeof first, "%.4s-01-01", ui->s.today);
		if (!ui_prompt(ui, _("From date:"), first, &a) ||
		    !ui_prompt(ui, _("Until date:"), ui->s.today, &b)) {
			free(a);
			return false;
		}
		rc = report_period_range(p, a, b, &err);
	}
	free(a);
	free(b);
	if (rc)
		ui_message(ui, R_ERROR, "%s", err.msg);
	return rc == GERR_OK;
}

static void run(struct ui *ui, const struct report *r)
{
	struct report_period p;
	if (!ask_period(ui, r, &p))
		return;
	/* a name with the plain period, whatever the language */
	struct strbuf name = STRBUF_INIT;
	if (p.year)
		sb_addf(&name, "%s-%d.xlsx", r->name, p.year);
	else if (r->as_of)
		sb_addf(&name, "%s-%s.xlsx", r->name, p.from);
	else
		sb_addf(&name, "%s-%s-%s.xlsx", r->name, p.from, p.until);
	char *path = NULL;
	bool force = false;
	bool ok = ui_ask_file(ui, sb_str(&name), &path, &force);
	sb_free(&name);
	if (!ok)
		return;
	ui_busy(ui, _("Reports"), _("Writing the report…"));
	struct gerr err = { 0 };
	ui_written(ui, report_run(&ui->s, r, &p, path, force, &err), &err, path);
	free(path);
}

void screen_reports(struct ui *ui)
{
	int n;
	const struct report *const *all = reports_all(&n);
	const char **items = xcalloc((size_t)n, sizeof *items);
	for (int i = 0; i < n; i++)
		items[i] = _(all[i]->title);
	int k = ui_choose_about(ui, _("Reports"),
	                        _("The reports the office prints and sends on, each an xlsx workbook: "
	                          "the sales ledger for a range of dates, and the annual summaries "
	                          "(complaints, quality tracking, satisfaction, training, service, "
	                          "adverse events) for a year. Enter chooses one; the period and the "
	                          "file to write are asked next. They read only live records: a void "
	                          "one is left out."),
	                        items, n, 0);
	free(items);
	if (k >= 0)
		run(ui, all[k]);
}
