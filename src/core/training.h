/* Customer operators are trained "until they have mastered it" (直到掌握为止):
 * an attendee marked retrain stays due until a later session passes them.
 * Staff need laws-and-regulations training every year. The due list
 * (issue 6) and the annual training report read these. */
#ifndef GSPDESK_TRAINING_H
#define GSPDESK_TRAINING_H

#include "core/session.h"
#include "model/record.h"

/* a row of db/db_training.h, passed through as stored */
struct retrain;

/* The open retrain rows, for a user who may view training records. */
int training_retrain_due(struct session *s, int (*row)(void *ud, const struct retrain *r),
                         void *ud, struct gerr *err);
/* forms/attendees.c: one line per person on a roster; a person is a name
 * at a customer (or, without one, of the office) and a unit. */
int attendees_check(struct session *s, struct record *r, struct gerr *err);
/* The day a year's training is judged at: its last day, or today while
 * it is not over. */
void training_as_at(const struct session *s, int year, char out[11]);
/* The retrain rows still open at training_as_at. */
int training_retrain_open_in(struct session *s, int year,
                             int (*row)(void *ud, const struct retrain *r), void *ud,
                             struct gerr *err);

/* The active staff of the staff register with no laws-and-regulations
 * session attended in the year (an attendee without a customer, by name);
 * unit is their department, last_date their last regulations session
 * before the year, or NULL. */
int training_staff_without_regulations(struct session *s, int year,
                                       int (*row)(void *ud, const char *name, const char *unit,
                                                  const char *last_date),
                                       void *ud, struct gerr *err);

#endif
