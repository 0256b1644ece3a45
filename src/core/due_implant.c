/* Implant record missing: every implanted unit is followed to its patient
 * (售后服务制度); a sales line of an implant still short of its records 90
 * days after the sale is due, one row per line. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <inttypes.h>
#include <stdio.h>

#define IMPLANT_DAYS 90

static int row(void *ud, const struct due_sale *s)
{
	struct due_ctx *c = ud;
	struct ymd sold;
	if (!s->sale_date || date_parse(s->sale_date, &sold) != DATE_OK)
		return 0;
	struct ymd due = date_from_days(date_to_days(&sold) + IMPLANT_DAYS);
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Record the patients of %s (%s) sold on %s: %" PRId64 " of %" PRId64
	              " units have no implant record"),
	        s->product, s->batch ? s->batch : s->serial ? s->serial : "", s->sale_date,
	        s->qty - s->recorded, s->qty);
	struct due_row *r = due_add_date(c, "implant", "sales", s->id, sb_steal(&b), &due);
	/* a new record that leaves units still missing raises it again */
	char key[24], facts[24];
	snprintf(key, sizeof key, "%" PRId64, s->id);
	snprintf(facts, sizeof facts, "%" PRId64, s->qty - s->recorded);
	due_row_key(r, key, facts, s->customer);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	struct ymd sold_by = date_from_days(date_to_days(&c->horizon) - IMPLANT_DAYS);
	char sold[11];
	date_format(&sold_by, sold);
	return db_due_implants(c->s->db, sold, row, c, err);
}

const struct due_source due_implant = {
	"implant", N_("Implant record missing"), "sales", "clerk", collect,
};
