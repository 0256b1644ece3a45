#include "config.h"
#include "core/service.h"
#include "base/i18n.h"
#include "core/receiving.h"
#include "core/recall.h"
#include "core/records.h"
#include "core/sales.h"
#include "db/db_record.h"
#include "db/db_service.h"
#include "db/db_stock.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* The acceptance date of the unit (product and serial: two makers may
 * use one serial number), else its sale date, with the basis. */
static int warranty_start(struct session *s, const struct value *product,
                          const struct value *serial, char **date, const char **basis,
                          struct gerr *err)
{
	*date = NULL;
	*basis = "unknown";
	if (serial->null || product->null)
		return GERR_OK;
	int rc = db_service_accepted_on(s->db, product->num, serial->text, date, err);
	if (rc == GERR_OK && *date) {
		*basis = "acceptance";
		return GERR_OK;
	}
	if (rc == GERR_OK && (rc = db_sale_date_by_serial(s->db, product->num, serial->text, date, err)) == GERR_OK &&
	    *date)
		*basis = "sale_date";
	return rc;
}

int service_check(struct session *s, struct record *r, struct gerr *err)
{
	const struct form *form = r->form;
	struct value *from = record_value(r, "warranty_from"), *basis = record_value(r, "warranty_basis");
	struct value *charge = record_value(r, "charge");
	value_clear(from);
	value_clear(basis);
	const struct value *kind = record_value(r, "kind");
	if (kind->null || strcmp(kind->text, "repair") != 0)
		return GERR_OK;
	char *start = NULL;
	const char *b;
	int rc = warranty_start(s, record_value(r, "product"), record_value(r, "serial"), &start,
	                       &b, err);
	if (rc)
		return rc;
	value_set_text(basis, b);
	struct ymd acc, notified;
	struct ymdhm when;
	if (!start || date_parse(start, &acc) != DATE_OK ||
	    datetime_parse(record_value(r, "notified_at")->text, &when) != DATE_OK) {
		free(start);
		return GERR_OK; /* nothing to count from: the charge is the clerk's */
	}
	value_set_text(from, start);
	notified = when.date;
	const char *computed = warranty_free(&acc, &notified) ? "warranty" : "paid";
	if (charge->null) {
		value_set_text(charge, computed);
	} else if (strcmp(charge->text, computed) != 0 && record_value(r, "charge_reason")->null) {
		const struct field *f = form_field(form, "charge");
		rc = field_refuse(err, f, _("is \"%s\" but the warranty from %s gives \"%s\": give charge_reason to override it"),
		                  field_choice_label(f, charge->text), start,
		                  field_choice_label(f, computed));
	}
	free(start);
	return rc;
}

int events_check(struct session *s, struct record *r, struct gerr *err)
{
	(void)s;
	const struct value *sev = record_value(r, "severity");
	if (!ae_needs_stop_use(ae_severity_parse(sev->text)))
		return GERR_OK;
	const char *missing = record_value(r, "stop_use_notice_at")->null ? "stop_use_notice_at"
	                      : record_value(r, "stop_use_notified")->null ? "stop_use_notified"
	                                                                    : NULL;
	if (!missing)
		return GERR_OK;
	const struct field *fs = form_field(r->form, "severity");
	return field_refuse(err, form_field(r->form, missing),
	                    _("is required: a %s event cannot be saved without the stop-use notice,"
	                      " when (stop_use_notice_at) and to whom (stop_use_notified)"),
	                    field_choice_label(fs, sev->text));
}

/* The paths of the seed: the company's own products are taken back or
 * exchanged; for a distributed one the dispute goes to the supplier, so
 * closing needs when, whom and the answer. */
