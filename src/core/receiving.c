#include "config.h"
#include "core/receiving.h"
#include "base/i18n.h"
#include "core/accounts.h"
#include "core/perm.h"
#include "core/recall.h"
#include "core/records.h"
#include "core/stock_guard.h"
#include "db/db_record.h"
#include "db/db_trace.h"
#include "model/record.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* The record of form name with id (caller frees). */
static int get(struct session *s, const char *name, int64_t id, struct record **out,
               struct gerr *err)
{
	return db_record_get(s->db, form_find(name), id, out, err);
}

/* The supplier's name of the day received, kept on the receipt (as a
 * sales line keeps its buyer's): frozen when the receipt is made or names
 * another supplier, never by an edit of something else. */
static int freeze_supplier(struct session *s, struct record *r, struct gerr *err)
{
	const struct value *sup = record_value(r, "supplier");
	struct value *name = record_value(r, "supplier_name");
	static const char *const supplier_field[] = { "supplier" };
	bool same;
	int rc = records_unchanged(s, r, supplier_field, 1, &same, err);
	if (rc || same)
		return rc;
	value_clear(name);
	if (sup->null)
		return GERR_OK;
	struct record *supplier = NULL;
	rc = get(s, "suppliers", sup->num, &supplier, err);
	if (rc == GERR_OK)
		value_copy(name, record_value(supplier, "name"));
	record_free(supplier);
	return rc;
}

int receipts_check(struct session *s, struct record *r, struct gerr *err)
{
	int frozen = freeze_supplier(s, r, err);
	if (frozen)
		return frozen;
	const struct value *sup = record_value(r, "supplier");
	if (sup->null || strcmp(record_text(r, "kind"), "purchase") != 0)
		return GERR_OK;
	const struct field *f = form_field(r->form, "supplier");
	const char *date = record_text(r, "date");
	struct record *supplier = NULL;
	int rc = get(s, "suppliers", sup->num, &supplier, err);
	if (rc)
		return rc;
	const char *approved = record_text(supplier, "approved_on");
	const char *expiry = record_text(supplier, "licence_expiry");
	if (!approved || strcmp(approved, date) > 0)
		rc = field_refuse(err, f, "%s",
		                  _("has no approved qualification (首营企业审核) on the day received:"
		                    " give its approval date in Suppliers first"));
	else if (strcmp(record_text(supplier, "status"), "active") != 0)
		rc = field_refuse(err, f, "%s", _("is suspended: nothing is received from it"));
	else if (expiry && strcmp(expiry, date) < 0)
		rc = field_refuse(err, f,
		                  _("has a licence that expired on %s, before the day received %s:"
		                    " nothing is received from it"), expiry, date);
	record_free(supplier);
	return rc;
}

/* The supplier's scope covers the product's class (a product without a
 * class is not judged). */
static int check_scope(struct session *s, struct record *line, struct record *product,
                       int64_t supplier_id, struct gerr *err)
{
	const char *cls = record_text(product, "class");
	if (!cls)
		return GERR_OK;
	char field[16] = "class_";
	for (size_t i = 0; cls[i] && i < 3; i++)
		field[6 + i] = (char)(cls[i] - 'A' + 'a');
	struct record *supplier = NULL;
	int rc = get(s, "suppliers", supplier_id, &supplier, err);
	if (rc)
		return rc;
	const struct value *v = record_value(supplier, field);
	if (v->null || v->num != 1)
		rc = field_refuse(err, form_field(line->form, "product"),
		                  _("is of class %s, which the business scope of supplier %s does not"
		                    " cover: it may not be received from them"),
		                  cls, record_text(supplier, "name"));
	record_free(supplier);
	return rc;
}

/* What the inspector may accept on the day received: goods made by then,
 * not already expired, and that arrived as their storage asks. */
static int check_goods(struct record *r, struct record *head, struct gerr *err)
{
	const char *day = record_text(head, "date"), *made = record_text(r, "made"),
	           *expiry = record_text(r, "expiry");
	if (made && strcmp(made, day) > 0)
		return field_refuse(err, form_field(r->form, "made"),
		                    _("is after the day received %s"), day);
	if (strcmp(record_text(r, "conclusion"), "accepted") != 0)
		return GERR_OK;
	if (expiry && strcmp(expiry, day) < 0)
		return field_refuse(err, form_field(r->form, "expiry"),
		                    _("is before the day received %s: expired goods are not accepted"
		                      " (conclusion rejected, with the reason)"), day);
	const struct value *storage = record_value(r, "storage_ok");
	if (!storage->null && !storage->num)
		return field_refuse(err, form_field(r->form, "storage_ok"), "%s",
		                    _("is no: goods that did not arrive as their storage asks are not"
		                      " accepted (conclusion rejected, with the reason)"));
	return GERR_OK;
}

