/* The queries of the annual complaints report: one statement per order,
 * each streaming the period's live complaints. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report_complaints.h"

#define COMPLAINT_SELECT \
	"SELECT k.id, ifnull(k.product, 0), k.received_at, c.name, ifnull(p.name, '')," \
	" ifnull(k.batch, ''), ifnull(k.serial, ''), k.content, trim(ifnull(k.cause, ''))," \
	" k.status, ifnull(k.reported_at, ''), ifnull(k.reply_date, '')," \
	" ifnull(k.closed_date, '')" \
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

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

int db_report_complaints(struct db *db, const char *from, const char *until,
                         enum complaint_order order,
                         int (*row)(void *ud, const struct complaint_row *c), void *ud,
                         struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, order_sql[order], &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct complaint_row c = {
			.id = sqlite3_column_int64(st, 0), .product_id = sqlite3_column_int64(st, 1),
			.received_at = col(st, 2), .customer = col(st, 3), .product = col(st, 4),
			.batch = col(st, 5), .serial = col(st, 6), .content = col(st, 7),
			.cause = col(st, 8), .status = col(st, 9),
			.reported_at = col(st, 10), .reply_date = col(st, 11), .closed_date = col(st, 12),
		};
		if (row(ud, &c))
			break;
	}
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
}
