#include "config.h"
#include "core/training.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db_training.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int may_view(struct session *s, struct gerr *err)
{
	return perm_check(s->user.role, form_find("attendees"), PERM_VIEW, err);
}

int attendees_check(struct session *s, struct record *r, struct gerr *err)
{
	const struct value *session = record_value(r, "session"), *name = record_value(r, "name");
	const struct value *customer = record_value(r, "customer"), *unit = record_value(r, "unit");
	if (session->null || name->null)
		return GERR_OK;
	int64_t found = 0;
	int rc = db_attendee_on_roster(s->db, session->num, name->text,
	                               customer->null ? 0 : customer->num,
	                               unit->null ? NULL : unit->text, r->id, &found, err);
	if (rc == GERR_OK && found)
		rc = field_refuse(err, form_field(r->form, "name"),
		                  _("%s is already on this session's roster (attendee %" PRId64
		                    "): one line per person"), name->text, found);
	return rc;
}

int training_retrain_due(struct session *s, int (*row)(void *ud, const struct retrain *r),
                         void *ud, struct gerr *err)
{
	int rc = may_view(s, err);
	return rc ? rc : db_retrain_open(s->db, NULL, row, ud, err);
}

void training_as_at(const struct session *s, int year, char out[11])
{
	snprintf(out, 11, "%04d-12-31", year);
	if (strcmp(s->today, out) < 0)
		snprintf(out, 11, "%s", s->today);
}

int training_retrain_open_in(struct session *s, int year,
                             int (*row)(void *ud, const struct retrain *r), void *ud,
                             struct gerr *err)
{
	char until[24];
	training_as_at(s, year, until);
	int rc = may_view(s, err);
	return rc ? rc : db_retrain_open(s->db, until, row, ud, err);
}

int training_staff_without_regulations(struct session *s, int year,
                                       int (*row)(void *ud, const char *name, const char *unit,
                                                  const char *last_date),
                                       void *ud, struct gerr *err)
{
	char from[24], until[24];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(until, sizeof until, "%04d-12-31", year);
	int rc = may_view(s, err);
	return rc ? rc : db_staff_without_regulations(s->db, from, until, row, ud, err);
}
