/* F1: what the screen it was opened from is for (its form's purpose and
 * its own), the ideas it uses (voiding, the marks, the audit history,
 * reading only), the current field's help, then its keys, drawn from the
 * same key table as the bottom bar. One text, wrapped to the window by
 * display width and scrolled, so it reads whole at 80x24. */
#include "config.h"
#include "ui/stack.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The ideas, each with the mark the screens draw for it ("" for none). */
static const struct {
	unsigned concept;
	const char *mark;
	const char *text; /* msgid */
} concepts[] = {
	{ HELP_VOID, "✗",
	  N_("Void: a record is never deleted. F8 voids it after asking why: it stays in the "
	     "database with its reason in the audit history, only out of the lists. F5 shows the "
	     "voided records too, their number followed by ✗; a voided record opens for reading "
	     "only.") },
	{ HELP_LATE, "!",
	  N_("Late: a complaint past a deadline: not reported to quality within 2 working days of "
	     "receipt, or without a cause analysis within 5 working days.") },
	{ HELP_DEADLINE, "",
	  N_("Deadline column: the time left (hours:minutes) to the next promise of a repair or "
	     "an adverse event's report; in the warning colour as it draws near, and late once "
	     "passed.") },
	{ HELP_LIST_TITLE, "↑↓",
	  N_("The title says what the list shows: /text a search, a range of dates, the sort "
	     "column with ↑ rising or ↓ falling, [voided shown], and where the highlight is (row "
	     "3 of 120).") },
	{ HELP_REQUIRED, "*",
	  N_("A field marked * must be filled. A refused value turns its label red, with the "
	     "reason beside it.") },
	{ HELP_COMPUTED, "",
	  N_("Dim fields are filled by the program, never typed: an amount from quantity and "
	     "price, and the facts frozen on a sales line (the product's name, maker and "
	     "registration number, the buyer's name and address) as they were on the day it was "
	     "saved, so a later change to a product or customer never rewrites what was sold.") },
	{ HELP_HISTORY, "F11",
	  N_("History: every change keeps who made it, when, the old and the new value, and why "
	     "(an edit asks for a reason). F11 or ^Y shows a record's history.") },
	{ HELP_READ_ONLY, "",
	  N_("Read only: the keys your role may not use are not offered. A void record, or one "
	     "your role may read but not change, opens for reading: its title says (void) or "
	     "(read only), and typing is refused.") },
	{ HELP_RECORD, "",
	  N_("The lines under a saved record's fields say who entered it and when, who changed it "
	     "last, and its version: an edit saved meanwhile on another terminal is refused, never "
	     "overwritten. Keep until: how long the record must be kept (two years after the "
	     "expiry date, five years without one, an implant's for ever); until then it can be "
	     "voided, never removed.") },
	{ HELP_ROWS, "",
	  N_("Rows: the lines under the fields (a survey's scores, a session's attendees) are "
	     "saved with the record. Tab goes through them; where rows may be added, F3 adds one "
	     "and F9 marks one to be removed when you save, F9 again keeps it.") },
};

#define MARK_CELLS 4

struct hline {
	enum role role;
	int x;
	char *text;
	const char *mark; /* drawn left of x, or NULL */
};

struct help {
	const struct screen *sc;
	const enum action *keys;
	struct hline *lines;
	int n, top, width; /* width: the window's columns the lines were made for */
	char title[160];
};

static void add_line(struct help *h, enum role role, int x, const char *text)
{
	h->lines = xrealloc(h->lines, sizeof *h->lines * (size_t)(h->n + 1));
	h->lines[h->n++] = (struct hline){ role, x, xstrdup(text), NULL };
}

/* text wrapped from column x to the right edge, mark (if any) beside its
 * first line. */
static void add_wrapped(struct help *h, enum role role, int x, const char *mark, const char *text)
{
	char **lines;
	int n = text_wrap(text, h->width - x - 1, &lines);
	for (int i = 0; i < n; i++) {
		add_line(h, role, x, lines[i]);
		if (i == 0)
			h->lines[h->n - 1].mark = mark;
	}
	text_lines_free(lines, n);
}

static void add_keys(struct help *h, const char *heading, const enum action *keys)
{
	add_line(h, R_TITLE, 1, heading);
	for (const enum action *a = keys; *a != ACT_NONE; a++) {
		struct strbuf b = STRBUF_INIT;
		text_fit(&b, keys_name(*a), 8, true);
		sb_addf(&b, "  %s", keys_label(*a));
		add_line(h, R_NORMAL, 3, sb_str(&b));
		sb_free(&b);
	}
	add_line(h, R_NORMAL, 0, "");
}

