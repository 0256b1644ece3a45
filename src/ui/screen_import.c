/* Import from the full-screen program: choose the form and the file, see
 * how its columns map to the form's fields and its first rows, then import
 * — all rows or none — or read why rows were refused. The work is the
 * core's import, as on the command line. */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "core/import.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum action keys[] = { ACT_HELP, ACT_SAVE, ACT_BACK, ACT_NONE };

struct preview {
	const struct form *form;
	const char *path;
	struct import_preview p;
	bool go;
	char title[300];
};

static void draw_preview(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct preview *pv = sc->self;
	const struct form *form = pv->form;
	const struct import_preview *p = &pv->p;
	snprintf(pv->title, sizeof pv->title, "%s · %s", _("Import"), _(form->title));
	sc->title = pv->title;
	int cols = term_cols(), y = 1;
	term_text(y++, 1, cols - 2, R_HINT, pv->path);
	term_text(y++, 1, cols - 2, R_TITLE, _("Columns of the file and the fields they fill:"));
	int half = cols / 2;
	for (int i = 0; i < p->ncols && y < term_lines() - 10; i++, y++) {
		const char *to;
		enum role role = R_NORMAL;
		if (p->field[i] >= 0) {
			to = _(form->fields[p->field[i]].label);
		} else if (p->field[i] == IMPORT_LINE) {
			to = _("a line of the record (field.key)");
		} else if (p->field[i] == IMPORT_UDI) {
			to = _("UDI: product, batch, serial, expiry");
		} else if (p->field[i] == IMPORT_IGNORED) {
			to = _("(left out)");
			role = R_HINT;
		} else {
			to = _("(unknown: the file is refused)");
			role = R_ERROR;
		}
		term_text(y, 2, half - 4, R_NORMAL, p->titles[i]);
		term_text(y, half - 2, 2, R_HINT, "→");
		term_text(y, half + 1, cols - half - 2, role, to);
	}
	y++;
	term_text(y++, 1, cols - 2, R_TITLE, _("First rows:"));
	for (int r = 0; r < p->nrows && y < term_lines() - 2; r++, y++) {
		struct strbuf line = STRBUF_INIT;
		sb_addf(&line, "%4ld  ", p->lines[r]);
		for (int i = 0; i < p->ncols; i++)
			sb_addf(&line, "%s%s", i ? " | " : "", p->rows[r][i]);
		term_text(y, 1, cols - 2, R_NORMAL, sb_str(&line));
		sb_free(&line);
	}
	term_cursor(0, 0, false);
}

static enum step handle_preview(struct screen *sc, struct ui *ui, enum action a,
                                const struct key *k)
{
	(void)ui, (void)k;
	struct preview *pv = sc->self;
	if (a == ACT_SAVE || a == ACT_OPEN)
		pv->go = true;
	return pv->go || a == ACT_BACK || a == ACT_QUIT ? STEP_CLOSE : STEP_STAY;
}

struct refusals {
	const struct import_result *res;
	int nlines, top;
	char title[160];
};

static int error_rows(void)
{
	return term_lines() - 3;
}

static void draw_errors(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct refusals *rf = sc->self;
	snprintf(rf->title, sizeof rf->title, _("Rows refused: %ld. Nothing was imported."),
	         rf->res->nerrors);
	sc->title = rf->title;
	int rows = error_rows(), y = 1, n = 0;
	for (const char *p = sb_str(&rf->res->errors); *p && y <= rows; n++) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (n >= rf->top) {
			char *line = xstrndup(p, len);
			term_text(y++, 1, term_cols() - 2, R_ERROR, line);
			free(line);
		}
		p += len + (e ? 1 : 0);
	}
	term_cursor(0, 0, false);
}

static enum step handle_errors(struct screen *sc, struct ui *ui, enum action a,
                               const struct key *k)
{
	(void)ui, (void)k;
	struct refusals *rf = sc->self;
	int rows = error_rows();
	if (a == ACT_BACK || a == ACT_QUIT)
		return STEP_CLOSE;
	if (a == ACT_PGDN && rf->top + rows < rf->nlines)
		rf->top += rows;
	if (a == ACT_PGUP)
		rf->top = rf->top > rows ? rf->top - rows : 0;
	return STEP_STAY;
}

/* The refusals, a page at a time, until Esc. */
static void show_errors(struct ui *ui, const struct import_result *res)
{
	static const enum action back[] = { ACT_PGUP, ACT_PGDN, ACT_BACK, ACT_NONE };
	struct refusals rf = { .res = res };
	for (const char *p = sb_str(&res->errors); *p; p++)
		rf.nlines += *p == '\n';
	struct screen sc = { .keys = back, .draw = draw_errors, .handle = handle_errors, .self = &rf };
	ui_run(ui, &sc);
}

static void run(struct ui *ui, const struct form *form, const char *path)
{
	struct import_opts o = { .form = form, .path = path, .encoding = ENC_AUTO };
	struct preview pv = { .form = form, .path = path };
	struct gerr err = { 0 };
	if (import_preview(&o, 8, &pv.p, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return;
	}
	struct screen sc = { .keys = keys, .form = form, .draw = draw_preview,
	                     .handle = handle_preview, .self = &pv,
		             .purpose = _("Before importing: which field of the form each column "
		                          "of the file fills, and the file's first rows. F2 "
		                          "imports every row or none: when any row is refused, "
		                          "nothing is written and the refusals are listed, each "
		                          "with its row number.") };
	ui_run(ui, &sc);
	bool go = pv.go;
	import_preview_free(&pv.p);
	if (!go)
		return;
	ui_busy(ui, _("Import"), _("Importing…"));
	struct import_result res;
	memset(&res, 0, sizeof res);
	int rc = import_file(&ui->s, &o, &res, &err);
	if (rc == GERR_OK) {
		ui_message(ui, R_HINT, _("Imported %ld rows into %s."), res.rows, _(form->title));
	} else if (res.nerrors > 0) {
		ui->message[0] = '\0'; /* the refusals' title says it */
		show_errors(ui, &res);
	} else {
		ui_message(ui, R_ERROR, "%s", err.msg);
	}
	import_result_free(&res);
}

void screen_import(struct ui *ui)
{
	int n;
	const struct form *const *all = forms_all(&n);
	const char **items = xcalloc((size_t)n, sizeof *items);
	const struct form **forms = xcalloc((size_t)n, sizeof *forms);
	int m = 0;
	for (int i = 0; i < n; i++)
		if (perm_allowed(ui->s.user.role, all[i], PERM_ADD)) {
			forms[m] = all[i];
			items[m++] = _(all[i]->title);
		}
	int k = m ? ui_choose_about(ui, _("Import into"),
	                            _("Import turns the rows of a spreadsheet (CSV or .xlsx) into "
	                              "records of the form chosen here: its column titles name the "
	                              "fields, in the paper form's words or the field names. The "
	                              "columns are shown before anything is written, and a file is "
	                              "imported whole or not at all."),
	                            items, m, 0)
	          : -1;
	const struct form *form = k >= 0 ? forms[k] : NULL;
	free(items);
	free(forms);
	if (!form)
		return;
	char *path = NULL;
	if (ui_ask_read(ui, _("File to import (CSV or .xlsx):"), &path))
		run(ui, form, path);
	free(path);
}
