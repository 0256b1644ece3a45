/* 客户投诉年度分析 — the year's complaints: every complaint received in
 * the year with its status, the days to the written reply and to the
 * close, and the deadlines it missed (the core's rules, looked back on
 * as of today); then the same figures summed by product and by cause.
 * Each sheet streams the complaints in its own order, so the summaries
 * are tallied group by group and nothing of the year sits in memory. */
#include "config.h"
#include "core/complaints.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_report.h"
#include "db/db_report_complaints.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_ROW 3

struct cq {
	struct xsheet sheet;
	int row, n;
	const struct ymd *today;
	const struct workcal *cal;
	const struct field *status;
	struct complaint_tally year, group;
	char *group_name; /* NULL before the first group */
	int64_t group_product;
};

static struct complaint_facts facts_of(const struct complaint_row *c)
{
	return (struct complaint_facts){ c->received_at, c->reported_at, c->reply_date,
	                                 c->closed_date, *c->cause != '\0' };
}

/* The day of a stored date-time ("2026-03-02 09:30" → "2026-03-02"). */
static const char *day_of(const char *datetime, char out[11])
{
	snprintf(out, 11, "%s", datetime);
	return out;
}

static void days_cell(struct xsheet *s, int row, int col, int days)
{
	if (days >= 0)
		xsheet_int(s, row, col, days);
	else
		xsheet_blank(s, row, col);
}

static void late_cell(struct xsheet *s, int row, int col, unsigned late)
{
	struct strbuf t = STRBUF_INIT;
	if (late & LATE_REPORT)
		sb_add(&t, _("report to quality"));
	if (late & LATE_CAUSE)
		/* TRANSLATORS: joins the deadlines a complaint missed */
		sb_addf(&t, "%s%s", t.len ? _(", ") : "", _("cause analysis"));
	xsheet_text(s, row, col, sb_str(&t), XF_WRAP);
	sb_free(&t);
}

/* The paper's one column for the batch or, for an instrument, the serial. */
static void batch_serial_cell(struct xsheet *s, int row, int col, const char *batch,
                              const char *serial)
{
	struct strbuf t = STRBUF_INIT;
	sb_addf(&t, "%s%s%s", batch, *batch && *serial ? " / " : "", serial);
	xsheet_text(s, row, col, sb_str(&t), XF_TEXT);
	sb_free(&t);
}

static int detail_row(void *ud, const struct complaint_row *c)
{
	struct cq *q = ud;
	struct xsheet *s = &q->sheet;
	int row = q->row++;
	struct complaint_facts f = facts_of(c);
	complaint_tally_add(&q->year, q->cal, &f, q->today);
	char day[11];
	xsheet_int(s, row, 0, ++q->n);
	xsheet_date(s, row, 1, day_of(c->received_at, day));
	xsheet_text(s, row, 2, c->customer, XF_WRAP);
	xsheet_text(s, row, 3, c->product, XF_WRAP);
	batch_serial_cell(s, row, 4, c->batch, c->serial);
	xsheet_text(s, row, 5, c->content, XF_WRAP);
	xsheet_text(s, row, 6, c->cause, XF_WRAP);
	xsheet_text(s, row, 7, field_choice_label(q->status, c->status), XF_TEXT);
	xsheet_date(s, row, 8, day_of(c->reported_at, day));
	xsheet_date(s, row, 9, c->reply_date);
	days_cell(s, row, 10, complaint_days(c->received_at, c->reply_date));
	xsheet_date(s, row, 11, c->closed_date);
	days_cell(s, row, 12, complaint_days(c->received_at, c->closed_date));
	late_cell(s, row, 13, complaint_missed(q->cal, &f, q->today));
	return 0;
}

static const char *label(const struct form *form, const char *field)
{
	return _(form_field(form, field)->label);
}

static int write_detail(struct session *s, const struct report_period *p, struct cq *q,
                        struct gerr *err)
{
	const struct form *form = form_find("complaints");
	const char *titles[14] = {
		_("No."), label(form, "received_at"), label(form, "customer"), label(form, "product"),
		_("Batch/serial no."), label(form, "content"), label(form, "cause"),
		label(form, "status"), label(form, "reported_at"), label(form, "reply_date"),
		_("Days to written reply"), label(form, "closed_date"), _("Days to close"),
		_("Deadlines missed"),
	};
	struct strbuf legend = STRBUF_INIT;
	sb_addf(&legend,
	        _("Missed: reported to quality later than %d working days after receipt, or no cause analysis after %d. Days are calendar days from the day received."),
	        COMPLAINT_REPORT_DAYS, COMPLAINT_CAUSE_DAYS);
	xsheet_text(&q->sheet, HEADER_ROW - 1, 0, sb_str(&legend), XF_SUBTITLE);
	sb_free(&legend);
	xsheet_header(&q->sheet, HEADER_ROW, titles, 14);
	q->row = HEADER_ROW + 1;
	int rc = db_report_complaints(s->db, p->from, p->until, COMPLAINTS_BY_DATE, detail_row, q, err);
	if (rc == GERR_OK && q->n == 0)
		xsheet_text(&q->sheet, q->row++, 0, _("No complaints were received in this year."),
		            XF_SUBTITLE);
	xsheet_finish(&q->sheet, true);
	return rc;
}

