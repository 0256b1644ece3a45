/* The due list on screen: one kind or all, soonest first, with the time
 * left; Enter opens the record concerned. */
#include "config.h"
#include "ui/ui.h"
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

static void draw(struct ui *ui, const char *title, const struct due_list *l, int sel, int *top)
{
	int cols = term_cols(), rows = term_lines() - 5;
	term_clear();
	ui_frame(ui, title, keys);
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
	term_flush();
}

void screen_due(struct ui *ui, const char *kind)
{
	const struct due_source *src = kind ? due_source_find(kind) : NULL;
	const char *title = src ? _(src->label) : _("Due");
	int sel = 0, top = 0;
	while (!ui->quit) {
		struct due_list l;
		struct gerr err = { 0 };
		if (due_collect(&ui->s, DUE_DAYS, &l, &err)) {
			ui_message(ui, R_ERROR, "%s", err.msg);
			return;
		}
		keep_kind(&l, kind);
		if (sel >= l.n)
			sel = l.n > 0 ? l.n - 1 : 0;
		draw(ui, title, &l, sel, &top);
		struct key k;
		enum action a = ui_key(ui, &k);
		int64_t open_id = 0;
		const char *open_form = NULL;
		if (a == ACT_OPEN && sel < l.n) {
			open_id = l.rows[sel].id;
			open_form = l.rows[sel].form;
		}
		due_list_free(&l);
		if (a == ACT_BACK)
			return;
		switch (a) {
		case ACT_QUIT: ui->quit = true; break;
		case ACT_UP: if (sel > 0) sel--; break;
		case ACT_DOWN: sel++; break;
		case ACT_HELP: screen_help(ui, keys, NULL); break;
		default: break;
		}
		if (open_form)
			screen_form(ui, form_find(open_form), open_id);
	}
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
