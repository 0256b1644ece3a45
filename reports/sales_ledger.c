/* 产品销售记录 — the sales ledger laid out as the paper form: a block per
 * product with 产品名称 and 生产厂 above, then 序号 规格型号 注册证号 单位
 * 数量 单价 金额 批号 有效期限 销售日期 去向 备注, and the block's totals.
 * Every fact is the one frozen on the line on its day of sale: a product
 * renamed or made by another maker since starts a block of its own.
 * Pages are broken here, not by the printer: a block that runs onto a new
 * page repeats its 产品名称, 生产厂 and column titles there, and a block
 * starts on a new page when its head and first lines would not fit. */
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

/* Points of a page kept free: the printer's rows may be a little taller
 * than reckoned. */
#define PAGE_SLACK 24.0
/* A block's head (product line and column titles) and its first lines */
#define HEAD_POINTS 64.0
#define FIRST_LINES 3

struct ledger {
	struct xsheet sheet;
	int row, n;
	double used, room; /* points of the page filled, and what it holds */
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
	l->used += 2 * xsheet_row_points(1);
}

static void new_page(struct ledger *l)
{
	xsheet_page_break(&l->sheet, l->row);
	l->used = 0;
}

static bool same_block(const struct ledger *l, const struct ledger_line *line)
{
	return l->product == line->product_id && l->name && strcmp(l->name, line->product) == 0 &&
	       strcmp(l->maker, line->manufacturer) == 0;
}

static void block_head(struct ledger *l, const struct ledger_line *line, bool continued)
{
	char text[400];
	/* TRANSLATORS: a field's label and its value on a report */
	snprintf(text, sizeof text, _("%s: %s"), _("Product name"), line->product);
	if (continued) {
		size_t n = strlen(text);
		/* TRANSLATORS: after the product's name on a page that goes on with its block */
		snprintf(text + n, sizeof text - n, " %s", _("(continued)"));
	}
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
	l->used += xsheet_row_points(1) + xsheet_row_points(xsheet_lines(&l->sheet, l->row - 1));
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
	struct xsheet *s = &l->sheet;
	/* the row's height before it is written: a break goes before it */
	struct strbuf r = STRBUF_INIT;
	remarks(&r, line);
	int lines = 1;
	const char *texts[NCOLS] = { [1] = line->spec, [2] = line->reg_no,
	                             [10] = line->customer, [11] = sb_str(&r) };
	for (int c = 0; c < NCOLS; c++) {
		int k = texts[c] ? xsheet_text_lines(s, c, texts[c], XF_TEXT) : 1;
		lines = k > lines ? k : lines;
	}
	if (!same_block(l, line)) {
		block_total(l);
		if (l->used + HEAD_POINTS + xsheet_row_points(FIRST_LINES) > l->room)
			new_page(l);
		block_head(l, line, false);
	} else if (l->used + xsheet_row_points(lines) > l->room) {
		new_page(l);
		block_head(l, line, true);
	}
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
	xsheet_text(s, l->row, 11, sb_str(&r), XF_TEXT);
	sb_free(&r);
	l->used += xsheet_row_points(lines);
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
	b->landscape = true;
	struct ledger l = { .row = 3, .sales = form_find("sales") };
	char subtitle[160];
	snprintf(subtitle, sizeof subtitle, _("Sale dates: %s"), p->label);
	xsheet_add(b, &l.sheet, _("Sales ledger"), subtitle);
	worksheet_repeat_rows(l.sheet.ws, 0, 1);
	/* the page's columns: the longer texts wrap so that twelve columns
	 * fit across landscape A4 at 9 points or more */
	static const int wrap[][2] = { { 1, 12 }, { 2, 20 }, { 10, 18 }, { 11, 12 } };
	for (size_t i = 0; i < sizeof wrap / sizeof wrap[0]; i++)
		xsheet_wrap(&l.sheet, wrap[i][0], wrap[i][1]);
	l.room = xsheet_page_height(&l.sheet) - PAGE_SLACK - 24.0 - xsheet_row_points(2);
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
