#include "config.h"
#include "db/db_internal.h"
#include "db/db_recall.h"

static int one_id(struct db *db, sqlite3_stmt *st, int64_t *id, struct gerr *err)
{
	int rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	return db_step_done(db, st, rc, err);
}

int db_recall_matching(struct db *db, int64_t product, const char *batch, const char *serial,
                       int64_t *id, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id FROM recalls WHERE voided = 0 AND status = 'open'"
	                        " AND product = ?1 AND (batch_key = ?2 OR serial_key = ?3)"
	                        " ORDER BY id LIMIT 1", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, product);
	db_bind_key(st, 2, batch);
	db_bind_key(st, 3, serial);
	return one_id(db, st, id, err);
}

int db_recall_recipient(struct db *db, int64_t recall, int64_t customer, int64_t *id,
                        struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id FROM recall_recipients WHERE voided = 0"
	                        " AND recall = ?1 AND customer = ?2", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, recall);
	sqlite3_bind_int64(st, 2, customer);
	return one_id(db, st, id, err);
}

int db_recall_pending(struct db *db, int (*row)(void *ud, const struct recall_pending *p),
                      void *ud, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT r.id, count(x.id), sum(x.notified_at IS NULL),"
	                        " r.opened, r.class, p.name, r.batch, r.serial"
	                        " FROM recalls r JOIN products p ON p.id = r.product"
	                        " JOIN recall_recipients x ON x.recall = r.id AND x.voided = 0"
	                        " WHERE r.voided = 0 AND r.status = 'open'"
	                        " GROUP BY r.id HAVING sum(x.notified_at IS NULL) > 0"
	                        " ORDER BY r.id", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct recall_pending p = {
			.id = sqlite3_column_int64(st, 0),
			.recipients = sqlite3_column_int64(st, 1),
			.pending = sqlite3_column_int64(st, 2),
			.opened = db_col_opt(st, 3),
			.class = db_col_opt(st, 4),
			.product = db_col_opt(st, 5),
			.batch = db_col_opt(st, 6),
			.serial = db_col_opt(st, 7),
		};
		if (row(ud, &p))
			break;
	}
	return db_step_done(db, st, rc, err);
}
