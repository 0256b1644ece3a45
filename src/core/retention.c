#include "config.h"
#include "core/retention.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "db/db_retention.h"

#include <stdio.h>
#include <string.h>

bool retention_applies(const struct form *form)
{
	/* the calendar and the staff register have dates but record no business */
	return form->date_field && !form->parent_field && strcmp(form->name, "holidays") != 0 &&
	       strcmp(form->name, "staff") != 0;
}

struct relay {
	int (*row)(void *ud, const struct retention *r);
	void *ud;
};

static int judge(void *ud, const struct retention_facts *f)
{
	struct relay *rl = ud;
	struct retention r = { .id = f->id, .voided = f->voided };
	snprintf(r.day, sizeof r.day, "%s", f->day);
	snprintf(r.expiry, sizeof r.expiry, "%s", f->expiry ? f->expiry : "");
	if (f->implant) {
		r.basis = RETAIN_FOREVER;
	} else if (f->expiry_plus && strcmp(f->expiry_plus, f->day_plus) > 0) {
		r.basis = RETAIN_EXPIRY;
		snprintf(r.until, sizeof r.until, "%s", f->expiry_plus);
	} else {
		r.basis = RETAIN_YEARS;
		snprintf(r.until, sizeof r.until, "%s", f->day_plus);
	}
	return rl->row(rl->ud, &r);
}

static int scan(struct session *s, const struct form *form, int64_t id,
                int (*row)(void *ud, const struct retention *r), void *ud, struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_VIEW, err);
	if (rc)
		return rc;
	struct relay rl = { row, ud };
	return db_retention_scan(s->db, form, id, RETENTION_YEARS, RETENTION_AFTER_EXPIRY, judge,
	                         &rl, err);
}

int retention_scan(struct session *s, const struct form *form,
                   int (*row)(void *ud, const struct retention *r), void *ud,
                   struct gerr *err)
{
	return scan(s, form, 0, row, ud, err);
}

struct one {
	struct retention *out;
	bool *found;
};

static int take(void *ud, const struct retention *r)
{
	struct one *o = ud;
	*o->out = *r;
	*o->found = true;
	return 1;
}

int retention_of(struct session *s, const struct form *form, int64_t id, struct retention *out,
                 bool *found, struct gerr *err)
{
	*found = false;
	if (!retention_applies(form) || id <= 0)
		return GERR_OK;
	struct one o = { out, found };
	return scan(s, form, id, take, &o, err);
}

bool retention_past(const struct retention *r, const char *today)
{
	return r->basis != RETAIN_FOREVER && strcmp(r->until, today) < 0;
}

void retention_text(const struct retention *r, char *buf, size_t size)
{
	if (r->basis == RETAIN_FOREVER)
		snprintf(buf, size, "%s", _("for ever (an implanted product)"));
	else if (r->basis == RETAIN_EXPIRY)
		snprintf(buf, size, _("%s (%d years after the expiry date %s)"), r->until,
		         RETENTION_AFTER_EXPIRY, r->expiry);
	else
		snprintf(buf, size, _("%s (%d years after %s)"), r->until, RETENTION_YEARS, r->day);
}
