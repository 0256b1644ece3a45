/* 产品质量跟踪年度汇总 — the year's quality tracking records with the
 * columns of the paper 产品质量跟踪记录表, sorted by product and date so
 * each product's records print together, then per product the number of
 * records, those that found problems, the user units visited and the
 * first and last dates. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_report.h"
#include "db/db_report_quality.h"
#include "report/report.h"
#include "model/form.h"

#include <stdio.h>

#define HEADER_ROW 3

struct qr {
	struct xsheet sheet;
	int row, n;
};

/* The paper's one column for the batch or, for an instrument, the serial. */
static void batch_serial_cell(struct xsheet *s, int row, int col, const char *batch,
                              const char *serial)
{
	struct strbuf t = STRBUF_INIT;
	sb_addf(&t, "%s%s%s", batch, *batch && *serial ? " / " : "", serial);
	xsheet_text(s, row, col, sb_str(&t), XF_TEXT);
	sb_free(&t);
}

static const char *label(const struct form *form, const char *field)
{
	return _(form_field(form, field)->label);
}

static int record_row(void *ud, const struct quality_row *r)
{
	struct qr *q = ud;
	struct xsheet *s = &q->sheet;
	int row = q->row++;
	xsheet_int(s, row, 0, ++q->n);
	xsheet_date(s, row, 1, r->date);
	xsheet_text(s, row, 2, r->product, XF_WRAP);
	batch_serial_cell(s, row, 3, r->batch, r->serial);
	xsheet_text(s, row, 4, r->customer, XF_WRAP);
	xsheet_text(s, row, 5, r->performance, XF_WRAP);
	xsheet_text(s, row, 6, r->problems, XF_WRAP);
	xsheet_text(s, row, 7, r->measures, XF_WRAP);
	xsheet_text(s, row, 8, r->tracked_by, XF_TEXT);
	xsheet_text(s, row, 9, r->result, XF_WRAP);
	return 0;
}

static int write_records(struct session *s, const struct report_period *p, struct qr *q,
                         struct gerr *err)
{
	const struct form *form = form_find("quality");
	const char *titles[] = {
		_("No."), label(form, "date"), label(form, "product"), _("Batch/serial no."),
		label(form, "customer"), label(form, "performance"), label(form, "problems"),
		label(form, "measures"), label(form, "tracked_by"), label(form, "result"),
	};
	xsheet_header(&q->sheet, HEADER_ROW, titles, 10);
	q->row = HEADER_ROW + 1;
	int rc = db_report_quality(s->db, p->from, p->until, record_row, q, err);
	if (rc == GERR_OK && q->n == 0)
		xsheet_text(&q->sheet, q->row++, 0, _("No quality tracking records in this year."),
		            XF_SUBTITLE);
	xsheet_finish(&q->sheet, true);
	return rc;
}

static int stat_row(void *ud, const struct quality_stat *st)
{
	struct qr *q = ud;
	struct xsheet *s = &q->sheet;
	if (st->records == 0) /* the period's row of an empty period */
		return 0;
	int row = q->row++;
	bool total = st->product_id == 0;
	xsheet_text(s, row, 0, total ? _("Total") : st->product, total ? XF_BOLD : XF_TEXT);
	xsheet_text(s, row, 1, st->manufacturer, total ? XF_BOLD : XF_TEXT);
	xsheet_int(s, row, 2, st->records);
	xsheet_int(s, row, 3, st->with_problems);
	xsheet_int(s, row, 4, st->users);
	xsheet_date(s, row, 5, st->first);
	xsheet_date(s, row, 6, st->last);
	return 0;
}

static int write_summary(struct session *s, const struct report_period *p, struct qr *q,
                         struct gerr *err)
{
	const char *titles[] = { _("Product"), _("Manufacturer"), _("Records"),
	                         _("With problems found"), _("User units"), _("First date"),
	                         _("Last date") };
	xsheet_header(&q->sheet, HEADER_ROW, titles, 7);
	q->row = HEADER_ROW + 1;
	int rc = db_report_quality_summary(s->db, p->from, p->until, stat_row, q, err);
	if (rc == GERR_OK && q->row == HEADER_ROW + 1)
		xsheet_text(&q->sheet, q->row++, 0, _("No quality tracking records in this year."),
		            XF_SUBTITLE);
	xsheet_finish(&q->sheet, false);
	return rc;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	char subtitle[200];
	snprintf(subtitle, sizeof subtitle, _("Quality tracking records dated in year %d, by product."),
	         p->year);
	struct qr q = { 0 };
	/* the summary counts the records of the first sheet, not newer ones:
	 * report_write reads every report from one snapshot */
	xsheet_add(b, &q.sheet, _("Tracking records"), subtitle);
	int rc = write_records(s, p, &q, err);
	if (rc == GERR_OK) {
		xsheet_add(b, &q.sheet, _("By product"), subtitle);
		rc = write_summary(s, p, &q, err);
	}
	return rc;
}

const struct report report_quality = {
	.name = "quality",
	.title = N_("Product quality tracking annual summary"),
	.yearly = true,
	.write = write,
};
