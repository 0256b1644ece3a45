/* Licences and certificates (issue 23): a supplier's licence, a product's
 * registration certificate and a customer's licence are due
 * QUALIFY_NOTICE_DAYS before they expire, so the office asks for the
 * new one in time (a receipt or a sale against an expired one is refused);
 * one expired is late. Renewed (a new expiry date), it is raised afresh. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "core/qualify.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_stock.h"
#include "model/form.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int row(void *ud, const struct qualification *q)
{
	struct due_ctx *c = ud;
	struct ymd expiry;
	if (!q->expiry || date_parse(q->expiry, &expiry) != DATE_OK)
		return 0;
	struct ymd due = date_from_days(date_to_days(&expiry) - QUALIFY_NOTICE_DAYS);
	/* a row keeps its form's name: the form's own, not the row's text */
	const struct form *f = form_find(q->form);
	if (!f)
		return 0;
	const char *form = f->name;
	const char *what = strcmp(form, "products") == 0 ? _("registration certificate")
	                                                 : _("licence");
	struct strbuf b = STRBUF_INIT;
	/* an expired one says so: "it expires on" a past day read as a slip */
	sb_addf(&b, date_compare(&expiry, &c->today) < 0 ? _("Renew the %s of %s %s%s%s: it expired on %s")
	                                                 : _("Renew the %s of %s %s%s%s: it expires on %s"),
	        what, q->code, q->name, q->number ? " " : "", q->number ? q->number : "", q->expiry);
	struct due_row *r = due_add_date(c, "qualification", form, q->id, sb_steal(&b), &due);
	char key[48];
	snprintf(key, sizeof key, "%s/%" PRId64, form, q->id);
	due_row_key(r, key, q->expiry, strcmp(form, "customers") == 0 ? q->name : NULL);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	struct ymd until = date_from_days(date_to_days(&c->horizon) + QUALIFY_NOTICE_DAYS);
	char text[11];
	date_format(&until, text);
	return db_qualification_expiring(c->s->db, text, row, c, err);
}

const struct due_source due_qualification = {
	"qualification", N_("Licences and certificates to renew"), "suppliers", "quality", collect,
};
