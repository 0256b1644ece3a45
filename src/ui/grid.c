#include "config.h"
#include "ui/grid.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct grid_row *row_new(struct grid *g)
{
	g->rows = xrealloc(g->rows, (size_t)(g->nrows + 1) * sizeof *g->rows);
	struct grid_row *r = &g->rows[g->nrows++];
	memset(r, 0, sizeof *r);
	for (int k = 0; k < g->ncols; k++) {
		const struct field *f = &g->child->fields[g->col[k]];
		le_init(&r->ed[k], f->max_len > 0 ? (size_t)f->max_len : 64);
	}
	return r;
}

static int load_row(void *ud, const struct record *rec)
{
	struct grid *g = ud;
	struct grid_row *r = row_new(g);
	r->id = rec->id;
	if (g->key >= 0) {
		r->key_id = rec->v[g->key].num;
		r->key_label = xstrdup(rec->v[g->key].label ? rec->v[g->key].label : "");
	}
	for (int k = 0; k < g->ncols; k++) {
		const struct field *f = &g->child->fields[g->col[k]];
		const struct value *v = &rec->v[g->col[k]];
		char *text = f->type == FT_REF ? xstrdup(v->null || !v->text ? "" : v->text)
		                               : field_format(f, v, FMT_HUMAN);
		le_set(&r->ed[k], text);
		r->initial[k] = text;
	}
	return 0;
}

static int key_row(void *ud, const struct record *rec)
{
	struct grid *g = ud;
	struct grid_row *r = row_new(g);
	const struct form *target = rec->form;
	r->key_id = rec->id;
	const struct value *name = &rec->v[form_field_index(target, target->name_field)];
	r->key_label = xstrdup(name->text ? name->text : "");
	return 0;
}

/* The header's RULE_LINES_COVER, if any: which key records need a line. */
static const struct rule *cover_rule(const struct form *header)
{
	for (int i = 0; i < header->nrules; i++)
		if (header->rules[i].kind == RULE_LINES_COVER)
			return &header->rules[i];
	return NULL;
}

bool grid_load(struct grid *g, struct ui *ui, const struct form *header, int64_t id)
{
	memset(g, 0, sizeof *g);
	g->child = form_find(header->lines);
	g->key = g->child->line_key ? form_field_index(g->child, g->child->line_key) : -1;
	for (int i = 0; i < g->child->nfields && g->ncols < GRID_MAXCOLS; i++)
		if (i != g->key && strcmp(g->child->fields[i].name, g->child->parent_field) != 0 &&
		    !(g->child->fields[i].flags & F_COMPUTED))
			g->col[g->ncols++] = i;
	struct gerr err = { 0 };
	int rc = GERR_OK;
	if (id) {
		rc = lines_list(&ui->s, header, id, load_row, g, &err);
	} else if (g->key >= 0 && cover_rule(header)) {
		const struct form *target = form_find(g->child->fields[g->key].ref);
		struct list_filter ff = { .field = form_field(target, cover_rule(header)->b),
		                          .value = { .num = 1 } };
		const struct field *pos = form_field(target, "position");
		struct list_query q = { .form = target, .filters = &ff, .nfilters = 1, .sort = pos };
		rc = records_list(&ui->s, &q, key_row, g, &err);
	}
	if (rc)
		ui_message(ui, R_ERROR, "%s", err.msg);
	return rc == GERR_OK;
}

static void scratch_free(struct grid *g)
{
	for (int i = 0; i < g->nscratch; i++)
		free(g->scratch[i]);
	free(g->scratch);
	g->scratch = NULL;
	g->nscratch = 0;
	free(g->line_row);
	g->line_row = NULL;
	g->nlines = 0;
}

void grid_free(struct grid *g)
{
	for (int i = 0; i < g->nrows; i++) {
		for (int k = 0; k < g->ncols; k++) {
			le_free(&g->rows[i].ed[k]);
			free(g->rows[i].initial[k]);
		}
		free(g->rows[i].key_label);
	}
	free(g->rows);
	scratch_free(g);
}

static bool cell_changed(const struct grid_row *r, int k)
{
	char *text = le_text(&r->ed[k]);
	bool same = strcmp(text, r->initial[k] ? r->initial[k] : "") == 0;
	free(text);
	return !same;
}

bool grid_changed(const struct grid *g)
{
	for (int i = 0; i < g->nrows; i++) {
		if (g->rows[i].removed && g->rows[i].id)
			return true;
		for (int k = 0; k < g->ncols; k++)
			if (cell_changed(&g->rows[i], k))
				return true;
	}
	return false;
}

/* Column widths: the key column, then each field's list width. */
static int col_width(const struct grid *g, int k)
{
	const struct field *f = &g->child->fields[g->col[k]];
	if (f->type == FT_DATE) /* 10 cells, and one for the cursor after them */
		return 11;
	int w = f->width;
	return w < 4 ? 4 : w > 20 ? 20 : w;
}