static int returns_path(struct record *r, struct gerr *err)
{
	const struct value *own = record_value(r, "own_product"), *out = record_value(r, "outcome");
	if (!out->null && strcmp(out->text, "exchange") == 0 &&
	    record_value(r, "replacement_serial")->null && record_value(r, "replacement_batch")->null)
		return field_refuse(err, form_field(r->form, "replacement_serial"), "%s",
		                    _("is required for an exchange: the serial or batch number of the"
		                      " replacement (replacement_serial or replacement_batch)"));
	if (own->null || own->num || record_value(r, "closed_date")->null)
		return GERR_OK;
	static const char *const needed[] = { "supplier_contacted_at", "supplier_contact",
		                               "supplier_outcome" };
	for (int i = 0; i < 3; i++)
		if (record_value(r, needed[i])->null)
			return field_refuse(err, form_field(r->form, needed[i]), "%s",
			                    _("is required to close the return of a distributed product:"
			                      " the quality dispute is taken up with the supplier"));
	return GERR_OK;
}

/* The unit an exchange gives out is goods leaving the office like a sale:
 * not of a batch under an open recall, and (stock_check on) not more than
 * is on hand. An edit that keeps the replacement and quantity is not
 * judged again. */
static int check_replacement(struct session *s, struct record *r, struct record *line,
                             struct gerr *err)
{
	const struct value *out = record_value(r, "outcome"), *qty = record_value(r, "qty");
	const struct value *b = record_value(r, "replacement_batch"),
	                   *sn = record_value(r, "replacement_serial");
	if (out->null || strcmp(out->text, "exchange") != 0 || (b->null && sn->null))
		return GERR_OK;
	static const char *const kept[] = { "outcome", "qty", "replacement_batch",
		                             "replacement_serial", "sale" };
	bool same;
	int rc = records_unchanged(s, r, kept, 5, &same, err);
	if (rc || same)
		return rc;
	int64_t product = record_value(line, "product")->num;
	const struct field *fb = form_field(r->form, "replacement_batch"),
	                   *fs = form_field(r->form, "replacement_serial");
	rc = recall_check_unit(s, product, b, sn, fb, fs, RECALL_EXCHANGED, err);
	if (rc == GERR_OK && !sn->null)
		rc = sales_check_unit_out(s, product, sn->text, 0, r->id, fs, err);
	if (rc || !receiving_stock_checked(s))
		return rc;
	int64_t on_hand = 0;
	if ((rc = db_stock_on_hand(s->db, product, b->null ? NULL : b->text,
	                           sn->null ? NULL : sn->text, 0, &on_hand, err)) != GERR_OK)
		return rc;
	if (r->id) { /* this return's own replacement, as saved, is counted out already */
		int64_t before = 0;
		if ((rc = db_returns_replaced(s->db, r->id, product, b->null ? NULL : b->text,
		                              sn->null ? NULL : sn->text, &before, err)) != GERR_OK)
			return rc;
		on_hand += before;
	}
	if (!qty->null && on_hand < qty->num)
		return field_refuse(err, b->null ? fs : fb,
		                    _("%s: %" PRId64 " to give out is more than the %" PRId64
		                      " on hand (库存不足): receive the goods first"),
		                    b->null ? sn->text : b->text, qty->num, on_hand < 0 ? 0 : on_hand);
	return GERR_OK;
}

int returns_check(struct session *s, struct record *r, struct gerr *err)
{
	int path = returns_path(r, err);
	if (path)
		return path;
	const struct value *sale = record_value(r, "sale"), *qty = record_value(r, "qty");
	if (sale->null || qty->null)
		return GERR_OK;
	struct record *line = NULL;
	int64_t before = 0;
	int rc = db_record_get(s->db, form_find("sales"), sale->num, &line, err);
	if (rc == GERR_OK)
		rc = db_returns_total(s->db, sale->num, r->id, &before, err);
	if (rc == GERR_OK) {
		int64_t sold = record_value(line, "qty")->num;
		if (before + qty->num > sold)
			rc = field_refuse(err, form_field(r->form, "qty"),
			                  _("%" PRId64 " and the %" PRId64 " already returned exceed the %"
			                    PRId64 " sold on sales line %" PRId64),
			                  qty->num, before, sold, sale->num);
	}
	if (rc == GERR_OK)
		rc = check_replacement(s, r, line, err);
	record_free(line);
	return rc;
}
