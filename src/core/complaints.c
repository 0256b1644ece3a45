#include "config.h"
#include "core/complaints.h"
#include "base/i18n.h"

#include <string.h>

static const struct value *val(const struct record *r, const char *name)
{
	return &r->v[form_field_index(r->form, name)];
}

/* The one statement of the two deadlines. reported is NULL while the
 * complaint has not been reported to quality; a report made after its
 * deadline counts as missed only when done_late says so. */
static unsigned missed(const struct workcal *cal, const struct ymd *received,
                       const struct ymd *reported, bool has_cause, const struct ymd *today,
                       bool done_late)
{
	unsigned late = 0;
	struct ymd report_by = workcal_add(cal, received, COMPLAINT_REPORT_DAYS);
	struct ymd cause_by = workcal_add(cal, received, COMPLAINT_CAUSE_DAYS);
	if (reported ? done_late && date_compare(reported, &report_by) > 0
	             : date_compare(today, &report_by) > 0)
		late |= LATE_REPORT;
	if (!has_cause && date_compare(today, &cause_by) > 0)
		late |= LATE_CAUSE;
	return late;
}

unsigned complaint_late(const struct workcal *cal, const struct record *r, const struct ymd *today)
{
	const struct value *status = val(r, "status");
	const struct value *received = val(r, "received_at");
	struct ymdhm at;
	if (r->voided || received->null || (!status->null && strcmp(status->text, "closed") == 0) ||
	    datetime_parse(received->text, &at) != DATE_OK)
		return 0;
	/* the list asks only whether it was reported, not when: any date serves */
	return missed(cal, &at.date, val(r, "reported_at")->null ? NULL : &at.date,
	              !val(r, "cause")->null, today, false);
}

bool complaint_marks(const struct form *form)
{
	return strcmp(form->name, "complaints") == 0;
}

const char *complaint_marker(struct session *s, const struct record *r)
{
	if (!complaint_marks(r->form))
		return NULL;
	const struct workcal *cal;
	struct workcal shipped = { 0 };
	struct gerr err = { 0 };
	/* the list was just read from the same file: should the office's days
	 * fail to read, the shipped years still mark what they know */
	if (session_calendar(s, &cal, &err))
		cal = &shipped;
	if (!complaint_late(cal, r, &s->now.date))
		return NULL;
	return _("LATE");
}

unsigned complaint_missed(const struct workcal *cal, const struct complaint_facts *c,
                          const struct ymd *today)
{
	struct ymdhm at, rep;
	if (datetime_parse(c->received_at, &at) != DATE_OK)
		return 0;
	bool reported = *c->reported_at && datetime_parse(c->reported_at, &rep) == DATE_OK;
	return missed(cal, &at.date, reported ? &rep.date : NULL, c->has_cause, today, true);
}

int complaint_days(const char *received_at, const char *date)
{
	struct ymdhm at;
	struct ymd d;
	if (datetime_parse(received_at, &at) != DATE_OK || date_parse(date, &d) != DATE_OK)
		return -1;
	int64_t n = date_to_days(&d) - date_to_days(&at.date);
	return n < 0 ? -1 : (int)n;
}

void complaint_tally_add(struct complaint_tally *t, const struct workcal *cal,
                         const struct complaint_facts *c, const struct ymd *today)
{
	t->n++;
	int days = complaint_days(c->received_at, c->reply_date);
	if (days >= 0) {
		t->replied++;
		t->reply_days += days;
	}
	days = complaint_days(c->received_at, c->closed_date);
	if (days >= 0) {
		t->closed++;
		t->close_days += days;
	}
	if (complaint_missed(cal, c, today))
		t->late++;
}

bool complaint_tally_reply_mean(const struct complaint_tally *t, double *mean)
{
	if (t->replied == 0)
		return false;
	*mean = (double)t->reply_days / (double)t->replied;
	return true;
}

bool complaint_tally_close_mean(const struct complaint_tally *t, double *mean)
{
	if (t->closed == 0)
		return false;
	*mean = (double)t->close_days / (double)t->closed;
	return true;
}
