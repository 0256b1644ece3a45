/* 年度售后服务汇总 — the year's service tickets: on the summary, the share
 * of each repair promise kept on time, repairs under warranty against
 * paid ones, and the tickets by type; then every ticket with each
 * deadline's due time and whether it was met. The deadlines are judged by
 * core/service.h at the session's now, as the due list judges them. The
 * tickets are read twice (counted, then listed) so that every sheet is
 * written row by row for the constant-memory workbook. The repairs'
 * deadlines have a sheet of their own, one row a deadline, so that they
 * are not lost among the installations. */
#include "config.h"
#include "core/accounts.h"
#include "base/i18n.h"
#include "model/record.h"
#include "core/service.h"
#include "db/db_report.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KINDS 8

struct svc {
	struct xsheet sheet;
	int row, n;
	const struct form *form;
	const char *office;
	int64_t now;
	/* the counts of the summary */
	struct ontime rules[SR_REPAIR_COUNT], all;
	int64_t kinds[MAX_KINDS], tickets, warranty, paid, undecided;
};

static const char *choice(const struct svc *r, const char *field, const char *code)
{
	return code ? field_choice_label(form_field(r->form, field), code) : "";
}

static const char *label(const struct svc *r, const char *field)
{
	return _(form_field(r->form, field)->label);
}

static int deadlines(const struct svc *r, const struct svc_row *t, struct deadline d[3])
{
	struct service_ticket st = {
		.kind = t->kind, .customer_city = t->city, .notified_at = t->notified_at,
		.responded_at = t->responded_at, .onsite_at = t->onsite_at,
		.resolved_at = t->resolved_at, .parts_in_stock = t->parts_in_stock,
	};
	return service_ticket_deadlines(&st, r->office, r->now, d);
}

static int count_row(void *ud, const struct svc_row *t)
{
	struct svc *r = ud;
	const struct choice *kinds = form_field(r->form, "kind")->choices;
	for (int k = 0; k < MAX_KINDS && kinds[k].code; k++)
		if (t->kind && strcmp(t->kind, kinds[k].code) == 0)
			r->kinds[k]++;
	r->tickets++;
	struct deadline d[3];
	int n = deadlines(r, t, d);
	for (int i = 0; i < n; i++) {
		ontime_add(&r->rules[d[i].rule], d[i].state);
		ontime_add(&r->all, d[i].state);
	}
	if (service_has_deadlines(t->kind)) {
		if (!t->charge)
			r->undecided++;
		else if (strcmp(t->charge, "warranty") == 0)
			r->warranty++;
		else
			r->paid++;
	}
	return 0;
}

static void head(struct svc *r, const char *const *titles, int n)
{
	for (int c = 0; c < n; c++)
		xsheet_text(&r->sheet, r->row, c, titles[c], XF_HEADER);
	r->row++;
}

static void ontime_row(struct svc *r, const char *what, const struct ontime *o, enum xfmt f)
{
	struct xsheet *s = &r->sheet;
	xsheet_text(s, r->row, 0, what, f);
	xsheet_int(s, r->row, 1, o->met + o->missed + o->open);
	xsheet_int(s, r->row, 2, o->met);
	xsheet_int(s, r->row, 3, o->missed);
	xsheet_int(s, r->row, 4, o->open);
	double share;
	if (ontime_share(o, &share))
		xsheet_number(s, r->row, 5, share, XF_PERCENT);
	else
		xsheet_blank(s, r->row, 5);
	r->row++;
}

static void count_share(struct svc *r, const char *what, int64_t n, int64_t of, enum xfmt f)
{
	xsheet_text(&r->sheet, r->row, 0, what, f);
	xsheet_int(&r->sheet, r->row, 1, n);
	if (of > 0)
		xsheet_number(&r->sheet, r->row, 2, (double)n / (double)of, XF_PERCENT);
	else
		xsheet_blank(&r->sheet, r->row, 2);
	r->row++;
}

static void write_summary(struct svc *r)
{
	r->row = 3;
	if (r->tickets == 0) {
		xsheet_text(&r->sheet, r->row, 0, _("No service tickets in this year."), XF_SUBTITLE);
		return;
	}
	const char *rules[] = { _("Repair promise"), _("Deadlines"), _("Met"), _("Missed"),
	                        _("Not yet due"), _("On-time share") };
	head(r, rules, 6);
	for (int k = 0; k < SR_REPAIR_COUNT; k++)
		ontime_row(r, _(svc_rule_label((enum svc_rule)k)), &r->rules[k], XF_TEXT);
	ontime_row(r, _("All repair deadlines"), &r->all, XF_BOLD);
	r->row++;
	int64_t repairs = r->warranty + r->paid + r->undecided;
	const char *charges[] = { label(r, "charge"), _("Repairs"), _("Share") };
	head(r, charges, 3);
	count_share(r, choice(r, "charge", "warranty"), r->warranty, repairs, XF_TEXT);
	count_share(r, choice(r, "charge", "paid"), r->paid, repairs, XF_TEXT);
	count_share(r, _("Not decided"), r->undecided, repairs, XF_TEXT);
	count_share(r, _("Total"), repairs, repairs, XF_BOLD);
	r->row++;
	const char *kinds[] = { label(r, "kind"), _("Number of tickets"), _("Share") };
	head(r, kinds, 3);
	const struct choice *ch = form_field(r->form, "kind")->choices;
	for (int k = 0; k < MAX_KINDS && ch[k].code; k++)
		count_share(r, _(ch[k].label), r->kinds[k], r->tickets, XF_TEXT);
	count_share(r, _("Total"), r->tickets, r->tickets, XF_BOLD);
}

