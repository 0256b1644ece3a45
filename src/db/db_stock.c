#include "config.h"
#include "db/db_internal.h"
#include "db/db_stock.h"

/* Every move of stock as (product, bkey, skey, batch, serial, expiry, qty, day):
 * skey only when there is no batch. day is the day goods came in or went
 * out: received, sold, and for a return (and an exchange's replacement)
 * the day it was closed, or while it is open the sale's day, as the stock
 * of today has always counted it. WHERE_L, WHERE_S filter the receipt
 * lines (alias l) and the sales lines (alias s) in each branch, so that the
 * (product, batch_key) indexes answer a question about one unit; WHERE_P
 * the sales whose exchange gave out a replacement, of another batch.
 * +s.voided: not through sales_live_date (voided, sale_date), which
 * would read every line. */
#define UNIT(t) t ".product, " t ".batch_key, CASE WHEN " t ".batch_key IS NULL THEN " t \
	".serial_key END"
#define MOVES(WHERE_L, WHERE_S, WHERE_P) \
	"WITH moves (product, bkey, skey, batch, serial, expiry, qty, day) AS (" \
	" SELECT " UNIT("l") ", l.batch, l.serial, l.expiry, l.qty, h.date" \
	"  FROM receipt_lines l JOIN receipts h ON h.id = l.receipt" \
	"  WHERE l.voided = 0 AND h.voided = 0 AND l.conclusion = 'accepted'" WHERE_L \
	" UNION ALL SELECT " UNIT("s") ", s.batch, s.serial, s.expiry, -s.qty, s.sale_date" \
	"  FROM sales s WHERE +s.voided = 0" WHERE_S \
	" UNION ALL SELECT " UNIT("s") ", s.batch, s.serial, s.expiry, r.qty," \
	"  ifnull(r.closed_date, s.sale_date)" \
	"  FROM returns r JOIN sales s ON s.id = r.sale" \
	"  WHERE r.voided = 0 AND +s.voided = 0 AND r.outcome IN ('refund', 'exchange')" WHERE_S \
	" UNION ALL SELECT s.product, r.replacement_batch_key," \
	"  CASE WHEN r.replacement_batch IS NULL THEN r.replacement_serial_key END," \
	"  r.replacement_batch, r.replacement_serial, NULL, -r.qty," \
	"  ifnull(r.closed_date, s.sale_date)" \
	"  FROM returns r JOIN sales s ON s.id = r.sale" \
	"  WHERE r.voided = 0 AND +s.voided = 0 AND r.outcome = 'exchange'" \
	"  AND (r.replacement_batch IS NOT NULL OR r.replacement_serial IS NOT NULL)" WHERE_P ")"

int db_stock_list(struct db *db, int64_t product, const char *until, const char *at,
                  int (*row)(void *ud, const struct stock_row *r), void *ud, struct gerr *err)
{
#define ON_HAND \
	" SELECT m.product, p.code, p.name, min(m.batch)," \
	"  CASE WHEN m.bkey IS NULL THEN min(m.serial) END," \
	"  min(m.expiry) AS e, sum(m.qty), min(m.day)" \
	" FROM moves m JOIN products p ON p.id = m.product" \
	" WHERE ?3 IS NULL OR m.day <= ?3" \
	" GROUP BY m.product, m.bkey, m.skey" \
	" HAVING sum(m.qty) <> 0 AND (?2 IS NULL OR e <= ?2)" \
	" ORDER BY e IS NULL, e, p.code, min(m.batch), min(m.serial)"
	sqlite3_stmt *st;
	/* one product's lines through the (product, ...) indexes: a condition
	 * "?1 = 0 OR product = ?1" would read every sales line */
	int rc = db_prepare(db, product ? MOVES(" AND l.product = ?1", " AND s.product = ?1",
	                                        " AND s.product = ?1") ON_HAND
	                                : MOVES("", "", "") ON_HAND,
	                    &st, err);
#undef ON_HAND
	if (rc)
		return rc;
	if (product)
		sqlite3_bind_int64(st, 1, product);
	if (until)
		sqlite3_bind_text(st, 2, until, -1, SQLITE_TRANSIENT);
	if (at)
		sqlite3_bind_text(st, 3, at, -1, SQLITE_TRANSIENT);
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct stock_row r = {
			.product = sqlite3_column_int64(st, 0),
			.code = db_col_text(st, 1),
			.name = db_col_text(st, 2),
			.batch = db_col_opt(st, 3),
			.serial = db_col_opt(st, 4),
			.expiry = db_col_opt(st, 5),
			.qty = sqlite3_column_int64(st, 6),
			.first = db_col_opt(st, 7),
		};
		stop = row(ud, &r);
	}
	int done = db_step_done(db, st, rc, err);
	return done ? done : stop;
}

