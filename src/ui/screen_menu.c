/* The main menu: the paper records in the office's words, each with its
 * hotkey, in the left column; the office's tools in the right column, with
 * the counts of what is due under them. What the user's role may not do is
 * not offered. */
#include "config.h"
#include "ui/stack.h"
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

/* A form's list (left column, from the forms' menu places), or a screen
 * of its own (right column). */
struct entry {
	wchar_t hotkey;
	const char *form;            /* a form's list, or the form a screen needs */
	const char *label;           /* msgid, for screens */
	void (*open)(struct ui *ui); /* a screen; NULL opens the form's list */
	enum perm_action need;       /* on form, or on no form when form is NULL */
};

static const struct entry screens[] = {
	{ L't', "sales", N_("Trace a batch or serial number"), screen_trace, PERM_VIEW },
	{ L's', "receipts", N_("Stock on hand by batch"), screen_stock, PERM_VIEW },
	{ L'd', "sales", N_("Everything due"), due_all, PERM_VIEW },
	{ L'u', "sales", N_("Import a spreadsheet (CSV or Excel)"), screen_import, PERM_ADD },
	{ L'r', NULL, N_("Reports"), screen_reports, PERM_REPORT },
	{ L'k', NULL, N_("Check the database"), screen_check, PERM_CHECK },
	{ L'b', NULL, N_("Back up the database"), screen_backup, PERM_CHECK },
	{ L'o', NULL, N_("Restore from a backup"), screen_restore, PERM_USERS },
	{ L'x', NULL, N_("Log out or switch user"), screen_logout, PERM_VIEW },
};

#define NSCREENS ((int)(sizeof screens / sizeof screens[0]))
#define MAX_ENTRIES 64

/* The forms on the menu, then the screens: fills entries, returns how many. */
static int menu_entries(struct entry *entries)
{
	const struct form *forms[MAX_ENTRIES - NSCREENS];
	int n = forms_on_menu(forms, MAX_ENTRIES - NSCREENS);
	if (n > MAX_ENTRIES - NSCREENS)
		n = MAX_ENTRIES - NSCREENS;
	for (int i = 0; i < n; i++)
		/* the office's own lists are offered to those who may change them */
		entries[i] = (struct entry){ (wchar_t)forms[i]->menu.key, forms[i]->name, NULL, NULL,
		                             forms[i]->menu.editors_only ? PERM_EDIT : PERM_VIEW };
	for (int i = 0; i < NSCREENS; i++)
		entries[n++] = screens[i];
	return n;
}

static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_UP, ACT_DOWN, ACT_QUIT, ACT_NONE };

static const char *entry_label(const struct entry *e)
{
	return e->open ? _(e->label) : _(form_find(e->form)->title);
}

static void entry_open(struct ui *ui, const struct entry *e)
{
	if (e->open)
		e->open(ui);
	else
		screen_list(ui, form_find(e->form));
}

struct menu {
	struct entry entries[MAX_ENTRIES];
	int nentries, shown[MAX_ENTRIES], n, sel;
	struct due_count dc[DUE_MAX_KINDS];
	int nd;
};

/* Items are numbered in one order for the arrows: the left column, the
 * right column, then the due counts. */
