/* The main menu: the paper records in the office's words, each with its
 * hotkey. A record the user's role may not see is not offered. */
#include "config.h"
#include "ui/ui.h"
#include "core/i18n.h"
#include "core/perm.h"

#include <stdio.h>
#include <wctype.h>

static void due_all(struct ui *ui)
{
	screen_due(ui, NULL);
}

/* A form's list, or (with run) a screen of its own that needs the form's
 * view permission and shows title. */
static const struct {
	wchar_t hotkey;
	const char *form;
	void (*run)(struct ui *ui);
	const char *title; /* msgid, with run */
} entries[] = {
	{ L'1', "sales", NULL, NULL },
	{ L'p', "products", NULL, NULL },
	{ L'c', "customers", NULL, NULL },
	{ L'i', "implants", NULL, NULL },
	{ L'r', "recalls", NULL, NULL },
	{ L't', "sales", screen_trace, N_("Trace a batch or serial number") },
	{ L'd', "sales", due_all, N_("Everything due") },
};

#define MAX_DUE 16

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_QUIT, ACT_NONE };

/* The dashboard under the menu: each kind of due row with its count, one
 * selectable line each (after the n menu entries). */
static void draw_due(const struct due_count *dc, int nd, int y, int x, int sel, int n)
{
	if (nd == 0)
		return;
	term_text(y, x, 40, R_TITLE, _("Due within 30 days:"));
	for (int i = 0; i < nd; i++) {
		char line[160];
		if (dc[i].late)
			snprintf(line, sizeof line, _(" %3d  %s (%d late)"), dc[i].count, dc[i].label, dc[i].late);
		else
			snprintf(line, sizeof line, " %3d  %s", dc[i].count, dc[i].label);
		term_text(y + 1 + i, x, 40, n + i == sel ? R_SELECTED : dc[i].late ? R_ERROR : R_NORMAL, line);
	}
}

static void draw(struct ui *ui, const int *shown, int n, int sel, const struct due_count *dc, int nd)
{
	term_clear();
	ui_frame(ui, _("Main menu"), keys);
	int y = 3, x = term_cols() / 2 - 18;
	term_text(y - 1, x, 40, R_TITLE, _("Choose what to work on:"));
	for (int i = 0; i < n; i++) {
		const struct form *f = form_find(entries[shown[i]].form);
		char line[160];
		const char *title = entries[shown[i]].run ? entries[shown[i]].title : f->title;
		snprintf(line, sizeof line, " %lc  %s", (wint_t)towupper((wint_t)entries[shown[i]].hotkey),
		         _(title));
		term_text(y + 1 + i, x, 36, i == sel ? R_SELECTED : R_NORMAL, line);
	}
	draw_due(dc, nd, y + n + 2, x, sel, n);
	term_cursor(0, 0, false);
	term_flush();
}

void screen_menu(struct ui *ui)
{
	int shown[NENTRIES], n = 0, sel = 0;
	for (int i = 0; i < NENTRIES; i++)
		if (perm_allowed(ui->s.user.role, form_find(entries[i].form), PERM_VIEW))
			shown[n++] = i;
	while (!ui->quit) {
		struct due_count dc[MAX_DUE];
		int nd = ui_due_counts(ui, dc, MAX_DUE), total = n + nd;
		if (sel >= total)
			sel = total - 1;
		draw(ui, shown, n, sel, dc, nd);
		struct key k;
		enum action a = ui_key(ui, &k);
		int open = -1;
		switch (a) {
		case ACT_QUIT: /* nothing here is unsaved */
			ui->quit = true;
			break;
		case ACT_BACK:
			ui->quit = ui_confirm(ui, _("Quit gspdesk?"));
			break;
		case ACT_UP: sel = sel > 0 ? sel - 1 : total - 1; break;
		case ACT_DOWN: sel = sel < total - 1 ? sel + 1 : 0; break;
		case ACT_OPEN: open = sel; break;
		case ACT_HELP: screen_help(ui, keys, NULL); break;
		case ACT_NONE:
			for (int i = 0; i < n; i++)
				if (!k.fn && towlower(k.code) == (wint_t)entries[shown[i]].hotkey)
					open = i;
			break;
		default: break;
		}
		if (open >= n) {
			sel = open;
			screen_due(ui, dc[open - n].kind);
		} else if (open >= 0 && n > 0) {
			sel = open;
			if (entries[shown[open]].run)
				entries[shown[open]].run(ui);
			else
				screen_list(ui, form_find(entries[shown[open]].form));
		}
	}
}
