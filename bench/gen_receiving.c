/* Where the generated sales came from (issue 23): suppliers with valid
 * licences covering every class, every product qualified, and for each
 * batch (or serial number) sold one accepted receipt line, received three
 * days before its first sale, of what was sold plus a few units left on
 * the shelf (none for a serial number). One receipt per supplier and day;
 * each product comes from one supplier. Made in SQL from the sales, so
 * stock and the trace's upstream are measured at the sales' volume and
 * the draws of the other records stay as they were. */
#include "config.h"
#include "bench/gen.h"

#include <stddef.h>

#define GEN_SUPPLIERS 20
#define STR_(x) #x
#define STR(x) STR_(x)

static int run(sqlite3 *h, const char *sql, const char *what)
{
	return sqlite3_exec(h, sql, NULL, NULL, NULL) == SQLITE_OK ? SQLITE_OK : gen_fail(h, what);
}

int gen_receiving(sqlite3 *h, const char *at)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, "UPDATE products SET approved_on = substr(?1, 1, 10),"
	                          " approved_by = '沈文'", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "products' qualification");
	sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "products' qualification");
	sqlite3_finalize(st);
	if (rc == SQLITE_OK &&
	    sqlite3_prepare_v2(h,
	        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)"
	        " INSERT INTO suppliers (created_at, created_by, code, name, licence_no,"
	        " licence_expiry, business_licence, class_i, class_ii, class_iii, contact, phone,"
	        " approved_on, approved_by, status)"
	        " SELECT ?1, '" GEN_USER "', printf('S%03d', i), printf('供货单位%02d医疗器械有限公司', i),"
	        " printf('浙杭食药监械经营许%06d号', 20160000 + i), '2031-12-31',"
	        " printf('91330100MA%08d', i), 1, 1, 1, '采购部', printf('0571-8800%04d', i),"
	        " substr(?1, 1, 10), '沈文', 'active' FROM n", -1, &st, NULL) != SQLITE_OK)
		rc = gen_fail(h, "suppliers");
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 2, GEN_SUPPLIERS);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "suppliers");
		sqlite3_finalize(st);
	}
	/* each batch (or unit) sold: its product, first sale, quantity sold */
	if (rc == SQLITE_OK)
		rc = run(h,
		         "CREATE TEMP TABLE gen_goods AS SELECT product, min(batch) AS batch, batch_key,"
		         " min(serial) AS serial, CASE WHEN batch_key IS NULL THEN serial_key END AS serial_key,"
		         " max(expiry) AS expiry, sum(qty) AS sold, min(id) AS first_sale,"
		         " date(min(sale_date), '-3 days') AS day,"
		         " (product - 1) % " STR(GEN_SUPPLIERS) " + 1 AS supplier"
		         " FROM sales WHERE voided = 0 AND (batch_key IS NOT NULL OR serial_key IS NOT NULL)"
		         " GROUP BY product, batch_key, CASE WHEN batch_key IS NULL THEN serial_key END;"
		         "CREATE INDEX temp.gen_goods_day ON gen_goods (day, supplier)",
		         "goods sold");
	/* received at 09:30 Beijing time (01:30Z), in date order */
	if (rc == SQLITE_OK)
		rc = run(h,
		         "INSERT INTO receipts (created_at, created_by, date, kind, supplier, invoice_no)"
		         " SELECT day || 'T01:30:00Z', '" GEN_USER "', day, 'purchase', supplier,"
		         " printf('FP%s%02d', replace(day, '-', ''), supplier)"
		         " FROM (SELECT DISTINCT day, supplier FROM gen_goods) ORDER BY day, supplier",
		         "receipts");
	if (rc == SQLITE_OK)
		rc = run(h,
		         "INSERT INTO receipt_lines (created_at, created_by, receipt, product, spec, qty,"
		         " batch, batch_key, serial, serial_key, expiry, storage_ok, conclusion, inspector,"
		         " product_name, reg_no)"
		         " SELECT r.created_at, '" GEN_USER "', r.id, g.product, p.spec,"
		         " g.sold + CASE WHEN g.batch_key IS NULL THEN 0 ELSE (g.sold * 3 + g.product) % 11 END,"
		         " g.batch, g.batch_key, CASE WHEN g.batch_key IS NULL THEN g.serial END, g.serial_key,"
		         " g.expiry, 1, 'accepted', '高洁', p.name, p.reg_no"
		         " FROM receipts r JOIN gen_goods g ON g.day = r.date AND g.supplier = r.supplier"
		         " JOIN products p ON p.id = g.product ORDER BY r.id, g.first_sale;"
		         "DROP TABLE temp.gen_goods",
		         "receipt lines");
	return rc;
}
