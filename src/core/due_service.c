/* The after-sales sources of the due list: the open deadlines of repair
 * tickets and adverse events (core/service_due.c), one source per form so
 * a role sees only the records it may view. */
#include "config.h"
#include "core/due.h"
#include "core/i18n.h"
#include "core/service.h"
#include "core/strbuf.h"

#include <string.h>

struct pick {
	struct due_ctx *c;
	const char *form, *kind;
};

static int add(void *ud, const struct service_deadline *d)
{
	struct pick *p = ud;
	struct ymdhm at;
	if (strcmp(d->form, p->form) != 0 || datetime_parse(d->due_at, &at) != DATE_OK)
		return 0;
	/* beyond the horizon and not late: not due yet */
	if (d->minutes_left >= 0 && date_compare(&at.date, &p->c->horizon) > 0)
		return 0;
	due_add_time(p->c, p->kind, d->form, d->id, xstrdup(_(d->what)), &at);
	return 0;
}

int due_repairs(struct due_ctx *c, struct gerr *err)
{
	struct pick p = { c, "service", "repair" };
	return service_due_rows(c->s, add, &p, err);
}

int due_events(struct due_ctx *c, struct gerr *err)
{
	struct pick p = { c, "events", "event" };
	return service_due_rows(c->s, add, &p, err);
}
