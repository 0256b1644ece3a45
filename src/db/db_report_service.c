/* The query of the annual service report: the year's tickets with their
 * customer's city, streamed; the report judges their deadlines by the
 * core's rules. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report.h"

int db_report_svc_tickets(struct db *db, const char *from, const char *until,
                          int (*row)(void *ud, const struct svc_row *t), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT s.id, s.kind, c.name, c.city, p.name, s.serial, s.engineer, s.notified_at,"
		" s.responded_at, s.onsite_at, s.parts_in_stock, s.resolved_at, s.charge,"
		" s.feedback"
		" FROM service s JOIN customers c ON c.id = s.customer"
		" JOIN products p ON p.id = s.product"
		" WHERE s.voided = 0 AND s.notified_at >= ?1 AND s.notified_at < date(?2, '+1 day')"
		" ORDER BY s.notified_at, s.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct svc_row t = {
			.id = sqlite3_column_int64(st, 0), .kind = db_col_opt(st, 1),
			.customer = db_col_opt(st, 2), .city = db_col_opt(st, 3),
			.product = db_col_opt(st, 4), .serial = db_col_opt(st, 5),
			.engineer = db_col_opt(st, 6), .notified_at = db_col_opt(st, 7),
			.responded_at = db_col_opt(st, 8), .onsite_at = db_col_opt(st, 9),
			.parts_in_stock = sqlite3_column_type(st, 10) == SQLITE_NULL
			                      ? -1 : sqlite3_column_int(st, 10) != 0,
			.resolved_at = db_col_opt(st, 11), .charge = db_col_opt(st, 12),
			.feedback = db_col_opt(st, 13),
		};
		if (row(ud, &t))
			break;
	}
	return db_step_done(db, st, rc, err);
}
