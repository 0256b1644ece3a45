/* The queries of the quality tracking report: the records streamed by
 * product, and the figures per product counted in SQL. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report_quality.h"

int db_report_quality(struct db *db, const char *from, const char *until,
                      int (*row)(void *ud, const struct quality_row *q), void *ud,
                      struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT q.id, p.id, q.date, p.name, ifnull(q.batch, ''), ifnull(q.serial, ''), c.name,"
		" ifnull(q.performance, ''), ifnull(q.problems, ''), ifnull(q.measures, ''),"
		" ifnull(q.tracked_by, ''), ifnull(q.result, '')"
		" FROM quality q JOIN products p ON p.id = q.product"
		" JOIN customers c ON c.id = q.customer"
		" WHERE q.voided = 0 AND q.date BETWEEN ?1 AND ?2"
		" ORDER BY p.name, p.id, q.date, q.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct quality_row q = {
			.id = sqlite3_column_int64(st, 0), .product_id = sqlite3_column_int64(st, 1),
			.date = db_col_text(st, 2), .product = db_col_text(st, 3), .batch = db_col_text(st, 4),
			.serial = db_col_text(st, 5), .customer = db_col_text(st, 6), .performance = db_col_text(st, 7),
			.problems = db_col_text(st, 8), .measures = db_col_text(st, 9), .tracked_by = db_col_text(st, 10),
			.result = db_col_text(st, 11),
		};
		if (row(ud, &q))
			break;
	}
	return db_step_done(db, st, rc, err);
}

/* The same figures per product and, as product 0, for the whole period. */
#define QUALITY_COUNTS \
	" count(*), sum(ifnull(q.problems_found, 0)), count(DISTINCT q.customer)," \
	" min(q.date), max(q.date)"

int db_report_quality_summary(struct db *db, const char *from, const char *until,
                              int (*row)(void *ud, const struct quality_stat *st), void *ud,
                              struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT 0, p.id, p.name, ifnull(p.manufacturer, ''), " QUALITY_COUNTS
		" FROM quality q JOIN products p ON p.id = q.product"
		" WHERE q.voided = 0 AND q.date BETWEEN ?1 AND ?2 GROUP BY p.id"
		" UNION ALL"
		" SELECT 1, 0, '', '', " QUALITY_COUNTS
		" FROM quality q WHERE q.voided = 0 AND q.date BETWEEN ?1 AND ?2"
		" ORDER BY 1, 3, 2", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct quality_stat s = {
			.product_id = sqlite3_column_int64(st, 1), .product = db_col_text(st, 2),
			.manufacturer = db_col_text(st, 3), .records = sqlite3_column_int64(st, 4),
			.with_problems = sqlite3_column_int64(st, 5), .users = sqlite3_column_int64(st, 6),
			.first = db_col_text(st, 7), .last = db_col_text(st, 8),
		};
		if (row(ud, &s))
			break;
	}
	return db_step_done(db, st, rc, err);
}
