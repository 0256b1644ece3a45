#include "config.h"
#include "db/db_internal.h"
#include "db/db_sales.h"

#include <stdlib.h>
#include <string.h>

void sale_ref_free(struct sale_ref *r)
{
	free(r->date);
	free(r->text);
	memset(r, 0, sizeof *r);
}

/* Steps st (bound by the caller) to its first row: id, date, text. The
 * statements say +voided: the index sales_live_date (voided, sale_date)
 * would give their order by reading every line before the first match,
 * on each save (an import of 20k lines took minutes). */
static int first_ref(struct db *db, sqlite3_stmt *st, struct sale_ref *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->id = sqlite3_column_int64(st, 0);
		out->date = db_col_dup(st, 1);
		out->text = db_col_dup(st, 2);
	}
	return db_step_done(db, st, rc, err);
}

/* The first row of sql, whose parameters are the product (?1), the serial's
 * key (?2) and the record left out (?3). */
static int serial_ref(struct db *db, const char *sql, int64_t product, const char *serial,
                      int64_t exclude, struct sale_ref *out, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, serial);
	sqlite3_bind_int64(st, 3, exclude);
	return first_ref(db, st, out, err);
}

int db_sale_serial_standing(struct db *db, int64_t product, const char *serial,
                            int64_t exclude, struct sale_ref *out, struct gerr *err)
{
	return serial_ref(db, "SELECT s.id, s.sale_date, s.buyer_name FROM sales s"
	                      " WHERE s.serial_key = ?2 AND s.product = ?1 AND +s.voided = 0"
	                      " AND s.id <> ?3 AND NOT EXISTS (SELECT 1 FROM returns r"
	                      "  WHERE r.sale = s.id AND r.voided = 0"
	                      "  AND r.outcome IS NOT 'rejected')"
	                      " ORDER BY s.sale_date, s.id LIMIT 1",
	                      product, serial, exclude, out, err);
}

int db_sale_serial_replaced(struct db *db, int64_t product, const char *serial,
                            int64_t exclude, struct sale_ref *out, struct gerr *err)
{
	return serial_ref(db, "SELECT s.id, coalesce(r.closed_date, substr(r.created_at, 1, 10)) AS d,"
	                      " s.buyer_name FROM returns r JOIN sales s ON s.id = r.sale"
	                      " WHERE r.replacement_serial_key = ?2 AND s.product = ?1"
	                      " AND r.voided = 0 AND +s.voided = 0 AND r.outcome = 'exchange'"
	                      " AND r.id <> ?3 ORDER BY d, r.id LIMIT 1",
	                      product, serial, exclude, out, err);
}

int db_sale_batch_expiry(struct db *db, int64_t product, const char *batch, const char *expiry,
                         int64_t exclude, struct sale_ref *out, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, sale_date, expiry FROM sales"
	                        " WHERE product = ?1 AND batch_key = ?2 AND +voided = 0"
	                        " AND id <> ?3 AND expiry IS NOT NULL AND expiry <> ?4"
	                        " ORDER BY sale_date, id LIMIT 1", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, batch);
	sqlite3_bind_int64(st, 3, exclude);
	sqlite3_bind_text(st, 4, expiry, -1, SQLITE_TRANSIENT);
	return first_ref(db, st, out, err);
}

int db_sale_of_unit(struct db *db, int64_t product, const char *batch, const char *serial,
                    struct sale_ref *out, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, serial ? "SELECT id, sale_date, qty FROM sales WHERE serial_key = ?2"
	                                 " AND product = ?1 AND +voided = 0 ORDER BY sale_date, id LIMIT 1"
	                               : "SELECT id, sale_date, qty FROM sales WHERE product = ?1"
	                                 " AND batch_key = ?2 AND +voided = 0 ORDER BY sale_date, id LIMIT 1",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, serial ? serial : batch);
	return first_ref(db, st, out, err);
}

int db_implants_on_sale(struct db *db, int64_t sale, int64_t exclude, int64_t *count,
                        struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT count(*) FROM implants WHERE sale = ?1 AND voided = 0"
	                        " AND id <> ?2", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, sale);
	sqlite3_bind_int64(st, 2, exclude);
	rc = sqlite3_step(st);
	*count = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	return db_step_done(db, st, rc, err);
}
