/* The queries of the quality tracking report: the records streamed by
 * product, and the figures per product counted in SQL. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report_quality.h"

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

static int finish(struct db *db, sqlite3_stmt *st, int rc, struct gerr *err)
{
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
}

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
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct quality_row q = {
			.id = sqlite3_column_int64(st, 0), .product_id = sqlite3_column_int64(st, 1),
			.date = col(st, 2), .product = col(st, 3), .batch = col(st, 4),
			.serial = col(st, 5), .customer = col(st, 6), .performance = col(st, 7),
			.problems = col(st, 8), .measures = col(st, 9), .tracked_by = col(st, 10),
			.result = col(st, 11),
		};
		if (row(ud, &q))
			break;
	}
	return finish(db, st, rc, err);
}

/* The same figures per product and, as product 0, for the whole period. */
#define QUALITY_COUNTS \
	" count(*), sum(trim(ifnull(q.problems, '')) <> ''), count(DISTINCT q.customer)," \
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
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct quality_stat s = {
			.product_id = sqlite3_column_int64(st, 1), .product = col(st, 2),
			.manufacturer = col(st, 3), .records = sqlite3_column_int64(st, 4),
			.with_problems = sqlite3_column_int64(st, 5), .users = sqlite3_column_int64(st, 6),
			.first = col(st, 7), .last = col(st, 8),
		};
		if (row(ud, &s))
			break;
	}
	return finish(db, st, rc, err);
}
