#include "config.h"
#include "report/report.h"
#include "core/check.h"
#include "core/accounts.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/outfile.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db_report.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const struct report report_sales_ledger;
extern const struct report report_satisfaction;
extern const struct report report_training;
extern const struct report report_service;
extern const struct report report_complaints;
extern const struct report report_quality;
extern const struct report report_events;
extern const struct report report_receiving;
extern const struct report report_qualifications;

static const struct report *const registry[] = {
	&report_sales_ledger,
	&report_satisfaction,
	&report_training,
	&report_service,
	&report_complaints,
	&report_quality,
	&report_events,
	&report_receiving,
	&report_qualifications,
};

#define NREPORTS ((int)(sizeof registry / sizeof registry[0]))

const struct report *const *reports_all(int *count)
{
	*count = NREPORTS;
	return registry;
}

const struct report *report_find(const char *name)
{
	for (int i = 0; i < NREPORTS; i++)
		if (strcmp(registry[i]->name, name) == 0)
			return registry[i];
	return NULL;
}

int report_period_year(struct report_period *p, int year, struct gerr *err)
{
	if (year < 1900 || year > 2999)
		return gerr_set(err, GERR_USAGE, "year", "%s", _("The year must be between 1900 and 2999."));
	memset(p, 0, sizeof *p);
	p->year = year;
	snprintf(p->from, sizeof p->from, "%04d-01-01", year);
	snprintf(p->until, sizeof p->until, "%04d-12-31", year);
	/* TRANSLATORS: a report's period when it is a whole year */
	snprintf(p->label, sizeof p->label, _("year %d"), year);
	return GERR_OK;
}

int report_period_range(struct report_period *p, const char *from, const char *until,
                        struct gerr *err)
{
	struct ymd a, b;
	if (!from || date_parse(from, &a) != DATE_OK)
		return gerr_set(err, GERR_USAGE, "from", _("--from takes a date such as 2025-03-05, not \"%s\""),
		                from ? from : "");
	if (!until || date_parse(until, &b) != DATE_OK)
		return gerr_set(err, GERR_USAGE, "until", _("--until takes a date such as 2025-03-05, not \"%s\""),
		                until ? until : "");
	if (date_compare(&a, &b) > 0)
		return gerr_set(err, GERR_USAGE, "until", "%s", _("--until is before --from."));
	memset(p, 0, sizeof *p);
	date_format(&a, p->from);
	date_format(&b, p->until);
	snprintf(p->label, sizeof p->label, "%s – %s", p->from, p->until);
	return GERR_OK;
}

int report_period_day(struct report_period *p, const char *day, struct gerr *err)
{
	struct ymd d;
	if (!day || date_parse(day, &d) != DATE_OK)
		return gerr_set(err, GERR_USAGE, "as-of", _("--as-of takes a date such as 2025-03-05, not \"%s\""),
		                day ? day : "");
	memset(p, 0, sizeof *p);
	date_format(&d, p->from);
	date_format(&d, p->until);
	snprintf(p->label, sizeof p->label, "%s", p->from);
	return GERR_OK;
}

/* Temporary files of constant-memory workbooks go next to the database
 * (its disk, its permissions), not to a shared /tmp. */
static char *data_dir(struct session *s)
{
	const char *path = db_path(s->db);
	const char *slash = strrchr(path, '/');
	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

int report_write(struct session *s, const char *title, const char *path, bool force,
                 int (*write)(struct session *s, struct xbook *b, void *ud, struct gerr *err),
                 void *ud, struct gerr *err)
{
	char *company = NULL;
	int rc = settings_get(s, "company", &company, err);
	if (rc != GERR_OK)
		return rc;
	struct outfile out;
	if ((rc = outfile_begin(&out, path, force, db_path(s->db), err)) != GERR_OK) {
		free(company);
		return rc;
	}
	char *dir = data_dir(s);
	struct xbook b;
	rc = xbook_open(&b, out.tmp, true, dir, company, title, err);
	struct gerr ignored;
	if (rc == GERR_OK && (rc = db_report_frugal(s->db, true, err)) != GERR_OK)
		xbook_close(&b, &ignored);
	else if (rc == GERR_OK) {
		/* every sheet from one snapshot: a record saved meanwhile at
		 * another terminal cannot make a total disagree with its list */
		if ((rc = db_report_snapshot(s->db, true, err)) == GERR_OK) {
			if ((rc = check_head_text(s, b.head, err)) == GERR_OK)
				rc = write(s, &b, ud, err);
			int done = db_report_snapshot(s->db, false, rc ? &ignored : err);
			if (rc == GERR_OK)
				rc = done;
		}
		db_report_frugal(s->db, false, &ignored);
		int closed = xbook_close(&b, err);
		if (rc == GERR_OK)
			rc = closed;
	}
	if (rc == GERR_OK)
		rc = outfile_commit(&out, force, err);
	else
		outfile_abort(&out);
	free(dir);
	free(company);
	return rc;
}

struct period_report {
	const struct report *r;
	const struct report_period *p;
};

static int write_period(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	const struct period_report *pr = ud;
	return pr->r->write(s, pr->p, b, err);
}

int report_run(struct session *s, const struct report *r, const struct report_period *p,
               const char *path, bool force, struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_REPORT, err);
	if (rc)
		return rc;
	if (r->yearly && p->year == 0)
		return gerr_set(err, GERR_USAGE, "year", _("The %s report covers a whole year: give --year Y."),
		                r->name);
	struct period_report pr = { r, p };
	return report_write(s, _(r->title), path, force, write_period, &pr, err);
}
