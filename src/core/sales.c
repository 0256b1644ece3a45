#include "config.h"
#include "core/sales.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/recall.h"
#include "core/receiving.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db_sales.h"
#include "db/db_record.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sales_check_unit_out(struct session *s, int64_t product, const char *serial, int64_t sale,
                         int64_t ret, const struct field *f, struct gerr *err)
{
	struct sale_ref held;
	int rc = db_sale_serial_standing(s->db, product, serial, sale, &held, err);
	if (rc == GERR_OK && held.id)
		rc = field_refuse(err, f,
		                  _("%s was sold on line %" PRId64 " (%s, to %s) and has not come back:"
		                    " a unit is sold again only after a return of that line"),
		                  serial, held.id, held.date, held.text ? held.text : "");
	sale_ref_free(&held);
	if (rc == GERR_OK &&
	    (rc = db_sale_serial_replaced(s->db, product, serial, ret, &held, err)) == GERR_OK &&
	    held.id)
		rc = field_refuse(err, f,
		                  _("%s was given out in an exchange for line %" PRId64 " (%s, to %s):"
		                    " that unit is with the customer"),
		                  serial, held.id, held.date, held.text ? held.text : "");
	sale_ref_free(&held);
	return rc;
}

/* A serial number names one unit: quantity 1, and not sold again while it
 * is out with a customer. */
static int check_serial(struct session *s, struct record *r, struct gerr *err)
{
	const struct form *f = r->form;
	const struct value *serial = record_value(r, "serial"), *qty = record_value(r, "qty");
	if (serial->null)
		return GERR_OK;
	if (!qty->null && qty->num != 1)
		return field_refuse(err, form_field(f, "qty"), "%s",
		                    _("must be 1 on a line with a serial number: a serial number names one unit"));
	return sales_check_unit_out(s, record_value(r, "product")->num, serial->text, r->id, 0,
	                            form_field(f, "serial"), err);
}

/* One product's batch has one expiry date, unless the quality manager
 * (PERM_OVERRIDE) says why; the audit row keeps the reason. */
static int check_expiry(struct session *s, struct record *r, struct gerr *err)
{
	const struct value *batch = record_value(r, "batch"), *expiry = record_value(r, "expiry");
	bool may = perm_allowed(s->user.role, NULL, PERM_OVERRIDE);
	bool why = s->override_reason && *s->override_reason;
	if (batch->null || expiry->null || (may && why))
		return GERR_OK;
	struct sale_ref other;
	int rc = db_sale_batch_expiry(s->db, record_value(r, "product")->num, batch->text,
	                              expiry->text, r->id, &other, err);
	const char *hint = !may ? _(" If this batch really has two, the quality manager records it"
	                            " with the reason.")
	                   : s->asks_reason ? ""
	                   : _(" If this batch really has two, say why with --reason TEXT");
	if (rc == GERR_OK && other.id) {
		rc = field_refuse(err, form_field(r->form, "expiry"),
		                  _("%s differs from %s, the expiry of batch %s on line %" PRId64
		                    " (sold %s): one batch has one expiry date.%s"),
		                  expiry->text, other.text, batch->text, other.id, other.date, hint);
		s->override_offered = may;
	}
	sale_ref_free(&other);
	return rc;
}

/* Copies fields from of the record of form `form` with id into the line's
 * fields to (same count). */
static int freeze(struct session *s, struct record *r, const char *form, int64_t id,
                  const char *const *from, const char *const *to, int n, struct gerr *err)
{
	struct record *src = NULL;
	int rc = db_record_get(s->db, form_find(form), id, &src, err);
	for (int i = 0; rc == GERR_OK && i < n; i++)
		value_copy(record_value(r, to[i]), record_value(src, from[i]));
	record_free(src);
	return rc;
}

/* The facts of the day of sale: copied when the line is saved first, and
 * again on an edit only for the product or buyer the edit changes. */
static int freeze_facts(struct session *s, struct record *r, const struct record *old,
                        struct gerr *err)
{
	static const char *const pfrom[] = { "name", "manufacturer", "reg_no", "unit" };
	static const char *const pto[] = { "product_name", "manufacturer", "reg_no", "unit" };
	static const char *const cfrom[] = { "name", "address", "contact", "phone", "licence_no" };
	static const char *const cto[] = { "buyer_name", "buyer_address", "buyer_contact",
		                           "buyer_phone", "buyer_licence" };
	int64_t product = record_value(r, "product")->num, customer = record_value(r, "customer")->num;
	int rc = GERR_OK;
	if (!old || old->v[form_field_index(old->form, "product")].num != product)
		rc = freeze(s, r, "products", product, pfrom, pto, 4, err);
	if (rc == GERR_OK && (!old || old->v[form_field_index(old->form, "customer")].num != customer))
		rc = freeze(s, r, "customers", customer, cfrom, cto, 5, err);
	return rc;
}

