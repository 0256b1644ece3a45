/* holidays: China's working calendar as the working-day rules count it.
 *   holidays [YEAR]                          the year's days off and make-up days
 *   holidays add DATE[..DATE] ... --kind holiday|workday --notice TEXT [--remarks TEXT]
 * Adding goes through the holidays form (audited, admin only), every day
 * or none. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "base/workcal.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RUN 31 /* the longest run a notice gives is nine days */

static int show_year(struct cli *c, int y, struct gerr *err)
{
	const struct workcal *cal;
	int rc = session_calendar(&c->s, &cal, err);
	if (rc)
		return rc;
	if (!workcal_known(cal, y))
		return gerr_set(err, GERR_INPUT, "year",
		                _("The working calendar of %d is not known yet: add the days of the State Council's notice with gspdesk holidays add. Until then Monday to Friday count as working days."),
		                y);
	int n, workdays;
	struct workcal_entry *e = workcal_year(cal, y, &n, &workdays);
	const char *notice = NULL;
	int nshipped;
	workcal_shipped(y, &nshipped, &notice);
	static const char *const weekdays[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"),
	                                        N_("Fri"), N_("Sat"), N_("Sun") };
	const char *h[] = { _("Day"), _("Weekday"), _("Kind"), _("Source") };
	struct table *t = table_new(4, h);
	for (int i = 0; i < n; i++) {
		char **cells = xcalloc(4, sizeof *cells);
		char iso[11];
		date_format(&e[i].d.day, iso);
		cells[0] = xstrdup(iso);
		cells[1] = xstrdup(_(weekdays[date_weekday(&e[i].d.day)]));
		cells[2] = xstrdup(e[i].d.kind == WORKCAL_WORKDAY ? _("Make-up working day") : _("Day off (holiday)"));
		cells[3] = xstrdup(e[i].added || !notice ? _("the office's holidays records") : notice);
		table_add(t, cells);
	}
	table_print(t, stdout);
	table_free(t);
	free(e);
	printf(_("%d: %d working days.\n"), y, workdays);
	return GERR_OK;
}

/* "2027-01-01" or "2027-01-28..2027-02-03" into its days */
static int parse_run(const char *arg, struct ymd *from, int *ndays, struct gerr *err)
{
	char a[32], b[32];
	const char *dots = strstr(arg, "..");
	snprintf(a, sizeof a, "%.*s", dots ? (int)(dots - arg) : (int)strlen(arg), arg);
	snprintf(b, sizeof b, "%s", dots ? dots + 2 : a);
	struct ymd to;
	if (date_parse(a, from) != DATE_OK || date_parse(b, &to) != DATE_OK)
		return gerr_set(err, GERR_INPUT, "day", _("%s is not a day or a run of days (2027-01-28..2027-02-03)."), arg);
	int64_t n = date_to_days(&to) - date_to_days(from) + 1;
	if (n < 1 || n > MAX_RUN)
		return gerr_set(err, GERR_INPUT, "day", _("%s: a run of days goes forward and is at most %d days long."), arg, MAX_RUN);
	*ndays = (int)n;
	return GERR_OK;
}

static int add_day(struct cli *c, const struct ymd *d, const char *kind, const char *notice,
                   const char *remarks, struct gerr *err)
{
	char iso[11], day[16], k[64], nt[512], rm[512];
	date_format(d, iso);
	snprintf(day, sizeof day, "day=%s", iso);
	snprintf(k, sizeof k, "kind=%s", kind);
	snprintf(nt, sizeof nt, "notice=%s", notice);
	snprintf(rm, sizeof rm, "remarks=%s", remarks ? remarks : "");
	char *args[] = { day, k, nt, rm };
	struct assign a[4];
	int n = remarks ? 4 : 3;
	for (int i = 0; i < n; i++) {
		int rc = assign_parse(args[i], &a[i], err);
		if (rc)
			return rc;
	}
	int64_t id;
	return records_add(&c->s, form_find("holidays"), a, n, &id, err);
}

static int add_exec(struct cli *c, const struct cmd_args *a)
{
	const char *kind = cmd_value(a, "kind"), *notice = cmd_value(a, "notice"),
		   *remarks = cmd_value(a, "remarks");
	if (!a->argc || !kind || !notice)
		return cli_usage("holidays", "%s", _("give the days, --kind and --notice"));
	struct gerr err = { 0 };
	int rc = cli_login(c, &err);
	if (rc || (rc = db_begin(c->s.db, &err)))
		return cli_fail(&err);
	for (int i = 0; rc == GERR_OK && i < a->argc; i++) {
		struct ymd from;
		int ndays = 0;
		if ((rc = parse_run(a->argv[i], &from, &ndays, &err)))
			break;
		for (int k = 0; rc == GERR_OK && k < ndays; k++) {
			struct ymd d = date_from_days(date_to_days(&from) + k);
			rc = add_day(c, &d, kind, notice, remarks, &err);
		}
	}
	rc = db_end(c->s.db, rc, &err);
	return rc ? cli_fail(&err) : 0;
}

static int year_exec(struct cli *c, const struct cmd_args *a)
{
	if (a->argc > 1)
		return cli_usage("holidays", NULL);
	long y = 0;
	if (a->argc == 1) {
		char *end;
		y = strtol(a->argv[0], &end, 10);
		if (*end || y < 1900 || y > 2999)
			return cli_usage("holidays", "%s", _("the year is four digits, e.g. 2027"));
	}
	struct gerr err = { 0 };
	int rc = cli_login(c, &err);
	if (y == 0)
		y = c->s.now.date.y;
	if (rc == GERR_OK)
		rc = show_year(c, (int)y, &err);
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option add_options[] = {
	{ "kind", 0, "holiday|workday", N_("days off, or weekend days worked to make up for them") },
	{ "notice", 0, "TEXT", N_("the State Council notice that gives the days") },
	{ "remarks", 0, "TEXT", N_("anything else worth keeping") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_holidays_entry = {
	.name = "holidays",
	.summary = N_("show a year's working calendar, or add the days of a new State Council notice"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[YEAR]", NULL, year_exec },
		{ "add", "DATE[..DATE] ... --kind holiday|workday --notice TEXT [--remarks TEXT]", add_options,
		  add_exec },
		{ 0 },
	},
};
