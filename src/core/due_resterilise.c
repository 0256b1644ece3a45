/* Re-sterilisation (售后服务制度): sterile goods the office marks as
 * re-sterilisable, sold over a year ago and past their sterilisation
 * validity, are re-sterilised free. Units implanted or returned are not
 * at the customer; expiries older than the window are no longer acted on.
 * One row per customer × product × batch with the units left. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <inttypes.h>

static int row(void *ud, const struct due_group *g)
{
	struct due_ctx *c = ud;
	struct ymd last, expiry;
	if (!g->last_date || !g->expiry || date_parse(g->last_date, &last) != DATE_OK ||
	    date_parse(g->expiry, &expiry) != DATE_OK)
		return 0;
	/* due once both hold: a year since the newest sale, and the expiry passed */
	struct ymd year = due_add_years(&last, 1);
	struct ymd due = date_compare(&year, &expiry) > 0 ? year : expiry;
	if (date_compare(&due, &c->horizon) > 0)
		return 0;
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Re-sterilise %s %s ×%" PRId64 ": sterile until %s (last sold %s)"),
	        g->product_name, g->number ? g->number : "", g->qty, g->expiry, g->last_date);
	due_add_group(c, "resterilise", g, sb_steal(&b), &due);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	/* sold a year before the horizon: on 28 February after a leap year,
	 * a sale of 29 February is a year old too (due_add_years) */
	struct ymd sold_by = due_add_years(&c->horizon, -1);
	if (c->horizon.m == 2 && c->horizon.d == 28 && date_days_in_month(sold_by.y, 2) == 29)
		sold_by.d = 29;
	struct ymd from = date_from_days(date_to_days(&c->today) - c->window);
	char sold[11], since[11], horizon[11];
	date_format(&sold_by, sold);
	date_format(&from, since);
	date_format(&c->horizon, horizon);
	return db_due_groups(c->s->db, true, since, horizon, sold, row, c, err);
}

const struct due_source due_resterilise = {
	"resterilise", N_("Re-sterilisation"), "sales", "clerk", collect,
};
