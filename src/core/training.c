#include "config.h"
#include "core/training.h"
#include "core/perm.h"

int training_retrain_due(struct session *s, int (*row)(void *ud, const struct retrain *r),
                         void *ud, struct gerr *err)
{
	int rc = perm_check(s->user.role, form_find("attendees"), PERM_VIEW, err);
	return rc ? rc : db_retrain_open(s->db, row, ud, err);
}
