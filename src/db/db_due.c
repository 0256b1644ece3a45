#include "config.h"
#include "db/db_internal.h"
#include "db/db_due.h"

/* The groups are found through the live lines' expiry index (migration
 * "due"), which holds every column the grouping reads: only the window's
 * index entries are read, whatever the ledger's size, and one table row a
 * group (its newest line's batch or serial as written). The units
 * implanted are counted once per group (a bare expression of the group's
 * own columns), by batch and by serial each on its own index: an OR of the
 * two read every implant record of the hospital. */
#define GROUP_KEY "coalesce(s.batch_key, s.serial_key)"
#define GROUPS(cond) \
	"SELECT g.customer, g.product," \
	" (SELECT coalesce(x.batch, x.serial) FROM sales x WHERE x.id = g.last_sale), g.left_," \
	" g.last_sale, g.last_date, g.expiry, c.name, p.name FROM" \
	" (SELECT s.customer, s.product, " GROUP_KEY " AS k," \
	"  sum(s.qty) -" \
	"  sum((SELECT ifnull(sum(r.qty), 0) FROM returns r WHERE r.voided = 0 AND r.sale = s.id" \
	"   AND r.outcome IS NOT 'rejected')) -" \
	"  (SELECT count(*) FROM implants i INDEXED BY implants_batch" \
	"   WHERE i.batch_key = " GROUP_KEY " AND i.voided = 0 AND i.product = s.product" \
	"   AND i.hospital = s.customer) -" \
	"  (SELECT count(*) FROM implants i INDEXED BY implants_serial" \
	"   WHERE i.serial_key = " GROUP_KEY " AND i.batch_key IS NOT " GROUP_KEY \
	"   AND i.voided = 0 AND i.product = s.product AND i.hospital = s.customer) AS left_," \
	"  max(s.id) AS last_sale, max(s.sale_date) AS last_date, max(s.expiry) AS expiry" \
	"  FROM sales s INDEXED BY sales_live_expiry JOIN products p ON p.id = s.product" \
	"  WHERE s.voided = 0 AND s.expiry BETWEEN ?1 AND ?2 AND s.sale_date <= ?3 AND " cond \
	"  GROUP BY s.customer, s.product, k) g" \
	" JOIN customers c ON c.id = g.customer JOIN products p ON p.id = g.product" \
	" WHERE g.left_ > 0"

