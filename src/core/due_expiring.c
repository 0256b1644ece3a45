/* Expiring at the customer: re-sterilisable goods and instruments (lines
 * with a serial number, implants aside) whose expiry falls between today
 * and the horizon, per customer × product × batch with the units still
 * there (implanted and returned ones are not). */
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
	struct ymd expiry;
	if (!g->expiry || date_parse(g->expiry, &expiry) != DATE_OK)
		return 0;
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Tell the customer: %s %s ×%" PRId64 " (last sold %s) expires on %s"),
	        g->product_name, g->number ? g->number : "", g->qty, g->last_date, g->expiry);
	due_add_group(c, "expiring", g, sb_steal(&b), &expiry);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	char today[11], horizon[11];
	date_format(&c->today, today);
	date_format(&c->horizon, horizon);
	return db_due_groups(c->s->db, false, today, horizon, horizon, row, c, err);
}

const struct due_source due_expiring = {
	"expiring", N_("Expiring at the customer"), "sales", "clerk", collect,
};
