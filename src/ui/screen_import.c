/* Import from the full-screen program: choose the form and the file, see
 * how its columns map to the form's fields and its first rows, then import
 * — all rows or none — or read why rows were refused. The work is the
 * core's import, as on the command line. */
#include "config.h"
#include "ui/ui.h"
#include "base/i18n.h"
#include "core/import.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const enum action keys[] = { ACT_SAVE, ACT_BACK, ACT_NONE };

static void draw_preview(struct ui *ui, const struct form *form, const char *path,
                         const struct import_preview *p)
{
	char title[300];
	snprintf(title, sizeof title, "%s · %s", _("Import"), _(form->title));
	term_clear();
	ui_frame(ui, title, keys);
	int cols = term_cols(), y = 1;
	term_text(y++, 1, cols - 2, R_HINT, path);
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
	term_flush();
}

/* The refusals, a page at a time, until Esc. */
static void show_errors(struct ui *ui, const struct import_result *res)
{
	static const enum action back[] = { ACT_PGUP, ACT_PGDN, ACT_BACK, ACT_NONE };
	const char *text = sb_str(&res->errors);
	int nlines = 0;
	for (const char *p = text; *p; p++)
		nlines += *p == '\n';
	int top = 0;
	while (!ui->quit) {
		term_clear();
		char title[160];
		snprintf(title, sizeof title, _("Rows refused: %ld. Nothing was imported."), res->nerrors);
		ui_frame(ui, title, back);
		int rows = term_lines() - 3, y = 1, n = 0;
		for (const char *p = text; *p && y <= rows; n++) {
			const char *e = strchr(p, '\n');
			size_t len = e ? (size_t)(e - p) : strlen(p);
			if (n >= top) {
				char *line = xstrndup(p, len);
				term_text(y++, 1, term_cols() - 2, R_ERROR, line);
				free(line);
			}
			p += len + (e ? 1 : 0);
		}
		term_cursor(0, 0, false);
		term_flush();
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_BACK || a == ACT_QUIT)
			return;
		if (a == ACT_PGDN && top + rows < nlines)
			top += rows;
		if (a == ACT_PGUP)
			top = top > rows ? top - rows : 0;
	}
}

static void run(struct ui *ui, const struct form *form, const char *path)
{
	struct import_opts o = { .form = form, .path = path, .encoding = ENC_AUTO };
	struct import_preview p;
	struct gerr err = { 0 };
	if (import_preview(&o, 8, &p, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return;
	}
	bool go = false;
	while (!ui->quit) {
		draw_preview(ui, form, path, &p);
		struct key k;
		enum action a = ui_key(ui, &k);
		if (a == ACT_BACK || a == ACT_QUIT)
			break;
		if (a == ACT_SAVE || a == ACT_OPEN) {
			go = true;
			break;
		}
	}
	import_preview_free(&p);
	if (!go)
		return;
	ui_message(ui, R_HINT, "%s", _("Importing…"));
	ui_frame(ui, _("Import"), (const enum action[]){ ACT_NONE });
	term_flush();
	struct import_result res;
	memset(&res, 0, sizeof res);
	int rc = import_file(&ui->s, &o, &res, &err);
	if (rc == GERR_OK)
		ui_message(ui, R_HINT, _("Imported %ld rows into %s."), res.rows, _(form->title));
	else if (res.nerrors > 0)
		show_errors(ui, &res);
	else
		ui_message(ui, R_ERROR, "%s", err.msg);
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
	int k = m ? ui_choose(ui, _("Import into"), items, m, 0) : -1;
	const struct form *form = k >= 0 ? forms[k] : NULL;
	free(items);
	free(forms);
	if (!form)
		return;
	char *dir = getcwd(NULL, 0), *path = NULL;
	struct strbuf initial = STRBUF_INIT;
	sb_addf(&initial, "%s/", dir ? dir : ".");
	free(dir);
	if (ui_prompt(ui, _("File to import (CSV or .xlsx):"), sb_str(&initial), &path))
		run(ui, form, path);
	sb_free(&initial);
	free(path);
}
