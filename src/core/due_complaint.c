/* Complaints past or near their deadlines (core/complaints.h): reported
 * to the quality lead within 2 working days of receipt, a cause found
 * within 5, on China's working calendar; one row per deadline not met of
 * each open complaint, keyed "ID/report" and "ID/cause". */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "core/complaints.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <inttypes.h>
#include <stdio.h>

struct ctx {
	struct due_ctx *c;
	const struct workcal *cal;
};

static void add(struct ctx *x, const struct due_complaint *k, const struct ymd *received,
                bool report)
{
	struct ymd due = workcal_add(x->cal, received,
	                             report ? COMPLAINT_REPORT_DAYS : COMPLAINT_CAUSE_DAYS);
	if (date_compare(&due, &x->c->horizon) > 0)
		return;
	const char *slot = report ? "report" : "cause";
	struct strbuf b = STRBUF_INIT;
	if (report)
		sb_addf(&b, _("Report complaint %" PRId64 " (received %s) to the quality lead"), k->id,
		        k->received_at);
	else
		sb_addf(&b, _("Find the cause of complaint %" PRId64 " (received %s)"), k->id,
		        k->received_at);
	struct due_row *r = due_add_date(x->c, "complaint", "complaints", k->id, sb_steal(&b), &due);
	char key[40];
	snprintf(key, sizeof key, "%" PRId64 "/%s", k->id, slot);
	due_row_key(r, key, r->due, k->customer);
}

static int row(void *ud, const struct due_complaint *k)
{
	struct ctx *x = ud;
	struct ymdhm at;
	if (!k->received_at || datetime_parse(k->received_at, &at) != DATE_OK)
		return 0;
	if (!k->reported)
		add(x, k, &at.date, true);
	if (!k->has_cause)
		add(x, k, &at.date, false);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	struct ctx x = { c, NULL };
	int rc = session_calendar(c->s, &x.cal, err);
	return rc ? rc : db_due_complaints(c->s->db, row, &x, err);
}

const struct due_source due_complaint = {
	"complaint", N_("Complaints: report and cause"), "complaints", "quality", collect,
};
