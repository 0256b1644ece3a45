/* Repair deadlines: the open promises of live repair tickets (response,
 * engineer on site, parts), judged by core/service_deadlines.c. Also the helper
 * the adverse events' source shares: one row per open deadline of a form's
 * records, keyed "ID/FIELD" by the field that meets it. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "db/db_record.h"
#include "base/i18n.h"
#include "core/service.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

struct pick {
	struct due_ctx *c;
	const char *form, *kind;
};

static int add(void *ud, const struct service_deadline *d)
{
	struct pick *p = ud;
	struct ymdhm at;
	if (datetime_parse(d->due_at, &at) != DATE_OK)
		return 0;
	/* beyond the horizon and not late: not due yet */
	if (d->minutes_left >= 0 && date_compare(&at.date, &p->c->horizon) > 0)
		return 0;
	struct due_row *r = due_add_time(p->c, p->kind, d->form, d->id, xstrdup(_(d->what)), &at);
	char key[96];
	snprintf(key, sizeof key, "%" PRId64 "/%s", d->id, d->field ? d->field : "");
	struct record *cust = NULL;
	struct gerr err = { 0 };
	/* the customer's name for the row; a ticket's customer always exists */
	if (d->customer && db_record_get(p->c->s->db, form_find("customers"), d->customer, &cust,
	                                 &err) == GERR_OK) {
		const struct value *name = record_value(cust, "name");
		due_row_key(r, key, d->due_at, name->null ? NULL : name->text);
		record_free(cust);
	} else {
		due_row_key(r, key, d->due_at, NULL);
	}
	return 0;
}

int due_service_rows(struct due_ctx *c, const char *form, const char *kind, struct gerr *err)
{
	struct pick p = { c, form, kind };
	return service_due_rows(c->s, form, add, &p, err);
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	return due_service_rows(c, "service", "repair", err);
}

const struct due_source due_repair = {
	"repair", N_("Repair deadlines"), "service", "engineer", collect,
};
