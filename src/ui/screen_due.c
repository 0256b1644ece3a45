/* The due list on screen: one kind or all, soonest first, with the time
 * left; Enter opens the record concerned. */
#include "config.h"
#include "ui/stack.h"
#include "core/due.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DUE_DAYS 30

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_BACK, ACT_QUIT,
                                    ACT_NONE };

/* Keeps only the rows of kind (NULL: all). */
static void keep_kind(struct due_list *l, const char *kind)
{
	if (!kind)
		return;
	int n = 0;
	for (int i = 0; i < l->n; i++) {
		if (strcmp(l->rows[i].kind, kind) == 0)
			l->rows[n++] = l->rows[i];
		else
			free(l->rows[i].what);
	}
	l->n = n;
}

struct due_screen {
	const char *kind; /* NULL: all */
	struct due_list l;
	int sel, top;
};

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct due_screen *ds = sc->self;
	const struct due_list *l = &ds->l;
	int cols = term_cols(), rows = term_lines() - 5, sel = ds->sel, *top = &ds->top;
	if (l->n == 0)
		term_text(2, 1, cols - 1, R_HINT, _("Nothing is due."));
	if (sel < *top)
		*top = sel;
	if (sel >= *top + rows)
		*top = sel - rows + 1;
	for (int y = 0; y < rows && *top + y < l->n; y++) {
		const struct due_row *r = &l->rows[*top + y];
		char left[32];
		due_left_text(r, left);
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, " %6s  %-16s  %s", left, r->due, r->what);
		term_text(2 + y, 0, cols, *top + y == sel ? R_SELECTED : r->left_min < 0 ? R_ERROR : R_NORMAL,
		          sb_str(&b));
		sb_free(&b);
	}
	term_cursor(0, 0, false);
}

/* The list afresh (after each key: a record opened may have changed it). */
static bool load(struct ui *ui, struct due_screen *ds)
{
	struct gerr err = { 0 };
	due_list_free(&ds->l);
	if (due_collect(&ui->s, DUE_DAYS, &ds->l, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return false;
	}
	keep_kind(&ds->l, ds->kind);
	if (ds->sel >= ds->l.n)
		ds->sel = ds->l.n > 0 ? ds->l.n - 1 : 0;
	return true;
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct due_screen *ds = sc->self;
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_UP: if (ds->sel > 0) ds->sel--; break;
	case ACT_DOWN: ds->sel++; break;
	case ACT_OPEN:
		if (ds->sel < ds->l.n)
			screen_form(ui, form_find(ds->l.rows[ds->sel].form), ds->l.rows[ds->sel].id);
		break;
	default: break;
	}
	return load(ui, ds) ? STEP_STAY : STEP_CLOSE;
}

void screen_due(struct ui *ui, const char *kind)
{
	const struct due_source *src = kind ? due_source_find(kind) : NULL;
	struct due_screen ds = { .kind = kind };
	struct screen sc = { .title = src ? _(src->label) : _("Due"), .keys = keys, .draw = draw,
	                     .handle = handle, .self = &ds };
	if (load(ui, &ds))
		ui_run(ui, &sc);
	due_list_free(&ds.l);
}

int ui_due_counts(struct ui *ui, struct due_count *out, int max)
{
	struct due_list l;
	struct gerr err = { 0 };
	if (due_collect(&ui->s, DUE_DAYS, &l, &err))
		return 0;
	int n = 0, ns;
	const struct due_source *src = due_sources(&ns);
	for (int i = 0; i < ns && n < max; i++) {
		struct due_count c = { src[i].kind, _(src[i].label), 0, 0 };
		for (int j = 0; j < l.n; j++)
			if (strcmp(l.rows[j].kind, c.kind) == 0) {
				c.count++;
				c.late += l.rows[j].left_min < 0;
			}
		if (c.count)
			out[n++] = c;
	}
	due_list_free(&l);
	return n;
}