/* An edit that leaves the goods as they were is not judged again by the
 * rules that look at other lines or at the product and buyer (they may
 * have changed since); facts also names the buyer and the day. */
static bool same_goods(const struct record *r, const struct record *old, bool facts)
{
	static const char *const goods[] = { "product", "qty", "batch", "serial", "expiry",
		                             "customer", "sale_date" };
	return record_same(r, old, goods, facts ? 7 : 5);
}

int sales_check(struct session *s, struct record *r, struct gerr *err)
{
	struct record *old = NULL;
	int rc = r->id ? db_record_get(s->db, r->form, r->id, &old, err) : GERR_OK;
	if (rc == GERR_OK && !(old && same_goods(r, old, false)) &&
	    (rc = check_serial(s, r, err)) == GERR_OK)
		rc = check_expiry(s, r, err);
	if (rc == GERR_OK && !(old && same_goods(r, old, true)))
		rc = receiving_check_sale(s, r, err);
	if (rc == GERR_OK)
		rc = recall_check_sale(s, r, err);
	if (rc == GERR_OK)
		rc = freeze_facts(s, r, old, err);
	record_free(old);
	return rc;
}

/* ---- an implant comes from a standing sale of an implant product ---- */

static int implant_product(struct session *s, struct record *r, struct gerr *err)
{
	const struct field *pf = form_field(r->form, "product");
	const struct form *products = form_find("products");
	struct value implant = { .null = true };
	int rc = db_record_field(s->db, products, record_value(r, "product")->num,
	                         form_field(products, "implant"), &implant, err);
	if (rc == GERR_OK && (implant.null || implant.num != 1))
		rc = field_refuse(err, pf, "%s",
		                  _("is not an implant (植入) in Products: only implanted products are recorded here"));
	value_clear(&implant);
	return rc;
}

/* The sales line the unit came from: the one given, or the earliest live
 * sale of the product with the serial (else batch) number. */
static int implant_sale(struct session *s, struct record *r, struct sale_ref *sale,
                        struct gerr *err)
{
	const struct value *sv = record_value(r, "sale"), *product = record_value(r, "product");
	const struct value *batch = record_value(r, "batch"), *serial = record_value(r, "serial");
	memset(sale, 0, sizeof *sale);
	if (sv->null) {
		int rc = db_sale_of_unit(s->db, product->num, batch->null ? NULL : batch->text,
		                         serial->null ? NULL : serial->text, sale, err);
		if (rc == GERR_OK && !sale->id)
			rc = field_refuse(err, form_field(r->form, serial->null ? "batch" : "serial"),
			                  _("%s: no standing sale of this product has it"),
			                  serial->null ? batch->text : serial->text);
		return rc;
	}
	struct record *line = NULL;
	int rc = db_record_get(s->db, form_find("sales"), sv->num, &line, err);
	if (rc)
		return rc;
	if (line->voided || record_value(line, "product")->num != product->num)
		rc = field_refuse(err, form_field(r->form, "sale"),
		                  _("line %" PRId64 " is not a standing sale of this product"), sv->num);
	sale->id = sv->num;
	sale->date = xstrdup(record_value(line, "sale_date")->text);
	char qty[24];
	snprintf(qty, sizeof qty, "%" PRId64, record_value(line, "qty")->num);
	sale->text = xstrdup(qty);
	record_free(line);
	return rc;
}

int implant_check(struct session *s, struct record *r, struct gerr *err)
{
	struct sale_ref sale = { 0 };
	int rc = implant_product(s, r, err);
	if (rc == GERR_OK)
		rc = implant_sale(s, r, &sale, err);
	const struct value *used = record_value(r, "use_date");
	if (rc == GERR_OK && !used->null && strcmp(used->text, sale.date) < 0)
		rc = field_refuse(err, form_field(r->form, "use_date"),
		                  _("%s is before the sale date %s of line %" PRId64), used->text,
		                  sale.date, sale.id);
	int64_t count = 0, qty = sale.text ? strtoll(sale.text, NULL, 10) : 0;
	if (rc == GERR_OK && !record_value(r, "sale")->null &&
	    (rc = db_implants_on_sale(s->db, sale.id, r->id, &count, err)) == GERR_OK &&
	    count + 1 > qty)
		rc = field_refuse(err, form_field(r->form, "sale"),
		                  _("line %" PRId64 " sold %" PRId64 " units and already has %" PRId64
		                    " implant records"), sale.id, qty, count);
	sale_ref_free(&sale);
	return rc;
}
