/* The generic list screen, one engine for every form: columns fitted to the
 * window by display width, a window of rows paged by key, incremental
 * search, a date range, sorting and voided records on request. */
#include "config.h"
#include "ui/stack.h"
#include "ui/colfit.h"
#include "core/complaints.h"
#include "base/i18n.h"
#include "core/lines.h"
#include "core/pager.h"
#include "core/perm.h"
#include "core/prefs.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "ui/lineedit.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCOLS 32

struct list_screen {
	struct ui *ui;
	const struct form *form;
	struct pager pager;
	struct list_query q;
	char *search;
	char since[11], until[11];
	int sort;        /* index into cols, -1: the form's default order */
	int sel;         /* selected row in the window */
	int cols[MAXCOLS]; /* field index per shown column; -1 is the id, -2 the status */
	int ncols;
	void (*detail)(struct ui *ui, int64_t id); /* F12 on the selected record */
	struct strbuf title;
	char note[512]; /* the status line's: what the highlighted row's marks mean */
};

/* The most used first: on a narrow window the bar shows what fits. */
static const enum action keys[] = {
	ACT_HELP, ACT_OPEN, ACT_NEW, ACT_SEARCH, ACT_BACK, ACT_QUIT, ACT_VOID,
	ACT_SHOW_VOID, ACT_SORT, ACT_DATES, ACT_PRINT, ACT_NONE
};
static const enum action detail_keys[] = {
	ACT_HELP, ACT_OPEN, ACT_DETAIL, ACT_NEW, ACT_SEARCH, ACT_BACK, ACT_QUIT, ACT_VOID,
	ACT_SHOW_VOID, ACT_SORT, ACT_DATES, ACT_PRINT, ACT_NONE
};

/* The forms whose records have a screen of their own besides the form. */
static const struct {
	const char *form;
	void (*open)(struct ui *ui, int64_t id);
} details[] = {
	{ "customers", screen_archive },
	{ "suppliers", screen_supplier_archive },
	{ "recalls", screen_recall },
};

static int visible_rows(void)
{
	return term_lines() - 4;
}

static void set_columns(struct list_screen *l)
{
	l->ncols = 0;
	l->cols[l->ncols++] = -1;
	if (l->form->row_status)
		l->cols[l->ncols++] = -2;
	for (int i = 0; i < l->form->nfields && l->ncols < MAXCOLS; i++)
		if (l->form->fields[i].width > 0)
			l->cols[l->ncols++] = i;
}

/* Rebuilds the query from the screen's state and fetches from the top;
 * counts its rows unless the user is still typing a search (a count reads
 * every row: once per query, never per key). */
static void query(struct list_screen *l, bool count)
{
	l->q.search = l->search;
	l->q.since = l->since[0] ? l->since : NULL;
	l->q.until = l->until[0] ? l->until : NULL;
	if (l->sort >= 0 && l->cols[l->sort] >= 0)
		l->q.sort = &l->form->fields[l->cols[l->sort]];
	else if (l->form->date_field)
		l->q.sort = form_field(l->form, l->form->date_field);
	else
		l->q.sort = NULL;
	pager_free(&l->pager);
	pager_init(&l->pager, &l->ui->s, &l->q, visible_rows());
	struct gerr err = { 0 };
	l->pager.total = -1;
	if ((count && pager_count(&l->pager, &err)) || pager_first(&l->pager, &err))
		ui_message(l->ui, R_ERROR, "%s", err.msg);
	l->sel = 0;
}

static void requery(struct list_screen *l)
{
	query(l, true);
}

