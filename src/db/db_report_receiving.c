/* The queries behind the receiving record and the qualifications report. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_report_receiving.h"

#include <string.h>

int db_report_receiving(struct db *db, const char *from, const char *until,
                        int (*row)(void *ud, const struct receiving_line *l), void *ud,
                        struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT h.id, l.qty, l.storage_ok, l.conclusion = 'accepted', h.kind = 'opening',"
		" h.date, coalesce(h.supplier_name, sp.name, ''), ifnull(h.invoice_no, ''),"
		" ifnull(l.product_name, p.name), coalesce(l.manufacturer, p.manufacturer, ''),"
		" ifnull(l.spec, ''),"
		" ifnull(l.reg_no, ''), ifnull(l.batch, ''), ifnull(l.serial, ''), ifnull(l.made, ''),"
		" ifnull(l.expiry, ''), ifnull(l.reject_reason, ''), ifnull(l.inspector, '')"
		" FROM receipts h JOIN receipt_lines l ON l.receipt = h.id"
		" JOIN products p ON p.id = l.product LEFT JOIN suppliers sp ON sp.id = h.supplier"
		" WHERE h.voided = 0 AND l.voided = 0 AND h.date BETWEEN ?1 AND ?2"
		" ORDER BY h.date, h.id, l.id", &st, err);
	if (rc)
		return rc;
	db_bind_period(st, from, until);
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct receiving_line l = {
			.receipt = sqlite3_column_int64(st, 0),
			.qty = sqlite3_column_int64(st, 1),
			.storage_ok = sqlite3_column_int(st, 2) != 0,
			.accepted = sqlite3_column_int(st, 3) != 0,
			.opening = sqlite3_column_int(st, 4) != 0,
			.date = db_col_text(st, 5), .supplier = db_col_text(st, 6),
			.invoice_no = db_col_text(st, 7), .product = db_col_text(st, 8),
			.manufacturer = db_col_text(st, 9), .spec = db_col_text(st, 10),
			.reg_no = db_col_text(st, 11), .batch = db_col_text(st, 12),
			.serial = db_col_text(st, 13), .made = db_col_text(st, 14),
			.expiry = db_col_text(st, 15), .reject_reason = db_col_text(st, 16),
			.inspector = db_col_text(st, 17),
		};
		stop = row(ud, &l);
	}
	int done = db_step_done(db, st, rc, err);
	return done ? done : stop;
}

int db_report_qualifications(struct db *db, const char *form,
                             int (*row)(void *ud, const struct qual_row *q), void *ud,
                             struct gerr *err)
{
#define QUALS(NUMBER, EXPIRY, APPROVAL, TABLE) \
	"SELECT code, name, " NUMBER ", " EXPIRY " AS e, " APPROVAL " FROM " TABLE \
	" WHERE voided = 0 ORDER BY e IS NULL, e, code"
	const char *sql =
		strcmp(form, "suppliers") == 0 ?
			QUALS("licence_no", "licence_expiry", "approved_on, approved_by", "suppliers") :
		strcmp(form, "products") == 0 ?
			QUALS("reg_no", "cert_expiry", "approved_on, approved_by", "products") :
			QUALS("licence_no", "licence_expiry", "NULL, NULL", "customers");
#undef QUALS
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct qual_row q = {
			.code = db_col_text(st, 0), .name = db_col_text(st, 1),
			.number = db_col_opt(st, 2), .expiry = db_col_opt(st, 3),
			.approved_on = db_col_opt(st, 4), .approved_by = db_col_opt(st, 5),
		};
		stop = row(ud, &q);
	}
	int done = db_step_done(db, st, rc, err);
	return done ? done : stop;
}
