/* The few after-sales questions the generic record layer cannot ask: which
 * acceptance or sale a serial number has, how much of a line came back. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_service.h"
#include "base/strbuf.h"

/* First column of the one-row answer to sql with product and the serial's
 * key bound, or NULL. */
static int text_answer(struct db *db, const char *sql, int64_t product, const char *serial,
                       char **out, struct gerr *err)
{
	sqlite3_stmt *st;
	*out = NULL;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, serial);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*out = xstrdup((const char *)sqlite3_column_text(st, 0));
	return db_step_done(db, st, rc, err);
}

int db_service_accepted_on(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err)
{
	return text_answer(db, "SELECT max(accepted_on) FROM service WHERE product = ?1 AND"
	                       " serial_key = ?2 AND kind = 'install' AND voided = 0",
	                   product, serial, date, err);
}

int db_sale_date_by_serial(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err)
{
	/* by the serial's index: on (voided, sale_date) max() walks back
	 * through the ledger until the serial turns up (seconds at 1M lines) */
	return text_answer(db, "SELECT max(sale_date) FROM sales WHERE serial_key = ?2 AND"
	                       " +product = ?1 AND +voided = 0", product, serial, date, err);
}

int db_returns_total(struct db *db, int64_t sale, int64_t exclude_id, int64_t *total,
                     struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT ifnull(sum(qty), 0) FROM returns WHERE sale = ? AND"
	                        " voided = 0 AND id <> ?", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, sale);
	sqlite3_bind_int64(st, 2, exclude_id);
	rc = sqlite3_step(st);
	*total = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GERR_OK : db_fail(db, err);
}

int db_returns_replaced(struct db *db, int64_t id, int64_t product, const char *batch,
                        const char *serial, int64_t *qty, struct gerr *err)
{
	sqlite3_stmt *st;
	/* the unit counted by its batch, or by its serial when it has none, as
	 * stock counts it (db_stock.c) */
	int rc = db_prepare(db, "SELECT ifnull(sum(r.qty), 0) FROM returns r JOIN sales s ON s.id = r.sale"
	                        " WHERE r.id = ?1 AND r.voided = 0 AND +s.voided = 0"
	                        " AND r.outcome = 'exchange' AND s.product = ?2 AND CASE WHEN ?4"
	                        " THEN r.replacement_batch_key = ?3 ELSE r.replacement_batch_key IS NULL"
	                        " AND r.replacement_serial_key = ?3 END", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, product);
	db_bind_key(st, 3, batch ? batch : serial);
	sqlite3_bind_int(st, 4, batch != NULL);
	rc = sqlite3_step(st);
	*qty = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GERR_OK : db_fail(db, err);
}

int db_service_open_repairs(struct db *db, const char *day, int64_t **ids, int *n,
                            struct gerr *err)
{
	*ids = NULL;
	*n = 0;
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id FROM service WHERE voided = 0 AND kind = 'repair'"
	                        " AND (resolved_at IS NULL OR resolved_at >= ?) ORDER BY id",
	                    &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, day, -1, SQLITE_TRANSIENT);
	int cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			*ids = xrealloc(*ids, sizeof **ids * (size_t)cap);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	return db_step_done(db, st, rc, err);
}
