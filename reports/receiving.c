/* 进货查验记录 — the receiving inspection record laid out as the paper
 * form: a block per delivery with its 到货日期, 供货单位 and invoice or
 * delivery note above, then 序号 产品名称 规格型号 注册证号 生产企业 数量
 * 批号/序列号 生产日期 有效期限 储存条件 验收结论 验收人, and the block's
 * total; a summary of the period under the last block. Twelve columns,
 * batch and serial sharing one, are what fits across landscape A4 at 9
 * points. The product's
 * name and registration number are the ones frozen on the line on the day
 * received; voided receipts and lines are left out. Its blocks are paged
 * as report/blocks.h says. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_report_receiving.h"
#include "model/form.h"
#include "report/blocks.h"
#include "report/report.h"

#include <inttypes.h>
#include <stdio.h>

#define NCOLS 12
#define COL_QTY 5
#define COL_CONCLUSION 10

struct book {
	struct xblocks k;
	int n;                          /* the block's lines so far */
	int64_t receipt;                /* the block's receipt; 0 before the first */
	int64_t accepted, rejected;     /* the block's units */
	int receipts, lines;            /* the period's */
	int64_t all_accepted, all_rejected;
	const struct form *head, *lines_form;
};

static const char *label(const struct form *f, const char *field)
{
	return _(form_field(f, field)->label);
}

static void block_total(void *ud)
{
	struct book *b = ud;
	struct xsheet *s = &b->k.sheet;
	char text[160];
	snprintf(text, sizeof text, _("accepted %" PRId64 ", rejected %" PRId64), b->accepted,
	         b->rejected);
	xsheet_text(s, b->k.row, 0, _("Total"), XF_BOLD);
	for (int c = 1; c < NCOLS; c++)
		if (c == COL_QTY)
			xsheet_int(s, b->k.row, c, b->accepted + b->rejected);
		else if (c == COL_CONCLUSION)
			xsheet_text(s, b->k.row, c, text, XF_TEXT); /* wraps in its column */
		else
			xsheet_text(s, b->k.row, c, "", XF_BOLD);
	xblocks_end(&b->k, xsheet_text_lines(s, COL_CONCLUSION, text, XF_TEXT));
}

static void block_head(struct book *b, const struct receiving_line *l, bool continued)
{
	xblocks_fact(&b->k, 0, label(b->head, "date"), l->date, continued);
	/* each fact runs over the empty cells to its right: far enough
	 * apart that "(continued)" and a long supplier's name print whole */
	xblocks_fact(&b->k, 4, label(b->head, "supplier"),
	             l->opening ? _("opening balance") : l->supplier, false);
	if (*l->invoice_no)
		xblocks_fact(&b->k, 9, label(b->head, "invoice_no"), l->invoice_no, false);
	const struct form *f = b->lines_form;
	const char *titles[NCOLS] = {
		/* TRANSLATORS: a narrow column's title: the registration or filing certificate */
		_("No."), _("Product name"), label(f, "spec"), _("Reg./filing no."),
		_("Manufacturer"), label(f, "qty"), _("Batch/serial no."), label(f, "made"),
		label(f, "expiry"), label(f, "storage_ok"), label(f, "conclusion"),
		label(f, "inspector"),
	};
	xblocks_titles(&b->k, titles, NCOLS);
	if (continued)
		return;
	b->receipt = l->receipt;
	b->receipts++;
	b->n = 0;
	b->accepted = b->rejected = 0;
}

static void conclusion(struct strbuf *c, const struct receiving_line *l)
{
	if (l->accepted)
		sb_add(c, _("accepted"));
	else if (*l->reject_reason)
		sb_addf(c, _("%s: %s"), _("rejected"), l->reject_reason);
	else
		sb_add(c, _("rejected"));
}

