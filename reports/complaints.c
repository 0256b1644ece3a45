/* 客户投诉年度分析 — the year's complaints: every complaint received in
 * the year with its status, the days to the written reply and to the
 * close, and the deadlines it missed (the core's rules, looked back on
 * as of today); then the same figures summed by product and by cause.
 * Each sheet streams the complaints in its own order, so the summaries
 * are tallied group by group and nothing of the year sits in memory. The
 * list is two sheets, what was complained of and its replies and
 * deadlines, so that each prints at a readable size. */
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
	char *group_code, *group_maker; /* the product's, by product */
	int64_t group_product;
	int lead; /* the columns naming a group: 3 by product, 1 by cause */
};

static struct complaint_facts facts_of(const struct complaint_row *c)
{
	return (struct complaint_facts){ c->received_at, c->reported_at, c->reply_date,
	                                 c->closed_date, *c->cause != '\0' };
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
	xsheet_int(s, row, 0, ++q->n);
	xsheet_int(s, row, 1, c->id);
	xsheet_datetime(s, row, 2, c->received_at);
	xsheet_text(s, row, 3, c->customer, XF_WRAP);
	xsheet_text(s, row, 4, c->product, XF_WRAP);
	batch_serial_cell(s, row, 5, c->batch, c->serial);
	xsheet_text(s, row, 6, c->content, XF_WRAP);
	xsheet_text(s, row, 7, c->cause, XF_WRAP);
	xsheet_text(s, row, 8, field_choice_label(q->status, c->status), XF_TEXT);
	return 0;
}

static int deadline_row(void *ud, const struct complaint_row *c)
{
	struct cq *q = ud;
	struct xsheet *s = &q->sheet;
	int row = q->row++;
	struct complaint_facts f = facts_of(c);
	complaint_tally_add(&q->year, q->cal, &f, q->today);
	xsheet_int(s, row, 0, ++q->n);
	xsheet_int(s, row, 1, c->id);
	xsheet_datetime(s, row, 2, c->received_at);
	xsheet_text(s, row, 3, c->customer, XF_WRAP);
	xsheet_datetime(s, row, 4, c->reported_at);
	xsheet_date(s, row, 5, c->reply_date);
	days_cell(s, row, 6, complaint_days(c->received_at, c->reply_date));
	xsheet_date(s, row, 7, c->closed_date);
	days_cell(s, row, 8, complaint_days(c->received_at, c->closed_date));
	late_cell(s, row, 9, complaint_missed(q->cal, &f, q->today));
	return 0;
}

static const char *label(const struct form *form, const char *field)
{
	return _(form_field(form, field)->label);
}

static int write_list(struct session *s, const struct report_period *p, struct cq *q,
                      const char *const *titles, int n,
                      int (*row)(void *ud, const struct complaint_row *c), struct gerr *err)
{
	xsheet_header(&q->sheet, HEADER_ROW, titles, n);
	q->row = HEADER_ROW + 1;
	q->n = 0;
	int rc = db_report_complaints(s->db, p->from, p->until, COMPLAINTS_BY_DATE, row, q, err);
	if (rc == GERR_OK && q->n == 0)
		xsheet_text(&q->sheet, q->row++, 0, _("No complaints were received in this year."),
		            XF_SUBTITLE);
	xsheet_finish(&q->sheet, true);
	return rc;
}

static int write_detail(struct session *s, const struct report_period *p, struct cq *q,
                        struct gerr *err)
{
	const struct form *form = form_find("complaints");
	const char *titles[] = {
		_("No."), _("Record no."), label(form, "received_at"), label(form, "customer"),
		label(form, "product"), _("Batch/serial no."), label(form, "content"),
		label(form, "cause"), label(form, "status"),
	};
	return write_list(s, p, q, titles, 9, detail_row, err);
}

static int write_deadlines(struct session *s, const struct report_period *p, struct cq *q,
                           struct gerr *err)
{
	const struct form *form = form_find("complaints");
	const char *titles[] = {
		_("No."), _("Record no."), label(form, "received_at"), label(form, "customer"),
		label(form, "reported_at"), label(form, "reply_date"), _("Days to written reply"),
		label(form, "closed_date"), _("Days to close"), _("Deadlines missed"),
	};
	struct strbuf legend = STRBUF_INIT;
	sb_addf(&legend,
	        _("Missed: reported to quality later than %d working days after receipt, or no cause analysis after %d. Days are calendar days from the day received."),
	        COMPLAINT_REPORT_DAYS, COMPLAINT_CAUSE_DAYS);
	xsheet_note(&q->sheet, HEADER_ROW - 1, 10, sb_str(&legend));
	sb_free(&legend);
	return write_list(s, p, q, titles, 10, deadline_row, err);
}

