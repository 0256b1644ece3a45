/* The main menu: the paper records in the office's words, each with its
 * hotkey. A record the user's role may not see is not offered. */
#include "config.h"
#include "ui/ui.h"
#include "core/i18n.h"
#include "core/perm.h"

#include <stdio.h>
#include <string.h>
#include <wctype.h>

/* A menu entry opens a form's list, or a screen of its own. */
static const struct {
	wchar_t hotkey;
	const char *form;            /* a form's list, or NULL */
	const char *label;           /* msgid, for entries that are not forms */
	void (*open)(struct ui *ui); /* for entries that are not forms */
	enum perm_action need;
} entries[] = {
	{ L'1', "sales", NULL, NULL, PERM_VIEW },
	{ L'2', "complaints", NULL, NULL, PERM_VIEW },
	{ L'3', "quality", NULL, NULL, PERM_VIEW },
	{ L'4', "surveys", NULL, NULL, PERM_VIEW },
	{ L'5', "training", NULL, NULL, PERM_VIEW },
	{ L'6', "service", NULL, NULL, PERM_VIEW },
	{ L'7', "events", NULL, NULL, PERM_VIEW },
	{ L'8', "returns", NULL, NULL, PERM_VIEW },
	{ L'p', "products", NULL, NULL, PERM_VIEW },
	{ L'c', "customers", NULL, NULL, PERM_VIEW },
	/* the office's own survey list: offered to those who may change it */
	{ L'i', "survey_items", NULL, NULL, PERM_EDIT },
	{ L'r', NULL, N_("Reports"), screen_reports, PERM_REPORT },
	{ L'k', NULL, N_("Check the database"), screen_check, PERM_CHECK },
	{ L'b', NULL, N_("Back up the database"), screen_backup, PERM_CHECK },
};

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

static const char *entry_label(int i)
{
	return entries[i].form ? _(form_find(entries[i].form)->title) : _(entries[i].label);
}

static void entry_open(struct ui *ui, int i)
{
	if (entries[i].form)
		screen_list(ui, form_find(entries[i].form));
	else
		entries[i].open(ui);
}

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_QUIT, ACT_NONE };

static void draw(struct ui *ui, const int *shown, int n, int sel)
{
	term_clear();
	ui_frame(ui, _("Main menu"), keys);
	int y = 3, x = term_cols() / 2 - 18;
	term_text(y - 1, x, 40, R_TITLE, _("Choose what to work on:"));
	for (int i = 0; i < n; i++) {
		char line[160];
		snprintf(line, sizeof line, " %lc  %s", (wint_t)towupper((wint_t)entries[shown[i]].hotkey),
		         entry_label(shown[i]));
		term_text(y + 1 + i, x, 36, i == sel ? R_SELECTED : R_NORMAL, line);
	}
	term_cursor(0, 0, false);
	term_flush();
}

void screen_menu(struct ui *ui)
{
	int shown[NENTRIES], n = 0, sel = 0;
	for (int i = 0; i < NENTRIES; i++)
		if (perm_allowed(ui->s.user.role, entries[i].form ? form_find(entries[i].form) : NULL,
		                 entries[i].need))
			shown[n++] = i;
	while (!ui->quit) {
		draw(ui, shown, n, sel);
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
		case ACT_UP: sel = sel > 0 ? sel - 1 : n - 1; break;
		case ACT_DOWN: sel = sel < n - 1 ? sel + 1 : 0; break;
		case ACT_OPEN: open = sel; break;
		case ACT_HELP: screen_help(ui, keys, NULL); break;
		case ACT_NONE:
			for (int i = 0; i < n; i++)
				if (!k.fn && towlower(k.code) == (wint_t)entries[shown[i]].hotkey)
					open = i;
			break;
		default: break;
		}
		if (open >= 0 && n > 0) {
			sel = open;
			entry_open(ui, shown[open]);
		}
	}
}
