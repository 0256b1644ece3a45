/* Training: who still needs another session. */
#include "config.h"
#include "db/db_internal.h"

/* A retrain row stays open until the same person (name and unit) passes a
 * later session: later by date, or the same day entered after it. */
int db_retrain_open(struct db *db, int (*row)(void *ud, const struct retrain *r), void *ud,
                    struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT a.id, a.session, a.name, a.unit, t.date, t.topic, a.retrain_date"
		" FROM attendees a JOIN training t ON t.id = a.session"
		" WHERE a.voided = 0 AND t.voided = 0 AND a.result = 'retrain'"
		"   AND NOT EXISTS (SELECT 1 FROM attendees b JOIN training u ON u.id = b.session"
		"     WHERE b.voided = 0 AND u.voided = 0 AND b.result = 'passed'"
		"       AND b.name = a.name AND b.unit IS a.unit"
		"       AND (u.date > t.date OR (u.date = t.date AND u.id > t.id)))"
		" ORDER BY coalesce(a.retrain_date, t.date), a.id", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct retrain r = {
			.attendee = sqlite3_column_int64(st, 0),
			.session = sqlite3_column_int64(st, 1),
			.name = (const char *)sqlite3_column_text(st, 2),
			.unit = (const char *)sqlite3_column_text(st, 3),
			.session_date = (const char *)sqlite3_column_text(st, 4),
			.topic = (const char *)sqlite3_column_text(st, 5),
			.retrain_date = (const char *)sqlite3_column_text(st, 6),
		};
		if (row(ud, &r) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
}
