/* Rows for the printed reports, streamed to a callback. */
#ifndef GSPDESK_DB_REPORT_H
#define GSPDESK_DB_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

/* Small cache and temporary data on disk while a report runs (on), then
 * db_open's settings again (off). */
int db_report_frugal(struct db *db, bool on, struct gerr *err);

/* One snapshot for the several queries of a report (on), so its sheets
 * agree while others write; then let go of it (off). Only reads inside. */
int db_report_snapshot(struct db *db, bool on, struct gerr *err);

/* One live sales line with its product and buyer; strings are "" when
 * empty and valid during the callback only. */
/* One line as it was on the day of sale: its product and buyer facts are
 * the ones frozen on it (core/sales.h). */
struct ledger_line {
	int64_t sale_id, product_id, qty, unit_price, amount;
	bool has_price, has_amount;
	const char *product, *manufacturer, *reg_no, *unit, *spec, *batch, *serial, *expiry,
		*sale_date, *customer, *remarks;
};

/* Sales from..until (inclusive) by product name, then sale date. */
int db_report_sales_ledger(struct db *db, const char *from, const char *until,
                           int (*row)(void *ud, const struct ledger_line *l), void *ud,
                           struct gerr *err);

/* The figures of one survey item (or of the overall score) in a year:
 * responses, mean (has_mean false when none), scores of 4 or 5, the count
 * of each score 1-5 and last year's mean. */
struct sat_stat {
	int64_t item; /* 0 for the overall score */
	const char *name;
	int64_t n, satisfied, count[5];
	double mean, last_mean;
	bool has_mean, has_last;
};

/* One row per active survey item by position, then the overall row. */
int db_report_sat_summary(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_stat *st), void *ud,
                          struct gerr *err);

/* One live survey of the year with its scores (item ids and scores,
 * nscores of them). */
struct sat_survey {
	int64_t id, overall;
	const char *customer, *respondent, *date, *suggestions;
	const int64_t *items, *scores;
	int nscores;
};

/* The year's surveys by customer name, then date. */
int db_report_sat_surveys(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                          struct gerr *err);
/* Each customer surveyed in the year: its live surveys, the mean of their
 * item scores and of their overall scores; lowest item mean first, then
 * by name. */
struct sat_rank {
	const char *customer;
	int64_t surveys;
	double mean, overall;
};
int db_report_sat_ranking(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_rank *r), void *ud,
                          struct gerr *err);
/* The customers with live sales in the year (bought) and how many of them
 * have a live survey of it (surveyed). */
int db_report_sat_response(struct db *db, int year, int64_t *surveyed, int64_t *bought,
                           struct gerr *err);
/* Customers with live sales in the year and no survey of it, by name. */
int db_report_sat_unsurveyed(struct db *db, int year,
                             int (*row)(void *ud, const char *customer), void *ud,
                             struct gerr *err);
/* The year's surveys with suggestions, by date. */
int db_report_sat_suggestions(struct db *db, int year,
                              int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                              struct gerr *err);

/* One live action decided after a year's survey (forms/survey_actions.c):
 * item NULL for the survey as a whole, done_date NULL until done. */
struct sat_action {
	int64_t id;
	const char *item, *finding, *action, *owner, *due_date, *status, *done_date;
};
/* The year's actions: by item (the survey's order; the whole survey
 * first), then due date. */
int db_report_sat_actions(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_action *a), void *ud,
                          struct gerr *err);

/* ---- training (db_report_training.c) ---- */

/* One live training session with its roster counted. hours is in the
 * form's scaled units (has_hours false when not recorded). */
struct trn_session {
	int64_t id, hours, roster, attended, passed, retrain;
	bool has_hours;
	const char *date, *topic, *kind, *trainer, *place, *customer;
};
/* The sessions from..until by date. */
int db_report_trn_sessions(struct db *db, const char *from, const char *until,
                           int (*row)(void *ud, const struct trn_session *t), void *ud,
                           struct gerr *err);

/* One live attendee of a live session. */
struct trn_attendee {
	bool attended;
	const char *date, *topic, *kind, *name, *unit, *result, *retrain_date;
	const char *customer; /* its name; "" for staff */
};
/* The attendees of the sessions from..until, by session date, then as
 * entered. */
int db_report_trn_attendees(struct db *db, const char *from, const char *until,
                            int (*row)(void *ud, const struct trn_attendee *a), void *ud,
                            struct gerr *err);

/* One person (name, customer and unit, as the retrain rule tells people
 * apart: two 徐伟 at two hospitals are two people) over
 * the sessions from..until: sessions attended, their hours (scaled; a
 * session without hours counts none), the regulations part of them, and
 * results. operator: every session was customer operator training. */
struct trn_person {
	int64_t sessions, hours, regulations_hours, passed, retrain;
	bool operator;
	const char *name, *unit, *customer; /* customer: its name; "" for staff */
};
/* Staff first, then operators, each by unit, name and customer. */
int db_report_trn_people(struct db *db, const char *from, const char *until,
                         int (*row)(void *ud, const struct trn_person *p), void *ud,
                         struct gerr *err);

/* ---- service (db_report_service.c) ---- */

/* One live service ticket; text is NULL when not recorded, valid during
 * the callback only. */
struct svc_row {
	int64_t id;
	int parts_in_stock; /* 1, 0, -1 not recorded */
	const char *kind, *customer, *city, *product, *serial, *engineer, *notified_at,
		*responded_at, *onsite_at, *resolved_at, *charge, *feedback;
};
/* The tickets notified from..until (inclusive dates), by notification. */
int db_report_svc_tickets(struct db *db, const char *from, const char *until,
                          int (*row)(void *ud, const struct svc_row *t), void *ud,
                          struct gerr *err);

#endif
