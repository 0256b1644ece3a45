/* The due list on screen: sections by kind with their counts, soonest
 * first in each, the time left, the customer and what is due; Enter opens
 * the record behind the row, ^K marks it handled (it leaves), ^X writes
 * the list to a workbook. */
#include "config.h"
#include "ui/stack.h"
#include "core/due.h"
#include "core/due_handle.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "report/due_book.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CUSTOMER_CELLS 18

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_HANDLE, ACT_EXPORT, ACT_UP,
                                    ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_BACK,
                                    ACT_QUIT, ACT_NONE };

/* The screen's lines: a section's heading (row < 0, its source) or a row. */
struct line {
	int row;
	const struct due_source *src;
	int count, late;
};

struct due_screen {
	struct ui *ui;
	const char *kind;
	struct due_list l;
	struct line *lines;
	int nlines;
	int sel, top; /* lines; sel is on a row whenever there is one */
};

static void lay_out(struct due_screen *d)
{
	free(d->lines);
	d->lines = xcalloc((size_t)d->l.n + DUE_MAX_KINDS, sizeof *d->lines);
	d->nlines = 0;
	int n;
	const struct due_source *const *all = due_sources(&n);
	for (int k = 0; k < n; k++) {
		int head = d->nlines;
		for (int i = 0; i < d->l.n; i++)
			if (strcmp(d->l.rows[i].kind, all[k]->kind) == 0) {
				if (d->nlines == head)
					d->lines[d->nlines++] = (struct line){ -1, all[k], 0, 0 };
				d->lines[d->nlines++] = (struct line){ i, all[k], 0, 0 };
				d->lines[head].count++;
				d->lines[head].late += d->l.rows[i].left_min < 0;
			}
	}
}

static int load(struct due_screen *d)
{
	due_list_free(&d->l);
	struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1, .kind = d->kind };
	struct gerr err = { 0 };
	if (due_collect(&d->ui->s, &q, &d->l, &err)) {
		ui_message(d->ui, R_ERROR, "%s", err.msg);
		return -1;
	}
	lay_out(d);
	return 0;
}

/* Moves sel by step lines (at least one row's worth), then onto a row. */
static void move(struct due_screen *d, int to, int dir)
{
	if (d->nlines == 0) {
		d->sel = 0;
		return;
	}
	if (to < 0)
		to = 0;
	if (to >= d->nlines)
		to = d->nlines - 1;
	while (to >= 0 && to < d->nlines && d->lines[to].row < 0)
		to += dir;
	if (to < 0 || to >= d->nlines) /* past the first heading: the first row */
		for (to = 0; d->lines[to].row < 0; to++)
			;
	d->sel = to;
}

static void draw_row(const struct due_row *r, int y, int cols, enum role role)
{
	char left[32], due[17];
	due_left_text(r, left);
	/* a timed row shows its day and time, a dated one its date */
	snprintf(due, sizeof due, "%s", r->timed ? r->due + 5 : r->due);
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, " %6s  %-11s ", left, due);
	text_fit(&b, r->customer ? r->customer : "", CUSTOMER_CELLS, true);
	sb_add(&b, "  ");
	sb_add(&b, r->what);
	term_text(y, 0, cols, role, sb_str(&b));
	sb_free(&b);
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct due_screen *d = sc->self;
	int cols = term_cols(), rows = term_lines() - 5;
	if (d->l.n == 0)
		term_text(2, 1, cols - 1, R_HINT, _("Nothing is due."));
	if (d->sel < d->top)
		d->top = d->sel > 0 && d->lines[d->sel - 1].row < 0 ? d->sel - 1 : d->sel;
	if (d->sel >= d->top + rows)
		d->top = d->sel - rows + 1;
	for (int y = 0; y < rows && d->top + y < d->nlines; y++) {
		const struct line *ln = &d->lines[d->top + y];
		if (ln->row < 0) {
			char head[200];
			if (ln->late)
				snprintf(head, sizeof head, _("%s: %d (%d late)"), _(ln->src->label), ln->count,
				         ln->late);
			else
				snprintf(head, sizeof head, "%s: %d", _(ln->src->label), ln->count);
			term_text(2 + y, 0, cols, R_TITLE, head);
			continue;
		}
		const struct due_row *r = &d->l.rows[ln->row];
		draw_row(r, 2 + y, cols,
		         d->top + y == d->sel ? R_SELECTED : r->left_min < 0 ? R_ERROR : R_NORMAL);
	}
	term_cursor(0, 0, false);
}

