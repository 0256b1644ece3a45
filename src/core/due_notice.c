/* Adverse event notices: the written report to the manager and the
 * notices to purchasing and the engineer of an event not closed, due one
 * working day after the office learned of it. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "base/i18n.h"
#include "core/records.h"
#include "base/strbuf.h"

#include <string.h>

/* The seed: an event is reported in writing to the manager and told to
 * purchasing and the repair engineer; one working day is the office's
 * "at once". A time still to come does not count as done. */
struct notices {
	struct due_ctx *c;
	const struct workcal *cal;
	char now[17];
};

static int notice_row(void *ud, const struct record *r)
{
	static const struct { const char *field, *what; } owed[] = {
		{ "manager_report_at", N_("written report to the manager") },
		{ "purchasing_notified_at", N_("purchasing") },
		{ "engineer_notified_at", N_("the engineer") },
	};
	struct notices *n = ud;
	struct record *rw = (struct record *)r;
	const struct value *status = record_value(rw, "status"), *learned = record_value(rw, "learned_at");
	struct ymdhm at;
	if ((!status->null && strcmp(status->text, "closed") == 0) || learned->null ||
	    datetime_parse(learned->text, &at) != DATE_OK)
		return 0;
	struct strbuf what = STRBUF_INIT;
	for (size_t i = 0; i < sizeof owed / sizeof owed[0]; i++) {
		const struct value *v = record_value(rw, owed[i].field);
		if (!v->null && strncmp(v->text, n->now, 16) <= 0)
			continue;
		sb_add(&what, what.len ? ", " : "");
		sb_add(&what, _(owed[i].what));
	}
	if (what.len) {
		struct ymd due = workcal_add(n->cal, &at.date, 1);
		if (date_compare(&due, &n->c->horizon) <= 0)
			due_add_date(n->c, "notice", "events", r->id, sb_steal(&what), &due);
	}
	sb_free(&what);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	struct notices n = { .c = c };
	int rc = session_calendar(c->s, &n.cal, err);
	if (rc)
		return rc;
	session_now_text(c->s, n.now);
	struct list_query q = { .form = form_find("events") };
	return records_list(c->s, &q, notice_row, &n, err);
}

const struct due_source due_notice = {
	"notice", N_("Adverse event: report to the manager, tell purchasing and the engineer"),
	"events", "quality", collect,
};
