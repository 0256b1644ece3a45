/* 召回通知: the notice a recall sends one of its recipients — what is
 * recalled and why, which of the units sold to them (from the sales
 * ledger, as `gspdesk trace` finds them), what to do, and a reply slip to
 * send back. The command names the recipient's line of the recall
 * (`gspdesk recall show` lists them). */
#include "config.h"
#include "report/docs.h"
#include "base/i18n.h"
#include "core/records.h"
#include "core/trace.h"

#include <stdlib.h>

static const char *const recall_signs[] = { N_("Recipient"), N_("Quality manager"), NULL };

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err);

const struct doc_kind doc_recall = { "recall-notice", "recall_recipients", N_("Recall notice"),
	                             recall_signs, layout };

/* columns in characters: label, then three columns for the lines' table */
static const int widths[] = { 18, 30, 18, 12 };
#define FACT_WIDTH 60 /* the value over columns 1 to 3 */

static int lines_table(struct xsheet *sh, int row, const struct trace *t, int64_t customer)
{
	const char *head[] = { _("Sale date"), _("Batch no."), _("Serial no."), _("Quantity") };
	for (int c = 0; c < 4; c++)
		xsheet_text(sh, row, c, head[c], XF_HEADER);
	row++;
	for (int i = 0; i < t->nsales; i++) {
		const struct trace_sale *x = &t->sales[i];
		if (x->customer_id != customer)
			continue;
		xsheet_date(sh, row, 0, x->sale_date);
		xsheet_text(sh, row, 1, x->batch, XF_TEXT);
		xsheet_text(sh, row, 2, x->serial, XF_TEXT);
		xsheet_int(sh, row, 3, x->qty);
		row++;
	}
	return row;
}

static int reply_slip(struct xsheet *sh, int row)
{
	static const char *const asks[] = { N_("Units still held"), N_("Units used"),
		                            N_("Units returned"), N_("Remarks"), NULL };
	xsheet_text(sh, row++, 0, _("Reply slip"), XF_HEADER);
	for (const char *const *a = asks; *a; a++, row++) {
		xsheet_text(sh, row, 0, _(*a), XF_BOLD);
		worksheet_merge_range(sh->ws, (lxw_row_t)row, 1, (lxw_row_t)row, 3, "",
		                      sh->book->fmt[XF_TEXT]);
		worksheet_set_row(sh->ws, (lxw_row_t)row, 24, NULL);
	}
	return row;
}

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err)
{
	struct record *recall = NULL;
	int rc = records_get(s, form_find("recalls"), record_value(r, "recall")->num, &recall, err);
	if (rc != GERR_OK)
		return rc;
	const struct value *batch = record_value(recall, "batch"),
	                   *serial = record_value(recall, "serial");
	struct trace t;
	rc = trace_find(s, record_value(recall, "product")->text, batch->null ? NULL : batch->text,
	                batch->null ? serial->text : NULL, &t, err);
	if (rc == GERR_OK) {
		struct xsheet sh;
		doc_sheet(b, &sh, k, r->id);
		xsheet_wrap(&sh, 0, widths[0] - 2);
		xsheet_wrap(&sh, 1, FACT_WIDTH);
		doc_fact(&sh, 3, _("To"), record_value(r, "customer")->label, 3);
		int row = 4;
		static const char *const about[] = { "product", "batch", "serial", "class", "reason",
			                             "opened" };
		for (size_t i = 0; i < sizeof about / sizeof about[0]; i++)
			doc_field_fact(&sh, row++, recall, about[i], 3);
		xsheet_text(&sh, ++row, 0, _("Units we sold you"), XF_BOLD);
		row = lines_table(&sh, row + 1, &t, record_value(r, "customer")->num);
		row++;
		xsheet_note(&sh, row++, 4,
		            _("Stop using and selling these units at once and keep them apart. "
		              "Fill in the reply slip below, sign it and send it back to us; "
		              "we will collect the units."));
		row = reply_slip(&sh, row + 1);
		xsheet_sign_off(&sh, row + 1, k->signatures);
		for (int c = 0; c < 4; c++)
			worksheet_set_column(sh.ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
		trace_free(&t);
	}
	record_free(recall);
	return rc;
}