/* ^K: done, not needed or declined, with a note; the row leaves. */
static void handle_row(struct due_screen *d)
{
	if (d->l.n == 0)
		return;
	const struct due_row *r = &d->l.rows[d->lines[d->sel].row];
	static const char *const codes[] = { "done", "not_needed", "declined" };
	const char *items[] = { _("Done"), _("Not needed"), _("Customer declined") };
	int pick = ui_choose(d->ui, _("Handled: how?"), items, 3, 0);
	if (pick < 0)
		return;
	char *note = NULL;
	if (!ui_prompt(d->ui, _("Note (what was done, or why not):"), "", &note))
		return;
	struct gerr err = { 0 };
	int64_t id;
	if (due_handle(&d->ui->s, r->kind, r->key, codes[pick], note, &id, &err))
		ui_message(d->ui, R_ERROR, "%s", err.msg);
	else
		/* in words: the kind's code and the row's key are the CLI's */
		ui_message(d->ui, R_HINT, _("Handled (%s): %s"), items[pick], r->what);
	free(note);
	if (load(d) == 0)
		move(d, d->sel, 1);
}

/* ^X: the rows shown, as a workbook. */
static void export(struct due_screen *d)
{
	char *path = NULL;
	bool force = false;
	if (!ui_ask_file(d->ui, "due.xlsx", &path, &force))
		return;
	struct gerr err = { 0 };
	ui_written(d->ui, due_book_write(&d->ui->s, &d->l, path, force, &err), &err, path);
	free(path);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct due_screen *d = sc->self;
	int page = term_lines() - 6;
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_UP: move(d, d->sel - 1, -1); break;
	case ACT_DOWN: move(d, d->sel + 1, 1); break;
	case ACT_PGUP: move(d, d->sel - page, -1); break;
	case ACT_PGDN: move(d, d->sel + page, 1); break;
	case ACT_HOME: move(d, 0, 1); break;
	case ACT_END: move(d, d->nlines - 1, -1); break;
	case ACT_HANDLE: handle_row(d); break;
	case ACT_EXPORT: export(d); break;
	case ACT_OPEN:
		if (d->l.n > 0 && d->l.rows[d->lines[d->sel].row].id > 0) {
			const struct due_row *r = &d->l.rows[d->lines[d->sel].row];
			screen_form(ui, form_find(r->form), r->id);
			/* the record opened may have changed the list */
			if (load(d))
				return STEP_CLOSE;
			move(d, d->sel, 1);
		}
		break;
	default: break;
	}
	return STEP_STAY;
}

void screen_due(struct ui *ui, const char *kind)
{
	const struct due_source *src = kind ? due_source_find(kind) : NULL;
	struct due_screen d = { .ui = ui, .kind = kind };
	struct screen sc = { .title = src ? _(src->label) : _("Due"), .keys = keys, .draw = draw,
	                     .handle = handle, .self = &d,
		             .purpose = _("What falls due within 30 days, by kind, soonest first: "
		                          "the time left (negative and in red when late), the "
		                          "customer and what is due. Enter opens the record "
		                          "behind a row; ^K marks the row handled, with a note, "
		                          "and it leaves the list (voiding that note brings it "
		                          "back); ^X writes the list to a workbook.") };
	if (load(&d) == 0) {
		move(&d, 0, 1);
		ui_run(ui, &sc);
	}
	due_list_free(&d.l);
	free(d.lines);
}

const struct due_cache *ui_due_counts(struct ui *ui)
{
	if (!ui->due)
		ui->due = xcalloc(1, sizeof *ui->due);
	struct gerr err = { 0 };
	if (due_counts(&ui->s, ui->due, &err)) {
		ui->due->valid = false;
		return NULL;
	}
	return ui->due;
}