static void free_lines(struct help *h)
{
	for (int i = 0; i < h->n; i++)
		free(h->lines[i].text);
	free(h->lines);
	h->lines = NULL;
	h->n = 0;
}

/* The text at the window's width, made again when the width changes. */
static void lay_out(struct help *h)
{
	static const enum action editing[] = {
		ACT_LEFT, ACT_RIGHT, ACT_HOME, ACT_END, ACT_BACKSPACE, ACT_DELETE, ACT_CLEAR,
		ACT_NEXT, ACT_PREV, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_NONE
	};
	const struct screen *sc = h->sc;
	free_lines(h);
	h->width = term_cols();
	if (sc->form && sc->form->purpose) {
		add_line(h, R_TITLE, 1, _(sc->form->title));
		add_wrapped(h, R_NORMAL, 3, NULL, _(sc->form->purpose));
		add_line(h, R_NORMAL, 0, "");
	}
	if (sc->purpose) {
		add_line(h, R_TITLE, 1, _("This screen:"));
		add_wrapped(h, R_NORMAL, 3, NULL, sc->purpose);
		add_line(h, R_NORMAL, 0, "");
	}
	if (sc->help && *sc->help) {
		add_line(h, R_TITLE, 1, _("This field:"));
		add_wrapped(h, R_HINT, 3, NULL, sc->help);
		add_line(h, R_NORMAL, 0, "");
	}
	if (sc->concepts) {
		add_line(h, R_TITLE, 1, _("Marks and words:"));
		for (size_t i = 0; i < sizeof concepts / sizeof concepts[0]; i++)
			if (sc->concepts & concepts[i].concept)
				add_wrapped(h, R_NORMAL, 3 + MARK_CELLS, concepts[i].mark, _(concepts[i].text));
		add_line(h, R_NORMAL, 0, "");
	}
	add_keys(h, _("Keys on this screen:"), h->keys);
	if (sc->help) /* a field is being edited */
		add_keys(h, _("Moving and editing:"), editing);
	while (h->n > 0 && !*h->lines[h->n - 1].text)
		free(h->lines[--h->n].text);
}

static int page(void)
{
	return term_lines() - 3; /* title, status, keys */
}

static int last_top(const struct help *h)
{
	return h->n > page() ? h->n - page() : 0;
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct help *h = sc->self;
	if (h->width != term_cols())
		lay_out(h);
	if (h->top > last_top(h))
		h->top = last_top(h);
	int shown = h->n - h->top < page() ? h->n - h->top : page();
	/* where the page is: the text is longer than the window */
	snprintf(h->title, sizeof h->title, "%s  ", _("Help"));
	if (h->n > page()) {
		size_t len = strlen(h->title);
		snprintf(h->title + len, sizeof h->title - len, _("lines %d–%d of %d"), h->top + 1,
		         h->top + shown, h->n);
	}
	sc->title = h->title;
	for (int i = 0; i < shown; i++) {
		const struct hline *l = &h->lines[h->top + i];
		if (l->mark)
			term_text(1 + i, l->x - MARK_CELLS, MARK_CELLS, R_KEYNAME, l->mark);
		term_text(1 + i, l->x, term_cols() - l->x, l->role, l->text);
	}
	if (h->top + shown < h->n) /* more below */
		term_text(page(), term_cols() - 2, 1, R_KEYNAME, "↓");
	if (h->top > 0)
		term_text(1, term_cols() - 2, 1, R_KEYNAME, "↑");
	term_cursor(0, 0, false);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)ui, (void)k;
	struct help *h = sc->self;
	switch (a) {
	case ACT_BACK: case ACT_HELP: case ACT_OPEN: case ACT_QUIT: return STEP_CLOSE;
	case ACT_UP: h->top--; break;
	case ACT_DOWN: h->top++; break;
	case ACT_PGUP: h->top -= page() - 1; break;
	case ACT_PGDN: h->top += page() - 1; break;
	case ACT_HOME: h->top = 0; break;
	case ACT_END: h->top = last_top(h); break;
	default: break;
	}
	h->top = h->top < 0 ? 0 : h->top > last_top(h) ? last_top(h) : h->top;
	return STEP_STAY;
}

void screen_help(struct ui *ui, const struct screen *below, const enum action *keys)
{
	static const enum action back[] = {
		ACT_BACK, ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END, ACT_NONE
	};
	struct help h = { .sc = below, .keys = keys };
	struct screen sc = { .keys = back, .draw = draw, .handle = handle, .self = &h };
	ui_run(ui, &sc);
	free_lines(&h);
}