void grid_draw(struct grid *g, int y, int n, bool focused, int *cy, int *cx)
{
	if (n < 2)
		return;
	int x = 2, keyw = 0;
	if (g->key >= 0) {
		keyw = g->child->fields[g->key].width;
		term_text(y, x, keyw, R_TITLE, _(g->child->fields[g->key].label));
		x += keyw + 1;
	}
	int x0 = x;
	for (int k = 0; k < g->ncols; k++) {
		term_text(y, x, col_width(g, k), R_TITLE, _(g->child->fields[g->col[k]].label));
		x += col_width(g, k) + 1;
	}
	int first = g->row >= n - 1 ? g->row - (n - 2) : 0;
	for (int i = first, line = 1; i < g->nrows && line < n; i++, line++) {
		struct grid_row *r = &g->rows[i];
		x = x0;
		if (g->key >= 0)
			term_text(y + line, 2, keyw, r->removed ? R_VOID : R_NORMAL, r->key_label);
		for (int k = 0; k < g->ncols; k++) {
			int w = col_width(g, k);
			struct strbuf view = STRBUF_INIT;
			int cur = 0;
			bool here = focused && i == g->row && k == g->c;
			if (here)
				le_view(&r->ed[k], w, &view, &cur);
			else
				le_view_start(&r->ed[k], w, &view);
			term_text(y + line, x, w, r->removed ? R_VOID : here ? R_FIELD_ACTIVE : R_FIELD,
			          sb_str(&view));
			if (here) {
				*cy = y + line;
				*cx = x + cur;
			}
			sb_free(&view);
			x += w + 1;
		}
		if (r->removed) { /* in words, not only in colour: after the row, or
		                     over its last cells (the first tell rows apart) */
			const char *word = _("(removed when saved)");
			int ww = text_width(word), right = term_cols() - 1 - ww;
			term_text(y + line, x < right ? x : right, ww, R_VOID, word);
		}
	}
}

/* The cell being left, typed as 2026/12/20 or 20261220, shows as it will
 * be kept, as a form field does; a value that does not parse stays as
 * typed for the save to refuse with its message. */
static void tidy_cell(struct grid *g)
{
	struct lineedit *le = grid_cell(g);
	const struct field *f = &g->child->fields[g->col[g->c]];
	if (!le || !le->changed || f->type == FT_TEXT || f->type == FT_REF)
		return;
	char *text = le_text(le);
	struct value v = { .null = true };
	if (*text && field_parse(f, text, &v, NULL) == GERR_OK && !v.null) {
		char *shown = field_format(f, &v, FMT_HUMAN);
		if (strcmp(shown, text) != 0)
			le_set(le, shown);
		free(shown);
	}
	value_clear(&v);
	free(text);
}

bool grid_move(struct grid *g, int dir)
{
	tidy_cell(g);
	int cell = g->row * g->ncols + g->c + dir;
	if (cell < 0 || cell >= g->nrows * g->ncols)
		return false;
	g->row = cell / g->ncols;
	g->c = cell % g->ncols;
	return true;
}

bool grid_move_row(struct grid *g, int dir)
{
	tidy_cell(g);
	if (g->row + dir < 0 || g->row + dir >= g->nrows)
		return false;
	g->row += dir;
	return true;
}

void grid_focus_last(struct grid *g)
{
	tidy_cell(g);
	g->row = g->nrows > 0 ? g->nrows - 1 : 0;
	g->c = g->ncols > 0 ? g->ncols - 1 : 0;
}

void grid_add_row(struct grid *g)
{
	if (g->key >= 0) /* one row per key record, made by grid_load */
		return;
	row_new(g);
	g->row = g->nrows - 1;
	g->c = 0;
}

bool grid_remove_row(struct grid *g)
{
	if (g->key >= 0 || g->nrows == 0)
		return false;
	g->rows[g->row].removed = !g->rows[g->row].removed;
	return true;
}

struct lineedit *grid_cell(struct grid *g)
{
	if (g->nrows == 0 || g->rows[g->row].removed)
		return NULL;
	return &g->rows[g->row].ed[g->c];
}

static const char *keep(struct grid *g, char *text)
{
	g->scratch = xrealloc(g->scratch, (size_t)(g->nscratch + 1) * sizeof *g->scratch);
	g->scratch[g->nscratch++] = text;
	return text;
}

int grid_lines(struct grid *g, struct line_edit **out)
{
	scratch_free(g);
	struct line_edit *lines = xcalloc((size_t)g->nrows + 1, sizeof *lines);
	g->line_row = xcalloc((size_t)g->nrows + 1, sizeof *g->line_row);
	int n = 0;
	for (int i = 0; i < g->nrows; i++) {
		struct grid_row *r = &g->rows[i];
		struct line_edit *l = &lines[n];
		memset(l, 0, sizeof *l); /* a row that gave nothing leaves its slot */
		l->id = r->id;
		g->line_row[n] = i;
		if (r->removed) {
			if (r->id) {
				l->remove = true;
				n++;
			}
			continue;
		}
		l->a = xcalloc((size_t)g->ncols + 1, sizeof *l->a);
		keep(g, (char *)l->a);
		if (!r->id && r->key_id) {
			char idtext[24];
			snprintf(idtext, sizeof idtext, "#%" PRId64, r->key_id);
			l->a[l->n++] = (struct assign){ g->child->fields[g->key].name, keep(g, xstrdup(idtext)) };
		}
		int typed = 0;
		for (int k = 0; k < g->ncols; k++) {
			char *text = le_text(&r->ed[k]);
			if ((r->id && cell_changed(r, k)) || (!r->id && *text)) {
				l->a[l->n++] = (struct assign){ g->child->fields[g->col[k]].name, keep(g, text) };
				typed++;
			} else {
				free(text);
			}
		}
		if (typed || (!r->id && r->key_id))
			n++;
	}
	*out = lines;
	keep(g, (char *)lines);
	g->nlines = n;
	return n;
}

bool grid_focus_line(struct grid *g, int line, const char *field)
{
	int k = line - 1;
	if (!g->line_row || k < 0 || k >= g->nlines)
		return false;
	tidy_cell(g);
	g->row = g->line_row[k];
	g->c = 0;
	for (int c = 0; c < g->ncols; c++)
		if (strcmp(g->child->fields[g->col[c]].name, field) == 0)
			g->c = c;
	return true;
}
