/* The trace screen: type a batch or serial number, see where it came from
 * (its receipt lines) above every buyer with the total sold and every
 * patient; Enter opens the receipt or the sales line, ^X writes the same
 * workbook as `gspdesk trace --format xlsx`. */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/trace.h"
#include "report/trace_book.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static const enum action keys[] = { ACT_HELP, ACT_SEARCH, ACT_OPEN, ACT_EXPORT, ACT_UP,
                                    ACT_DOWN, ACT_BACK, ACT_QUIT, ACT_NONE };

struct trace_screen {
	struct ui *ui;
	char *number;
	bool by_serial; /* the number was found as a serial number */
	struct trace t;
	int sel, top;
};

/* The lines below the heading: the receipt lines, the sales lines, then
 * the implants. */
static int nlines(const struct trace_screen *ts)
{
	return ts->t.nreceipts + ts->t.nsales + ts->t.nimplants;
}

static void line_text(const struct trace_screen *ts, int i, struct strbuf *b)
{
	if (i < ts->t.nreceipts) {
		const struct trace_receipt *r = &ts->t.receipts[i];
		sb_addf(b, " %-10s %5" PRId64 "  %s %s  %s %s", r->date, r->qty, _("Received:"),
		        r->opening ? _("opening balance") : r->supplier ? r->supplier : "",
		        r->rejected ? _("rejected") : _("accepted"), r->inspector ? r->inspector : "");
		return;
	}
	i -= ts->t.nreceipts;
	if (i < ts->t.nsales) {
		const struct trace_sale *s = &ts->t.sales[i];
		sb_addf(b, " %-10s %5" PRId64 "  #%-6" PRId64 " %s%s  %s %s", s->sale_date, s->qty, s->id,
		        s->exchange ? _("(exchange) ") : "", s->customer_name,
		        s->contact ? s->contact : "", s->phone ? s->phone : "");
		return;
	}
	const struct trace_implant *m = &ts->t.implants[i - ts->t.nsales];
	sb_addf(b, " %-10s %s  %s %s  %s", m->use_date, _("Implanted:"), m->patient,
	        m->patient_id ? m->patient_id : "", m->hospital);
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct trace_screen *ts = sc->self;
	int cols = term_cols(), lines = term_lines(), rows = lines - 6;
	char head[256];
	if (ts->number && ts->t.nreceipts)
		snprintf(head, sizeof head,
		         _(" %s: received %" PRId64 " (%" PRId64 " rejected), sold %" PRId64
		           " in %d lines"),
		         ts->number, ts->t.received_qty, ts->t.rejected_qty, ts->t.total_qty,
		         ts->t.nsales);
	else if (ts->number)
		snprintf(head, sizeof head, _(" %s: total quantity sold %" PRId64 " in %d lines"),
		         ts->number, ts->t.total_qty, ts->t.nsales);
	else
		snprintf(head, sizeof head, "%s", _(" Press / and type a batch or serial number."));
	term_text(1, 0, cols, R_HINT, head);
	if (ts->sel < ts->top)
		ts->top = ts->sel;
	if (ts->sel >= ts->top + rows)
		ts->top = ts->sel - rows + 1;
	for (int y = 0; y < rows && ts->top + y < nlines(ts); y++) {
		struct strbuf b = STRBUF_INIT;
		line_text(ts, ts->top + y, &b);
		term_text(3 + y, 0, cols, ts->top + y == ts->sel ? R_SELECTED : R_NORMAL, sb_str(&b));
		sb_free(&b);
	}
	term_cursor(0, 0, false);
}

static void ask(struct trace_screen *ts)
{
	char *number = NULL;
	if (!ui_prompt(ts->ui, _("Batch or serial number:"), ts->number ? ts->number : "", &number))
		return;
	struct trace t;
	struct gerr err = { 0 };
	bool by_serial;
	if (trace_find_number(&ts->ui->s, NULL, number, &t, &by_serial, &err)) {
		ui_message(ts->ui, R_ERROR, "%s", err.msg);
		free(number);
		return;
	}
	trace_free(&ts->t);
	free(ts->number);
	ts->t = t;
	ts->number = number;
	ts->by_serial = by_serial;
	ts->sel = ts->top = 0;
}

/* ^X: the trace as a workbook, named after the number. */
static void export(struct trace_screen *ts)
{
	struct ui *ui = ts->ui;
	if (!ts->number) {
		ui_message(ui, R_ERROR, "%s", _("Trace a batch or serial number first (/)."));
		return;
	}
	struct strbuf name = STRBUF_INIT;
	sb_add(&name, "trace-");
	for (const char *c = ts->number; *c; c++) /* a number is not a path */
		sb_addc(&name, *c == '/' || *c == '\\' ? '_' : *c);
	sb_add(&name, ".xlsx");
	char *path = NULL;
	bool force = false;
	bool ok = ui_ask_file(ui, sb_str(&name), &path, &force);
	sb_free(&name);
	if (!ok)
		return;
	char what[200];
	snprintf(what, sizeof what, ts->by_serial ? _("Serial number %s") : _("Batch %s"), ts->number);
	struct gerr err = { 0 };
	ui_written(ui, trace_book_write(&ui->s, &ts->t, what, path, force, &err), &err, path);
	free(path);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct trace_screen *ts = sc->self;
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_SEARCH: ask(ts); break;
	case ACT_EXPORT: export(ts); break;
	case ACT_UP: if (ts->sel > 0) ts->sel--; break;
	case ACT_DOWN: if (ts->sel < nlines(ts) - 1) ts->sel++; break;
	case ACT_OPEN:
		if (ts->sel < ts->t.nreceipts)
			screen_form(ui, form_find("receipts"), ts->t.receipts[ts->sel].receipt);
		else if (ts->sel - ts->t.nreceipts < ts->t.nsales)
			screen_form(ui, form_find("sales"), ts->t.sales[ts->sel - ts->t.nreceipts].id);
		break;
	default: break;
	}
	return STEP_STAY;
}

void screen_trace(struct ui *ui)
{
	struct trace_screen ts = { .ui = ui };
	struct screen sc = { .title = _("Trace"), .keys = keys, .draw = draw, .handle = handle,
	                     .self = &ts,
		             .purpose = _("Where a batch or serial number went, as a recall or a "
		                          "complaint needs it: how much was received, then every "
		                          "sale of it with the buyer, the date and the quantity, "
		                          "and the implanted units with their patients. / asks "
		                          "for the number; Enter opens the sale; ^X writes the "
		                          "trace to a workbook.") };
	ask(&ts);
	ui_run(ui, &sc);
	trace_free(&ts.t);
	free(ts.number);
}
