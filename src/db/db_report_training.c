/* The queries of the annual training report: sessions with their rosters
 * counted, the attendees, and each person's hours, summed in SQL. Who
 * still needs another session and which staff had no regulations training
 * are the training rules' own queries (db_training.c). */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report.h"

int db_report_trn_sessions(struct db *db, const char *from, const char *until,
                           int (*row)(void *ud, const struct trn_session *t), void *ud,
                           struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT t.id, t.date, t.topic, t.kind, ifnull(t.trainer, ''), t.hours,"
		" ifnull(t.place, ''), ifnull(c.name, ''), count(a.id), ifnull(sum(a.attended), 0),"
		" ifnull(sum(a.result = 'passed'), 0), ifnull(sum(a.result = 'retrain'), 0)"
		" FROM training t LEFT JOIN customers c ON c.id = t.customer"
		" LEFT JOIN attendees a ON a.session = t.id AND a.voided = 0"
		" WHERE t.voided = 0 AND t.date BETWEEN ?1 AND ?2"
		" GROUP BY t.id ORDER BY t.date, t.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct trn_session t = {
			.id = sqlite3_column_int64(st, 0), .date = db_col_text(st, 1),
			.topic = db_col_text(st, 2), .kind = db_col_text(st, 3),
			.trainer = db_col_text(st, 4),
			.has_hours = sqlite3_column_type(st, 5) != SQLITE_NULL,
			.hours = sqlite3_column_int64(st, 5), .place = db_col_text(st, 6),
			.customer = db_col_text(st, 7),
			.roster = sqlite3_column_int64(st, 8), .attended = sqlite3_column_int64(st, 9),
			.passed = sqlite3_column_int64(st, 10), .retrain = sqlite3_column_int64(st, 11),
		};
		if (row(ud, &t))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_report_trn_attendees(struct db *db, const char *from, const char *until,
                            int (*row)(void *ud, const struct trn_attendee *a), void *ud,
                            struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT t.date, t.topic, t.kind, a.name, ifnull(a.unit, ''), a.attended, a.result,"
		" ifnull(a.retrain_date, ''), ifnull(c.name, '')"
		" FROM training t JOIN attendees a ON a.session = t.id"
		" LEFT JOIN customers c ON c.id = a.customer"
		" WHERE t.voided = 0 AND a.voided = 0 AND t.date BETWEEN ?1 AND ?2"
		" ORDER BY t.date, t.id, a.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct trn_attendee a = {
			.date = db_col_text(st, 0), .topic = db_col_text(st, 1),
			.kind = db_col_text(st, 2), .name = db_col_text(st, 3),
			.unit = db_col_text(st, 4), .attended = sqlite3_column_int(st, 5) != 0,
			.result = db_col_text(st, 6), .retrain_date = db_col_text(st, 7),
			.customer = db_col_text(st, 8),
		};
		if (row(ud, &a))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_report_trn_people(struct db *db, const char *from, const char *until,
                         int (*row)(void *ud, const struct trn_person *p), void *ud,
                         struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT a.name, ifnull(a.unit, ''), sum(a.attended),"
		" sum(CASE WHEN a.attended = 1 THEN ifnull(t.hours, 0) ELSE 0 END),"
		" sum(CASE WHEN a.attended = 1 AND t.kind = 'regulations' THEN ifnull(t.hours, 0)"
		"     ELSE 0 END),"
		" sum(a.result = 'passed'), sum(a.result = 'retrain'), min(t.kind = 'customer') AS op,"
		" ifnull(c.name, '') AS cust"
		" FROM training t JOIN attendees a ON a.session = t.id"
		" LEFT JOIN customers c ON c.id = a.customer"
		" WHERE t.voided = 0 AND a.voided = 0 AND t.date BETWEEN ?1 AND ?2"
		" GROUP BY a.name, a.customer, a.unit ORDER BY op, a.unit, a.name, cust", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct trn_person p = {
			.name = db_col_text(st, 0), .unit = db_col_text(st, 1),
			.sessions = sqlite3_column_int64(st, 2),
			.hours = sqlite3_column_int64(st, 3),
			.regulations_hours = sqlite3_column_int64(st, 4),
			.passed = sqlite3_column_int64(st, 5), .retrain = sqlite3_column_int64(st, 6),
			.operator = sqlite3_column_int(st, 7) != 0, .customer = db_col_text(st, 8),
		};
		if (row(ud, &p))
			break;
	}
	return db_step_done(db, st, rc, err);
}
