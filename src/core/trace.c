#include "config.h"
#include "core/trace.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/perm.h"
#include "core/records.h"
#include "db/db_stock.h"
#include "db/db_trace.h"

#include <stdlib.h>
#include <string.h>

static char *dup_opt(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int keep_sale(void *ud, const struct trace_sale_row *r)
{
	struct trace *t = ud;
	t->sales = xrealloc(t->sales, sizeof *t->sales * (size_t)(t->nsales + 1));
	t->sales[t->nsales++] = (struct trace_sale){
		.id = r->id, .qty = r->qty, .customer_id = r->customer_id, .exchange = r->exchange,
		.sale_date = dup_opt(r->sale_date), .product_code = dup_opt(r->product_code),
		.product_name = dup_opt(r->product_name), .batch = dup_opt(r->batch),
		.serial = dup_opt(r->serial), .customer_code = dup_opt(r->customer_code),
		.customer_name = dup_opt(r->customer_name), .address = dup_opt(r->address),
		.contact = dup_opt(r->contact), .phone = dup_opt(r->phone),
	};
	t->total_qty += r->qty;
	return 0;
}

static int keep_implant(void *ud, const struct trace_implant_row *r)
{
	struct trace *t = ud;
	t->implants = xrealloc(t->implants, sizeof *t->implants * (size_t)(t->nimplants + 1));
	t->implants[t->nimplants++] = (struct trace_implant){
		.id = r->id, .sale_id = r->sale_id, .use_date = dup_opt(r->use_date),
		.product_code = dup_opt(r->product_code), .batch = dup_opt(r->batch),
		.serial = dup_opt(r->serial), .hospital = dup_opt(r->hospital),
		.patient = dup_opt(r->patient), .patient_id = dup_opt(r->patient_id),
	};
	return 0;
}

static int keep_receipt(void *ud, const struct receipt_row *r)
{
	struct trace *t = ud;
	t->receipts = xrealloc(t->receipts, sizeof *t->receipts * (size_t)(t->nreceipts + 1));
	bool rejected = r->conclusion && strcmp(r->conclusion, "rejected") == 0;
	t->receipts[t->nreceipts++] = (struct trace_receipt){
		.id = r->id, .receipt = r->receipt, .qty = r->qty, .date = dup_opt(r->date),
		.supplier = dup_opt(r->supplier), .product_code = dup_opt(r->product_code),
		.batch = dup_opt(r->batch), .serial = dup_opt(r->serial),
		.inspector = dup_opt(r->inspector),
		.opening = r->kind && strcmp(r->kind, "opening") == 0, .rejected = rejected,
	};
	*(rejected ? &t->rejected_qty : &t->received_qty) += r->qty;
	return 0;
}

int trace_find(struct session *s, const char *product, const char *batch, const char *serial,
               struct trace *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	const struct form *sales = form_find("sales");
	int rc = perm_check(s->user.role, sales, PERM_VIEW, err);
	if (rc)
		return rc;
	bool has_batch = batch && *batch, has_serial = serial && *serial;
	if (has_batch == has_serial)
		return gerr_set(err, GERR_USAGE, "batch", "%s",
		                _("Give a batch number or a serial number (one of the two)."));
	int64_t product_id = 0;
	if (product && *product) {
		struct value v = { .null = true };
		rc = records_parse_value(s, form_field(sales, "product"), product, &v, err);
		product_id = v.num;
		value_clear(&v);
		if (rc)
			return rc;
	}
	rc = db_trace(s->db, product_id, has_batch ? batch : NULL, has_serial ? serial : NULL,
	              keep_sale, keep_implant, out, err);
	if (rc == GERR_OK && perm_allowed(s->user.role, form_find("receipts"), PERM_VIEW))
		rc = db_trace_receipts(s->db, product_id, has_batch ? batch : NULL,
		                       has_serial ? serial : NULL, keep_receipt, out, err);
	if (rc)
		trace_free(out);
	return rc;
}

int trace_find_number(struct session *s, const char *product, const char *number,
                      struct trace *out, bool *by_serial, struct gerr *err)
{
	if (by_serial)
		*by_serial = false;
	int rc = trace_find(s, product, number, NULL, out, err);
	if (rc || out->nsales || out->nimplants || out->nreceipts)
		return rc;
	if (by_serial)
		*by_serial = true;
	return trace_find(s, product, NULL, number, out, err);
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
	for (int i = 0; i < t->nreceipts; i++) {
		struct trace_receipt *r = &t->receipts[i];
		free(r->date); free(r->supplier); free(r->product_code); free(r->batch);
		free(r->serial); free(r->inspector);
	}
	free(t->receipts);
	free(t->sales);
	free(t->implants);
	memset(t, 0, sizeof *t);
}