/* A summary row: complaints, their share of the year, written replies
 * and closes with their mean days, and how many missed a deadline. */
static void tally_row(struct cq *q, const char *name, const struct complaint_tally *t,
                      enum xfmt f)
{
	struct xsheet *s = &q->sheet;
	int row = q->row++;
	double mean;
	int k = q->lead;
	xsheet_text(s, row, 0, name, f);
	if (k == 3) {
		xsheet_text(s, row, 1, q->group_code ? q->group_code : "", f);
		xsheet_text(s, row, 2, q->group_maker ? q->group_maker : "", f);
	}
	xsheet_int(s, row, k, t->n);
	xsheet_number(s, row, k + 1, (double)t->n / (double)q->year.n, XF_PERCENT);
	xsheet_int(s, row, k + 2, t->replied);
	if (complaint_tally_reply_mean(t, &mean))
		xsheet_number(s, row, k + 3, mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, k + 3);
	xsheet_int(s, row, k + 4, t->closed);
	if (complaint_tally_close_mean(t, &mean))
		xsheet_number(s, row, k + 5, mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, k + 5);
	xsheet_int(s, row, k + 6, t->late);
}

static void group_forget(struct cq *q)
{
	free(q->group_name);
	free(q->group_code);
	free(q->group_maker);
	q->group_name = q->group_code = q->group_maker = NULL;
}

static void group_end(struct cq *q)
{
	if (!q->group_name)
		return;
	tally_row(q, q->group_name, &q->group, XF_TEXT);
	group_forget(q);
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
	if (!q->group_name) {
		q->group_code = xstrdup(c->product_code);
		q->group_maker = xstrdup(c->manufacturer);
	}
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
                         const char *const *lead, int nlead, enum complaint_order order,
                         int (*row)(void *ud, const struct complaint_row *c), struct gerr *err)
{
	const char *figures[] = { _("Complaints"), _("Share"), _("Written replies"),
	                          _("Mean days to written reply"), _("Closed complaints"),
	                          _("Mean days to close"), _("Missed a deadline") };
	const char *titles[10];
	for (int i = 0; i < nlead; i++)
		titles[i] = lead[i];
	for (int i = 0; i < 7; i++)
		titles[nlead + i] = figures[i];
	q->lead = nlead;
	xsheet_header(&q->sheet, HEADER_ROW, titles, nlead + 7);
	q->row = HEADER_ROW + 1;
	int rc = GERR_OK;
	if (q->year.n == 0)
		xsheet_text(&q->sheet, q->row++, 0, _("No complaints were received in this year."),
		            XF_SUBTITLE);
	else if ((rc = db_report_complaints(s->db, p->from, p->until, order, row, q, err)) == GERR_OK) {
		group_end(q);
		tally_row(q, _("Total"), &q->year, XF_BOLD);
	}
	group_forget(q);
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
		xsheet_add(b, &q.sheet, _("Replies and deadlines"), subtitle);
		rc = write_deadlines(s, p, &q, err);
	}
	const struct form *products = form_find("products");
	const char *by_product[] = { _("Product"), _(form_field(products, "code")->label),
	                             _(form_field(products, "manufacturer")->label) };
	const char *by_cause[] = { _("Cause analysis") };
	if (rc == GERR_OK) {
		xsheet_add(b, &q.sheet, _("By product"), subtitle);
		rc = write_summary(s, p, &q, by_product, 3, COMPLAINTS_BY_PRODUCT, product_row, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &q.sheet, _("By cause"), subtitle);
		rc = write_summary(s, p, &q, by_cause, 1, COMPLAINTS_BY_CAUSE, cause_row, err);
	}
	return rc;
}

const struct report report_complaints = {
	.name = "complaints",
	.title = N_("Customer complaints annual report"),
	.yearly = true,
	.write = write,
};
