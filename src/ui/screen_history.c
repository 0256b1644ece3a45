/* A record's history on one scrollable page, from its form (the command
 * line's show --history, core/history.h). */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/history.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

struct history {
	char **lines;
	int n, top;
	char title[256];
};

static void add(void *ud, const char *text)
{
	struct history *h = ud;
	h->lines = xrealloc(h->lines, sizeof *h->lines * (size_t)(h->n + 1));
	h->lines[h->n++] = xstrdup(text);
}

static int page(void)
{
	return term_lines() - 4; /* title, a blank, status, keys */
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct history *h = sc->self;
	sc->title = h->title;
	for (int y = 0; y < page() && h->top + y < h->n; y++)
		term_text(2 + y, 1, term_cols() - 2, R_NORMAL, h->lines[h->top + y]);
	term_cursor(0, 0, false);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)ui, (void)k;
	struct history *h = sc->self;
	int last = h->n > page() ? h->n - page() : 0;
	switch (a) {
	case ACT_BACK: case ACT_HISTORY: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; return STEP_CLOSE;
	case ACT_UP: h->top--; break;
	case ACT_DOWN: h->top++; break;
	case ACT_PGUP: h->top -= page(); break;
	case ACT_PGDN: h->top += page(); break;
	case ACT_HOME: h->top = 0; break;
	case ACT_END: h->top = last; break;
	default: break;
	}
	h->top = h->top < 0 ? 0 : h->top > last ? last : h->top;
	return STEP_STAY;
}

void screen_history(struct ui *ui, const struct form *form, int64_t id)
{
	static const enum action keys[] = {
		ACT_HELP, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_BACK, ACT_QUIT, ACT_NONE
	};
	struct history h = { 0 };
	struct gerr err = { 0 };
	if (history_lines(&ui->s, form, id, add, &h, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
	} else {
		snprintf(h.title, sizeof h.title, _("History of %s #%" PRId64), _(form->title), id);
		/* the latest change in sight, as a ledger opens at its end */
		h.top = h.n > page() ? h.n - page() : 0;
		struct screen sc = { .keys = keys, .draw = draw, .handle = handle, .self = &h,
			             .purpose = _("Every change of this record, the latest at the "
			                          "bottom: when, who, each field from what to "
			                          "what, and why. Nothing is changed without "
			                          "leaving this trace, and an inspector reads it."),
			             .concepts = HELP_HISTORY };
		ui_run(ui, &sc);
	}
	for (int i = 0; i < h.n; i++)
		free(h.lines[i]);
	free(h.lines);
}
