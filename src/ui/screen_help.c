/* F1: the keys of the screen it was opened from, drawn from the same key
 * table as the bottom bar, and the help text of the current field. */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "base/text.h"

struct help {
	const enum action *keys;
	const char *context;
};

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	static const enum action editing[] = {
		ACT_LEFT, ACT_RIGHT, ACT_HOME, ACT_END, ACT_BACKSPACE, ACT_DELETE, ACT_CLEAR,
		ACT_NEXT, ACT_PREV, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_NONE
	};
	const struct help *h = sc->self;
	sc->title = _("Help");
	int y = 2;
	if (h->context && *h->context) {
		term_text(y, 2, term_cols() - 4, R_HINT, h->context);
		y += 2;
	}
	term_text(y++, 2, term_cols() - 4, R_TITLE, _("Keys on this screen:"));
	for (const enum action *a = h->keys; *a != ACT_NONE && y < term_lines() - 3; a++, y++) {
		term_text(y, 4, 8, R_KEYNAME, keys_name(*a));
		term_text(y, 14, term_cols() - 16, R_NORMAL, keys_label(*a));
	}
	y++;
	term_text(y++, 2, term_cols() - 4, R_TITLE, _("Moving and editing:"));
	for (const enum action *a = editing; *a != ACT_NONE && y < term_lines() - 2; a++, y++) {
		term_text(y, 4, 8, R_KEYNAME, keys_name(*a));
		term_text(y, 14, term_cols() - 16, R_NORMAL, keys_label(*a));
	}
	term_cursor(0, 0, false);
}

/* Any key but a resize goes back. */
static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)sc, (void)ui, (void)k;
	return a == ACT_RESIZE ? STEP_STAY : STEP_CLOSE;
}

void screen_help(struct ui *ui, const enum action *keys, const char *context)
{
	static const enum action back[] = { ACT_BACK, ACT_NONE };
	struct help h = { keys, context };
	struct screen sc = { .keys = back, .draw = draw, .handle = handle, .self = &h };
	ui_run(ui, &sc);
}
