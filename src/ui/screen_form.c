/* The generic form screen: one field per line with the paper form's label,
 * a line editor per field, choice lists for enums, a picker for refs,
 * checks as the user leaves a field, and saving through the core's
 * records_add / records_edit — refused input keeps the cursor on its field
 * and every typed character on screen. */
#include "config.h"
#include "ui/form_screen.h"
#include "base/date.h"
#include "base/i18n.h"
#include "core/lines.h"
#include "core/perm.h"
#include "core/records.h"
#include "core/retention.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum action keys_new[] = {
	ACT_HELP, ACT_SAVE, ACT_PICK, ACT_NEXT, ACT_BACK, ACT_QUIT, ACT_NONE
};
static const enum action keys_new_next[] = {
	ACT_HELP, ACT_SAVE, ACT_SAVE_NEXT, ACT_PICK, ACT_NEXT, ACT_BACK, ACT_QUIT, ACT_NONE
};
static const enum action keys_edit[] = {
	ACT_HELP, ACT_SAVE, ACT_PICK, ACT_NEXT, ACT_HISTORY, ACT_VOID, ACT_BACK, ACT_QUIT, ACT_PRINT,
	ACT_NONE
};
static const enum action keys_new_rows[] = {
	ACT_HELP, ACT_SAVE, ACT_NEXT, ACT_ROW_ADD, ACT_ROW_REMOVE, ACT_BACK, ACT_QUIT, ACT_NONE
};
static const enum action keys_edit_rows[] = {
	ACT_HELP, ACT_SAVE, ACT_NEXT, ACT_ROW_ADD, ACT_ROW_REMOVE, ACT_HISTORY, ACT_VOID, ACT_BACK,
	ACT_QUIT, ACT_PRINT, ACT_NONE
};

static const enum action keys_view[] = {
	ACT_HELP, ACT_NEXT, ACT_HISTORY, ACT_BACK, ACT_QUIT, ACT_PRINT, ACT_NONE
};

/* The key bar: the row keys only where rows can be added and removed (the
 * stack leaves out F8 for a role that may not void). */
static const enum action *keys_of(struct form_screen *fs)
{
	const enum action *keys;
	bool rows = fs->has_grid && fs->grid.key < 0;
	if (fs->read_only)
		keys = keys_view;
	else if (fs->orig)
		keys = rows ? keys_edit_rows : keys_edit;
	else if (rows)
		keys = keys_new_rows;
	else
		keys = fs->form->next_keeps ? keys_new_next : keys_new;
	/* F4 only where it opens a list: a ref with codes, an enum, a bool */
	const struct field *f = &fs->form->fields[fs->focus];
	bool pick = !fs->in_grid && !fs->in_scan &&
	            (f->type == FT_ENUM || f->type == FT_BOOL ||
	             (f->type == FT_REF && form_find(f->ref)->code_field));
	int n = 0;
	for (; *keys != ACT_NONE && n < KEYS_MAX - 1; keys++)
		if (*keys != ACT_PICK || pick)
			fs->keys[n++] = *keys;
	fs->keys[n] = ACT_NONE;
	return fs->keys;
}

static bool editable(const struct field *f)
{
	return !(f->flags & F_COMPUTED);
}

int form_first_field(const struct form *form)
{
	int i = 0;
	while (i < form->nfields - 1 && !editable(&form->fields[i]))
		i++;
	return i;
}

/* The form has fields the program fills (F1 says what they are). */
static bool computes(const struct form *form)
{
	for (int i = 0; i < form->nfields; i++)
		if (!editable(&form->fields[i]))
			return true;
	return false;
}

/* The text a field shows: refs by code (unique), the rest for people. */
static char *shown_text(const struct field *f, const struct value *v)
{
	if (f->type == FT_REF)
		return xstrdup(v->null || !v->text ? "" : v->text);
	return field_format(f, v, FMT_HUMAN);
}

static bool changed(const struct form_screen *fs)
{
	for (int i = 0; i < fs->form->nfields; i++)
		if (fs->ed[i].changed)
			return true;
	return fs->has_grid && grid_changed(&fs->grid);
}

static int label_width(const struct form *form)
{
	int w = form->scan.udi ? text_width(form_scan_label()) : 0;
	for (int i = 0; i < form->nfields; i++) {
		int lw = text_width(_(form->fields[i].label));
		if (lw > w)
			w = lw;
	}
	return w;
}

