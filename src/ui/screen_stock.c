/* The stock screen: on hand per product and batch (or serial), derived
 * from the receipts, sales and returns as `gspdesk stock` prints it,
 * nearest expiry first; F7 shows it at the end of another day. Read-only:
 * stock changes only through the records it is made of. */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "core/receiving.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum action keys[] = { ACT_HELP, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN,
                                    ACT_DATES, ACT_BACK, ACT_QUIT, ACT_NONE };

struct stock_screen {
	char **lines; /* one per batch, as shown */
	int n, sel, top;
	int64_t units;
	char at[11]; /* the day shown; "" for now */
};

/* Columns: code 10, name 20, batch 14, serial 14, expiry 10, on hand. */
static void add_cell(struct strbuf *b, const char *s, int width)
{
	text_fit(b, s ? s : "", width, true);
	sb_addc(b, ' ');
}

static int keep_row(void *ud, const struct stock_row *r)
{
	struct stock_screen *ss = ud;
	struct strbuf b = STRBUF_INIT;
	sb_addc(&b, ' ');
	add_cell(&b, r->code, 10);
	add_cell(&b, r->name, 20);
	add_cell(&b, r->batch, 14);
	add_cell(&b, r->serial, 14);
	add_cell(&b, r->expiry, 10);
	sb_addf(&b, "%6" PRId64, r->qty);
	ss->lines = xrealloc(ss->lines, sizeof *ss->lines * (size_t)(ss->n + 1));
	ss->lines[ss->n++] = sb_steal(&b);
	ss->units += r->qty;
	return 0;
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct stock_screen *ss = sc->self;
	int cols = term_cols(), rows = term_lines() - 6;
	char head[256];
	if (*ss->at)
		snprintf(head, sizeof head,
		         _(" On hand at the end of %s: %" PRId64 " units in %d batches, nearest expiry first"),
		         ss->at, ss->units, ss->n);
	else
		snprintf(head, sizeof head,
		         _(" On hand: %" PRId64 " units in %d batches, nearest expiry first"), ss->units,
		         ss->n);
	term_text(1, 0, cols, R_HINT, head);
	struct strbuf h = STRBUF_INIT;
	sb_addc(&h, ' ');
	add_cell(&h, _("Product code"), 10);
	add_cell(&h, _("Product name"), 20);
	add_cell(&h, _("Batch no."), 14);
	add_cell(&h, _("Serial no."), 14);
	add_cell(&h, _("Expiry date"), 10);
	sb_add(&h, _("On hand"));
	term_text(2, 0, cols, R_TITLE, sb_str(&h));
	sb_free(&h);
	if (ss->sel < ss->top)
		ss->top = ss->sel;
	if (ss->sel >= ss->top + rows)
		ss->top = ss->sel - rows + 1;
	for (int y = 0; y < rows && ss->top + y < ss->n; y++)
		term_text(3 + y, 0, cols, ss->top + y == ss->sel ? R_SELECTED : R_NORMAL,
		          ss->lines[ss->top + y]);
	term_cursor(0, 0, false);
}

static void clear(struct stock_screen *ss)
{
	for (int i = 0; i < ss->n; i++)
		free(ss->lines[i]);
	free(ss->lines);
	ss->lines = NULL;
	ss->n = ss->sel = ss->top = 0;
	ss->units = 0;
}

static int load(struct ui *ui, struct stock_screen *ss, struct gerr *err)
{
	clear(ss);
	return receiving_stock(&ui->s, 0, -1, *ss->at ? ss->at : NULL, keep_row, ss, err);
}

/* F7: the stock at the end of the day asked for; empty: now. A day
 * refused (one to come) leaves the day shown before. */
static void ask_day(struct ui *ui, struct stock_screen *ss)
{
	struct gerr err = { 0 }, ignored = { 0 };
	char before[sizeof ss->at];
	memcpy(before, ss->at, sizeof before);
	if (ui_ask_date(ui, _("Stock at the end of (empty: now):"), ss->at) && load(ui, ss, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		memcpy(ss->at, before, sizeof before);
		load(ui, ss, &ignored);
	}
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct stock_screen *ss = sc->self;
	int page = term_lines() - 6;
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_UP: if (ss->sel > 0) ss->sel--; break;
	case ACT_DOWN: if (ss->sel < ss->n - 1) ss->sel++; break;
	case ACT_PGUP: ss->sel = ss->sel > page ? ss->sel - page : 0; break;
	case ACT_PGDN: ss->sel = ss->sel + page < ss->n ? ss->sel + page : (ss->n ? ss->n - 1 : 0); break;
	case ACT_DATES: ask_day(ui, ss); break;
	default: break;
	}
	return STEP_STAY;
}

void screen_stock(struct ui *ui)
{
	struct stock_screen ss = { 0 };
	struct gerr err = { 0 };
	if (load(ui, &ss, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
	} else {
		struct screen sc = { .title = _("Stock on hand"), .keys = keys, .draw = draw,
		                     .handle = handle, .self = &ss,
			             .purpose = _("Stock on hand per product and batch (or "
			                          "serial), nearest expiry first: what the "
			                          "accepted receipts brought in, less what was "
			                          "sold, plus what came back. It is read only: "
			                          "stock changes only through the records it is "
			                          "made of. F7 shows it at the end of another "
			                          "day.") };
		ui_run(ui, &sc);
	}
	clear(&ss);
}
