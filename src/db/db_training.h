/* Training's own questions (core/training.c): who must be retrained, who
 * is on a roster, who missed the regulations. */
#ifndef GSPDESK_DB_TRAINING_H
#define GSPDESK_DB_TRAINING_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct retrain {
	int64_t attendee, session;
	const char *name, *unit, *session_date, *topic, *retrain_date; /* NULL when empty */
	const char *customer; /* the customer's name; NULL for the office's own staff */
};
/* The attendees marked retrain whom no later session has passed, soonest
 * retrain date first; with until (an ISO date, else NULL) as they stood at
 * the end of that day. row returns non-zero to stop. */
int db_retrain_open(struct db *db, const char *until,
                    int (*row)(void *ud, const struct retrain *r), void *ud, struct gerr *err);
/* The live attendee of session who is the same person (name, customer and
 * unit) as the one given, other than except; 0 when none. */
int db_attendee_on_roster(struct db *db, int64_t session, const char *name, int64_t customer,
                          const char *unit, int64_t except, int64_t *found, struct gerr *err);
/* The active staff of the register (started by until) who attended no
 * regulations session from from to until, by department and name, with
 * the date of their last regulations session before from (NULL: none). */
int db_staff_without_regulations(struct db *db, const char *from, const char *until,
                                 int (*row)(void *ud, const char *name, const char *unit,
                                            const char *last_date),
                                 void *ud, struct gerr *err);

#endif