/* An edit that leaves the goods and the inspector's conclusion as they
 * were (a remark, the inspector's name) is not judged again by rules that
 * look at the product, supplier or recalls as they are today, and keeps
 * the facts frozen on its day; a change of product freezes them anew. An
 * edit that changes the goods must not take away stock already sold
 * (core/stock_guard.h). */
int receipt_lines_check(struct session *s, struct record *r, struct gerr *err)
{
	struct record *old = NULL;
	int rc = r->id ? get(s, "receipt_lines", r->id, &old, err) : GERR_OK;
	/* the product first: it alone decides the facts frozen */
	static const char *const kept[] = { "product", "receipt", "qty", "batch", "serial", "made",
		                             "expiry", "storage_ok", "conclusion" };
	if (rc || (old && record_same(r, old, kept, (int)(sizeof kept / sizeof kept[0])))) {
		record_free(old);
		return rc;
	}
	bool same_product = old && record_same(r, old, kept, 1);
	struct record *head = NULL, *product = NULL;
	rc = get(s, "receipts", record_value(r, "receipt")->num, &head, err);
	if (rc == GERR_OK)
		rc = get(s, "products", record_value(r, "product")->num, &product, err);
	if (rc == GERR_OK && !record_text(product, "approved_on"))
		rc = field_refuse(err, form_field(r->form, "product"), "%s",
		                  _("has no approved qualification (首营品种审核) in Products:"
		                    " it may not be received or sold"));
	if (rc == GERR_OK)
		rc = check_goods(r, head, err);
	const struct value *sup = rc ? NULL : record_value(head, "supplier");
	if (rc == GERR_OK && !sup->null && strcmp(record_text(head, "kind"), "purchase") == 0)
		rc = check_scope(s, r, product, sup->num, err);
	if (rc == GERR_OK && strcmp(record_text(r, "conclusion"), "accepted") == 0)
		rc = recall_check_goods(s, r, true, err);
	if (rc == GERR_OK && old)
		rc = stock_guard_line_edit(s, old, r, err);
	if (rc == GERR_OK && !same_product) {
		value_copy(record_value(r, "product_name"), record_value(product, "name"));
		value_copy(record_value(r, "reg_no"), record_value(product, "reg_no"));
		value_copy(record_value(r, "manufacturer"), record_value(product, "manufacturer"));
	}
	record_free(product);
	record_free(head);
	record_free(old);
	return rc;
}

bool receiving_stock_checked(struct session *s)
{
	char *v = NULL;
	bool on = settings_get(s, RECEIVING_STOCK_CHECK, &v, NULL) == GERR_OK && v &&
	          strcmp(v, "on") == 0;
	free(v);
	return on;
}

/* A rule that gives way to the reason (add --reason) of a role with the
 * override right (core/perm.c: the quality manager, the administrator). */
static bool overridden(const struct session *s)
{
	return s->override_reason && *s->override_reason &&
	       perm_allowed(s->user.role, NULL, PERM_OVERRIDE);
}

static int check_dates(struct session *s, struct record *r, struct gerr *err)
{
	const char *date = record_text(r, "sale_date");
	struct record *product = NULL, *buyer = NULL;
	int rc = get(s, "products", record_value(r, "product")->num, &product, err);
	if (rc == GERR_OK)
		rc = get(s, "customers", record_value(r, "customer")->num, &buyer, err);
	const char *cert = rc ? NULL : record_text(product, "cert_expiry");
	const char *licence = rc ? NULL : record_text(buyer, "licence_expiry");
	if (rc == GERR_OK && cert && strcmp(cert, date) < 0 && !overridden(s))
		rc = field_refuse(err, form_field(r->form, "product"),
		                  _("has a registration certificate that expired on %s, before the sale"
		                    " date %s: it may not be sold. A quality manager may sell it anyway"
		                    " with --reason TEXT"), cert, date);
	else if (rc == GERR_OK && licence && strcmp(licence, date) < 0 && !overridden(s))
		rc = field_refuse(err, form_field(r->form, "customer"),
		                  _("has a licence that expired on %s, before the sale date %s: nothing"
		                    " may be sold to them. A quality manager may sell anyway with"
		                    " --reason TEXT"), licence, date);
	else if (rc == GERR_OK && receiving_stock_checked(s) && !record_text(product, "approved_on"))
		rc = field_refuse(err, form_field(r->form, "product"), "%s",
		                  _("has no approved qualification (首营品种审核) in Products:"
		                    " it may not be received or sold"));
	record_free(buyer);
	record_free(product);
	return rc;
}

