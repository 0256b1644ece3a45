/* The customer archive (用户档案) on one scrollable page: the customer's
 * facts and its licence's standing, then one section per record that
 * names it (core/archive.c, the same sections as `show customers ID
 * --archive`), each with its count and totals; the supplier archive the
 * same for a supplier (its receipts, their lines, the rejected ones). A section keeps at most SECTION_CAP rows on screen (the newest);
 * the rest are counted, and its list has them all. */
#include "config.h"
#include "ui/stack.h"
#include "ui/colfit.h"
#include "core/archive.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SECTION_CAP 200
#define MAXCOLS 24

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN,
                                    ACT_HOME, ACT_END, ACT_BACK, ACT_QUIT, ACT_NONE };

enum line_kind { L_TEXT, L_HEAD, L_COLS, L_ROW };

struct aline {
	enum line_kind kind;
	int sec;      /* L_COLS, L_ROW: index into the screen's sections */
	int64_t id;   /* L_ROW: the record Enter opens */
	char **cells; /* L_COLS, L_ROW: one per column; else cells[0] is the text */
	int ncells;
};

/* A section's columns: the id, then the listed fields but the owner's. */
struct asec {
	const struct form *form;
	int field[MAXCOLS]; /* -1: the id */
	int ncols;
};

struct archive_screen {
	struct ui *ui;
	const struct form *owner; /* customers or suppliers */
	int64_t id;
	char *name;
	struct aline *lines;
	int n, alloc;
	struct asec secs[16];
	int nsecs;
	int sel, top;
	char title[300];
};

static struct aline *add_line(struct archive_screen *as, enum line_kind kind, int ncells)
{
	if (as->n == as->alloc) {
		as->alloc = as->alloc ? as->alloc * 2 : 64;
		as->lines = xrealloc(as->lines, (size_t)as->alloc * sizeof *as->lines);
	}
	struct aline *l = &as->lines[as->n++];
	*l = (struct aline){ .kind = kind, .ncells = ncells };
	l->cells = xcalloc((size_t)(ncells ? ncells : 1), sizeof *l->cells);
	return l;
}

static void add_text(struct archive_screen *as, enum line_kind kind, const char *text)
{
	add_line(as, kind, 1)->cells[0] = xstrdup(text);
}

static void clear_lines(struct archive_screen *as)
{
	for (int i = 0; i < as->n; i++) {
		for (int c = 0; c < as->lines[i].ncells; c++)
			free(as->lines[i].cells[c]);
		free(as->lines[i].cells);
	}
	as->n = 0;
}

static void set_columns(struct asec *sec, const struct archive_section *as)
{
	const struct form *f = form_find(as->form);
	sec->form = f;
	sec->ncols = 0;
	sec->field[sec->ncols++] = -1;
	for (int i = 0; i < f->nfields && sec->ncols < MAXCOLS; i++)
		if (f->fields[i].width > 0 && !archive_owner_field(as, &f->fields[i]))
			sec->field[sec->ncols++] = i;
}

struct filling {
	struct archive_screen *as;
	int sec, kept;
};

static int keep_row(void *ud, const struct record *r)
{
	struct filling *fl = ud;
	if (fl->kept >= SECTION_CAP) /* counted by archive_rows, not kept */
		return 0;
	fl->kept++;
	const struct asec *sec = &fl->as->secs[fl->sec];
	struct aline *l = add_line(fl->as, L_ROW, sec->ncols);
	l->sec = fl->sec;
	l->id = r->id;
	for (int c = 0; c < sec->ncols; c++) {
		int i = sec->field[c];
		if (i < 0) {
			char id[24];
			snprintf(id, sizeof id, "%" PRId64, r->id);
			l->cells[c] = xstrdup(id);
			continue;
		}
		l->cells[c] = field_format(&sec->form->fields[i], &r->v[i], FMT_HUMAN);
		for (char *s = l->cells[c]; *s; s++) /* one line per row */
			if (*s == '\n' || *s == '\r' || *s == '\t')
				*s = ' ';
	}
	return 0;
}

/* The heading of a section: its title, how many and its totals, in the
 * command line's words. */