/* Room for the value, leaving the rest of the line for a hint or an error. */
static int edit_width(const struct field *f, int room)
{
	int w;
	switch (f->type) {
	case FT_TEXT: w = f->max_len > 40 ? 40 : f->max_len < 12 ? 12 : f->max_len; break;
	case FT_DATETIME: w = 18; break;
	default: w = 16; break;
	}
	return w < room ? w : room;
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct form_screen *fs = sc->self;
	const struct form *form = fs->form;
	char *title = fs->title;
	size_t tsize = sizeof fs->title;
	if (fs->orig)
		snprintf(title, tsize, "%s #%" PRId64 "%s", _(form->title), fs->orig->id,
		         fs->orig->voided ? _(" (void)") : fs->read_only ? _(" (read only)") : "");
	else
		snprintf(title, tsize, "%s · %s", _(form->title), _("new"));
	sc->title = title;
	sc->keys = keys_of(fs);
	sc->help = _(form->fields[fs->focus].help);
	sc->purpose = _("One record: a field per line under the paper form's labels. Tab or Enter "
	                "goes to the next field, S-Tab back; each field is checked as you leave "
	                "it, and a refused value keeps the cursor on its field. F2 saves; Esc "
	                "leaves, asking first when something was typed.");
	sc->concepts = HELP_REQUIRED | HELP_READ_ONLY | (fs->orig ? HELP_HISTORY | HELP_VOID | HELP_RECORD : 0) |
	               (fs->has_grid ? HELP_ROWS : 0) | (computes(form) ? HELP_COMPUTED : 0);
	int lw = label_width(form), x = lw + 4, cols = term_cols();
	int fw = cols - x - 1;
	int scan = fs->has_scan ? 1 : 0;
	int rows = term_lines() - 5 - scan; /* title, help line, status, keys */
	if (fs->focus < fs->top)
		fs->top = fs->focus;
	if (fs->focus >= fs->top + rows)
		fs->top = fs->focus - rows + 1;
	int cy = 0, cx = 0;
	if (fs->has_scan) {
		term_text(1, 1, lw + 2, R_NORMAL, form_scan_label());
		form_scan_draw(fs, 1, x, fw, &cy, &cx);
	}
	for (int i = fs->top; i < form->nfields && i - fs->top < rows; i++) {
		const struct field *f = &form->fields[i];
		int y = 1 + scan + i - fs->top;
		char label[160];
		snprintf(label, sizeof label, "%s%s", (f->flags & F_REQUIRED) ? "*" : " ", _(f->label));
		term_text(y, 1, lw + 2, i == fs->error_field ? R_ERROR : R_NORMAL, label);
		int editw = edit_width(f, fw);
		struct strbuf view = STRBUF_INIT;
		int cur = 0;
		if (i == fs->focus && !fs->in_grid && !fs->in_scan)
			le_view(&fs->ed[i], editw, &view, &cur);
		else
			le_view_start(&fs->ed[i], editw, &view);
		enum role role = !editable(f) ? R_HINT
		                : i == fs->focus && !fs->in_scan ? R_FIELD_ACTIVE : R_FIELD;
		term_text(y, x, editw, role, sb_str(&view));
		sb_free(&view);
		if (i == fs->error_field)
			term_text(y, x + editw + 1, fw - editw - 1, R_ERROR, fs->error);
		else if (fs->hint[i])
			term_text(y, x + editw + 1, fw - editw - 1, R_HINT, fs->hint[i]);
		if (i == fs->focus && !fs->in_grid && !fs->in_scan) {
			cy = y;
			cx = x + cur;
		}
	}
	if (fs->orig && form->nfields - fs->top < rows) {
		/* who entered and changed it: the record is evidence */
		char who[256], made[20], changed_at[20];
		clock_local_text(fs->orig->created_at, made);
		if (fs->orig->updated_by) {
			clock_local_text(fs->orig->updated_at, changed_at);
			snprintf(who, sizeof who, _("Entered by %s %s; last changed by %s %s; version %" PRId64),
			         fs->orig->created_by, made, fs->orig->updated_by, changed_at, fs->orig->version);
		} else {
			snprintf(who, sizeof who, _("Entered by %s %s; version %" PRId64), fs->orig->created_by,
			         made, fs->orig->version);
		}
		term_text(2 + form->nfields - fs->top, 1, cols - 2, R_HINT, who);
		if (fs->keep[0] && form->nfields - fs->top + 1 < rows)
			term_text(3 + form->nfields - fs->top, 1, cols - 2, R_HINT, fs->keep);
	}
	if (fs->has_grid) {
		int gy = 3 + scan + form->nfields - fs->top;
		grid_draw(&fs->grid, gy, term_lines() - 4 - gy, fs->in_grid, &cy, &cx);
	}
	const struct field *f = fs->in_grid ? &fs->grid.child->fields[fs->grid.col[fs->grid.c]]
	                                    : &form->fields[fs->focus];
	term_text(term_lines() - 3, 1, cols - 2, R_HINT, _(f->help));
	term_cursor(cy, cx, true);
}

