/* The queries of the annual complaints report: one statement per order,
 * each streaming the period's live complaints. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report_complaints.h"

#define COMPLAINT_SELECT \
	"SELECT k.id, ifnull(k.product, 0), k.received_at, c.name, ifnull(p.name, '')," \
	" ifnull(k.batch, ''), ifnull(k.serial, ''), k.content, trim(ifnull(k.cause, ''))," \
	" k.status, ifnull(k.reported_at, ''), ifnull(k.reply_date, '')," \
	" ifnull(k.closed_date, ''), ifnull(p.code, ''), ifnull(p.manufacturer, '')" \
	" FROM complaints k JOIN customers c ON c.id = k.customer" \
	" LEFT JOIN products p ON p.id = k.product" \
	" WHERE k.voided = 0 AND k.received_at >= ?1 AND k.received_at < date(?2, '+1 day')"

static const char *const order_sql[] = {
	[COMPLAINTS_BY_DATE] = COMPLAINT_SELECT " ORDER BY k.received_at, k.id",
	[COMPLAINTS_BY_PRODUCT] = COMPLAINT_SELECT
		" ORDER BY p.id IS NULL, p.name, p.id, k.received_at, k.id",
	[COMPLAINTS_BY_CAUSE] = COMPLAINT_SELECT
		" ORDER BY trim(ifnull(k.cause, '')) = '', trim(ifnull(k.cause, '')),"
		" k.received_at, k.id",
};

int db_report_complaints(struct db *db, const char *from, const char *until,
                         enum complaint_order order,
                         int (*row)(void *ud, const struct complaint_row *c), void *ud,
                         struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, order_sql[order], &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct complaint_row c = {
			.id = sqlite3_column_int64(st, 0), .product_id = sqlite3_column_int64(st, 1),
			.received_at = db_col_text(st, 2), .customer = db_col_text(st, 3), .product = db_col_text(st, 4),
			.batch = db_col_text(st, 5), .serial = db_col_text(st, 6), .content = db_col_text(st, 7),
			.cause = db_col_text(st, 8), .status = db_col_text(st, 9),
			.reported_at = db_col_text(st, 10), .reply_date = db_col_text(st, 11),
			.closed_date = db_col_text(st, 12), .product_code = db_col_text(st, 13),
			.manufacturer = db_col_text(st, 14),
		};
		if (row(ud, &c))
			break;
	}
	return db_step_done(db, st, rc, err);
}