static char *heading(const struct archive_section *sec, const struct archive_totals *t)
{
	const struct form *f = form_find(sec->form);
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "%s  ", _(sec->title));
	sb_addf(&b, _("Records: %" PRId64), t->rows);
	for (int i = 0; i < ARCHIVE_TOTALS && sec->totals[i]; i++) {
		const struct field *sf = form_field(f, sec->totals[i]);
		struct value v = { .null = false, .num = t->sum[i] };
		char *text = field_format(sf, &v, FMT_HUMAN);
		sb_add(&b, _(", "));
		sb_addf(&b, _("%s: %s"), _(sf->label), text);
		free(text);
	}
	return sb_steal(&b);
}

static int load_section(struct archive_screen *as, const struct archive_section *sec,
                        struct gerr *err)
{
	int k = as->nsecs++;
	set_columns(&as->secs[k], sec);
	int head = as->n;
	add_line(as, L_HEAD, 1);
	struct aline *cols = add_line(as, L_COLS, as->secs[k].ncols);
	cols->sec = k;
	for (int c = 0; c < as->secs[k].ncols; c++) {
		int i = as->secs[k].field[c];
		cols->cells[c] = xstrdup(i < 0 ? "ID" : _(as->secs[k].form->fields[i].label));
	}
	struct archive_totals t;
	struct filling fl = { as, k, 0 };
	int rc = archive_rows(&as->ui->s, sec, as->id, keep_row, &fl, &t, err);
	if (rc)
		return rc;
	as->lines[head].cells[0] = heading(sec, &t);
	if (t.rows == 0) { /* no column heads over nothing: a blank line instead */
		struct aline *l = &as->lines[head + 1];
		for (int c = 1; c < l->ncells; c++)
			free(l->cells[c]);
		free(l->cells[0]);
		l->cells[0] = xstrdup("");
		l->ncells = 1;
		l->kind = L_TEXT;
		return GERR_OK;
	}
	if (t.rows > fl.kept) {
		char more[256];
		snprintf(more, sizeof more,
		         _("The newest %d of %" PRId64 " are shown; the list screen has them all."),
		         fl.kept, t.rows);
		add_text(as, L_TEXT, more);
	}
	add_text(as, L_TEXT, "");
	return GERR_OK;
}

/* Reads the owner and every section the user may view, again. */
static int load(struct archive_screen *as, struct gerr *err)
{
	clear_lines(as);
	as->nsecs = 0;
	struct record *r = NULL;
	int rc = records_get(&as->ui->s, as->owner, as->id, &r, err);
	if (rc)
		return rc;
	free(as->name);
	as->name = field_format(form_field(r->form, "name"), record_value(r, "name"), FMT_HUMAN);
	for (int i = 0; i < r->form->nfields; i++) {
		char *v = field_format(&r->form->fields[i], &r->v[i], FMT_HUMAN);
		if (*v) {
			for (char *s = v; *s; s++)
				if (*s == '\n' || *s == '\r' || *s == '\t')
					*s = ' ';
			struct strbuf b = STRBUF_INIT;
			sb_addf(&b, _("%s: %s"), _(r->form->fields[i].label), v);
			add_text(as, L_TEXT, sb_str(&b));
			sb_free(&b);
		}
		free(v);
	}
	char *licence = archive_licence(&as->ui->s, r);
	if (licence)
		add_text(as, L_TEXT, licence);
	free(licence);
	record_free(r);
	add_text(as, L_TEXT, "");
	int n;
	const struct archive_section *secs = archive_sections_of(as->owner->name, &n);
	for (int i = 0; i < n && rc == GERR_OK && as->nsecs < (int)(sizeof as->secs / sizeof as->secs[0]); i++)
		if (archive_visible(&as->ui->s, &secs[i]))
			rc = load_section(as, &secs[i], err);
	return rc;
}

