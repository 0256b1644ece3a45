/* The trace queries. The WHERE clause names the indexed key column directly
 * (batch_key, serial_key, or product and batch_key) so SQLite uses its
 * index; a number is found however its case, width or spaces were typed. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_trace.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

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

static int read_sales(struct db *db, int64_t product, const char *batch, const char *serial,
                      struct trace *out, struct gerr *err)
{
	sqlite3_stmt *st;
	/* the names, address and contact frozen on the line on its day of sale */
	int rc = prepare(db, "SELECT t.id, t.qty, c.id, t.sale_date, p.code, t.product_name, t.batch,"
	                     " t.serial, c.code, t.buyer_name, t.buyer_address, t.buyer_contact,"
	                     " t.buyer_phone"
	                     " FROM sales t JOIN products p ON p.id = t.product"
	                     " JOIN customers c ON c.id = t.customer WHERE t.voided = 0",
	                 "t.sale_date, t.id", product, batch, serial, &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->sales = xrealloc(out->sales, sizeof *out->sales * (size_t)(out->nsales + 1));
		struct trace_sale *s = &out->sales[out->nsales++];
		s->id = sqlite3_column_int64(st, 0);
		s->qty = sqlite3_column_int64(st, 1);
		s->customer_id = sqlite3_column_int64(st, 2);
		s->sale_date = db_col_dup(st, 3);
		s->product_code = db_col_dup(st, 4);
		s->product_name = db_col_dup(st, 5);
		s->batch = db_col_dup(st, 6);
		s->serial = db_col_dup(st, 7);
		s->customer_code = db_col_dup(st, 8);
		s->customer_name = db_col_dup(st, 9);
		s->address = db_col_dup(st, 10);
		s->contact = db_col_dup(st, 11);
		s->phone = db_col_dup(st, 12);
		out->total_qty += s->qty;
	}
	return db_step_done(db, st, rc, err);
}

static int read_implants(struct db *db, int64_t product, const char *batch, const char *serial,
                         struct trace *out, struct gerr *err)
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
		out->implants = xrealloc(out->implants,
		                         sizeof *out->implants * (size_t)(out->nimplants + 1));
		struct trace_implant *i = &out->implants[out->nimplants++];
		i->id = sqlite3_column_int64(st, 0);
		i->sale_id = sqlite3_column_int64(st, 1);
		i->use_date = db_col_dup(st, 2);
		i->product_code = db_col_dup(st, 3);
		i->batch = db_col_dup(st, 4);
		i->serial = db_col_dup(st, 5);
		i->hospital = db_col_dup(st, 6);
		i->patient = db_col_dup(st, 7);
		i->patient_id = db_col_dup(st, 8);
	}
	return db_step_done(db, st, rc, err);
}

int db_trace(struct db *db, int64_t product, const char *batch, const char *serial,
             struct trace *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int rc = read_sales(db, product, batch, serial, out, err);
	if (rc == GERR_OK)
		rc = read_implants(db, product, batch, serial, out, err);
	if (rc)
		trace_free(out);
	return rc;
}

void trace_free(struct trace *t)
{
	for (int i = 0; i < t->nsales; i++) {
		struct trace_sale *s = &t->sales[i];
		free(s->sale_date); free(s->product_code); free(s->product_name);
		free(s->batch); free(s->serial); free(s->customer_code); free(s->customer_name);
		free(s->address); free(s->contact); free(s->phone);
	}
	for (int i = 0; i < t->nimplants; i++) {
		struct trace_implant *m = &t->implants[i];
		free(m->use_date); free(m->product_code); free(m->batch); free(m->serial);
		free(m->hospital); free(m->patient); free(m->patient_id);
	}
	free(t->sales);
	free(t->implants);
	memset(t, 0, sizeof *t);
}
