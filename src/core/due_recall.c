/* Recall: the buyers of an open recall not yet told, due by the class's
 * days from its opening (1, 3 or 7 days for class I, II, III). */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "core/recall.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_recall.h"

#include <inttypes.h>
#include <stdio.h>

static int row(void *ud, const struct recall_pending *p)
{
	struct due_ctx *c = ud;
	char at[17];
	struct ymdhm due;
	/* a class without days is due at once */
	if (!recall_deadline(p->opened, p->class, at) && p->opened)
		snprintf(at, sizeof at, "%.16s", p->opened);
	if (datetime_parse(at, &due) != DATE_OK)
		return 0;
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, _("Tell %" PRId64 " of %" PRId64 " buyers of recall %" PRId64 " (%s %s, class %s)"),
	        p->pending, p->recipients, p->id, p->product, p->batch ? p->batch : p->serial ? p->serial : "",
	        p->class);
	due_add_time(c, "recall", "recalls", p->id, sb_steal(&b), &due);
	return 0;
}

static int collect(struct due_ctx *c, struct gerr *err)
{
	return db_recall_pending(c->s->db, row, c, err);
}

const struct due_source due_recall = {
	"recall", N_("Recall: buyers to tell"), "recalls", "quality", collect,
};
