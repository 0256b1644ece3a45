/* Adverse event reports: the authority's deadline of each event not yet
 * reported (7 days for a death, 20 for a serious injury), from
 * core/service_rules.c. */
#include "config.h"
#include "core/due.h"
#include "core/due_sources.h"
#include "base/i18n.h"

static int collect(struct due_ctx *c, struct gerr *err)
{
	return due_service_rows(c, "events", "event", err);
}

const struct due_source due_event = {
	"event", N_("Adverse event reports"), "events", "quality", collect,
};