int db_due_groups(struct db *db, bool resterilise, const char *from, const char *to,
                  const char *sold_by, due_group_fn row, void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, resterilise
	                    ? GROUPS("p.sterile = 1 AND p.resterilisable = 1")
	                    : GROUPS("(p.resterilisable = 1 OR (s.serial_key IS NOT NULL AND p.implant IS NOT 1))"),
	                    &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, to);
	sqlite3_bind_text(st, 3, sold_by, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct due_group g = {
			.customer = sqlite3_column_int64(st, 0),
			.product = sqlite3_column_int64(st, 1),
			.number = db_col_opt(st, 2),
			.qty = sqlite3_column_int64(st, 3),
			.last_sale = sqlite3_column_int64(st, 4),
			.last_date = db_col_opt(st, 5),
			.expiry = db_col_opt(st, 6),
			.customer_name = db_col_opt(st, 7),
			.product_name = db_col_opt(st, 8),
		};
		if (row(ud, &g))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_due_implants(struct db *db, const char *sold_by,
                    int (*row)(void *ud, const struct due_sale *s), void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	/* from the implant products to their live lines (sales_live_product
	 * holds the date and quantity: no table row is read for a line of one
	 * unit that a record names, nearly all of them; the set of lines named
	 * is built once, a probe of it costs less than a count on the index),
	 * then the records naming its serial, or else its batch, without
	 * naming a line (partial indexes, nearly empty); the planner has no
	 * statistics: the indexes are named */
#define BY_SALE "(SELECT count(*) FROM implants i INDEXED BY implants_live_sale" \
	" WHERE i.sale = s.id AND i.voided = 0)"
	int rc = db_prepare(db, "SELECT * FROM (SELECT s.id, s.qty, s.sale_date, p.name, c.name,"
	                    " s.batch, s.serial, " BY_SALE " +"
	                    " (SELECT count(*) FROM implants i INDEXED BY implants_loose_serial"
	                    "  WHERE i.serial_key = s.serial_key AND i.sale IS NULL AND i.voided = 0"
	                    "  AND i.product = s.product AND i.hospital = s.customer) +"
	                    " (SELECT count(*) FROM implants i INDEXED BY implants_loose_batch"
	                    "  WHERE i.batch_key = s.batch_key AND i.sale IS NULL AND i.voided = 0"
	                    "  AND i.product = s.product AND i.hospital = s.customer"
	                    "  AND (s.serial_key IS NULL OR i.serial_key IS NOT s.serial_key)) AS recorded"
	                    " FROM products p CROSS JOIN sales s INDEXED BY sales_live_product"
	                    " JOIN customers c ON c.id = s.customer"
	                    " WHERE p.implant = 1 AND s.product = p.id AND s.voided = 0"
	                    " AND s.sale_date <= ?1 AND NOT (s.qty = 1 AND s.id IN"
	                    " (SELECT sale FROM implants INDEXED BY implants_live_sale"
	                    "  WHERE voided = 0 AND sale IS NOT NULL)))"
	                    " WHERE recorded < qty ORDER BY id", &st, err);
#undef BY_SALE
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, sold_by, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct due_sale s = {
			.id = sqlite3_column_int64(st, 0),
			.qty = sqlite3_column_int64(st, 1),
			.sale_date = db_col_opt(st, 2),
			.product = db_col_opt(st, 3),
			.customer = db_col_opt(st, 4),
			.batch = db_col_opt(st, 5),
			.serial = db_col_opt(st, 6),
			.recorded = sqlite3_column_int64(st, 7),
		};
		if (row(ud, &s))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_due_complaints(struct db *db, int (*row)(void *ud, const struct due_complaint *c),
                      void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT c.id, c.received_at, cu.name, c.reported_at IS NOT NULL,"
	                    " c.cause IS NOT NULL FROM complaints c INDEXED BY complaints_open"
	                    " JOIN customers cu ON cu.id = c.customer"
	                    " WHERE c.voided = 0 AND c.status <> 'closed' ORDER BY c.id", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct due_complaint c = {
			.id = sqlite3_column_int64(st, 0),
			.received_at = db_col_opt(st, 1),
			.customer = db_col_opt(st, 2),
			.reported = sqlite3_column_int(st, 3) != 0,
			.has_cause = sqlite3_column_int(st, 4) != 0,
		};
		if (row(ud, &c))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_due_handled(struct db *db, int (*row)(void *ud, const struct due_handled *h),
                   void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, kind, row_key, ifnull(facts, ''), outcome, note,"
	                    " created_by, created_at FROM due_handled WHERE voided = 0"
	                    " ORDER BY created_at DESC, id DESC", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct due_handled h = {
			.id = sqlite3_column_int64(st, 0),
			.kind = db_col_opt(st, 1),
			.key = db_col_opt(st, 2),
			.facts = db_col_opt(st, 3),
			.outcome = db_col_opt(st, 4),
			.note = db_col_opt(st, 5),
			.by = db_col_opt(st, 6),
			.at = db_col_opt(st, 7),
		};
		if (row(ud, &h))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_due_stamp(struct db *db, int64_t *stamp, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "PRAGMA data_version", &st, err);
	if (rc)
		return rc;
	rc = sqlite3_step(st);
	/* another connection's commits move data_version, this one's the
	 * count of its changes */
	int64_t other = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	*stamp = other * 1000000007 + sqlite3_total_changes64(db->h);
	return db_step_done(db, st, rc == SQLITE_ROW ? SQLITE_DONE : rc, err);
}
