/* 不良事件年度汇总 — every adverse event the office learned of in the
 * year: its severity, the legal deadline of the report to the authority,
 * when it was reported and whether in time (judged at now, a time still
 * to come meeting nothing), the stop-use notice and the notices to the
 * manager, purchasing, the engineer and the manufacturer. */
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
	int row;
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
	xsheet_int(&e->sheet, e->row, 0, r->id);
	static const char *const first[] = { "learned_at", "product", "batch", "serial",
		                              "customer", "severity" };
	for (int i = 0; i < 6; i++)
		cell(e, 1 + i, r, first[i]);
	if (n > 0) {
		char due[17];
		svc_minutes_format(d[0].due_at, due);
		xsheet_datetime(&e->sheet, e->row, 7, due);
	} else {
		xsheet_blank(&e->sheet, e->row, 7);
	}
	cell(e, 8, r, "authority_report_at");
	if (n > 0)
		xsheet_text(&e->sheet, e->row, 9, _(deadline_verdict(d[0].state)), XF_TEXT);
	else
		xsheet_blank(&e->sheet, e->row, 9);
	for (int i = 0; i < NNOTED; i++)
		cell(e, 10 + i, r, noted[i]);
	e->row++;
	return 0;
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
	const char *titles[10 + NNOTED] = {
		_("No."), _(form_field(form, "learned_at")->label),
		_(form_field(form, "product")->label), _(form_field(form, "batch")->label),
		_(form_field(form, "serial")->label), _(form_field(form, "customer")->label),
		_(form_field(form, "severity")->label), _("Report due"),
		_(form_field(form, "authority_report_at")->label), _("On time"),
	};
	for (int i = 0; i < NNOTED; i++)
		titles[10 + i] = _(form_field(form, noted[i])->label);
	xsheet_header(&e.sheet, HEADER_ROW, titles, 10 + NNOTED);
	e.row = HEADER_ROW + 1;
	struct list_query q = { .form = form, .since = p->from, .until = p->until };
	int rc = records_list(s, &q, event_row, &e, err);
	if (rc == GERR_OK)
		rc = e.rc;
	if (rc == GERR_OK && e.row == HEADER_ROW + 1)
		xsheet_text(&e.sheet, e.row++, 0, _("No adverse events in this year."), XF_SUBTITLE);
	xsheet_finish(&e.sheet, true);
	return rc;
}

const struct report report_events = {
	.name = "events",
	.title = N_("Adverse events annual summary"),
	.yearly = true,
	.write = write,
};
