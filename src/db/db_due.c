#include "config.h"
#include "db/db_internal.h"
#include "db/db_due.h"
#include "base/strbuf.h"

#include <stdlib.h>

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

/* The ids of the live lines of implant products sold on or before sold_by
 * that records naming them do not account for in full: the lines and the
 * named ones each read from an index alone (sales_live_product holds the
 * date and quantity, implants_live_sale the line), in order, and matched
 * here; a probe per line in SQL cost twice as much at 90,000 lines. */
static int short_lines(struct db *db, const char *sold_by, int64_t **ids, int *n,
                       struct gerr *err)
{
	sqlite3_stmt *st;
	int64_t *named = NULL;
	int nnamed = 0, cap = 0;
	*ids = NULL;
	*n = 0;
	int rc = db_prepare(db, "SELECT sale FROM implants INDEXED BY implants_live_sale"
	                    " WHERE voided = 0 AND sale IS NOT NULL ORDER BY sale", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (nnamed == cap) {
			cap = cap ? 2 * cap : 1024;
			named = xrealloc(named, sizeof *named * (size_t)cap);
		}
		named[nnamed++] = sqlite3_column_int64(st, 0);
	}
	rc = db_step_done(db, st, rc, err);
	if (rc == GERR_OK)
		rc = db_prepare(db, "SELECT s.id, s.qty FROM products p CROSS JOIN sales s"
		                " INDEXED BY sales_live_product WHERE p.implant = 1 AND s.product = p.id"
		                " AND s.voided = 0 AND s.sale_date <= ?1", &st, err);
	cap = 0;
	if (rc == GERR_OK) {
		sqlite3_bind_text(st, 1, sold_by, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(st, 0);
			/* the first record naming the line, then its count */
			int lo = 0, hi = nnamed;
			while (lo < hi) {
				int mid = lo + (hi - lo) / 2;
				if (named[mid] < id)
					lo = mid + 1;
				else
					hi = mid;
			}
			int64_t count = 0;
			while (lo + count < nnamed && named[lo + count] == id)
				count++;
			if (count >= sqlite3_column_int64(st, 1))
				continue;
			if (*n == cap) {
				cap = cap ? 2 * cap : 256;
				*ids = xrealloc(*ids, sizeof **ids * (size_t)cap);
			}
			(*ids)[(*n)++] = id;
		}
		rc = db_step_done(db, st, rc, err);
	}
	free(named);
	return rc;
}

static int by_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

int db_due_implants(struct db *db, const char *sold_by,
                    int (*row)(void *ud, const struct due_sale *s), void *ud, struct gerr *err)
{
	int64_t *ids;
	int n;
	int rc = short_lines(db, sold_by, &ids, &n, err);
	if (rc)
		return rc;
	if (n > 1)
		qsort(ids, (size_t)n, sizeof *ids, by_id);
	/* each line short of records naming it: those naming its serial, or
	 * else its batch, and no line count too (partial indexes, nearly
	 * empty); the planner has no statistics: the indexes are named */
	sqlite3_stmt *st;
	rc = db_prepare(db, "SELECT * FROM (SELECT s.id, s.qty, s.sale_date, p.name, c.name,"
	                " s.batch, s.serial,"
	                " (SELECT count(*) FROM implants i INDEXED BY implants_live_sale"
	                "  WHERE i.sale = s.id AND i.voided = 0) +"
	                " (SELECT count(*) FROM implants i INDEXED BY implants_loose_serial"
	                "  WHERE i.serial_key = s.serial_key AND i.sale IS NULL AND i.voided = 0"
	                "  AND i.product = s.product AND i.hospital = s.customer) +"
	                " (SELECT count(*) FROM implants i INDEXED BY implants_loose_batch"
	                "  WHERE i.batch_key = s.batch_key AND i.sale IS NULL AND i.voided = 0"
	                "  AND i.product = s.product AND i.hospital = s.customer"
	                "  AND (s.serial_key IS NULL OR i.serial_key IS NOT s.serial_key)) AS recorded"
	                " FROM sales s JOIN products p ON p.id = s.product"
	                " JOIN customers c ON c.id = s.customer WHERE s.id = ?1)"
	                " WHERE recorded < qty", &st, err);
	bool stop = false;
	for (int i = 0; rc == GERR_OK && !stop && i < n; i++) {
		sqlite3_bind_int64(st, 1, ids[i]);
		while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
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
			stop = row(ud, &s) != 0;
		}
		rc = db_step_done(db, st, stop ? SQLITE_DONE : rc, err);
	}
	free(ids);
	return rc;
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
