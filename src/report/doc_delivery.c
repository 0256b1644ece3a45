/* 销售出库单（随货同行单）: the delivery note that travels with the goods.
 * One delivery is every live sales line of one customer on one date; the
 * command names any of its lines. The lines carry the GSP facts frozen on
 * the day of sale (sales_check), so the note reprinted a year later says
 * what the paper that went with the goods said. */
#include "config.h"
#include "report/docs.h"
#include "base/i18n.h"
#include "core/records.h"

#include <stdlib.h>

static const char *const delivery_signs[] = { N_("Shipper"), N_("Consignee"), NULL };

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err);

const struct doc_kind doc_delivery = { "delivery", "sales",
	                               N_("Sales delivery note"),
	                               delivery_signs, layout };

static const char *text(const struct record *r, const char *field)
{
	const char *t = record_text(r, field);
	return t ? t : "";
}

/* label in col, value merged over the columns from..to: the buyer's facts
 * above the table, which must not widen the table's columns */
static void fact(struct xsheet *sh, int row, int col, const char *label, int from, int to,
                 const char *value)
{
	xsheet_text(sh, row, col, label, XF_BOLD);
	worksheet_merge_range(sh->ws, (lxw_row_t)row, (lxw_col_t)from, (lxw_row_t)row, (lxw_col_t)to,
	                      value, sh->book->fmt[XF_TEXT]);
}

enum { C_NO, C_NAME, C_SPEC, C_MAKER, C_REG, C_BATCH, C_SERIAL, C_EXPIRY, C_QTY, C_UNIT,
       C_PRICE, C_AMOUNT, NCOLS };

static void line(struct xsheet *sh, int row, int no, struct record *r)
{
	xsheet_int(sh, row, C_NO, no);
	xsheet_text(sh, row, C_NAME, text(r, "product_name"), XF_TEXT);
	xsheet_text(sh, row, C_SPEC, text(r, "spec"), XF_TEXT);
	xsheet_text(sh, row, C_MAKER, text(r, "manufacturer"), XF_TEXT);
	xsheet_text(sh, row, C_REG, text(r, "reg_no"), XF_TEXT);
	xsheet_text(sh, row, C_BATCH, text(r, "batch"), XF_TEXT);
	xsheet_text(sh, row, C_SERIAL, text(r, "serial"), XF_TEXT);
	xsheet_date(sh, row, C_EXPIRY, record_value(r, "expiry")->text);
	xsheet_int(sh, row, C_QTY, record_value(r, "qty")->num);
	xsheet_text(sh, row, C_UNIT, text(r, "unit"), XF_TEXT);
	const struct value *price = record_value(r, "unit_price"), *amount = record_value(r, "amount");
	if (price->null)
		xsheet_blank(sh, row, C_PRICE);
	else
		xsheet_money(sh, row, C_PRICE, price->num);
	if (amount->null)
		xsheet_blank(sh, row, C_AMOUNT);
	else
		xsheet_money(sh, row, C_AMOUNT, amount->num);
}

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err)
{
	const char *date = record_value(r, "sale_date")->text;
	struct list_filter by = { .field = form_field(r->form, "customer"),
	                          .value = { .num = record_value(r, "customer")->num } };
	struct list_query q = { .form = r->form, .filters = &by, .nfilters = 1,
	                        .since = date, .until = date };
	struct doc_records l = { 0 };
	int rc = records_list(s, &q, doc_records_add, &l, err);
	if (rc == GERR_OK && l.n > 0) {
		b->landscape = true;
		struct xsheet sh;
		/* the delivery's number is its first line's, whichever line was named */
		doc_sheet(b, &sh, k, l.r[0]->id);
		xsheet_wrap(&sh, C_NAME, 16);
		xsheet_wrap(&sh, C_SPEC, 12);
		xsheet_wrap(&sh, C_MAKER, 14);
		xsheet_wrap(&sh, C_REG, 20);
		fact(&sh, 3, C_NO, _("Customer"), C_NAME, C_MAKER, text(r, "buyer_name"));
		fact(&sh, 3, C_REG, _("Sale date"), C_BATCH, C_SERIAL, date);
		fact(&sh, 3, C_EXPIRY, _("Licence no."), C_QTY, C_AMOUNT, text(r, "buyer_licence"));
		fact(&sh, 4, C_NO, _("Address"), C_NAME, C_MAKER, text(r, "buyer_address"));
		fact(&sh, 4, C_REG, _("Contact person"), C_BATCH, C_SERIAL, text(r, "buyer_contact"));
		fact(&sh, 4, C_EXPIRY, _("Phone"), C_QTY, C_AMOUNT, text(r, "buyer_phone"));
		const char *head[NCOLS] = { _("No."), _("Product name"), _("Spec/model"),
			                    _("Manufacturer"), _("Registration/filing no."),
			                    _("Batch no."), _("Serial no."), _("Expiry date"),
			                    _("Quantity"), _("Unit"), _("Unit price"), _("Amount") };
		for (int c = 0; c < NCOLS; c++)
			xsheet_text(&sh, 6, c, head[c], XF_HEADER);
		int64_t qty = 0, cents = 0;
		bool unpriced = false;
		int row = 7;
		for (int i = 0; i < l.n; i++, row++) {
			line(&sh, row, i + 1, l.r[i]);
			qty += record_value(l.r[i], "qty")->num;
			const struct value *amount = record_value(l.r[i], "amount");
			unpriced |= amount->null;
			cents += amount->null ? 0 : amount->num;
		}
		xsheet_text(&sh, row, C_NO, _("Total"), XF_BOLD);
		xsheet_int(&sh, row, C_QTY, qty);
		/* a line without a price leaves the total unknown, not smaller */
		if (unpriced)
			xsheet_blank(&sh, row, C_AMOUNT);
		else
			xsheet_money(&sh, row, C_AMOUNT, cents);
		xsheet_sign_off(&sh, row + 2, k->signatures);
		xsheet_finish(&sh, false);
	}
	doc_records_free(&l);
	return rc;
}
