#include "config.h"
#include "db/db_internal.h"
#include "db/db_due.h"

#define SALE_COLUMNS \
	"SELECT s.id, s.qty, s.sale_date, s.expiry, p.name, c.name, s.batch, s.serial"
#define SALE_JOINS \
	" FROM sales s JOIN products p ON p.id = s.product JOIN customers c ON c.id = s.customer"

static int stream(struct db *db, sqlite3_stmt *st, bool with_recorded, due_sale_fn row,
                  void *ud, struct gerr *err)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct due_sale s = {
			.id = sqlite3_column_int64(st, 0),
			.qty = sqlite3_column_int64(st, 1),
			.sale_date = db_col_opt(st, 2),
			.expiry = db_col_opt(st, 3),
			.product = db_col_opt(st, 4),
			.customer = db_col_opt(st, 5),
			.batch = db_col_opt(st, 6),
			.serial = db_col_opt(st, 7),
			.recorded = with_recorded ? sqlite3_column_int64(st, 8) : 0,
		};
		if (row(ud, &s))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_due_sterile(struct db *db, const char *sold_by, const char *expiry_by,
                   due_sale_fn row, void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, SALE_COLUMNS SALE_JOINS
	                    " WHERE s.voided = 0 AND p.sterile = 1 AND s.expiry <= ?1"
	                    " AND s.sale_date <= ?2 ORDER BY s.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, expiry_by, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, sold_by, -1, SQLITE_TRANSIENT);
	return stream(db, st, false, row, ud, err);
}

int db_due_expiring(struct db *db, const char *from, const char *to,
                    due_sale_fn row, void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, SALE_COLUMNS SALE_JOINS
	                    " WHERE s.voided = 0 AND s.expiry BETWEEN ?1 AND ?2 ORDER BY s.id",
	                    &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, to);
	return stream(db, st, false, row, ud, err);
}

int db_due_implants(struct db *db, const char *sold_by, due_sale_fn row, void *ud,
                    struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT * FROM (" SALE_COLUMNS ","
	                    " (SELECT count(*) FROM implants i WHERE i.voided = 0 AND"
	                    "  (i.sale = s.id OR (i.sale IS NULL AND i.product = s.product"
	                    "   AND i.hospital = s.customer"
	                    "   AND (i.serial_key = s.serial_key OR i.batch_key = s.batch_key)))) AS recorded"
	                    SALE_JOINS
	                    " WHERE s.voided = 0 AND p.implant = 1 AND s.sale_date <= ?1)"
	                    " WHERE recorded < qty ORDER BY id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, sold_by, -1, SQLITE_TRANSIENT);
	return stream(db, st, true, row, ud, err);
}