static int ticket_row(void *ud, const struct svc_row *t)
{
	struct svc *r = ud;
	struct xsheet *s = &r->sheet;
	int row = r->row++;
	xsheet_int(s, row, 0, ++r->n);
	xsheet_int(s, row, 1, t->id);
	xsheet_text(s, row, 2, choice(r, "kind", t->kind), XF_TEXT);
	xsheet_text(s, row, 3, t->customer, XF_WRAP);
	xsheet_text(s, row, 4, t->city, XF_TEXT);
	xsheet_text(s, row, 5, t->product, XF_WRAP);
	xsheet_text(s, row, 6, t->serial, XF_TEXT);
	xsheet_datetime(s, row, 7, t->notified_at);
	xsheet_text(s, row, 8, choice(r, "charge", t->charge), XF_TEXT);
	xsheet_text(s, row, 9, t->engineer, XF_TEXT);
	xsheet_text(s, row, 10, t->feedback, XF_WRAP);
	return 0;
}

/* The time a deadline's field holds on the ticket. */
static const char *done_at(const struct svc_row *t, const char *field)
{
	return strcmp(field, "responded_at") == 0 ? t->responded_at
	       : strcmp(field, "onsite_at") == 0  ? t->onsite_at
	                                          : t->resolved_at;
}

/* A repair's deadlines, one row each: promise, due, done, verdict. */
static int deadline_rows(void *ud, const struct svc_row *t)
{
	struct svc *r = ud;
	struct xsheet *s = &r->sheet;
	struct deadline d[3];
	int n = deadlines(r, t, d);
	for (int i = 0; i < n; i++) {
		int row = r->row++;
		char due[17];
		svc_minutes_format(d[i].due_at, due);
		xsheet_int(s, row, 0, ++r->n);
		xsheet_int(s, row, 1, t->id);
		xsheet_text(s, row, 2, t->customer, XF_WRAP);
		xsheet_text(s, row, 3, t->city, XF_TEXT);
		xsheet_datetime(s, row, 4, t->notified_at);
		xsheet_text(s, row, 5, _(svc_rule_label(d[i].rule)), XF_WRAP);
		xsheet_datetime(s, row, 6, due);
		xsheet_datetime(s, row, 7, done_at(t, d[i].field));
		xsheet_text(s, row, 8, _(deadline_verdict(d[i].state)), XF_TEXT);
	}
	return 0;
}

static int write_list(struct session *s, const struct report_period *p, struct svc *r,
                      const char *const *titles, int n,
                      int (*row)(void *ud, const struct svc_row *t), struct gerr *err)
{
	xsheet_header(&r->sheet, 3, titles, n);
	r->row = 4;
	r->n = 0;
	int rc = db_report_svc_tickets(s->db, p->from, p->until, row, r, err);
	if (rc == GERR_OK && r->row == 4)
		xsheet_text(&r->sheet, r->row++, 0, _("None."), XF_SUBTITLE);
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int write_tickets(struct session *s, const struct report_period *p, struct svc *r,
                         struct gerr *err)
{
	const char *titles[] = {
		_("No."), _("Record no."), label(r, "kind"), label(r, "customer"), _("City"),
		label(r, "product"), label(r, "serial"), label(r, "notified_at"), label(r, "charge"),
		label(r, "engineer"), label(r, "feedback"),
	};
	return write_list(s, p, r, titles, 11, ticket_row, err);
}

static int write_deadlines(struct session *s, const struct report_period *p, struct svc *r,
                           struct gerr *err)
{
	const char *titles[] = {
		_("No."), _("Record no."), label(r, "customer"), _("City"), label(r, "notified_at"),
		_("Repair promise"), _("Due at"), _("Done at"), _("Result"),
	};
	return write_list(s, p, r, titles, 9, deadline_rows, err);
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	char *office = NULL;
	int rc = settings_get(s, "city", &office, err);
	if (rc)
		return rc;
	struct svc r = { .form = form_find("service"), .office = office,
	                 .now = svc_minutes(&s->now) };
	char now[17], sub[200];
	datetime_format(&s->now, now);
	snprintf(sub, sizeof sub, _("Tickets notified in %d; deadlines judged at %s."), p->year, now);
	rc = db_report_svc_tickets(s->db, p->from, p->until, count_row, &r, err);
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Summary"), sub);
		write_summary(&r);
		xsheet_finish(&r.sheet, false);
		xsheet_add(b, &r.sheet, _("Tickets"), sub);
		rc = write_tickets(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Repair deadlines"), sub);
		rc = write_deadlines(s, p, &r, err);
	}
	free(office);
	return rc;
}

const struct report report_service = {
	.name = "service",
	.title = N_("After-sales service annual summary"),
	.yearly = true,
	.write = write,
};