void form_set_error(struct form_screen *fs, const struct gerr *err)
{
	/* a line's refusal: the cursor on its row, not on a header field of
	 * the same name */
	if (err->line > 0 && fs->has_grid && grid_focus_line(&fs->grid, err->line, err->field)) {
		fs->in_grid = true;
		fs->in_scan = false;
		fs->error_field = -1;
		ui_message(fs->ui, R_ERROR, "%s", err->msg);
		return;
	}
	int i = err->line > 0 ? -1 : err->field[0] ? form_field_index(fs->form, err->field) : -1;
	fs->error_field = i;
	if (i >= 0) {
		fs->focus = i;
		fs->in_grid = fs->in_scan = false;
		snprintf(fs->error, sizeof fs->error, "%s", err->msg);
		ui_message(fs->ui, R_ERROR, "%s", err->msg);
	} else {
		ui_message(fs->ui, R_ERROR, "%s", err->msg);
	}
}

bool form_check_field(struct form_screen *fs, int i)
{
	const struct field *f = &fs->form->fields[i];
	if (!editable(f) || !fs->ed[i].changed)
		return true;
	char *text = le_text(&fs->ed[i]);
	struct value v = { .null = true };
	struct gerr err = { 0 };
	int rc = records_parse_value(&fs->ui->s, f, text, &v, &err);
	if (rc == GERR_OK) /* a future date now, not only on save */
		rc = records_check_value(&fs->ui->s, f, &v, &err);
	free(text);
	if (rc) {
		value_clear(&v);
		form_set_error(fs, &err);
		return false;
	}
	if (f->type == FT_REF) {
		free(fs->hint[i]);
		fs->hint[i] = v.null ? NULL : xstrdup(v.label ? v.label : "");
		le_set(&fs->ed[i], v.null ? "" : v.text); /* the code, however it was typed */
		fs->ed[i].changed = true;
	} else if (f->type != FT_TEXT) { /* 2025/3/5 shows as it will be kept */
		char *shown = shown_text(f, &v);
		le_set(&fs->ed[i], shown);
		fs->ed[i].changed = true;
		free(shown);
	}
	value_clear(&v);
	if (fs->error_field == i)
		fs->error_field = -1;
	return true;
}

/* Checks the focused field as the user leaves it; false keeps them there. */
static bool leave_field(struct form_screen *fs)
{
	return form_check_field(fs, fs->focus);
}

/* The form may ask for another field at once after this one (an adverse
 * event's stop-use notice): focus it when still empty. */
static bool ask_next(struct form_screen *fs)
{
	const struct field *f = &fs->form->fields[fs->focus];
	if (!fs->form->ask_next || (f->type != FT_ENUM && f->type != FT_TEXT))
		return false;
	char *text = le_text(&fs->ed[fs->focus]);
	struct value v = { .null = true };
	const char *why = NULL, *next = NULL;
	if (field_parse(f, text, &v, NULL) == GERR_OK && !v.null)
		next = fs->form->ask_next(f->name, v.text, &why);
	value_clear(&v);
	free(text);
	int k = next ? form_field_index(fs->form, next) : -1;
	if (k < 0 || fs->ed[k].len > 0)
		return false;
	fs->focus = k;
	ui_message(fs->ui, R_ERROR, "%s", _(why));
	return true;
}

static void move_focus(struct form_screen *fs, int dir)
{
	if (!leave_field(fs) || ask_next(fs))
		return;
	int n = fs->form->nfields, i = fs->focus;
	do
		i = (i + dir + n) % n;
	while (!editable(&fs->form->fields[i]) && i != fs->focus);
	fs->focus = i;
}

static void move_focus(struct form_screen *fs, int dir);

