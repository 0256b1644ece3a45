/* The trace as a workbook: where a batch or serial number came from
 * (its receipts), every buyer and every patient, to send to the
 * manufacturer and the authority. */
#include "config.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "report/report.h"
#include "report/trace_book.h"

#include <stdio.h>

struct trace_ud {
	const struct trace *t;
	const char *what;
};

/* Where the goods came from, the first sheet: above where they went. */
static void write_received(struct xbook *b, const struct trace_ud *u)
{
	const struct trace *t = u->t;
	char subtitle[300];
	snprintf(subtitle, sizeof subtitle,
	         _("%s. Total quantity received: %lld accepted, %lld rejected."), u->what,
	         (long long)t->received_qty, (long long)t->rejected_qty);
	struct xsheet sh;
	xsheet_add(b, &sh, _("Received"), subtitle);
	const char *head[] = { _("Date received"), _("Supplier"), _("Product"), _("Batch no."),
	                       _("Serial no."), _("Quantity"), _("Conclusion"), _("Inspector"),
	                       _("Receipt") };
	xsheet_header(&sh, 3, head, 9);
	for (int i = 0; i < t->nreceipts; i++) {
		const struct trace_receipt *x = &t->receipts[i];
		int r = 4 + i;
		xsheet_date(&sh, r, 0, x->date);
		xsheet_text(&sh, r, 1, x->opening ? _("opening balance") : x->supplier, XF_TEXT);
		xsheet_text(&sh, r, 2, x->product_code, XF_TEXT);
		xsheet_text(&sh, r, 3, x->batch, XF_TEXT);
		xsheet_text(&sh, r, 4, x->serial, XF_TEXT);
		xsheet_int(&sh, r, 5, x->qty);
		xsheet_text(&sh, r, 6, x->rejected ? _("rejected") : _("accepted"), XF_TEXT);
		xsheet_text(&sh, r, 7, x->inspector, XF_TEXT);
		xsheet_int(&sh, r, 8, x->receipt);
	}
	xsheet_finish(&sh, true);
}

static int write(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	(void)s;
	(void)err;
	const struct trace_ud *u = ud;
	const struct trace *t = u->t;
	b->landscape = true;
	write_received(b, u);
	char subtitle[300];
	snprintf(subtitle, sizeof subtitle, _("%s. Total quantity sold: %lld in %d lines."), u->what,
	         (long long)t->total_qty, t->nsales);
	struct xsheet sh;
	xsheet_add(b, &sh, _("Buyers"), subtitle);
	const char *head[] = { _("Sale date"), _("Product"), _("Batch no."), _("Serial no."),
	                       _("Customer name"), _("Address"), _("Contact person"), _("Phone"),
	                       _("Quantity"), _("Line"), _("Exchange (return)") };
	xsheet_header(&sh, 3, head, 11);
	for (int i = 0; i < t->nsales; i++) {
		const struct trace_sale *x = &t->sales[i];
		int r = 4 + i;
		xsheet_date(&sh, r, 0, x->sale_date);
		xsheet_text(&sh, r, 1, x->product_name, XF_TEXT);
		xsheet_text(&sh, r, 2, x->batch, XF_TEXT);
		xsheet_text(&sh, r, 3, x->serial, XF_TEXT);
		xsheet_text(&sh, r, 4, x->customer_name, XF_TEXT);
		xsheet_text(&sh, r, 5, x->address, XF_TEXT);
		xsheet_text(&sh, r, 6, x->contact, XF_TEXT);
		xsheet_text(&sh, r, 7, x->phone, XF_TEXT);
		xsheet_int(&sh, r, 8, x->qty);
		xsheet_int(&sh, r, 9, x->id);
		if (x->exchange) /* given out in place of the customer's unit */
			xsheet_int(&sh, r, 10, x->exchange);
		else
			xsheet_blank(&sh, r, 10);
	}
	xsheet_finish(&sh, true);
	struct xsheet im;
	xsheet_add(b, &im, _("Implanted"), u->what);
	const char *ihead[] = { _("Date of use"), _("Hospital"), _("Patient"), _("Patient ID"),
	                        _("Batch no."), _("Serial no."), _("Line") };
	xsheet_header(&im, 3, ihead, 7);
	for (int i = 0; i < t->nimplants; i++) {
		const struct trace_implant *m = &t->implants[i];
		int r = 4 + i;
		xsheet_date(&im, r, 0, m->use_date);
		xsheet_text(&im, r, 1, m->hospital, XF_TEXT);
		xsheet_text(&im, r, 2, m->patient, XF_TEXT);
		xsheet_text(&im, r, 3, m->patient_id, XF_TEXT);
		xsheet_text(&im, r, 4, m->batch, XF_TEXT);
		xsheet_text(&im, r, 5, m->serial, XF_TEXT);
		if (m->sale_id)
			xsheet_int(&im, r, 6, m->sale_id);
		else
			xsheet_text(&im, r, 6, "", XF_TEXT);
	}
	xsheet_finish(&im, true);
	return GERR_OK;
}

int trace_book_write(struct session *s, const struct trace *t, const char *what,
                     const char *path, bool force, struct gerr *err)
{
	int rc = perm_check(s->user.role, form_find("sales"), PERM_VIEW, err);
	if (rc)
		return rc;
	struct trace_ud u = { t, what };
	return report_write(s, _("Trace"), path, force, write, &u, err);
}
