/* 产品销售记录 — the sales ledger laid out as the paper form: a block per
 * product with 产品名称 and 生产厂 above, then 序号 规格型号 注册证号 单位
 * 数量 单价 金额 批号 有效期限 销售日期 去向 备注, and the block's totals.
 * Every fact is the one frozen on the line on its day of sale: a product
 * renamed or made by another maker since starts a block of its own.
 * Its blocks are paged as report/blocks.h says. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_report.h"
#include "report/blocks.h"
#include "report/report.h"
#include "model/form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCOLS 12

struct ledger {
	struct xblocks k;
	int n;
	int64_t product, qty, amount;
	bool has_amount;
	char *name, *maker; /* the block's frozen product name and manufacturer */
	const struct form *sales;
};

static const char *label(const struct ledger *l, const char *field)
{
	return _(form_field(l->sales, field)->label);
}

static void block_total(void *ud)
{
	struct ledger *l = ud;
	struct xsheet *s = &l->k.sheet;
	xsheet_text(s, l->k.row, 0, _("Total"), XF_BOLD);
	for (int c = 1; c < NCOLS; c++)
		if (c == 4)
			xsheet_int(s, l->k.row, c, l->qty);
		else if (c == 6 && l->has_amount)
			xsheet_money(s, l->k.row, c, l->amount);
		else
			xsheet_text(s, l->k.row, c, "", XF_BOLD);
	xblocks_end(&l->k, 1); /* a blank line between products */
}

static bool same_block(const struct ledger *l, const struct ledger_line *line)
{
	return l->product == line->product_id && l->name && strcmp(l->name, line->product) == 0 &&
	       strcmp(l->maker, line->manufacturer) == 0;
}

static void block_head(struct ledger *l, const struct ledger_line *line, bool continued)
{
	xblocks_fact(&l->k, 0, _("Product name"), line->product, continued);
	xblocks_fact(&l->k, 4, _("Manufacturer"), line->manufacturer, false);
	const char *titles[NCOLS] = {
		_("No."), label(l, "spec"), label(l, "reg_no"), label(l, "unit"), label(l, "qty"),
		label(l, "unit_price"), label(l, "amount"), label(l, "batch"), label(l, "expiry"),
		label(l, "sale_date"), label(l, "customer"), label(l, "remarks"),
	};
	xblocks_titles(&l->k, titles, NCOLS);
	if (continued)
		return;
	l->product = line->product_id;
	free(l->name);
	free(l->maker);
	l->name = xstrdup(line->product);
	l->maker = xstrdup(line->manufacturer);
	l->n = 0;
	l->qty = l->amount = 0;
	l->has_amount = false;
}

/* An instrument's serial number goes where the paper has room for it. */
static void remarks(struct strbuf *r, const struct ledger_line *line)
{
	if (*line->serial)
		sb_addf(r, "%s %s", _("SN"), line->serial);
	if (*line->remarks)
		sb_addf(r, "%s%s", r->len ? "; " : "", line->remarks);
}

static int line(void *ud, const struct ledger_line *line)
{
	struct ledger *l = ud;
	struct xsheet *s = &l->k.sheet;
	/* the row's height before it is written: a break goes before it */
	struct strbuf r = STRBUF_INIT;
	remarks(&r, line);
	const char *texts[NCOLS] = { [1] = line->spec, [2] = line->reg_no,
	                             [10] = line->customer, [11] = sb_str(&r) };
	int lines = xblocks_lines(&l->k, texts, NCOLS);
	enum xblocks_at at = xblocks_place(&l->k, !same_block(l, line), lines, block_total, l);
	if (at != XB_SAME)
		block_head(l, line, at == XB_CONTINUED);
	int row = l->k.row;
	xsheet_int(s, row, 0, ++l->n);
	xsheet_text(s, row, 1, line->spec, XF_TEXT);
	xsheet_text(s, row, 2, line->reg_no, XF_TEXT);
	xsheet_text(s, row, 3, line->unit, XF_TEXT);
	xsheet_int(s, row, 4, line->qty);
	if (line->has_price)
		xsheet_money(s, row, 5, line->unit_price);
	else
		xsheet_blank(s, row, 5);
	if (line->has_amount)
		xsheet_money(s, row, 6, line->amount);
	else
		xsheet_blank(s, row, 6);
	xsheet_text(s, row, 7, line->batch, XF_TEXT);
	xsheet_date(s, row, 8, line->expiry);
	xsheet_date(s, row, 9, line->sale_date);
	xsheet_text(s, row, 10, line->customer, XF_TEXT);
	xsheet_text(s, row, 11, sb_str(&r), XF_TEXT);
	sb_free(&r);
	xblocks_next(&l->k, lines);
	l->qty += line->qty;
	if (line->has_amount) {
		l->amount += line->amount;
		l->has_amount = true;
	}
	return 0;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	struct ledger l = { .sales = form_find("sales") };
	char subtitle[160];
	snprintf(subtitle, sizeof subtitle, _("Sale dates: %s"), p->label);
	xblocks_add(b, &l.k, _("Sales ledger"), subtitle);
	/* the page's columns: the longer texts wrap so that twelve columns
	 * fit across landscape A4 at 9 points or more */
	static const int wrap[][2] = { { 1, 12 }, { 2, 20 }, { 10, 18 }, { 11, 12 } };
	xblocks_wrap(&l.k, wrap, (int)(sizeof wrap / sizeof wrap[0]));
	int rc = db_report_sales_ledger(s->db, p->from, p->until, line, &l, err);
	free(l.name);
	free(l.maker);
	if (rc)
		return rc;
	xblocks_finish(&l.k, block_total, &l, l.product ? NULL : _("No sales in this period."));
	return GERR_OK;
}

const struct report report_sales_ledger = {
	.name = "sales-ledger",
	.title = N_("Product sales record"),
	.yearly = false,
	.write = write,
};
