/* The working calendar: every working-day deadline counts on it, so a
 * year it does not know is due at once, and in December the coming year
 * (its notice is published in November) is due by its first day. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdio.h>

static int collect(struct due_ctx *c, struct gerr *err)
{
	const struct workcal *cal;
	int rc = session_calendar(c->s, &cal, err);
	if (rc)
		return rc;
	for (int y = c->today.y; y <= c->today.y + (c->today.m == 12); y++) {
		if (workcal_known(cal, y))
			continue;
		struct ymd due = y == c->today.y ? c->today : (struct ymd){ y, 1, 1 };
		if (date_compare(&due, &c->horizon) > 0)
			continue;
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, _("The working calendar of %d is not known: add the days of the State Council's notice (Holiday calendar); until then only weekends count as days off."), y);
		struct due_row *r = due_add_date(c, "calendar", "holidays", 0, sb_steal(&b), &due);
		char year[8];
		snprintf(year, sizeof year, "%d", y);
		due_row_key(r, year, year, NULL);
	}
	return GERR_OK;
}

const struct due_source due_calendar = {
	"calendar", N_("Working calendar"), "holidays", "", collect,
};
