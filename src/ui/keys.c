#include "config.h"
#include "ui/keys.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <curses.h>

#define CTRL(c) ((c) & 0x1f)

static const struct {
	enum action action;
	const char *name;  /* as shown on the bar */
	const char *label; /* msgid */
	bool fn[3];
	int keys[3];       /* 0 ends the list */
} bindings[] = {
	{ ACT_HELP, "F1", N_("Help"), { true }, { KEY_F(1) } },
	{ ACT_SAVE, "F2", N_("Save"), { true, false }, { KEY_F(2), CTRL('s') } },
	{ ACT_SAVE_NEXT, "^O", N_("Save, next"), { false }, { CTRL('o') } },
	{ ACT_BACK, "Esc", N_("Back"), { false }, { 27 } },
	{ ACT_OPEN, "Enter", N_("Open"), { false, false, true }, { '\r', '\n', KEY_ENTER } },
	{ ACT_NEW, "^N", N_("New"), { false }, { CTRL('n') } },
	{ ACT_SEARCH, "/", N_("Search"), { false }, { '/' } },
	{ ACT_PICK, "F4", N_("Choose"), { true }, { KEY_F(4) } },
	{ ACT_SHOW_VOID, "F5", N_("Voided"), { true }, { KEY_F(5) } },
	{ ACT_SORT, "F6", N_("Sort"), { true }, { KEY_F(6) } },
	{ ACT_DATES, "F7", N_("Dates"), { true }, { KEY_F(7) } },
	{ ACT_VOID, "F8", N_("Void"), { true }, { KEY_F(8) } },
	{ ACT_QUIT, "F10", N_("Quit"), { true, false, false }, { KEY_F(10), CTRL('q'), CTRL('c') } },
	{ ACT_UP, "↑", N_("Up"), { true }, { KEY_UP } },
	{ ACT_DOWN, "↓", N_("Down"), { true }, { KEY_DOWN } },
	{ ACT_PGUP, "PgUp", N_("Page up"), { true }, { KEY_PPAGE } },
	{ ACT_PGDN, "PgDn", N_("Page down"), { true }, { KEY_NPAGE } },
	{ ACT_HOME, "Home", N_("First"), { true, false }, { KEY_HOME, CTRL('a') } },
	{ ACT_END, "End", N_("Last"), { true, false }, { KEY_END, CTRL('e') } },
	{ ACT_LEFT, "←", N_("Left"), { true }, { KEY_LEFT } },
	{ ACT_RIGHT, "→", N_("Right"), { true }, { KEY_RIGHT } },
	{ ACT_BACKSPACE, "Bksp", N_("Delete left"), { true, false, false }, { KEY_BACKSPACE, 127, 8 } },
	{ ACT_DELETE, "Del", N_("Delete"), { true, false }, { KEY_DC, CTRL('d') } },
	{ ACT_NEXT, "Tab", N_("Next field"), { false }, { '\t' } },
	{ ACT_PREV, "S-Tab", N_("Previous field"), { true }, { KEY_BTAB } },
	{ ACT_CLEAR, "^U", N_("Clear field"), { false }, { CTRL('u') } },
	{ ACT_ROW_ADD, "F3", N_("Add row"), { true }, { KEY_F(3) } },
	{ ACT_ROW_REMOVE, "F9", N_("Remove row"), { true }, { KEY_F(9) } },
	{ ACT_EXPORT, "^X", N_("Export"), { false }, { CTRL('x') } },
	{ ACT_DETAIL, "F12", N_("Details"), { true }, { KEY_F(12) } },
	/* F11, or ^Y where the terminal keeps F11 for itself */
	{ ACT_HISTORY, "F11", N_("History"), { true, false }, { KEY_F(11), CTRL('y') } },
	{ ACT_NOTIFY, "^T", N_("Told"), { false }, { CTRL('t') } },
	{ ACT_RETURN, "^R", N_("Returned"), { false }, { CTRL('r') } },
	{ ACT_HANDLE, "^K", N_("Handled"), { false }, { CTRL('k') } },
	{ ACT_PRINT, "^P", N_("Print"), { false }, { CTRL('p') } },
	{ ACT_RESIZE, "", "", { true }, { KEY_RESIZE } },
};

#define NBINDINGS ((int)(sizeof bindings / sizeof bindings[0]))

enum action keys_action(const struct key *k)
{
	for (int i = 0; i < NBINDINGS; i++)
		for (int j = 0; j < 3 && bindings[i].keys[j]; j++)
			if (bindings[i].fn[j] == k->fn && (wint_t)bindings[i].keys[j] == k->code)
				return bindings[i].action;
	return ACT_NONE;
}

static int find(enum action a)
{
	for (int i = 0; i < NBINDINGS; i++)
		if (bindings[i].action == a)
			return i;
	return -1;
}

const char *keys_name(enum action a)
{
	int i = find(a);
	return i < 0 ? "" : bindings[i].name;
}

const char *keys_label(enum action a)
{
	int i = find(a);
	return i < 0 ? "" : _(bindings[i].label);
}

void keys_bar(const enum action *actions)
{
	int y = term_lines() - 1, x = 0, cols = term_cols();
	term_fill(y, 0, cols, R_KEYBAR);
	for (; *actions != ACT_NONE; actions++) {
		const char *name = keys_name(*actions), *label = keys_label(*actions);
		int wn = text_width(name), wl = text_width(label);
		if (x + wn + 1 + wl > cols)
			break;
		term_text(y, x, wn, R_KEYNAME, name);
		term_text(y, x + wn + 1, wl, R_KEYBAR, label);
		x += wn + 1 + wl + 2;
	}
}