static int check_stock(struct session *s, struct record *r, struct gerr *err)
{
	const char *batch = record_text(r, "batch"), *serial = record_text(r, "serial");
	int64_t qty = record_value(r, "qty")->num, on_hand = 0;
	int rc = db_stock_on_hand(s->db, record_value(r, "product")->num, batch, serial, r->id,
	                          &on_hand, err);
	if (rc == GERR_OK && on_hand < qty)
		rc = field_refuse(err, form_field(r->form, "qty"),
		                  _("%" PRId64 " is more than the %" PRId64 " on hand of %s"
		                    " (库存不足): receive the goods first"),
		                  qty, on_hand < 0 ? 0 : on_hand, batch ? batch : serial);
	return rc;
}

int receiving_check_sale(struct session *s, struct record *r, struct gerr *err)
{
	int rc = check_dates(s, r, err);
	if (rc == GERR_OK && receiving_stock_checked(s))
		rc = check_stock(s, r, err);
	return rc;
}

/* day (YYYY-MM-DD) + days, as YYYY-MM-DD */
static void days_ahead(const char *day, int days, char out[11])
{
	struct ymd from;
	date_parse(day, &from);
	struct ymd d = date_from_days(date_to_days(&from) + days);
	date_format(&d, out);
}

int receiving_stock(struct session *s, int64_t product, int expiring_days, const char *at,
                    int (*row)(void *ud, const struct stock_row *r), void *ud, struct gerr *err)
{
	int rc = perm_check(s->user.role, form_find("receipts"), PERM_VIEW, err);
	if (rc)
		return rc;
	/* an office not recording its receipts would see every sale as stock
	 * below zero: no figure rather than a wrong one */
	if (!receiving_stock_checked(s))
		return gerr_set(err, GERR_INPUT, RECEIVING_STOCK_CHECK, "%s",
		                _("Stock is not kept: receipts are not recorded here (the setting"
		                  " stock_check is off; turn it on once every delivery is entered as a"
		                  " receipt)."));
	/* stock is known up to today: a later day would show today's as its */
	if (at && strncmp(at, s->today, 10) > 0)
		return gerr_set(err, GERR_INPUT, "at", _("%s is in the future (today is %s)"), at,
		                s->today);
	char until[11];
	if (expiring_days >= 0)
		days_ahead(at ? at : s->today, expiring_days, until);
	return db_stock_list(s->db, product, expiring_days >= 0 ? until : NULL, at, row, ud, err);
}

int receiving_expiring(struct session *s, int days,
                       int (*row)(void *ud, const struct qualification *q), void *ud,
                       struct gerr *err)
{
	char until[11];
	days_ahead(s->today, days, until);
	return db_qualification_expiring(s->db, until, row, ud, err);
}

static int sum_receipt(void *ud, const struct receipt_row *r)
{
	struct reconcile *c = ud;
	*(r->conclusion && strcmp(r->conclusion, "rejected") == 0 ? &c->rejected : &c->received) +=
		r->qty;
	return 0;
}

static int sum_sale(void *ud, const struct trace_sale_row *r)
{
	((struct reconcile *)ud)->sold += r->qty;
	return 0;
}

static int no_implant(void *ud, const struct trace_implant_row *r)
{
	(void)ud, (void)r;
	return 0;
}

int receiving_reconcile(struct session *s, int64_t product, const char *batch,
                        const char *serial, struct reconcile *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int rc = db_trace_receipts(s->db, product, batch, batch ? NULL : serial, sum_receipt, out,
	                           err);
	if (rc == GERR_OK)
		rc = db_trace(s->db, product, batch, batch ? NULL : serial, sum_sale, no_implant, out,
		              err);
	if (rc == GERR_OK)
		rc = db_stock_on_hand(s->db, product, batch, serial, 0, &out->on_hand, err);
	out->back = out->on_hand - out->received + out->sold;
	return rc;
}
