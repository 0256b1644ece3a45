/* Operators to retrain: an attendee marked retrain whom no later session
 * passed is due on the retrain date, or at once without one ("until they
 * have mastered it", 直到掌握为止). */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "db/db_training.h"
#include "core/training.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdio.h>

static int row(void *ud, const struct retrain *r)
{
	struct due_ctx *c = ud;
	struct ymd due;
	const char *when = r->retrain_date ? r->retrain_date : r->session_date;
	if (!when || date_parse(when, &due) != DATE_OK || date_compare(&due, &c->horizon) > 0)
		return 0;
	char what[256];
	snprintf(what, sizeof what, _("%s: another session after %s %s"), r->name,
	         r->session_date ? r->session_date : "", r->topic ? r->topic : "");
	struct due_row *d = due_add_date(c, "retrain", "attendees", r->attendee, xstrdup(what), &due);
	d->customer = r->unit ? xstrdup(r->unit) : NULL;
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	return training_retrain_due(c->s, row, c, err);
}

const struct due_source due_retrain = {
	"retrain", N_("Operators to retrain"), "attendees", "trainer", collect,
};