static void draw(struct screen *sc, struct ui *ui)
{
	struct menu *m = sc->self;
	sc->title = _("Main menu");
	/* each time: after a restore, another user may be logged in */
	m->n = 0;
	for (int pass = 0; pass < 2; pass++) /* the left column, then the right */
		for (int i = 0; i < m->nentries; i++)
			if ((m->entries[i].open != NULL) == (pass == 1) &&
			    perm_allowed(ui->s.user.role, m->entries[i].form ? form_find(m->entries[i].form) : NULL,
			                 m->entries[i].need))
				m->shown[m->n++] = i;
	/* copied: a screen opened above may count again */
	const struct due_cache *cache = ui_due_counts(ui);
	m->nd = cache ? cache->n : 0;
	if (m->nd)
		memcpy(m->dc, cache->c, sizeof m->dc[0] * (size_t)m->nd);
	int n = m->n, nd = m->nd, sel;
	if (m->sel >= n + nd)
		m->sel = n + nd - 1;
	sel = m->sel;
	const int *shown = m->shown;
	const struct due_count *dc = m->dc;
	int cols = term_cols(), half = cols / 2;
	int lx = cols >= 90 ? half - 40 : 1, rx = half + 1, ly = 2, ry = 2;
	term_text(1, lx, half - lx, R_TITLE, _("Choose what to work on:"));
	for (int i = 0; i < n; i++) {
		const struct entry *e = &m->entries[shown[i]];
		char line[160];
		snprintf(line, sizeof line, " %lc  %s", (wint_t)towupper((wint_t)e->hotkey),
		         entry_label(e));
		bool right = e->open != NULL;
		term_text(right ? ry++ : ly++, right ? rx : lx, right ? cols - rx - 1 : half - lx - 1,
		          i == sel ? R_SELECTED : R_NORMAL, line);
	}
	if (nd > 0) {
		ry++;
		term_text(ry++, rx, cols - rx - 1, R_TITLE, _("Due within 30 days:"));
		for (int i = 0; i < nd; i++) {
			char line[160];
			const char *label = _(dc[i].src->label);
			/* the counts before the label: a narrow screen cuts the label */
			if (dc[i].late)
				snprintf(line, sizeof line, _(" %3d  (%d late) %s"), dc[i].count, dc[i].late,
				         label);
			else
				snprintf(line, sizeof line, " %3d  %s", dc[i].count, label);
			term_text(ry++, rx, cols - rx - 1,
			          n + i == sel ? R_SELECTED : dc[i].late ? R_ERROR : R_NORMAL, line);
		}
	}
	term_cursor(0, 0, false);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	struct menu *m = sc->self;
	int n = m->n, total = m->n + m->nd, open = -1;
	switch (a) {
	case ACT_QUIT: /* asks as Esc does: F10 is pressed by habit in a list */
	case ACT_BACK:
		/* never clears it: a stop signal or a lost terminal set it
		 * already, and the question then is not asked */
		if (ui_confirm(ui, _("Quit gspdesk?")))
			ui->quit = true;
		break;
	case ACT_UP: m->sel = m->sel > 0 ? m->sel - 1 : total - 1; break;
	case ACT_DOWN: m->sel = m->sel < total - 1 ? m->sel + 1 : 0; break;
	case ACT_OPEN: open = m->sel; break;
	case ACT_NONE:
		for (int i = 0; i < n; i++)
			if (!k->fn && towlower(k->code) == (wint_t)m->entries[m->shown[i]].hotkey)
				open = i;
		break;
	default: break;
	}
	int logins = ui->logins;
	if (open >= n) {
		m->sel = open;
		screen_due(ui, m->dc[open - n].src->kind);
	} else if (open >= 0) {
		m->sel = open;
		entry_open(ui, &m->entries[m->shown[open]]);
	}
	if (ui->logins != logins) /* someone logged in anew: the menu from its top */
		m->sel = 0;
	return STEP_STAY;
}

void screen_menu(struct ui *ui)
{
	struct menu m = { .sel = 0 };
	m.nentries = menu_entries(m.entries);
	struct screen sc = { .keys = keys, .draw = draw, .handle = handle, .self = &m,
		             .purpose = _("The main menu. The left column holds the paper records "
		                          "the office keeps: press a record's letter, or move to "
		                          "it and press Enter, to open its list. The right column "
		                          "holds the tools: trace, stock, everything due, import, "
		                          "reports, the database, and logging out or switching "
		                          "user. Under them, what falls due "
		                          "within 30 days, the late ones counted; Enter opens "
		                          "them. What your role may not do is not offered."),
		             .concepts = HELP_READ_ONLY };
	ui_run(ui, &sc);
}