/* 3102 as 3,102: a long count read at a glance. */
static void thousands(int64_t n, char *out, size_t size)
{
	char digits[24];
	int len = snprintf(digits, sizeof digits, "%" PRId64, n), o = 0;
	for (int i = 0; i < len && o + 2 < (int)size; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

static const char *title_of(struct list_screen *l)
{
	struct strbuf *t = &l->title;
	sb_reset(t);
	sb_add(t, _(l->form->title));
	if (l->search && *l->search)
		sb_addf(t, "  /%s", l->search);
	if (l->since[0] || l->until[0])
		sb_addf(t, "  %s…%s", l->since, l->until);
	if (l->q.sort) {
		sb_addf(t, "  %s: %s %s", _("sorted by"), _(l->q.sort->label), l->q.descending ? "↓" : "↑");
	}
	if (l->q.include_voided)
		sb_addf(t, "  [%s]", _("voided shown"));
	if (l->pager.total >= 0 && l->pager.nrows > 0) {
		char at[32], of[32];
		thousands(l->pager.offset + l->sel + 1, at, sizeof at);
		thousands(l->pager.total, of, sizeof of);
		sb_add(t, "  ");
		sb_addf(t, _("row %s of %s"), at, of);
	}
	return sb_str(&l->title);
}

/* The text of column c for rec (malloc'd); *role is the cell's role. */
static char *cell_text(struct list_screen *l, const struct record *rec, int c, enum role *role)
{
	if (l->cols[c] == -2) {
		char st[64];
		enum row_urgency u = l->form->row_status(&l->ui->s, rec, st, (int)sizeof st);
		if (*role == R_NORMAL && u != ROW_CALM)
			*role = u == ROW_LATE ? R_ERROR : R_WARNING;
		return xstrdup(st);
	}
	if (l->cols[c] < 0) {
		char id[40];
		const char *late = complaint_marker(&l->ui->s, rec);
		snprintf(id, sizeof id, "%" PRId64 "%s%s", rec->id, rec->voided ? "✗" : "",
		         !rec->voided && late ? "!" : "");
		return xstrdup(id);
	}
	const struct field *f = &l->form->fields[l->cols[c]];
	char *text = field_format(f, &rec->v[l->cols[c]], FMT_HUMAN);
	for (char *s = text; *s; s++) /* one line per row */
		if (*s == '\n' || *s == '\r' || *s == '\t')
			*s = ' ';
	return text;
}

/* Columns read whole or not at all: the id, numbers, dates and short
 * one-line texts (batch, serial, codes: what a recall reads). Names and
 * free text give up their width first. */
static bool exact_column(const struct list_screen *l, int c)
{
	if (l->cols[c] < 0)
		return l->cols[c] == -1;
	const struct field *f = &l->form->fields[l->cols[c]];
	switch (f->type) {
	case FT_INT: case FT_DECIMAL: case FT_DATE: case FT_DATETIME:
		return true;
	case FT_TEXT:
		return !(f->flags & F_MULTILINE) && f->max_len > 0 && f->max_len <= 64;
	default:
		return false;
	}
}

/* Preferred and least widths: an exact column as wide as its label and
 * its widest value on screen (up to a limit), never less; the others as
 * their values on screen need up to their form width, down to a few
 * cells. */
static void column_widths(struct list_screen *l, int *pref, int *min)
{
	struct pager *p = &l->pager;
	for (int c = 0; c < l->ncols; c++) {
		if (l->cols[c] == -2) {
			pref[c] = min[c] = 15; /* the deadline is the point */
			continue;
		}
		const struct field *f = l->cols[c] >= 0 ? &l->form->fields[l->cols[c]] : NULL;
		int lw = f ? text_width(_(f->label)) : 2, w = 0;
		for (int r = 0; r < p->nrows && r < visible_rows(); r++) {
			enum role role = R_NORMAL;
			char *text = cell_text(l, p->rows[r], c, &role);
			int tw = text_width(text);
			free(text);
			w = tw > w ? tw : w;
		}
		if (exact_column(l, c)) {
			w = w > lw ? w : lw;
			pref[c] = min[c] = w > 24 ? 24 : w;
			continue;
		}
		/* no wider than its values need: room for the others */
		pref[c] = f->width < w ? f->width : w;
		pref[c] = pref[c] > lw ? pref[c] : lw;
		/* a name (a ref) needs more than a note to be told apart */
		int least = f->type == FT_REF ? 12 : 6;
		min[c] = pref[c] < least ? pref[c] : least;
	}
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct list_screen *l = sc->self;
	sc->title = title_of(l);
	int pref[MAXCOLS], min[MAXCOLS], width[MAXCOLS];
	column_widths(l, pref, min);
	int shown = colfit(pref, min, l->ncols, 1, term_cols(), width);
	int x = 0;
	for (int c = 0; c < shown; c++) {
		const char *label = l->cols[c] == -1 ? "ID" : l->cols[c] == -2 ? _("Deadline")
		                    : _(l->form->fields[l->cols[c]].label);
		term_text(1, x, width[c], R_TITLE, label);
		x += width[c] + 1;
	}
	struct pager *p = &l->pager;
	for (int r = 0; r < p->nrows && r < visible_rows(); r++) {
		const struct record *rec = p->rows[r];
		enum role role = r == l->sel ? R_SELECTED : rec->voided ? R_VOID : R_NORMAL;
		term_fill(2 + r, 0, term_cols(), role);
		x = 0;
		for (int c = 0; c < shown; c++) {
			enum role cell = role;
			char *text = cell_text(l, rec, c, &cell);
			term_text(2 + r, x, width[c], cell, text);
			free(text);
			x += width[c] + 1;
		}
	}
	sc->note = ui_marks_note(l->ui, l->sel < p->nrows ? p->rows[l->sel] : NULL, l->note,
	                         sizeof l->note);
	if (p->nrows == 0)
		term_text(3, 2, term_cols() - 4, R_HINT,
		          perm_allowed(l->ui->s.user.role, l->form, PERM_ADD)
		                  ? _("No records here. Ctrl-N adds one.") : _("No records here."));
	term_cursor(0, 0, false);
}

static void move_sel(struct list_screen *l, int delta)
{
	struct pager *p = &l->pager;
	struct gerr err = { 0 };
	int target = l->sel + delta, moved = 0;
	if (target >= 0 && target < p->nrows) {
		l->sel = target;
		return;
	}
	/* past the window: slide it and keep the selection at the edge */
	int over = target < 0 ? target : target - (p->nrows - 1);
	if (pager_scroll(p, over, &moved, &err)) {
		ui_message(l->ui, R_ERROR, "%s", err.msg);
		return;
	}
	if (moved == 0)
		term_beep();
	if (delta > 0)
		l->sel = target - moved < p->nrows ? target - moved : p->nrows - 1;
	else
		l->sel = target - moved >= 0 ? target - moved : 0;
	if (l->sel >= p->nrows)
		l->sel = p->nrows - 1;
	if (l->sel < 0)
		l->sel = 0;
}

static void page(struct list_screen *l, int dir)
{
	struct pager *p = &l->pager;
	struct gerr err = { 0 };
	int moved = 0;
	if (pager_scroll(p, dir * visible_rows(), &moved, &err)) {
		ui_message(l->ui, R_ERROR, "%s", err.msg);
		return;
	}
	if (moved == 0) /* already at that end: go to its row */
		l->sel = dir > 0 ? p->nrows - 1 : 0;
	if (l->sel >= p->nrows)
		l->sel = p->nrows > 0 ? p->nrows - 1 : 0;
}

struct search {
	struct list_screen *l;
	struct lineedit le;
};

/* The question on the status line, over the list. */
static void draw_search(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct search *se = sc->self;
	int y = term_lines() - 2;
	const char *q = _("Search:");
	int qw = text_width(q) + 1;
	term_fill(y, 0, term_cols(), R_NORMAL);
	term_text(y, 0, qw, R_TITLE, q);
	struct strbuf view = STRBUF_INIT;
	int cur = 0;
	le_view(&se->le, term_cols() - qw - 1, &view, &cur);
	term_text(y, qw, term_cols() - qw, R_FIELD_ACTIVE, sb_str(&view));
	sb_free(&view);
	term_cursor(y, qw + cur, true);
}

static enum step handle_search(struct screen *sc, struct ui *ui, enum action a,
                               const struct key *k)
{
	(void)ui;
	struct search *se = sc->self;
	struct list_screen *l = se->l;
	if (a == ACT_OPEN || a == ACT_QUIT)
		return STEP_CLOSE;
	if (a == ACT_BACK) {
		le_clear(&se->le);
		se->le.changed = true;
	} else if (!ui_edit_key(&se->le, a, k)) {
		return STEP_STAY;
	}
	if (se->le.changed) {
		free(l->search);
		l->search = le_text(&se->le);
		se->le.changed = false;
		query(l, false);
	}
	return a == ACT_BACK ? STEP_CLOSE : STEP_STAY;
}

/* Incremental search: the list follows each key typed; Esc clears it. */
static void search(struct list_screen *l)
{
	struct search se = { .l = l };
	le_init(&se.le, 100);
	le_set(&se.le, l->search ? l->search : "");
	struct screen sc = { .overlay = true, .draw = draw_search, .handle = handle_search,
	                     .self = &se };
	ui_run(l->ui, &sc);
	le_free(&se.le);
	struct gerr err = { 0 };
	if (pager_count(&l->pager, &err))
		ui_message(l->ui, R_ERROR, "%s", err.msg);
}

static void dates(struct list_screen *l)
{
	if (!l->form->date_field) {
		ui_message(l->ui, R_ERROR, "%s", _("This list has no date to filter on."));
		return;
	}
	char since[11], until[11];
	memcpy(since, l->since, sizeof since);
	memcpy(until, l->until, sizeof until);
	if (!ui_ask_date(l->ui, _("From date (empty: any):"), since) ||
	    !ui_ask_date(l->ui, _("Until date (empty: any):"), until))
		return;
	memcpy(l->since, since, sizeof since);
	memcpy(l->until, until, sizeof until);
	requery(l);
}

/* After an action on record id the highlight stays on it, in any sort
 * order; a record that left the list leaves the highlight where it was. */
static void keep(struct list_screen *l, int64_t id)
{
	struct gerr err = { 0 };
	/* the action may have added or voided a row: count again */
	if (pager_count(&l->pager, &err) || pager_keep(&l->pager, id, &l->sel, &err))
		ui_message(l->ui, R_ERROR, "%s", err.msg);
}

/* F6: a column from the list's columns (or the form's own order), then
 * its direction; kept as this user's order of this list. The highlight
 * stays on its record. */
static void choose_sort(struct list_screen *l)
{
	const char *items[MAXCOLS + 1];
	int col[MAXCOLS + 1], n = 0, at = 0;
	items[n] = _("Default order");
	col[n++] = -1;
	for (int c = 0; c < l->ncols; c++)
		if (l->cols[c] >= 0) { /* not the id and status columns */
			at = c == l->sort ? n : at;
			items[n] = _(l->form->fields[l->cols[c]].label);
			col[n++] = c;
		}
	int pick = ui_choose(l->ui, _("Sort by"), items, n, at);
	if (pick < 0)
		return;
	struct list_sort sort = { .field = NULL };
	if (col[pick] >= 0) {
		const char *ways[] = { _("Ascending ↑"), _("Descending ↓") };
		int way = ui_choose(l->ui, items[pick], ways, 2,
		                    col[pick] == l->sort && l->q.descending);
		if (way < 0)
			return;
		sort = (struct list_sort){ &l->form->fields[l->cols[col[pick]]], way == 1 };
	}
	struct gerr err = { 0 };
	if (prefs_sort_set(&l->ui->s, l->form, &sort, &err)) /* this session sorts anyway */
		ui_message(l->ui, R_ERROR, "%s", err.msg);
	int64_t id = l->pager.nrows > 0 ? l->pager.rows[l->sel]->id : 0;
	l->sort = col[pick];
	l->q.descending = sort.descending;
	query(l, false);
	keep(l, id);
}

/* The order this user chose for the list before, if any. */
static void chosen_sort(struct list_screen *l)
{
	struct list_sort sort;
	bool chosen = false;
	struct gerr err = { 0 };
	if (prefs_sort_get(&l->ui->s, l->form, &sort, &chosen, &err))
		ui_message(l->ui, R_ERROR, "%s", err.msg);
	for (int c = 0; chosen && sort.field && c < l->ncols; c++)
		if (l->cols[c] == sort.field - l->form->fields) {
			l->sort = c;
			l->q.descending = sort.descending;
		}
}

static void void_selected(struct list_screen *l)
{
	struct pager *p = &l->pager;
	if (p->nrows == 0)
		return;
	int64_t id = p->rows[l->sel]->id;
	if (ui_void(l->ui, l->form, p->rows[l->sel]))
		keep(l, id);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct list_screen *l = sc->self;
	const struct form *form = l->form;
	struct gerr err = { 0 };
	struct pager *p = &l->pager;
	switch (a) {
	case ACT_QUIT: ui->quit = true; break;
	case ACT_BACK:
		if (l->search && *l->search) { /* Esc first clears a search */
			int64_t id = p->nrows > 0 ? p->rows[l->sel]->id : 0;
			free(l->search);
			l->search = NULL;
			requery(l);
			keep(l, id);
			break;
		}
		return STEP_CLOSE;
	case ACT_UP: move_sel(l, -1); break;
	case ACT_DOWN: move_sel(l, 1); break;
	case ACT_PGUP: page(l, -1); break;
	case ACT_PGDN: page(l, 1); break;
	case ACT_HOME:
		if (pager_first(p, &err) == GERR_OK)
			l->sel = 0;
		break;
	case ACT_END:
		if (pager_last(p, &err) == GERR_OK)
			l->sel = p->nrows > 0 ? p->nrows - 1 : 0;
		break;
	case ACT_OPEN:
		if (p->nrows > 0) {
			int64_t id = p->rows[l->sel]->id;
			screen_form(ui, form, id);
			keep(l, id);
		}
		break;
	case ACT_DETAIL:
		if (l->detail && p->nrows > 0) {
			int64_t id = p->rows[l->sel]->id;
			l->detail(ui, id);
			keep(l, id);
		}
		break;
	case ACT_NEW: {
		int64_t id = screen_form(ui, form, 0);
		if (id)
			keep(l, id); /* the new record, highlighted */
		break;
	}
	case ACT_SEARCH: search(l); break;
	case ACT_SHOW_VOID:
		l->q.include_voided = !l->q.include_voided;
		requery(l);
		break;
	case ACT_SORT: choose_sort(l); break;
	case ACT_DATES: dates(l); break;
	case ACT_VOID: void_selected(l); break;
	case ACT_PRINT:
		if (p->nrows > 0 && ui_printable(form)) {
			int64_t id = p->rows[l->sel]->id;
			ui_print_record(ui, form, id);
			keep(l, id);
		}
		break;
	case ACT_RESIZE: {
		int64_t id = p->nrows > 0 ? p->rows[l->sel]->id : 0;
		pager_set_size(p, visible_rows());
		keep(l, id);
		break;
	}
	default: break;
	}
	if (err.code)
		ui_message(ui, R_ERROR, "%s", err.msg);
	return STEP_STAY;
}

void screen_list(struct ui *ui, const struct form *form)
{
	struct list_screen l = { .ui = ui, .form = form, .sort = -1, .title = STRBUF_INIT };
	struct screen sc = { .keys = keys, .form = form, .draw = draw, .handle = handle, .self = &l };
	sc.purpose = _("The records of this paper form, one per row. Move with the arrows, "
	                "PgUp/PgDn and Home/End; Enter opens the highlighted record, / searches "
	                "as you type (Esc clears the search), F6 chooses the order (a column, "
	                "rising or falling; it is kept for you), F7 keeps a range of dates. The "
	                "keys below are all those you may use here.");
	sc.concepts = HELP_VOID | HELP_LIST_TITLE | HELP_READ_ONLY | HELP_HISTORY |
	              (form->row_status ? HELP_DEADLINE : 0) | (complaint_marks(form) ? HELP_LATE : 0);
	l.q.form = form;
	for (size_t i = 0; i < sizeof details / sizeof details[0]; i++)
		if (strcmp(details[i].form, form->name) == 0) {
			l.detail = details[i].open;
			sc.keys = detail_keys;
		}
	set_columns(&l);
	chosen_sort(&l);
	requery(&l);
	struct gerr err = { 0 };
	if (l.sort < 0 && form->ledger && pager_last(&l.pager, &err) == GERR_OK) /* today's work first */
		l.sel = l.pager.nrows > 0 ? l.pager.nrows - 1 : 0;
	if (err.code)
		ui_message(ui, R_ERROR, "%s", err.msg);
	ui_run(ui, &sc);
	pager_free(&l.pager);
	free(l.search);
	sb_free(&l.title);
}