/* The widths of a section's columns in this window. */
static int fit(const struct asec *sec, int *width)
{
	int pref[MAXCOLS], min[MAXCOLS];
	for (int c = 0; c < sec->ncols; c++) {
		int i = sec->field[c];
		if (i < 0) {
			pref[c] = 6;
			min[c] = 4;
			continue;
		}
		const struct field *f = &sec->form->fields[i];
		int lw = text_width(_(f->label));
		pref[c] = f->width > lw ? f->width : lw;
		min[c] = f->type == FT_DATE ? 10 : f->type == FT_DATETIME ? 16
		         : pref[c] * 2 / 3 > 4 ? pref[c] * 2 / 3 : 4;
	}
	return colfit(pref, min, sec->ncols, 1, term_cols() - 2, width);
}

static int page_rows(void)
{
	return term_lines() - 3;
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct archive_screen *as = sc->self;
	snprintf(as->title, sizeof as->title, "%s · %s",
	         strcmp(as->owner->name, "suppliers") == 0 ? _("Supplier archive") : _("Customer archive"),
	         as->name ? as->name : "");
	sc->title = as->title;
	int rows = page_rows();
	if (as->sel < as->top)
		as->top = as->sel;
	if (as->sel >= as->top + rows)
		as->top = as->sel - rows + 1;
	for (int y = 0; y < rows && as->top + y < as->n; y++) {
		const struct aline *l = &as->lines[as->top + y];
		bool selected = as->top + y == as->sel;
		enum role role = selected ? R_SELECTED : l->kind == L_HEAD || l->kind == L_COLS ? R_TITLE : R_NORMAL;
		term_fill(1 + y, 0, term_cols(), role);
		if (l->kind != L_COLS && l->kind != L_ROW) {
			term_text(1 + y, 1, term_cols() - 2, role, l->cells[0]);
			continue;
		}
		int width[MAXCOLS];
		int shown = fit(&as->secs[l->sec], width), x = 1;
		for (int c = 0; c < shown; c++) {
			term_text(1 + y, x, width[c], role, l->cells[c]);
			x += width[c] + 1;
		}
	}
	term_cursor(0, 0, false);
}

static void move(struct archive_screen *as, int delta)
{
	int to = as->sel + delta;
	if (to < 0)
		to = 0;
	if (to >= as->n)
		to = as->n - 1;
	if (to == as->sel)
		term_beep();
	as->sel = to;
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct archive_screen *as = sc->self;
	struct gerr err = { 0 };
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_UP: move(as, -1); break;
	case ACT_DOWN: move(as, 1); break;
	case ACT_PGUP: move(as, -page_rows()); break;
	case ACT_PGDN: move(as, page_rows()); break;
	case ACT_HOME: as->sel = 0; break;
	case ACT_END: as->sel = as->n - 1; break;
	case ACT_OPEN:
		if (as->lines[as->sel].kind != L_ROW)
			break;
		screen_form(ui, as->secs[as->lines[as->sel].sec].form, as->lines[as->sel].id);
		if (load(as, &err)) { /* the record may have moved or gone */
			ui_message(ui, R_ERROR, "%s", err.msg);
			return STEP_CLOSE;
		}
		if (as->sel >= as->n)
			as->sel = as->n - 1;
		break;
	default: break;
	}
	return STEP_STAY;
}

static void run(struct ui *ui, const char *owner, int64_t id)
{
	struct archive_screen as = { .ui = ui, .owner = form_find(owner), .id = id };
	bool supplier = strcmp(owner, "suppliers") == 0;
	struct screen sc = { .keys = keys, .draw = draw, .handle = handle, .self = &as,
		             .purpose = supplier
		                ? _("One supplier's archive: its facts and its licence's standing, "
		                    "then its receipts, their lines and the rejected lines, newest "
		                    "first, with counts and totals. Enter opens the highlighted "
		                    "record.")
		                : _("One customer's archive (user file): its facts, then "
		                    "every record that names it, section by section, newest "
		                    "first, with counts and totals. Enter opens the "
		                    "highlighted record.") };
	struct gerr err = { 0 };
	if (load(&as, &err))
		ui_message(ui, R_ERROR, "%s", err.msg);
	else
		ui_run(ui, &sc);
	clear_lines(&as);
	free(as.lines);
	free(as.name);
}

void screen_archive(struct ui *ui, int64_t customer_id)
{
	run(ui, "customers", customer_id);
}

void screen_supplier_archive(struct ui *ui, int64_t supplier_id)
{
	run(ui, "suppliers", supplier_id);
}
