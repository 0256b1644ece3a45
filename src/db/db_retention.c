/* The retention facts of a form's records: one SELECT built from the
 * form's shape (a product, a sale, an expiry, batch and serial keys). */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_retention.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <string.h>

static bool ref_to(const struct form *form, const char *field, const char *target)
{
	const struct field *f = form_field(form, field);
	return f && f->type == FT_REF && strcmp(f->ref, target) == 0;
}

static bool has_key(const struct form *form, const char *name)
{
	for (const char *const *k = form->keys; k && *k; k++)
		if (strcmp(*k, name) == 0)
			return true;
	return false;
}

/* SQL for: is the record's product an implant; the unit's expiry date. */
static void facts_sql(struct strbuf *sql, const struct form *form)
{
	bool product = ref_to(form, "product", "products"), sale = ref_to(form, "sale", "sales");
	if (strcmp(form->name, "implants") == 0)
		sb_add(sql, "1");
	else if (product)
		sb_add(sql, "ifnull((SELECT p.implant FROM products p WHERE p.id = t.product), 0)");
	else if (sale)
		sb_add(sql, "ifnull((SELECT p.implant FROM sales s JOIN products p ON p.id = s.product"
		            " WHERE s.id = t.sale), 0)");
	else
		sb_add(sql, "0");
	sb_add(sql, " AS implant, ");
	bool batch = product && has_key(form, "batch"), serial = product && has_key(form, "serial");
	if (form_field(form, "expiry"))
		sb_add(sql, "t.expiry");
	else if (sale)
		sb_add(sql, "(SELECT s.expiry FROM sales s WHERE s.id = t.sale)");
	else if (batch || serial)
		sb_addf(sql, "(SELECT max(s.expiry) FROM sales s WHERE s.product = t.product AND (%s%s%s))",
		        batch ? "s.batch_key = t.batch_key" : "", batch && serial ? " OR " : "",
		        serial ? "s.serial_key = t.serial_key" : "");
	else
		sb_add(sql, "NULL");
	sb_add(sql, " AS expiry");
}

int db_retention_scan(struct db *db, const struct form *form, int64_t id, int years,
                      int after_expiry,
                      int (*row)(void *ud, const struct retention_facts *f), void *ud,
                      struct gerr *err)
{
	struct strbuf sql = STRBUF_INIT;
	sb_add(&sql, "SELECT id, voided, day, implant, expiry, date(day, ?1), date(expiry, ?2) FROM"
	             " (SELECT t.id, t.voided, ");
	if (form->date_field)
		sb_addf(&sql, "coalesce(substr(t.%s, 1, 10), substr(t.created_at, 1, 10))",
		        form->date_field);
	else
		sb_add(&sql, "substr(t.created_at, 1, 10)");
	sb_add(&sql, " AS day, ");
	facts_sql(&sql, form);
	sb_addf(&sql, " FROM %s t%s ORDER BY t.id)", form->name, id > 0 ? " WHERE t.id = ?3" : "");
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, err);
	sb_free(&sql);
	if (rc)
		return rc;
	char plus[24], plus_expiry[24];
	snprintf(plus, sizeof plus, "+%d years", years);
	snprintf(plus_expiry, sizeof plus_expiry, "+%d years", after_expiry);
	sqlite3_bind_text(st, 1, plus, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, plus_expiry, -1, SQLITE_TRANSIENT);
	if (id > 0)
		sqlite3_bind_int64(st, 3, id);
	int stop = 0;
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct retention_facts f = {
			.id = sqlite3_column_int64(st, 0),
			.voided = sqlite3_column_int(st, 1) != 0,
			.day = db_col_text(st, 2),
			.implant = sqlite3_column_int(st, 3) != 0,
			.expiry = db_col_opt(st, 4),
			.day_plus = db_col_text(st, 5),
			.expiry_plus = db_col_opt(st, 6),
		};
		stop = row(ud, &f);
	}
	if (stop) {
		sqlite3_reset(st);
		return GERR_OK;
	}
	return db_step_done(db, st, rc, err);
}
