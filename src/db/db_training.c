/* Training: who still needs another session. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_training.h"

/* A retrain row stays open until the same person (name, customer and
 * unit) passes a
 * later session: later by date, or the same day entered after it. With
 * until, only the sessions of that day or before count, either way. */
int db_retrain_open(struct db *db, const char *until,
                    int (*row)(void *ud, const struct retrain *r), void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT a.id, a.session, a.name, a.unit, t.date, t.topic, a.retrain_date, c.name"
		" FROM attendees a JOIN training t ON t.id = a.session"
		" LEFT JOIN customers c ON c.id = a.customer"
		" WHERE a.voided = 0 AND t.voided = 0 AND a.result = 'retrain'"
		"   AND (?1 IS NULL OR t.date <= ?1)"
		"   AND NOT EXISTS (SELECT 1 FROM attendees b JOIN training u ON u.id = b.session"
		"     WHERE b.voided = 0 AND u.voided = 0 AND b.result = 'passed'"
		"       AND (?1 IS NULL OR u.date <= ?1)"
		"       AND b.name = a.name AND b.customer IS a.customer AND b.unit IS a.unit"
		"       AND (u.date > t.date OR (u.date = t.date AND u.id > t.id)))"
		" ORDER BY coalesce(a.retrain_date, t.date), a.id", &st, err);
	if (rc)
		return rc;
	if (until)
		sqlite3_bind_text(st, 1, until, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct retrain r = {
			.attendee = sqlite3_column_int64(st, 0),
			.session = sqlite3_column_int64(st, 1),
			.name = db_col_opt(st, 2),
			.unit = db_col_opt(st, 3),
			.session_date = db_col_opt(st, 4),
			.topic = db_col_opt(st, 5),
			.retrain_date = db_col_opt(st, 6),
			.customer = db_col_opt(st, 7),
		};
		if (row(ud, &r) != 0) {
			break;
		}
	}
	return db_step_done(db, st, rc, err);
}

int db_attendee_on_roster(struct db *db, int64_t session, const char *name, int64_t customer,
                          const char *unit, int64_t except, int64_t *found, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT id FROM attendees WHERE voided = 0 AND session = ?1 AND name = ?2"
		" AND customer IS ?3 AND unit IS ?4 AND id <> ?5 ORDER BY id LIMIT 1", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, session);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_TRANSIENT);
	if (customer)
		sqlite3_bind_int64(st, 3, customer);
	else
		sqlite3_bind_null(st, 3);
	if (unit)
		sqlite3_bind_text(st, 4, unit, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_int64(st, 5, except);
	int step = sqlite3_step(st);
	*found = step == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	return db_step_done(db, st, step, err);
}

/* Staff are the active members of the staff register who had started by
 * until; an attendee without a customer of the same name is them. */
int db_staff_without_regulations(struct db *db, const char *from, const char *until,
                                 int (*row)(void *ud, const char *name, const char *unit,
                                            const char *last_date),
                                 void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT s.name, s.department, (SELECT max(u.date) FROM attendees b"
		"   JOIN training u ON u.id = b.session WHERE b.voided = 0 AND u.voided = 0"
		"   AND u.kind = 'regulations' AND b.attended = 1 AND b.name = s.name"
		"   AND b.customer IS NULL AND u.date < ?1)"
		" FROM staff s"
		" WHERE s.voided = 0 AND s.active = 1 AND (s.start_date IS NULL OR s.start_date <= ?2)"
		"   AND NOT EXISTS (SELECT 1 FROM attendees b JOIN training u ON u.id = b.session"
		"     WHERE b.voided = 0 AND u.voided = 0 AND u.kind = 'regulations'"
		"       AND b.attended = 1 AND b.name = s.name AND b.customer IS NULL"
		"       AND u.date BETWEEN ?1 AND ?2)"
		" ORDER BY s.department, s.name, s.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (row(ud, db_col_opt(st, 0), db_col_opt(st, 1), db_col_opt(st, 2)) != 0)
			break;
	}
	return db_step_done(db, st, rc, err);
}
