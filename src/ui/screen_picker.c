/* Choosing a product or customer: type part of its code or name, the list
 * follows; Enter chooses, ^N adds one. */
#include "config.h"
#include "ui/stack.h"
#include "ui/lineedit.h"
#include "base/i18n.h"
#include "base/pinyin.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct picked {
	int64_t *ids;
	char **lines;
	int n;
};

static int collect(void *ud, const struct record *r)
{
	struct picked *p = ud;
	const struct value *code = &r->v[form_field_index(r->form, r->form->code_field)];
	const struct value *name = &r->v[form_field_index(r->form, r->form->name_field)];
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "%-10s ", code->text ? code->text : "");
	const char *const *shows = r->form->picker_shows;
	text_fit(&b, name->text ? name->text : "", shows ? 24 : 60, shows != NULL);
	for (; shows && *shows; shows++) {
		int k = form_field_index(r->form, *shows);
		sb_addf(&b, "  %s", k >= 0 && r->v[k].text ? r->v[k].text : "");
	}
	/* the 助记码 it is found by: the office's own, else the initials */
	int im = form_field_index(r->form, "mnemonic");
	char initials[64];
	if (im >= 0 && !r->v[im].text && name->text)
		pinyin_initials(name->text, initials, sizeof initials);
	if (im >= 0 && (r->v[im].text || name->text))
		sb_addf(&b, "  (%s)", r->v[im].text ? r->v[im].text : initials);
	p->ids = xrealloc(p->ids, sizeof *p->ids * (size_t)(p->n + 1));
	p->lines = xrealloc(p->lines, sizeof *p->lines * (size_t)(p->n + 1));
	p->ids[p->n] = r->id;
	p->lines[p->n] = sb_steal(&b);
	p->n++;
	return 0;
}

static void clear(struct picked *p)
{
	for (int i = 0; i < p->n; i++)
		free(p->lines[i]);
	free(p->lines);
	free(p->ids);
	memset(p, 0, sizeof *p);
}

static void fetch(struct ui *ui, const struct form *form, const char *text, struct picked *p)
{
	clear(p);
	struct list_query q = { .form = form, .search = text, .limit = term_lines() - 6 };
	q.sort = form_field(form, form->code_field);
	struct gerr err = { 0 };
	if (records_list(&ui->s, &q, collect, p, &err))
		ui_message(ui, R_ERROR, "%s", err.msg);
}

struct picker {
	const struct form *form;
	struct lineedit le;
	struct picked p;
	char *text;
	int sel;
	int64_t chosen;
	char title[160];
};

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct picker *pk = sc->self;
	snprintf(pk->title, sizeof pk->title, _("Choose from %s"), _(pk->form->title));
	sc->title = pk->title;
	const char *q = _("Code or name:");
	int qw = text_width(q) + 1;
	term_text(2, 1, qw, R_TITLE, q);
	struct strbuf view = STRBUF_INIT;
	int cur = 0;
	le_view(&pk->le, 40, &view, &cur);
	term_text(2, 1 + qw, 40, R_FIELD_ACTIVE, sb_str(&view));
	sb_free(&view);
	for (int i = 0; i < pk->p.n; i++)
		term_text(4 + i, 1, term_cols() - 2, i == pk->sel ? R_SELECTED : R_NORMAL, pk->p.lines[i]);
	if (pk->p.n == 0)
		term_text(4, 1, term_cols() - 2, R_HINT, _("Nothing matches."));
	term_cursor(2, 1 + qw + cur, true);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	struct picker *pk = sc->self;
	struct picked *p = &pk->p;
	if (a == ACT_BACK || a == ACT_QUIT)
		return STEP_CLOSE;
	if (a == ACT_OPEN) {
		if (p->n == 0)
			return STEP_STAY;
		pk->chosen = p->ids[pk->sel];
		return STEP_CLOSE;
	}
	if (a == ACT_NEW) { /* one not there yet, without leaving the form being filled */
		pk->chosen = screen_form(ui, pk->form, 0);
		return pk->chosen ? STEP_CLOSE : STEP_STAY;
	}
	if (a == ACT_UP || a == ACT_DOWN) {
		if (p->n > 0)
			pk->sel = a == ACT_UP ? (pk->sel + p->n - 1) % p->n : (pk->sel + 1) % p->n;
		return STEP_STAY;
	}
	if (a == ACT_RESIZE || ui_edit_key(&pk->le, a, k)) {
		free(pk->text);
		pk->text = le_text(&pk->le);
		fetch(ui, pk->form, pk->text, p);
		pk->sel = 0;
	}
	return STEP_STAY;
}

int64_t screen_picker(struct ui *ui, const struct form *form, const char *initial)
{
	static const enum action keys[] = { ACT_HELP, ACT_OPEN, ACT_NEW, ACT_UP, ACT_DOWN, ACT_BACK,
		                            ACT_NONE };
	struct picker pk = { .form = form };
	le_init(&pk.le, 100);
	le_set(&pk.le, initial ? initial : "");
	pk.text = le_text(&pk.le);
	fetch(ui, form, pk.text, &pk.p);
	/* .form: ^N offered only to a role that may add one */
	struct screen sc = { .keys = keys, .form = form, .draw = draw, .handle = handle, .self = &pk,
		             .purpose = _("Choosing the record a field names: type part of its "
		                          "code or name, or the initials of its pinyin, and the "
		                          "list follows. Enter takes the highlighted one; Ctrl-N "
		                          "adds a new one without leaving the form being filled; "
		                          "Esc gives up.") };
	ui_run(ui, &sc);
	free(pk.text);
	clear(&pk.p);
	le_free(&pk.le);
	return pk.chosen;
}
