/* 不良事件年度汇总 — every adverse event the office learned of in the
 * year: its severity, the legal deadline of the report to the authority,
 * when it was reported and whether in time (judged at now, a time still
 * to come meeting nothing), the stop-use notice and the notices to the
 * manager, purchasing, the engineer and the manufacturer, on a sheet of
 * their own so that each sheet prints at a readable size. */
#include "config.h"
#include "base/i18n.h"
#include "core/records.h"
#include "core/service.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>

#define HEADER_ROW 3

struct ev {
	struct session *s;
	struct xsheet sheet;
	int row, n;
	struct gerr *err;
	int rc;
};

/* The columns after the deadline's, each a field of the event. */
static const char *const noted[] = {
	"stop_use_notice_at", "stop_use_notified", "manager_report_at", "purchasing_notified_at",
	"engineer_notified_at", "manufacturer_notified_at", "status",
};
#define NNOTED ((int)(sizeof noted / sizeof noted[0]))

static void cell(struct ev *e, int col, const struct record *r, const char *name)
{
	const struct field *f = form_field(r->form, name);
	const struct value *v = record_value((struct record *)r, name);
	if (v->null) {
		xsheet_blank(&e->sheet, e->row, col);
	} else if (f->type == FT_DATETIME) {
		xsheet_datetime(&e->sheet, e->row, col, v->text);
	} else {
		char *text = field_format(f, v, FMT_HUMAN);
		xsheet_text(&e->sheet, e->row, col, text, XF_WRAP);
		free(text);
	}
}

static int event_row(void *ud, const struct record *r)
{
	struct ev *e = ud;
	struct deadline d[3];
	int n = service_deadlines_of(e->s, r, d, e->err);
	if (n < 0) {
		e->rc = -n;
		return 1;
	}
	xsheet_int(&e->sheet, e->row, 0, ++e->n);
	xsheet_int(&e->sheet, e->row, 1, r->id);
	static const char *const first[] = { "learned_at", "product", "batch", "serial",
		                              "customer", "severity" };
	for (int i = 0; i < 6; i++)
		cell(e, 2 + i, r, first[i]);
	if (n > 0) {
		char due[17];
		svc_minutes_format(d[0].due_at, due);
		xsheet_datetime(&e->sheet, e->row, 8, due);
	} else {
		xsheet_blank(&e->sheet, e->row, 8);
	}
	cell(e, 9, r, "authority_report_at");
	if (n > 0)
		xsheet_text(&e->sheet, e->row, 10, _(deadline_verdict(d[0].state)), XF_TEXT);
	else
		xsheet_blank(&e->sheet, e->row, 10);
	e->row++;
	return 0;
}

static int notice_row(void *ud, const struct record *r)
{
	struct ev *e = ud;
	xsheet_int(&e->sheet, e->row, 0, ++e->n);
	xsheet_int(&e->sheet, e->row, 1, r->id);
	cell(e, 2, r, "customer");
	for (int i = 0; i < NNOTED; i++)
		cell(e, 3 + i, r, noted[i]);
	e->row++;
	return 0;
}

static const char *label(const struct form *form, const char *field)
{
	return _(form_field(form, field)->label);
}

/* One sheet of the events: its column titles, a row per event. */
static int write_sheet(struct session *s, const struct report_period *p, struct ev *e,
                       const char *const *titles, int n,
                       int (*row)(void *ud, const struct record *r), struct gerr *err)
{
	const struct form *form = form_find("events");
	xsheet_header(&e->sheet, HEADER_ROW, titles, n);
	e->row = HEADER_ROW + 1;
	e->n = 0;
	struct list_query q = { .form = form, .since = p->from, .until = p->until };
	int rc = records_list(s, &q, row, e, err);
	if (rc == GERR_OK)
		rc = e->rc;
	if (rc == GERR_OK && e->row == HEADER_ROW + 1)
		xsheet_text(&e->sheet, e->row++, 0, _("No adverse events in this year."), XF_SUBTITLE);
	xsheet_finish(&e->sheet, true);
	return rc;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	const struct form *form = form_find("events");
	char subtitle[200], now[17];
	session_now_text(s, now);
	snprintf(subtitle, sizeof subtitle,
	         _("Adverse events learned of in %d; deadlines judged at %s."), p->year, now);
	struct ev e = { .s = s, .err = err };
	xsheet_add(b, &e.sheet, _("Adverse events"), subtitle);
	const char *titles[] = {
		_("No."), _("Record no."), label(form, "learned_at"), label(form, "product"),
		label(form, "batch"), label(form, "serial"), label(form, "customer"),
		label(form, "severity"), _("Report due"), label(form, "authority_report_at"),
		_("On time"),
	};
	int rc = write_sheet(s, p, &e, titles, 11, event_row, err);
	if (rc == GERR_OK) {
		const char *notices[3 + NNOTED] = { _("No."), _("Record no."), label(form, "customer") };
		for (int i = 0; i < NNOTED; i++)
			notices[3 + i] = label(form, noted[i]);
		xsheet_add(b, &e.sheet, _("Notices"), subtitle);
		rc = write_sheet(s, p, &e, notices, 3 + NNOTED, notice_row, err);
	}
	return rc;
}

const struct report report_events = {
	.name = "events",
	.title = N_("Adverse events annual summary"),
	.yearly = true,
	.write = write,
};
