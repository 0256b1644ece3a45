/* Due rows from the sales ledger: re-sterilisation of sterile goods sold
 * more than a year ago and past their expiry (售后服务制度), customers to
 * tell of goods expiring soon, and implant units not yet followed to their
 * patient 90 days after the sale. */
#include "config.h"
#include "core/due.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <inttypes.h>
#include <string.h>

#define IMPLANT_DAYS 90

static const char *number(const struct due_sale *s)
{
	return s->batch ? s->batch : s->serial ? s->serial : "";
}

static bool parse(const char *iso, struct ymd *out)
{
	return iso && date_parse(iso, out) == DATE_OK;
}

static void iso(const struct ymd *d, char out[11])
{
	date_format(d, out);
}

static int resterilise_row(void *ud, const struct due_sale *s)
{
	struct due_ctx *c = ud;
	struct ymd sold, expiry;
	if (!parse(s->sale_date, &sold) || !parse(s->expiry, &expiry))
		return 0;
	/* due once both hold: a year since the sale, and the expiry passed */
	struct ymd year = due_add_years(&sold, 1);
	struct ymd due = date_compare(&year, &expiry) > 0 ? year : expiry;
	if (date_compare(&due, &c->horizon) > 0)
		return 0;
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Re-sterilise %s (%s ×%" PRId64 ") sold to %s on %s: sterile until %s"),
	        s->product, number(s), s->qty, s->customer, s->sale_date, s->expiry);
	due_add_date(c, "resterilise", "sales", s->id, sb_steal(&b), &due);
	return 0;
}

int due_resterilise(struct due_ctx *c, struct gerr *err)
{
	/* a day of slack for 29 February; resterilise_row decides exactly */
	struct ymd back = due_add_years(&c->horizon, -1);
	struct ymd sold_by = date_from_days(date_to_days(&back) + 1);
	char sold[11], horizon[11];
	iso(&sold_by, sold);
	iso(&c->horizon, horizon);
	return db_due_sterile(c->s->db, sold, horizon, resterilise_row, c, err);
}

static int expiring_row(void *ud, const struct due_sale *s)
{
	struct due_ctx *c = ud;
	struct ymd expiry;
	if (!parse(s->expiry, &expiry))
		return 0;
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Tell %s: %s (%s ×%" PRId64 ", sold on %s) expires on %s"), s->customer,
	        s->product, number(s), s->qty, s->sale_date, s->expiry);
	due_add_date(c, "expiring", "sales", s->id, sb_steal(&b), &expiry);
	return 0;
}

int due_expiring(struct due_ctx *c, struct gerr *err)
{
	char today[11], horizon[11];
	iso(&c->today, today);
	iso(&c->horizon, horizon);
	return db_due_expiring(c->s->db, today, horizon, expiring_row, c, err);
}

static int implant_row(void *ud, const struct due_sale *s)
{
	struct due_ctx *c = ud;
	struct ymd sold;
	if (!parse(s->sale_date, &sold))
		return 0;
	struct ymd due = date_from_days(date_to_days(&sold) + IMPLANT_DAYS);
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Record the patients of %s (%s) sold to %s on %s: %" PRId64 " of %" PRId64
	              " units have no implant record"),
	        s->product, number(s), s->customer, s->sale_date, s->qty - s->recorded, s->qty);
	due_add_date(c, "implant", "sales", s->id, sb_steal(&b), &due);
	return 0;
}

int due_implant_missing(struct due_ctx *c, struct gerr *err)
{
	struct ymd sold_by = date_from_days(date_to_days(&c->horizon) - IMPLANT_DAYS);
	char sold[11];
	iso(&sold_by, sold);
	return db_due_implants(c->s->db, sold, implant_row, c, err);
}
