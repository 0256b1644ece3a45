/* The demo office's morning: of the due list, a few rows already handled,
 * each by the user whose role acts on it, with a note. */
#include "config.h"
#include "demo/demo_records.h"
#include "core/due.h"
#include "core/due_handle.h"

int demo_due_handled(struct session *s, struct gerr *err)
{
	static const struct {
		enum demo_who who;
		const char *kind, *outcome, *note;
		int n; /* the oldest rows of the kind */
	} plan[] = {
		{ DEMO_CLERK, "implant", "not_needed", "医院备货未用，用后补登", 2 },
		{ DEMO_TRAINER, "retrain", "declined", "客户称该操作员已调岗，暂不复训", 1 },
		{ DEMO_QUALITY, "complaint", "done", "已电话报告质量负责人，书面报告随后补交", 1 },
	};
	int rc = GERR_OK;
	for (size_t i = 0; rc == GERR_OK && i < sizeof plan / sizeof plan[0]; i++) {
		struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1, .kind = plan[i].kind };
		struct due_list l;
		if ((rc = demo_become(s, plan[i].who, err)) || (rc = due_collect(s, &q, &l, err)))
			break;
		for (int k = 0; rc == GERR_OK && k < plan[i].n && k < l.n; k++) {
			int64_t id;
			rc = due_handle(s, plan[i].kind, l.rows[k].key, plan[i].outcome, plan[i].note, &id,
			                err);
		}
		due_list_free(&l);
	}
	return rc;
}