int db_stock_on_hand(struct db *db, int64_t product, const char *batch, const char *serial,
                     int64_t exclude, int64_t *qty, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, batch ? MOVES(" AND l.product = ?1 AND l.batch_key = ?2",
	                                      " AND s.product = ?1 AND s.batch_key = ?2 AND s.id <> ?3",
	                                      " AND s.product = ?1")
	                                " SELECT ifnull(sum(qty), 0) FROM moves WHERE bkey = ?2"
	                              : MOVES(" AND l.product = ?1 AND l.batch_key IS NULL"
	                                      " AND l.serial_key = ?2",
	                                      " AND s.product = ?1 AND s.batch_key IS NULL"
	                                      " AND s.serial_key = ?2 AND s.id <> ?3",
	                                      " AND s.product = ?1")
	                                " SELECT ifnull(sum(qty), 0) FROM moves WHERE skey = ?2",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, batch ? batch : serial);
	sqlite3_bind_int64(st, 3, exclude);
	*qty = 0;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*qty = sqlite3_column_int64(st, 0);
	return db_step_done(db, st, rc, err);
}

int db_qualification_expiring(struct db *db, const char *until,
                              int (*row)(void *ud, const struct qualification *q), void *ud,
                              struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT 'suppliers', id, code, name, licence_no, licence_expiry"
	                        "  FROM suppliers WHERE voided = 0 AND licence_expiry <= ?1"
	                        " UNION ALL SELECT 'products', id, code, name, reg_no, cert_expiry"
	                        "  FROM products WHERE voided = 0 AND cert_expiry <= ?1"
	                        " UNION ALL SELECT 'customers', id, code, name, licence_no, licence_expiry"
	                        "  FROM customers WHERE voided = 0 AND licence_expiry <= ?1"
	                        " ORDER BY 6, 1, 3", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, until, -1, SQLITE_TRANSIENT);
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct qualification q = {
			.form = db_col_text(st, 0),
			.id = sqlite3_column_int64(st, 1),
			.code = db_col_text(st, 2),
			.name = db_col_text(st, 3),
			.number = db_col_opt(st, 4),
			.expiry = db_col_text(st, 5),
		};
		stop = row(ud, &q);
	}
	int done = db_step_done(db, st, rc, err);
	return done ? done : stop;
}

int db_trace_receipts(struct db *db, int64_t product, const char *batch, const char *serial,
                      int (*row)(void *ud, const struct receipt_row *r), void *ud,
                      struct gerr *err)
{
#define RECEIPT_ROWS(KEY) \
	"SELECT l.id, l.receipt, l.qty, h.date, h.kind, ifnull(h.supplier_name, sp.name), p.code," \
	" l.batch, l.serial," \
	" l.conclusion, l.inspector FROM receipt_lines l JOIN receipts h ON h.id = l.receipt" \
	" JOIN products p ON p.id = l.product LEFT JOIN suppliers sp ON sp.id = h.supplier" \
	" WHERE l." KEY " = ?2 AND (?1 = 0 OR l.product = ?1) AND l.voided = 0 AND h.voided = 0" \
	" ORDER BY h.date, l.id"
	sqlite3_stmt *st;
	int rc = db_prepare(db, batch ? RECEIPT_ROWS("batch_key") : RECEIPT_ROWS("serial_key"), &st,
	                    err);
#undef RECEIPT_ROWS
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, batch ? batch : serial);
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct receipt_row r = {
			.id = sqlite3_column_int64(st, 0),
			.receipt = sqlite3_column_int64(st, 1),
			.qty = sqlite3_column_int64(st, 2),
			.date = db_col_opt(st, 3),
			.kind = db_col_opt(st, 4),
			.supplier = db_col_opt(st, 5),
			.product_code = db_col_opt(st, 6),
			.batch = db_col_opt(st, 7),
			.serial = db_col_opt(st, 8),
			.conclusion = db_col_opt(st, 9),
			.inspector = db_col_opt(st, 10),
		};
		stop = row(ud, &r);
	}
	int done = db_step_done(db, st, rc, err);
	return done ? done : stop;
}
