#include "config.h"
#include "core/complaints.h"
#include "core/i18n.h"

#include <string.h>

static const struct value *val(const struct record *r, const char *name)
{
	return &r->v[form_field_index(r->form, name)];
}

unsigned complaint_late(const struct record *r, const struct ymd *today)
{
	const struct value *status = val(r, "status");
	const struct value *received = val(r, "received_at");
	struct ymdhm at;
	if (r->voided || received->null || (!status->null && strcmp(status->text, "closed") == 0) ||
	    datetime_parse(received->text, &at) != DATE_OK)
		return 0;
	unsigned late = 0;
	struct ymd report_by = date_add_working_days(&at.date, COMPLAINT_REPORT_DAYS);
	struct ymd cause_by = date_add_working_days(&at.date, COMPLAINT_CAUSE_DAYS);
	if (val(r, "reported_at")->null && date_compare(today, &report_by) > 0)
		late |= LATE_REPORT;
	if (val(r, "cause")->null && date_compare(today, &cause_by) > 0)
		late |= LATE_CAUSE;
	return late;
}

const char *complaint_marker(const struct session *s, const struct record *r)
{
	if (strcmp(r->form->name, "complaints") != 0 || !complaint_late(r, &s->now.date))
		return NULL;
	return _("LATE");
}
