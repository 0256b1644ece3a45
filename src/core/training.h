/* Customer operators are trained "until they have mastered it" (直到掌握为止):
 * an attendee marked retrain stays due until a later session passes them.
 * The due list (issue 6) reads this. */
#ifndef GSPDESK_TRAINING_H
#define GSPDESK_TRAINING_H

#include "core/session.h"

/* The open retrain rows, for a user who may view training records. */
int training_retrain_due(struct session *s, int (*row)(void *ud, const struct retrain *r),
                         void *ud, struct gerr *err);

#endif
