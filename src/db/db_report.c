/* The queries behind the printed reports. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report.h"

int db_report_frugal(struct db *db, bool on, struct gerr *err)
{
	/* db_open's settings (32 MB of cache, temporary data in memory) are for
	 * the screens; a report reads the whole year once, in little memory */
	return db_exec(db, on ? "PRAGMA cache_size=-2048; PRAGMA temp_store=FILE;"
	                      : "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;", err);
}

int db_report_snapshot(struct db *db, bool on, struct gerr *err)
{
	/* deferred: the snapshot is taken by the first read, and no writer waits */
	return db_exec(db, on ? "BEGIN DEFERRED" : "COMMIT", err);
}

int db_report_sales_ledger(struct db *db, const char *from, const char *until,
                           int (*row)(void *ud, const struct ledger_line *l), void *ud,
                           struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT s.id, s.product, ifnull(s.product_name, ''), ifnull(s.manufacturer, ''),"
		" ifnull(s.spec, ''), s.qty, ifnull(s.batch, ''), ifnull(s.serial, ''),"
		" ifnull(s.expiry, ''), s.sale_date, ifnull(s.buyer_name, ''), ifnull(s.remarks, ''),"
		" s.amount, ifnull(s.reg_no, ''), ifnull(s.unit, ''), s.unit_price"
		" FROM sales s WHERE s.voided = 0 AND s.sale_date BETWEEN ?1 AND ?2"
		" ORDER BY s.product_name, s.product, s.manufacturer, s.sale_date, s.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct ledger_line l = {
			.sale_id = sqlite3_column_int64(st, 0),
			.product_id = sqlite3_column_int64(st, 1),
			.product = db_col_text(st, 2), .manufacturer = db_col_text(st, 3),
			.spec = db_col_text(st, 4), .qty = sqlite3_column_int64(st, 5),
			.batch = db_col_text(st, 6), .serial = db_col_text(st, 7),
			.expiry = db_col_text(st, 8), .sale_date = db_col_text(st, 9),
			.customer = db_col_text(st, 10), .remarks = db_col_text(st, 11),
			.has_amount = sqlite3_column_type(st, 12) != SQLITE_NULL,
			.amount = sqlite3_column_int64(st, 12),
			.reg_no = db_col_text(st, 13), .unit = db_col_text(st, 14),
			.has_price = sqlite3_column_type(st, 15) != SQLITE_NULL,
			.unit_price = sqlite3_column_int64(st, 15),
		};
		if (row(ud, &l))
			break;
	}
	return db_step_done(db, st, rc, err);
}
