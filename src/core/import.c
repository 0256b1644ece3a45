#include "config.h"
#include "core/import.h"
#include "core/import_source.h"
#include "core/udi.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "core/lines.h"
#include "core/perm.h"
#include "core/records.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_record.h"
#include "db/db_text_index.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PROGRESS_EVERY 4096

/* Title without the blanks a spreadsheet leaves around it. */
static char *trimmed(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

/* FIELD.KEY for a line field of form's lines (with a line_key). */
static bool line_column(const struct form *form, const char *t)
{
	const struct form *child = form->lines ? form_find(form->lines) : NULL;
	const char *dot = strchr(t, '.');
	if (!child || !child->line_key || !dot || !dot[1])
		return false;
	for (int k = 0; k < child->nfields; k++)
		if (strlen(child->fields[k].name) == (size_t)(dot - t) &&
		    strncmp(child->fields[k].name, t, (size_t)(dot - t)) == 0)
			return strcmp(child->fields[k].name, child->line_key) != 0 &&
			       strcmp(child->fields[k].name, child->parent_field) != 0;
	return false;
}

int import_column(const struct form *form, const char *title)
{
	char *t = trimmed(title);
	int found = IMPORT_UNKNOWN;
	/* the list's bookkeeping columns, so an export comes back in */
	if (!*t || strcasecmp(t, "id") == 0 || strcasecmp(t, "voided") == 0)
		found = IMPORT_IGNORED;
	else if (strcasecmp(t, "udi") == 0 && form_field_index(form, "product") >= 0)
		found = IMPORT_UDI;
	else if (line_column(form, t))
		found = IMPORT_LINE;
	for (int i = 0; found == IMPORT_UNKNOWN && i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		bool match = strcasecmp(t, f->name) == 0 || strcasecmp(t, f->label) == 0 ||
		             strcmp(t, _(f->label)) == 0;
		for (const char *const *a = f->aliases; !match && a && *a; a++)
			match = strcmp(t, *a) == 0;
		if (!match && f->type == FT_REF) { /* an xlsx export's heading of codes */
			char coded[256];
			snprintf(coded, sizeof coded, _("%s (code)"), _(f->label));
			match = strcmp(t, coded) == 0;
			snprintf(coded, sizeof coded, "%s (code)", f->label);
			match = match || strcasecmp(t, coded) == 0;
		}
		if (match)
			found = (f->flags & F_COMPUTED) ? IMPORT_IGNORED : i;
	}
	free(t);
	return found;
}

void import_result_free(struct import_result *res)
{
	sb_free(&res->errors);
	sb_free(&res->created);
	sb_free(&res->ignored);
}

/* Refs resolved once per import, by field and text: a sheet names the same
 * few products and customers on row after row. */
struct ref_entry {
	int field;
	char *text;        /* as written in the file; NULL for an empty slot */
	struct value v;    /* resolved */
};

struct ref_cache {
	struct ref_entry *e;
	size_t cap, n;
};

static size_t ref_hash(int field, const char *s)
{
	size_t h = 1469598103934665603u ^ (size_t)field;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The slot of (field, text): its entry, or the empty slot to fill. */
static struct ref_entry *ref_slot(struct ref_cache *c, int field, const char *text)
{
	if (c->n * 2 >= c->cap) {
		struct ref_cache bigger = { xcalloc(c->cap ? c->cap * 2 : 64, sizeof *c->e),
		                            c->cap ? c->cap * 2 : 64, c->n };
		for (size_t i = 0; i < c->cap; i++)
			if (c->e[i].text) {
				size_t j = ref_hash(c->e[i].field, c->e[i].text) & (bigger.cap - 1);
				while (bigger.e[j].text)
					j = (j + 1) & (bigger.cap - 1);
				bigger.e[j] = c->e[i];
			}
		free(c->e);
		*c = bigger;
	}
	size_t j = ref_hash(field, text) & (c->cap - 1);
	while (c->e[j].text && (c->e[j].field != field || strcmp(c->e[j].text, text) != 0))
		j = (j + 1) & (c->cap - 1);
	return &c->e[j];
}

static void ref_cache_free(struct ref_cache *c)
{
	for (size_t i = 0; i < c->cap; i++)
		if (c->e[i].text) {
			free(c->e[i].text);
			value_clear(&c->e[i].v);
		}
	free(c->e);
}

struct import {
	struct session *s;
	const struct import_opts *o;
	struct import_result *res;
	struct csv_row header;
	bool unguard; /* CSV: a cell's guard against formulas taken off (csv_unguard) */
	int ncols;
	int *map;     /* per column: field index or IMPORT_* */
	char **line_names; /* per IMPORT_LINE column: its title trimmed (FIELD.KEY) */
	struct ref_cache refs;
};

/* The user's title of the column holding field k, else its label. */
static const char *column_title(const struct import *im, const char *field)
{
	int k = form_field_index(im->o->form, field);
	for (int c = 0; k >= 0 && c < im->ncols; c++)
		if (im->map[c] == k)
			return im->header.cells[c];
	const struct field *f = k >= 0 ? &im->o->form->fields[k] : NULL;
	return f ? _(f->label) : NULL;
}

/* "line N, column T: reason", the reason without field_refuse's label. */
static void refuse_row(struct import *im, long line, const struct gerr *e)
{
	const struct field *f = e->field[0] ? form_field(im->o->form, e->field) : NULL;
	const char *reason = e->msg;
	if (f) {
		char prefix[256];
		snprintf(prefix, sizeof prefix, _("%s: %s"), _(f->label), "");
		if (strncmp(reason, prefix, strlen(prefix)) == 0)
			reason += strlen(prefix);
	}
	const char *title = f ? column_title(im, f->name) : NULL;
	if (title)
		sb_addf(&im->res->errors, _("line %ld, column %s: %s"), line, title, reason);
	else
		sb_addf(&im->res->errors, _("line %ld: %s"), line, reason);
	sb_addc(&im->res->errors, '\n');
	im->res->nerrors++;
}

static void refuse_text(struct import *im, long line, const char *msg)
{
	struct gerr e = { .code = GERR_INPUT };
	snprintf(e.msg, sizeof e.msg, "%s", msg);
	refuse_row(im, line, &e);
}

/* Maps the header row; every unknown or repeated title is a refusal. A
 * repeat is named against the field's first column only: one line each,
 * in one pass, however wide the sheet. */
static void map_header(struct import *im)
{
	const struct form *form = im->o->form;
	im->ncols = im->header.n;
	im->map = xcalloc((size_t)im->ncols, sizeof *im->map);
	im->line_names = xcalloc((size_t)im->ncols, sizeof *im->line_names);
	int *first = xmalloc(sizeof *first * (size_t)(form->nfields + 1));
	for (int k = 0; k < form->nfields; k++)
		first[k] = -1;
	for (int c = 0; c < im->ncols; c++) {
		const char *title = im->header.cells[c];
		int k = im->map[c] = import_column(form, title);
		if (k == IMPORT_LINE)
			im->line_names[c] = trimmed(title);
		char msg[512];
		if (k == IMPORT_IGNORED && *title) {
			sb_addf(&im->res->ignored, "%s%s", im->res->ignored.len ? ", " : "", title);
		} else if (k == IMPORT_UNKNOWN) {
			snprintf(msg, sizeof msg, _("%s has no field of this name; see: gspdesk forms %s"),
			         form->name, form->name);
			sb_addf(&im->res->errors, _("line %ld, column %s: %s"), im->header.line, title, msg);
			sb_addc(&im->res->errors, '\n');
			im->res->nerrors++;
		}
		if (k >= 0 && first[k] >= 0) {
			snprintf(msg, sizeof msg, _("names the same field as column %s"),
			         im->header.cells[first[k]]);
			sb_addf(&im->res->errors, _("line %ld, column %s: %s"), im->header.line, title, msg);
			sb_addc(&im->res->errors, '\n');
			im->res->nerrors++;
		} else if (k >= 0) {
			first[k] = c;
		}
	}
	free(first);
}

/* Adds the record a ref names when neither its code nor its name is
 * known; the new record takes the text as both. */
static int create_missing(struct import *im, const struct field *f, const char *text,
                          struct gerr *err)
{
	const struct form *target = form_find(f->ref);
	if (!target->code_field || !target->name_field)
		return GERR_OK;
	const struct field *fc = form_field(target, target->code_field);
	const struct field *fn = form_field(target, target->name_field);
	struct value v = { .text = (char *)text };
	bool taken = false;
	int rc = db_value_taken(im->s->db, target, fc, &v, 0, &taken, err);
	if (rc == GERR_OK && !taken)
		rc = db_value_taken(im->s->db, target, fn, &v, 0, &taken, err);
	if (rc || taken)
		return rc;
	struct assign a[2] = { { fc->name, text }, { fn->name, text } };
	int64_t id;
	struct gerr e = { 0 };
	if ((rc = records_add(im->s, target, a, 2, &id, &e)) != GERR_OK) {
		if (rc != GERR_INPUT) {
			*err = e;
			return rc;
		}
		return gerr_set(err, GERR_INPUT, f->name, _("%s: \"%s\" could not be added to %s: %s"),
		                _(f->label), text, _(target->title), e.msg);
	}
	sb_addf(&im->res->created, "%s: %s\n", _(target->title), text);
	im->res->ncreated++;
	return GERR_OK;
}

/* One row: GERR_OK or GERR_INPUT (listed) go on; anything else stops. */
static int import_row(struct import *im, const struct csv_row *row, struct assign *a)
{
	const struct form *form = im->o->form;
	bool blank = true;
	for (int c = 0; c < row->n && blank; c++)
		blank = row->cells[c][0] == '\0';
	if (blank) /* a spreadsheet's empty row comes out as ",,,," */
		return GERR_OK;
	int n = 0;
	for (int c = 0; c < row->n; c++) {
		if (c >= im->ncols || (im->map[c] == IMPORT_IGNORED && !im->header.cells[c][0])) {
			if (row->cells[c][0]) {
				refuse_text(im, row->line, _("a value in a column that has no title"));
				return GERR_OK;
			}
			continue;
		}
		char *cell = row->cells[c];
		if (im->unguard)
			cell = (char *)csv_unguard(cell);
		else if (im->map[c] >= 0 && form->fields[im->map[c]].type == FT_DATE &&
		         strlen(cell) == 16 && strcmp(cell + 10, " 00:00") == 0)
			cell[10] = '\0'; /* a workbook's date and time at midnight, for a date */
		if (im->map[c] >= 0)
			a[n++] = (struct assign){ form->fields[im->map[c]].name, cell };
		else if (im->map[c] == IMPORT_UDI && cell[0])
			a[n++] = (struct assign){ "udi", cell };
		else if (im->map[c] == IMPORT_LINE && cell[0])
			a[n++] = (struct assign){ im->line_names[c], cell };
	}
	struct gerr e = { 0 };
	/* a UDI cell becomes the product, batch, serial and dates it gives */
	struct udi_unit u = { 0 };
	int rc = udi_expand(im->s, form, a, n, &u, &e);
	if (u.mine) {
		a = u.mine;
		n = u.n;
	}
	for (int i = 0; im->o->create_missing && rc == GERR_OK && i < n; i++) {
		const struct field *f = form_field(form, a[i].field);
		if (f->type == FT_REF && a[i].value[0])
			rc = create_missing(im, f, a[i].value, &e);
	}
	int64_t id;
	struct record *r = record_new(form);
	if (rc == GERR_OK && form->lines) { /* a header: its lines rules as for add */
		struct line_edit *lines = NULL;
		int nh = 0, nlines = 0;
		if ((rc = lines_split(form, a, n, &nh, &lines, &nlines, &e)) == GERR_OK)
			rc = lines_add(im->s, form, a, nh, lines, nlines, &id, &e);
		lines_free(lines, nlines);
		n = nh; /* the refs below are the header's */
	} else if (rc == GERR_OK && (rc = records_apply(r, a, n, &e)) == GERR_OK) {
		for (int i = 0; i < n; i++) {
			int k = form_field_index(form, a[i].field);
			struct value *v = &r->v[k];
			if (form->fields[k].type != FT_REF || v->null)
				continue;
			struct ref_entry *hit = ref_slot(&im->refs, k, a[i].value);
			if (hit->text)
				value_copy(v, &hit->v);
		}
		rc = records_insert(im->s, r, &id, &e);
	}
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		int k = form_field_index(form, a[i].field);
		if (form->fields[k].type != FT_REF || r->v[k].null)
			continue;
		struct ref_entry *slot = ref_slot(&im->refs, k, a[i].value);
		if (!slot->text) {
			slot->field = k;
			slot->text = xstrdup(a[i].value);
			value_copy(&slot->v, &r->v[k]);
			im->refs.n++;
		}
	}
	record_free(r);
	udi_free(&u);
	if (rc == GERR_OK)
		im->res->rows++;
	else if (rc == GERR_INPUT || rc == GERR_USAGE)
		refuse_row(im, row->line, &e), rc = GERR_OK;
	else
		refuse_row(im, row->line, &e);
	return rc;
}

/* The import's own audit entry: which file, how many records. */
static int audit_import(struct import *im, struct gerr *err)
{
	char rows[24];
	snprintf(rows, sizeof rows, "%ld", im->res->rows);
	struct audit_change c[3] = {
		{ "file", NULL, (char *)(im->o->path ? im->o->path : "") },
		{ "rows", NULL, rows },
		{ "encoding", NULL, (char *)encoding_name(im->res->used) },
	};
	return db_audit_add(im->s->db, im->s->user.name, im->o->form->name, 0, "import", c, 3,
	                    NULL, err);
}

static int import_rows(struct session *s, const struct import_opts *o, struct import_source *src,
                       struct import_result *res, struct gerr *err)
{
	int rc = perm_check(s->user.role, o->form, PERM_ADD, err);
	if (rc || (rc = lines_generic_write(o->form, err)) != GERR_OK)
		return rc;
	struct import im = { .s = s, .o = o, .res = res, .unguard = !src->xl };
	struct csv_row row = { 0 };
	int got;
	if ((rc = import_source_header(src, o->form, &im.header, err)) != GERR_OK) {
		csv_row_free(&im.header);
		return rc;
	}
	map_header(&im);
	if (res->nerrors) {
		rc = gerr_set(err, GERR_INPUT, NULL, "%s",
		              _("The column titles were refused: nothing was imported."));
		goto out;
	}
	struct assign *a = xcalloc((size_t)im.ncols + 1, sizeof *a);
	struct text_pause pause = { 0 };
	if ((rc = db_begin(s->db, err)) != GERR_OK) {
		free(a);
		goto out;
	}
	if ((rc = db_text_index_pause(s->db, o->form, &pause, err)) != GERR_OK) {
		db_rollback(s->db);
		free(a);
		goto out;
	}
	long nrows = 0;
	while (rc == GERR_OK && (got = import_source_next(src, &row, err)) == 1) {
		rc = import_row(&im, &row, a);
		if (o->progress && ++nrows % PROGRESS_EVERY == 0) {
			size_t done, total;
			import_source_progress(src, &done, &total);
			o->progress(o->ud, nrows, done, total);
		}
	}
	free(a);
	if (rc == GERR_OK && got < 0) { /* a file that cannot be read further; msg names the line */
		sb_addf(&res->errors, "%s\n", err->msg);
		res->nerrors++;
	}
	if (rc == GERR_OK && res->nerrors)
		rc = gerr_set(err, GERR_INPUT, NULL,
		              _("Rows refused: %ld. Nothing was imported."), res->nerrors);
	if (rc == GERR_OK && !o->dry_run)
		rc = audit_import(&im, err);
	if (rc == GERR_OK && !o->dry_run)
		rc = db_text_index_resume(s->db, o->form, &pause, err);
	free(pause.trigger_sql); /* a rollback restores the trigger itself */
	if (rc == GERR_OK && !o->dry_run)
		rc = db_commit(s->db, err);
	else
		db_rollback(s->db);
out:
	ref_cache_free(&im.refs);
	for (int c = 0; im.line_names && c < im.ncols; c++)
		free(im.line_names[c]);
	free(im.line_names);
	free(im.map);
	csv_row_free(&im.header);
	csv_row_free(&row);
	return rc;
}

int import_text(struct session *s, const struct import_opts *o, const char *data, size_t len,
                struct import_result *res, struct gerr *err)
{
	struct import_source src;
	import_source_text(&src, data, len);
	return import_rows(s, o, &src, res, err);
}


int import_file(struct session *s, const struct import_opts *o, struct import_result *res,
                struct gerr *err)
{
	struct import_source src;
	int rc = import_source_open(o, &src, &res->used, err);
	if (rc == GERR_OK)
		rc = import_rows(s, o, &src, res, err);
	import_source_close(&src);
	return rc;
}