/* Opens the choice list or the picker; a choice made moves to the next field. */
static void choose(struct form_screen *fs)
{
	int i = fs->focus;
	const struct field *f = &fs->form->fields[i];
	/* a ref to a form without codes (a sales line) is typed as its number */
	if (f->type == FT_REF && !form_find(f->ref)->code_field)
		return;
	if (f->type == FT_REF) {
		if (!form_find(f->ref)->code_field) /* a sales line: its id is typed */
			return;
		char *text = le_text(&fs->ed[i]);
		int64_t id = screen_picker(fs->ui, form_find(f->ref), text);
		free(text);
		if (id == 0)
			return;
		struct record *r = NULL;
		struct gerr err = { 0 };
		const struct form *target = form_find(f->ref);
		if (records_get(&fs->ui->s, target, id, &r, &err)) {
			form_set_error(fs, &err);
			return;
		}
		const struct value *code = record_value(r, target->code_field);
		const struct value *name = record_value(r, target->name_field);
		le_set(&fs->ed[i], code->text ? code->text : "");
		fs->ed[i].changed = true;
		free(fs->hint[i]);
		fs->hint[i] = xstrdup(name->text ? name->text : "");
		record_free(r);
		move_focus(fs, 1);
		return;
	}
	const char *items[16];
	int n = 0;
	if (f->type == FT_ENUM)
		for (const struct choice *c = f->choices; c->code && n < 16; c++)
			items[n++] = _(c->label);
	else if (f->type == FT_BOOL) {
		items[n++] = _("yes");
		items[n++] = _("no");
	} else {
		return;
	}
	char *current = le_text(&fs->ed[i]);
	int initial = 0;
	for (int k = 0; k < n; k++)
		if (strcmp(current, items[k]) == 0)
			initial = k;
	free(current);
	int k = ui_choose(fs->ui, _(f->label), items, n, initial);
	if (k >= 0) {
		le_set(&fs->ed[i], items[k]);
		fs->ed[i].changed = true;
		move_focus(fs, 1);
	}
}

/* Keys in and out of the lines grid; true when the key was used. Tab from
 * the last header field enters the grid, and leaving its last cell
 * returns to the first field. */
static bool grid_key(struct form_screen *fs, enum action a, const struct key *k)
{
	struct grid *g = &fs->grid;
	int last = fs->form->nfields - 1;
	while (last > 0 && !editable(&fs->form->fields[last]))
		last--;
	if (a == ACT_ROW_ADD) {
		if (g->key < 0 && leave_field(fs)) {
			grid_add_row(g);
			form_row_defaults(fs);
			fs->in_grid = true;
		}
		return true;
	}
	if (a == ACT_ROW_REMOVE) {
		if (fs->in_grid && grid_remove_row(g))
			ui_message(fs->ui, R_HINT, "%s",
			           g->rows[g->row].removed
			                   ? _("The row is removed when you save; F9 again keeps it.")
			                   : _("The row is kept."));
		return true;
	}
	if (!fs->in_grid) {
		if ((a == ACT_NEXT || a == ACT_DOWN) && fs->focus == last && g->nrows > 0) {
			if (leave_field(fs))
				fs->in_grid = true;
			return true;
		}
		/* the grid comes between the last field and the first, both ways */
		if (a == ACT_PREV && fs->focus == form_first_field(fs->form) && g->nrows > 0) {
			if (leave_field(fs)) {
				fs->in_grid = true;
				grid_focus_last(g);
			}
			return true;
		}
		return false;
	}
	switch (a) {
	case ACT_NEXT:
	case ACT_OPEN:
		if (!grid_move(g, 1)) {
			fs->in_grid = false;
			fs->focus = form_first_field(fs->form);
		}
		return true;
	case ACT_PREV:
		if (!grid_move(g, -1)) {
			fs->in_grid = false;
			fs->focus = last;
		}
		return true;
	case ACT_DOWN:
		grid_move_row(g, 1);
		return true;
	case ACT_UP:
		if (!grid_move_row(g, -1)) {
			fs->in_grid = false;
			fs->focus = last;
		}
		return true;
	case ACT_SAVE:
	case ACT_BACK:
	case ACT_QUIT:
	case ACT_VOID:
	case ACT_HELP:
		return false;
	default: {
		struct lineedit *le = grid_cell(g);
		if (le)
			ui_edit_key(le, a, k);
		return true;
	}
	}
}

static void load(struct form_screen *fs)
{
	for (int i = 0; i < fs->form->nfields; i++) {
		const struct field *f = &fs->form->fields[i];
		le_init(&fs->ed[i], f->max_len > 0 ? (size_t)f->max_len : 64);
		if (fs->orig) {
			char *text = shown_text(f, &fs->orig->v[i]);
			le_set(&fs->ed[i], text);
			fs->initial[i] = text;
			if (f->type == FT_REF && fs->orig->v[i].label)
				fs->hint[i] = xstrdup(fs->orig->v[i].label);
		}
	}
	if (!fs->orig)
		form_defaults(fs);
	struct retention keep;
	bool found = false;
	struct gerr err = { 0 };
	if (fs->orig && retention_of(&fs->ui->s, fs->form, fs->orig->id, &keep, &found, &err) == 0 &&
	    found) {
		char text[160];
		retention_text(&keep, text, sizeof text);
		snprintf(fs->keep, sizeof fs->keep, _("Keep until: %s"), text);
	}
	fs->focus = form_first_field(fs->form);
}

