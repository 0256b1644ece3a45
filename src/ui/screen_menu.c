/* The main menu: the paper records in the office's words, each with its
 * hotkey, in the left column; the office's tools in the right column, with
 * the counts of what is due under them. What the user's role may not do is
 * not offered. */
#include "config.h"
#include "ui/ui.h"
#include "base/i18n.h"
#include "core/due.h"
#include "core/perm.h"

#include <stdio.h>
#include <string.h>
#include <wctype.h>

static void due_all(struct ui *ui)
{
	screen_due(ui, NULL);
}

/* A form's list (left column), or a screen of its own (right column). */
static const struct {
	wchar_t hotkey;
	const char *form;            /* a form's list, or the form a screen needs */
	const char *label;           /* msgid, for screens */
	void (*open)(struct ui *ui); /* a screen; NULL opens the form's list */
	enum perm_action need;       /* on form, or on no form when form is NULL */
} entries[] = {
	{ L'1', "sales", NULL, NULL, PERM_VIEW },
	{ L'2', "complaints", NULL, NULL, PERM_VIEW },
	{ L'3', "quality", NULL, NULL, PERM_VIEW },
	{ L'4', "surveys", NULL, NULL, PERM_VIEW },
	{ L'5', "training", NULL, NULL, PERM_VIEW },
	{ L'f', "staff", NULL, NULL, PERM_VIEW },
	{ L'6', "service", NULL, NULL, PERM_VIEW },
	{ L'7', "events", NULL, NULL, PERM_VIEW },
	{ L'8', "returns", NULL, NULL, PERM_VIEW },
	{ L'm', "implants", NULL, NULL, PERM_VIEW },
	{ L'l', "recalls", NULL, NULL, PERM_VIEW },
	{ L'p', "products", NULL, NULL, PERM_VIEW },
	{ L'c', "customers", NULL, NULL, PERM_VIEW },
	/* the office's own survey list: offered to those who may change it */
	{ L'i', "survey_items", NULL, NULL, PERM_EDIT },
	/* the working calendar: changed by the administrator */
	{ L'h', "holidays", NULL, NULL, PERM_EDIT },
	{ L't', "sales", N_("Trace a batch or serial number"), screen_trace, PERM_VIEW },
	{ L'd', "sales", N_("Everything due"), due_all, PERM_VIEW },
	{ L'u', "sales", N_("Import a spreadsheet (CSV)"), screen_import, PERM_ADD },
	{ L'r', NULL, N_("Reports"), screen_reports, PERM_REPORT },
	{ L'k', NULL, N_("Check the database"), screen_check, PERM_CHECK },
	{ L'b', NULL, N_("Back up the database"), screen_backup, PERM_CHECK },
	{ L'o', NULL, N_("Restore from a backup"), screen_restore, PERM_USERS },
};

#define NENTRIES ((int)(sizeof entries / sizeof entries[0]))

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_QUIT, ACT_NONE };

static const char *entry_label(int i)
{
	return entries[i].open ? _(entries[i].label) : _(form_find(entries[i].form)->title);
}

static void entry_open(struct ui *ui, int i)
{
	if (entries[i].open)
		entries[i].open(ui);
	else
		screen_list(ui, form_find(entries[i].form));
}

/* Items are numbered in one order for the arrows: the left column, the
 * right column, then the due counts. */
static void draw(struct ui *ui, const int *shown, int n, int sel, const struct due_count *dc,
                 int nd)
{
	term_clear();
	ui_frame(ui, _("Main menu"), keys);
	int cols = term_cols(), half = cols / 2;
	int lx = cols >= 90 ? half - 40 : 1, rx = half + 1, ly = 2, ry = 2;
	term_text(1, lx, half - lx, R_TITLE, _("Choose what to work on:"));
	for (int i = 0; i < n; i++) {
		int e = shown[i];
		char line[160];
		snprintf(line, sizeof line, " %lc  %s", (wint_t)towupper((wint_t)entries[e].hotkey),
		         entry_label(e));
		bool right = entries[e].open != NULL;
		term_text(right ? ry++ : ly++, right ? rx : lx, right ? cols - rx - 1 : half - lx - 1,
		          i == sel ? R_SELECTED : R_NORMAL, line);
	}
	if (nd > 0) {
		ry++;
		term_text(ry++, rx, cols - rx - 1, R_TITLE, _("Due within 30 days:"));
		for (int i = 0; i < nd; i++) {
			char line[160];
			const char *label = _(dc[i].src->label);
			if (dc[i].late)
				snprintf(line, sizeof line, _(" %3d  %s (%d late)"), dc[i].count, label,
				         dc[i].late);
			else
				snprintf(line, sizeof line, " %3d  %s", dc[i].count, label);
			term_text(ry++, rx, cols - rx - 1,
			          n + i == sel ? R_SELECTED : dc[i].late ? R_ERROR : R_NORMAL, line);
		}
	}
	term_cursor(0, 0, false);
	term_flush();
}

void screen_menu(struct ui *ui)
{
	int shown[NENTRIES], n, sel = 0;
	while (!ui->quit) {
		/* each time: after a restore, another user may be logged in */
		n = 0;
		for (int pass = 0; pass < 2; pass++) /* the left column, then the right */
			for (int i = 0; i < NENTRIES; i++)
				if ((entries[i].open != NULL) == (pass == 1) &&
				    perm_allowed(ui->s.user.role, entries[i].form ? form_find(entries[i].form) : NULL,
				                 entries[i].need))
					shown[n++] = i;
		/* copied: a screen opened below may count again */
		struct due_count dc[DUE_MAX_KINDS];
		const struct due_cache *cache = ui_due_counts(ui);
		int nd = cache ? cache->n : 0, total = n + nd;
		if (nd)
			memcpy(dc, cache->c, sizeof dc[0] * (size_t)nd);
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
			screen_due(ui, dc[open - n].src->kind);
		} else if (open >= 0) {
			sel = open;
			entry_open(ui, shown[open]);
		}
	}
}
