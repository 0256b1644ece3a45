/* 产品销售记录 — the sales ledger laid out as the paper form: a block per
 * product with 产品名称 and 生产厂 above, then 序号 规格型号 注册证号 单位
 * 数量 单价 金额 批号 有效期限 销售日期 去向 备注, and the block's totals.
 * Every fact is the one frozen on the line on its day of sale: a product
 * renamed or made by another maker since starts a block of its own. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_report.h"
#include "report/report.h"
#include "model/form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCOLS 12

struct ledger {
	struct xsheet sheet;
	int row, n;
	int64_t product, qty, amount;
	bool has_amount;
	char *name, *maker; /* the block's frozen product name and manufacturer */
	const struct form *sales;
};

static const char *label(const struct ledger *l, const char *field)
{
	return _(form_field(l->sales, field)->label);
}

static void block_total(struct ledger *l)
{
	if (l->product == 0)
		return;
	xsheet_text(&l->sheet, l->row, 0, _("Total"), XF_BOLD);
	for (int c = 1; c < NCOLS; c++)
		if (c == 4)
			xsheet_int(&l->sheet, l->row, c, l->qty);
		else if (c == 6 && l->has_amount)
			xsheet_money(&l->sheet, l->row, c, l->amount);
		else
			xsheet_text(&l->sheet, l->row, c, "", XF_BOLD);
	l->row += 2; /* a blank line between products */
}

static bool same_block(const struct ledger *l, const struct ledger_line *line)
{
	return l->product == line->product_id && l->name && strcmp(l->name, line->product) == 0 &&
	       strcmp(l->maker, line->manufacturer) == 0;
}

static void block_head(struct ledger *l, const struct ledger_line *line)
{
	char text[400];
	/* TRANSLATORS: a field's label and its value on a report */
	snprintf(text, sizeof text, _("%s: %s"), _("Product name"), line->product);
	xsheet_text(&l->sheet, l->row, 0, text, XF_SUBTITLE);
	snprintf(text, sizeof text, _("%s: %s"), _("Manufacturer"), line->manufacturer);
	xsheet_text(&l->sheet, l->row, 4, text, XF_SUBTITLE);
	l->row++;
	const char *titles[NCOLS] = {
		_("No."), label(l, "spec"), label(l, "reg_no"), label(l, "unit"), label(l, "qty"),
		label(l, "unit_price"), label(l, "amount"), label(l, "batch"), label(l, "expiry"),
		label(l, "sale_date"), label(l, "customer"), label(l, "remarks"),
	};
	for (int c = 0; c < NCOLS; c++)
		xsheet_text(&l->sheet, l->row, c, titles[c], XF_HEADER);
	l->row++;
	l->product = line->product_id;
	free(l->name);
	free(l->maker);
	l->name = xstrdup(line->product);
	l->maker = xstrdup(line->manufacturer);
	l->n = 0;
	l->qty = l->amount = 0;
	l->has_amount = false;
}

static int line(void *ud, const struct ledger_line *line)
{
	struct ledger *l = ud;
	if (!same_block(l, line)) {
		block_total(l);
		block_head(l, line);
	}
	struct xsheet *s = &l->sheet;
	xsheet_int(s, l->row, 0, ++l->n);
	xsheet_text(s, l->row, 1, line->spec, XF_TEXT);
	xsheet_text(s, l->row, 2, line->reg_no, XF_TEXT);
	xsheet_text(s, l->row, 3, line->unit, XF_TEXT);
	xsheet_int(s, l->row, 4, line->qty);
	if (line->has_price)
		xsheet_money(s, l->row, 5, line->unit_price);
	else
		xsheet_blank(s, l->row, 5);
	if (line->has_amount)
		xsheet_money(s, l->row, 6, line->amount);
	else
		xsheet_blank(s, l->row, 6);
	xsheet_text(s, l->row, 7, line->batch, XF_TEXT);
	xsheet_date(s, l->row, 8, line->expiry);
	xsheet_date(s, l->row, 9, line->sale_date);
	xsheet_text(s, l->row, 10, line->customer, XF_TEXT);
	/* an instrument's serial number goes where the paper has room for it */
	struct strbuf r = STRBUF_INIT;
	if (*line->serial)
		sb_addf(&r, "%s %s", _("SN"), line->serial);
	if (*line->remarks)
		sb_addf(&r, "%s%s", r.len ? "; " : "", line->remarks);
	xsheet_text(s, l->row, 11, sb_str(&r), XF_TEXT);
	sb_free(&r);
	l->qty += line->qty;
	if (line->has_amount) {
		l->amount += line->amount;
		l->has_amount = true;
	}
	l->row++;
	return 0;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	struct ledger l = { .row = 3, .sales = form_find("sales") };
	char subtitle[160];
	snprintf(subtitle, sizeof subtitle, _("Sale dates: %s"), p->label);
	xsheet_add(b, &l.sheet, _("Sales ledger"), subtitle);
	worksheet_repeat_rows(l.sheet.ws, 0, 1);
	int rc = db_report_sales_ledger(s->db, p->from, p->until, line, &l, err);
	free(l.name);
	free(l.maker);
	if (rc)
		return rc;
	block_total(&l);
	if (l.product == 0)
		xsheet_text(&l.sheet, l.row, 0, _("No sales in this period."), XF_SUBTITLE);
	xsheet_finish(&l.sheet, false);
	return GERR_OK;
}

const struct report report_sales_ledger = {
	.name = "sales-ledger",
	.title = N_("Product sales record"),
	.yearly = false,
	.write = write,
};