static void unload(struct form_screen *fs)
{
	for (int i = 0; i < fs->form->nfields; i++) {
		le_free(&fs->ed[i]);
		free(fs->initial[i]);
		free(fs->hint[i]);
	}
	if (fs->has_grid)
		grid_free(&fs->grid);
	le_free(&fs->scan);
	record_free(fs->orig);
}

/* The keys that move about or leave, all a read-only form answers to. */
static bool reading_key(enum action a)
{
	switch (a) {
	case ACT_HELP: case ACT_NEXT: case ACT_PREV: case ACT_UP: case ACT_DOWN:
	case ACT_OPEN: case ACT_BACK: case ACT_QUIT: case ACT_RESIZE:
	case ACT_PGUP: case ACT_PGDN: case ACT_LEFT: case ACT_RIGHT: case ACT_HOME: case ACT_END:
	case ACT_HISTORY: case ACT_PRINT:
		return true;
	default:
		return false;
	}
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	struct form_screen *fs = sc->self;
	const struct form *form = fs->form;
	struct lineedit *le = &fs->ed[fs->focus];
	const struct field *f = &form->fields[fs->focus];
	if (a == ACT_QUIT) {
		if (!changed(fs) || ui_confirm(ui, _("Quit without saving what you typed?")))
			ui->quit = true;
	} else if (a == ACT_BACK) {
		if (!changed(fs) || ui_confirm(ui, _("Leave without saving what you typed?")))
			return STEP_CLOSE;
	} else if (fs->read_only && !reading_key(a)) {
		/* shown for reading: the record is void or the role may not edit */
		ui_message(ui, R_ERROR, "%s",
		           fs->orig->voided ? _("This record is void: it can be read, not changed.")
		                            : _("Your role may read this record, not change it."));
	} else if (a == ACT_SAVE) {
		int64_t id = form_save(fs);
		if (id) {
			fs->saved = id;
			return STEP_CLOSE;
		}
	} else if (a == ACT_SAVE_NEXT && form->next_keeps && !fs->orig) {
		int64_t id = form_save(fs);
		if (id) {
			fs->saved = id;
			form_next(fs);
		}
	} else if (a == ACT_HISTORY && fs->orig) {
		screen_history(ui, form, fs->orig->id);
	} else if (a == ACT_PRINT && fs->orig) {
		ui_print_record(ui, form, fs->orig->id); /* as saved: the paper is the record */
	} else if (a == ACT_VOID && fs->orig) {
		if (ui_void(ui, form, fs->orig))
			return STEP_CLOSE;
	} else if (form_scan_key(fs, a, k)) {
		return STEP_STAY;
	} else if (fs->has_grid && grid_key(fs, a, k)) {
		return STEP_STAY;
	} else if (!fs->read_only && (a == ACT_PICK || (a == ACT_OPEN && (f->type == FT_REF || f->type == FT_ENUM || f->type == FT_BOOL)))) {
		choose(fs);
	} else if (a == ACT_OPEN || a == ACT_NEXT || a == ACT_DOWN) {
		move_focus(fs, 1);
	} else if (a == ACT_PREV || a == ACT_UP) {
		move_focus(fs, -1);
	} else if (editable(f)) {
		if (fs->fresh[fs->focus] && a == ACT_NONE && !k->fn)
			le_clear(le);
		fs->fresh[fs->focus] = false;
		ui_edit_key(le, a, k);
	}
	return STEP_STAY;
}

int64_t screen_form(struct ui *ui, const struct form *form, int64_t id)
{
	struct form_screen fs = { .ui = ui, .form = form, .error_field = -1 };
	struct gerr err = { 0 };
	if (id && records_get(&ui->s, form, id, &fs.orig, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return 0;
	}
	if (!id && perm_check(ui->s.user.role, form, PERM_ADD, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return 0;
	}
	fs.read_only = fs.orig && (fs.orig->voided ||
	                           !perm_allowed(ui->s.user.role, form, PERM_EDIT));
	load(&fs);
	fs.has_grid = form->lines != NULL;
	fs.has_scan = !id && form->scan.udi;
	le_init(&fs.scan, 200);
	if (fs.has_grid && !grid_load(&fs.grid, ui, form, id)) {
		unload(&fs);
		return 0;
	}
	struct screen sc = { .form = form, .draw = draw, .handle = handle, .self = &fs };
	ui_run(ui, &sc);
	unload(&fs);
	return fs.saved;
}