/* The batch, the serial number, or both, as the ledger shows a serial. */
static void batch_serial(struct strbuf *t, const struct receiving_line *l)
{
	sb_add(t, l->batch);
	if (*l->serial)
		sb_addf(t, "%s%s %s", t->len ? "; " : "", _("SN"), l->serial);
}

static int line(void *ud, const struct receiving_line *l)
{
	struct book *b = ud;
	struct xsheet *s = &b->k.sheet;
	struct strbuf c = STRBUF_INIT, bs = STRBUF_INIT;
	conclusion(&c, l);
	batch_serial(&bs, l);
	/* the row's height before it is written: a break goes before it */
	const char *texts[NCOLS] = { [1] = l->product, [2] = l->spec, [3] = l->reg_no,
	                             [4] = l->manufacturer, [6] = sb_str(&bs),
	                             [COL_CONCLUSION] = sb_str(&c) };
	int lines = xblocks_lines(&b->k, texts, NCOLS);
	enum xblocks_at at = xblocks_place(&b->k, l->receipt != b->receipt, lines, block_total, b);
	if (at != XB_SAME)
		block_head(b, l, at == XB_CONTINUED);
	int row = b->k.row;
	xsheet_int(s, row, 0, ++b->n);
	xsheet_text(s, row, 1, l->product, XF_TEXT);
	xsheet_text(s, row, 2, l->spec, XF_TEXT);
	xsheet_text(s, row, 3, l->reg_no, XF_TEXT);
	xsheet_text(s, row, 4, l->manufacturer, XF_TEXT);
	xsheet_int(s, row, COL_QTY, l->qty);
	xsheet_text(s, row, 6, sb_str(&bs), XF_TEXT);
	xsheet_date(s, row, 7, l->made);
	xsheet_date(s, row, 8, l->expiry);
	/* TRANSLATORS: the storage check of goods received: passed or not */
	xsheet_text(s, row, 9, l->storage_ok ? _("OK") : _("not OK"), XF_TEXT);
	xsheet_text(s, row, COL_CONCLUSION, sb_str(&c), XF_TEXT);
	xsheet_text(s, row, 11, l->inspector, XF_TEXT);
	sb_free(&c);
	sb_free(&bs);
	xblocks_next(&b->k, lines);
	*(l->accepted ? &b->accepted : &b->rejected) += l->qty;
	*(l->accepted ? &b->all_accepted : &b->all_rejected) += l->qty;
	b->lines++;
	return 0;
}

static int write(struct session *s, const struct report_period *p, struct xbook *xb,
                 struct gerr *err)
{
	xb->landscape = true;
	struct book b = { .head = form_find("receipts"), .lines_form = form_find("receipt_lines") };
	char subtitle[160];
	snprintf(subtitle, sizeof subtitle, _("Dates received: %s"), p->label);
	xblocks_add(xb, &b.k, _("Receiving record"), subtitle);
	/* the longer texts wrap so that twelve columns fit across
	 * landscape A4 at 9 points or more */
	static const int wrap[][2] = { { 1, 12 }, { 2, 10 }, { 3, 12 }, { 4, 12 }, { 6, 12 },
	                               { COL_CONCLUSION, 12 } };
	xblocks_wrap(&b.k, wrap, (int)(sizeof wrap / sizeof wrap[0]));
	int rc = db_report_receiving(s->db, p->from, p->until, line, &b, err);
	if (rc)
		return rc;
	char summary[300];
	if (b.receipt == 0)
		snprintf(summary, sizeof summary, "%s", _("No goods received in this period."));
	else
		snprintf(summary, sizeof summary,
		         _("Period %s: receipts %d, lines %d, units accepted %" PRId64
		           ", units rejected %" PRId64 "."),
		         p->label, b.receipts, b.lines, b.all_accepted, b.all_rejected);
	xblocks_finish(&b.k, block_total, &b, summary);
	return GERR_OK;
}

const struct report report_receiving = {
	.name = "receiving",
	.title = N_("Receiving inspection record"),
	.yearly = false,
	.write = write,
};
