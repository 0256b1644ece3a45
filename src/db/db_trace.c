/* The trace queries. The WHERE clause names the indexed key column directly
 * (batch_key, serial_key, or product and batch_key) so SQLite uses its
 * index; a number is found however its case, width or spaces were typed. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_trace.h"
#include "base/strbuf.h"


/* The statement select (its SELECT ... WHERE t.voided = 0) narrowed to the
 * product and batch, or the serial, ordered by order, prepared and bound. */
static int prepare(struct db *db, const char *select, const char *order, int64_t product,
                   const char *batch, const char *serial, sqlite3_stmt **st, struct gerr *err)
{
	struct strbuf sql = STRBUF_INIT;
	sb_add(&sql, select);
	if (product)
		sb_add(&sql, " AND t.product = ?1");
	sb_add(&sql, batch ? " AND t.batch_key = ?2" : " AND t.serial_key = ?2");
	sb_addf(&sql, " ORDER BY %s", order);
	int rc = db_prepare(db, sb_str(&sql), st, err);
	sb_free(&sql);
	if (rc)
		return rc;
	if (product)
		sqlite3_bind_int64(*st, 1, product);
	db_bind_key(*st, 2, batch ? batch : serial);
	return GERR_OK;
}

/* Each row of a statement whose columns are, in order: the sales line's id,
 * quantity, customer id, date, product code and name, batch, serial,
 * customer code, frozen name, address, contact and phone, then (when
 * there are 14) the exchange's return id. */
static int each_sale(struct db *db, sqlite3_stmt *st,
                     int (*row)(void *ud, const struct trace_sale_row *r), void *ud,
                     struct gerr *err)
{
	int rc;
	bool exchange = sqlite3_column_count(st) > 13;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct trace_sale_row s = {
			.id = sqlite3_column_int64(st, 0),
			.qty = sqlite3_column_int64(st, 1),
			.customer_id = sqlite3_column_int64(st, 2),
			.sale_date = db_col_opt(st, 3),
			.product_code = db_col_opt(st, 4),
			.product_name = db_col_opt(st, 5),
			.batch = db_col_opt(st, 6),
			.serial = db_col_opt(st, 7),
			.customer_code = db_col_opt(st, 8),
			.customer_name = db_col_opt(st, 9),
			.address = db_col_opt(st, 10),
			.contact = db_col_opt(st, 11),
			.phone = db_col_opt(st, 12),
			.exchange = exchange ? sqlite3_column_int64(st, 13) : 0,
		};
		if (row(ud, &s))
			break;
	}
	return db_step_done(db, st, rc, err);
}

static int read_sales(struct db *db, int64_t product, const char *batch, const char *serial,
                      int (*row)(void *ud, const struct trace_sale_row *r), void *ud,
                      struct gerr *err)
{
	sqlite3_stmt *st;
	/* the names, address and contact frozen on the line on its day of sale;
	 * +t.voided: the index sales_live_date (voided, sale_date) would give
	 * the order at the cost of reading every line (800 ms at 1M) */
	int rc = prepare(db, "SELECT t.id, t.qty, c.id, t.sale_date, p.code, t.product_name, t.batch,"
	                     " t.serial, c.code, t.buyer_name, t.buyer_address, t.buyer_contact,"
	                     " t.buyer_phone"
	                     " FROM sales t JOIN products p ON p.id = t.product"
	                     " JOIN customers c ON c.id = t.customer WHERE +t.voided = 0",
	                 "t.sale_date, t.id", product, batch, serial, &st, err);
	if (rc)
		return rc;
	return each_sale(db, st, row, ud, err);
}

/* A unit of the batch or serial given out by an exchange, in place of the
 * customer's faulty one: it went to that customer as surely as a sale. */
static int read_exchanges(struct db *db, int64_t product, const char *batch, const char *serial,
                          int (*row)(void *ud, const struct trace_sale_row *r), void *ud,
                          struct gerr *err)
{
	struct strbuf sql = STRBUF_INIT;
	sb_add(&sql, "SELECT t.id, r.qty, c.id, coalesce(r.closed_date, substr(r.created_at, 1, 10)) AS d,"
	             " p.code, t.product_name, r.replacement_batch, r.replacement_serial, c.code,"
	             " t.buyer_name, t.buyer_address, t.buyer_contact, t.buyer_phone, r.id"
	             " FROM returns r JOIN sales t ON t.id = r.sale JOIN products p ON p.id = t.product"
	             " JOIN customers c ON c.id = t.customer"
	             " WHERE r.voided = 0 AND +t.voided = 0 AND r.outcome = 'exchange'");
	if (product)
		sb_add(&sql, " AND t.product = ?1");
	sb_add(&sql, batch ? " AND r.replacement_batch_key = ?2" : " AND r.replacement_serial_key = ?2");
	sb_add(&sql, " ORDER BY d, r.id");
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, err);
	sb_free(&sql);
	if (rc)
		return rc;
	if (product)
		sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, batch ? batch : serial);
	return each_sale(db, st, row, ud, err);
}

static int read_implants(struct db *db, int64_t product, const char *batch, const char *serial,
                         int (*row)(void *ud, const struct trace_implant_row *r), void *ud,
                         struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = prepare(db, "SELECT t.id, ifnull(t.sale, 0), t.use_date, p.code, t.batch, t.serial,"
	                     " h.name, t.patient, t.patient_id"
	                     " FROM implants t JOIN products p ON p.id = t.product"
	                     " JOIN customers h ON h.id = t.hospital WHERE t.voided = 0",
	                 "t.use_date, t.id", product, batch, serial, &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct trace_implant_row i = {
			.id = sqlite3_column_int64(st, 0),
			.sale_id = sqlite3_column_int64(st, 1),
			.use_date = db_col_opt(st, 2),
			.product_code = db_col_opt(st, 3),
			.batch = db_col_opt(st, 4),
			.serial = db_col_opt(st, 5),
			.hospital = db_col_opt(st, 6),
			.patient = db_col_opt(st, 7),
			.patient_id = db_col_opt(st, 8),
		};
		if (row(ud, &i))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_trace(struct db *db, int64_t product, const char *batch, const char *serial,
             int (*sale)(void *ud, const struct trace_sale_row *r),
             int (*implant)(void *ud, const struct trace_implant_row *r), void *ud,
             struct gerr *err)
{
	int rc = read_sales(db, product, batch, serial, sale, ud, err);
	if (rc == GERR_OK)
		rc = read_exchanges(db, product, batch, serial, sale, ud, err);
	if (rc == GERR_OK)
		rc = read_implants(db, product, batch, serial, implant, ud, err);
	return rc;
}