/* A summary row: complaints, their share of the year, written replies
 * and closes with their mean days, and how many missed a deadline. */
static void tally_row(struct cq *q, const char *name, const struct complaint_tally *t,
                      enum xfmt f)
{
	struct xsheet *s = &q->sheet;
	int row = q->row++;
	double mean;
	xsheet_text(s, row, 0, name, f);
	xsheet_int(s, row, 1, t->n);
	xsheet_number(s, row, 2, (double)t->n / (double)q->year.n, XF_PERCENT);
	xsheet_int(s, row, 3, t->replied);
	if (complaint_tally_reply_mean(t, &mean))
		xsheet_number(s, row, 4, mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, 4);
	xsheet_int(s, row, 5, t->closed);
	if (complaint_tally_close_mean(t, &mean))
		xsheet_number(s, row, 6, mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, 6);
	xsheet_int(s, row, 7, t->late);
}

static void group_end(struct cq *q)
{
	if (!q->group_name)
		return;
	tally_row(q, q->group_name, &q->group, XF_TEXT);
	free(q->group_name);
	q->group_name = NULL;
	memset(&q->group, 0, sizeof q->group);
}

static void group_add(struct cq *q, const char *name, const struct complaint_row *c)
{
	if (!q->group_name)
		q->group_name = xstrdup(name);
	struct complaint_facts f = facts_of(c);
	complaint_tally_add(&q->group, q->cal, &f, q->today);
}

static int product_row(void *ud, const struct complaint_row *c)
{
	struct cq *q = ud;
	if (q->group_name && c->product_id != q->group_product)
		group_end(q);
	q->group_product = c->product_id;
	group_add(q, c->product_id ? c->product : _("(no product given)"), c);
	return 0;
}

static int cause_row(void *ud, const struct complaint_row *c)
{
	struct cq *q = ud;
	const char *name = *c->cause ? c->cause : _("(no cause analysis yet)");
	if (q->group_name && strcmp(name, q->group_name) != 0)
		group_end(q);
	group_add(q, name, c);
	return 0;
}

static int write_summary(struct session *s, const struct report_period *p, struct cq *q,
                         const char *first, enum complaint_order order,
                         int (*row)(void *ud, const struct complaint_row *c), struct gerr *err)
{
	const char *titles[] = { first, _("Complaints"), _("Share"), _("Written replies"),
	                         _("Mean days to written reply"), _("Closed complaints"),
	                         _("Mean days to close"), _("Missed a deadline") };
	xsheet_header(&q->sheet, HEADER_ROW, titles, 8);
	q->row = HEADER_ROW + 1;
	int rc = GERR_OK;
	if (q->year.n == 0)
		xsheet_text(&q->sheet, q->row++, 0, _("No complaints were received in this year."),
		            XF_SUBTITLE);
	else if ((rc = db_report_complaints(s->db, p->from, p->until, order, row, q, err)) == GERR_OK) {
		group_end(q);
		tally_row(q, _("Total"), &q->year, XF_BOLD);
	}
	free(q->group_name);
	q->group_name = NULL;
	xsheet_finish(&q->sheet, false);
	return rc;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	struct cq q = { .today = &s->now.date,
	                .status = form_field(form_find("complaints"), "status") };
	char subtitle[200];
	snprintf(subtitle, sizeof subtitle, _("Complaints received in year %d, as of %s."), p->year,
	         s->today);
	int rc = session_calendar(s, &q.cal, err);
	if (rc)
		return rc;
	/* the summaries read the complaints again, the same ones: report_write
	 * reads every report from one snapshot */
	xsheet_add(b, &q.sheet, _("Complaint list"), subtitle);
	rc = write_detail(s, p, &q, err);
	if (rc == GERR_OK) {
		xsheet_add(b, &q.sheet, _("By product"), subtitle);
		rc = write_summary(s, p, &q, _("Product"), COMPLAINTS_BY_PRODUCT, product_row, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &q.sheet, _("By cause"), subtitle);
		rc = write_summary(s, p, &q, _("Cause analysis"), COMPLAINTS_BY_CAUSE, cause_row, err);
	}
	return rc;
}

const struct report report_complaints = {
	.name = "complaints",
	.title = N_("Customer complaints annual report"),
	.yearly = true,
	.write = write,
};
