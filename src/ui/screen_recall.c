/* A recall's status (召回): the campaign's facts and the deadline for
 * telling the buyers, then every buyer with where it stands. ^T records
 * that the selected buyer was told, ^R goods it sent back, ^X writes the
 * status sheet: the same core calls as `gspdesk recall notify`, `recall
 * return` and `recall show --format xlsx`, with the same permissions. */
#include "config.h"
#include "ui/stack.h"
#include "ui/colfit.h"
#include "base/i18n.h"
#include "core/recall.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "report/recall_book.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const enum action keys[] = { ACT_HELP, ACT_NOTIFY, ACT_RETURN, ACT_EXPORT, ACT_OPEN,
                                    ACT_UP, ACT_DOWN, ACT_BACK, ACT_QUIT, ACT_NONE };

/* The recipients' columns, by field (NULL: the state), the most needed
 * first: on a narrow window the last ones are left out. */
static const char *const columns[] = { "customer", NULL, "qty_sold", "qty_returned",
                                       "notified_at", "how", "notified_by", "reply" };
#define NCOLS ((int)(sizeof columns / sizeof columns[0]))

struct recall_screen {
	struct ui *ui;
	int64_t id;
	struct record *recall;
	struct record **rows; /* the recipients */
	int n, alloc;
	char deadline[17]; /* empty when the class has none */
	char now[17];      /* a closed recall is judged at its closing */
	int sel, top;
	char title[120];
};

static const char *text_of(const struct record *r, const char *field)
{
	const char *t = record_text(r, field);
	return t ? t : "";
}

static void clear(struct recall_screen *rs)
{
	for (int i = 0; i < rs->n; i++)
		record_free(rs->rows[i]);
	rs->n = 0;
	record_free(rs->recall);
	rs->recall = NULL;
}

static int keep(void *ud, const struct record *r)
{
	struct recall_screen *rs = ud;
	if (rs->n == rs->alloc) {
		rs->alloc = rs->alloc ? rs->alloc * 2 : 16;
		rs->rows = xrealloc(rs->rows, (size_t)rs->alloc * sizeof *rs->rows);
	}
	rs->rows[rs->n++] = record_clone(r);
	return 0;
}

static int load(struct recall_screen *rs, struct gerr *err)
{
	clear(rs);
	int rc = records_get(&rs->ui->s, form_find("recalls"), rs->id, &rs->recall, err);
	if (rc)
		return rc;
	if (!recall_deadline(text_of(rs->recall, "opened"), text_of(rs->recall, "class"), rs->deadline))
		rs->deadline[0] = '\0';
	if (strcmp(text_of(rs->recall, "status"), "closed") == 0)
		snprintf(rs->now, sizeof rs->now, "%s", text_of(rs->recall, "closed"));
	else
		session_now_text(&rs->ui->s, rs->now);
	const struct form *rf = form_find("recall_recipients");
	struct list_filter filter = { form_field(rf, "recall"), { .null = true } };
	value_set_num(&filter.value, rs->id);
	struct list_query q = { .form = rf, .filters = &filter, .nfilters = 1 };
	rc = records_list(&rs->ui->s, &q, keep, rs, err);
	value_clear(&filter.value);
	if (rs->sel >= rs->n)
		rs->sel = rs->n > 0 ? rs->n - 1 : 0;
	return rc;
}

/* The facts, two to a line where they fit; returns the next free line. */
static int draw_facts(struct recall_screen *rs)
{
	const struct record *r = rs->recall;
	int y = 1, cols = term_cols();
	for (int i = 0; i < r->form->nfields; i++) {
		char *v = field_format(&r->form->fields[i], &r->v[i], FMT_HUMAN);
		for (char *s = v; *s; s++)
			if (*s == '\n' || *s == '\r' || *s == '\t')
				*s = ' ';
		if (*v) {
			struct strbuf b = STRBUF_INIT;
			sb_addf(&b, _("%s: %s"), _(r->form->fields[i].label), v);
			term_text(y++, 1, cols - 2, R_NORMAL, sb_str(&b));
			sb_free(&b);
		}
		free(v);
	}
	char line[200];
	if (rs->deadline[0])
		snprintf(line, sizeof line, _("Buyers to be told by: %s"), rs->deadline);
	else
		snprintf(line, sizeof line, "%s", _("Buyers to be told by: (no deadline for this class)"));
	term_text(y++, 1, cols - 2, R_WARNING, line);
	return y + 1;
}

static int fit(int *width)
{
	const struct form *f = form_find("recall_recipients");
	int pref[NCOLS], min[NCOLS];
	for (int c = 0; c < NCOLS; c++) {
		if (!columns[c]) { /* the longest state, "not yet told, late", in either language */
			pref[c] = min[c] = 18;
			continue;
		}
		const struct field *fd = form_field(f, columns[c]);
		int lw = text_width(_(fd->label));
		pref[c] = fd->width > lw ? fd->width : lw;
		min[c] = fd->type == FT_DATETIME ? 16 : fd->type == FT_INT ? 6
		         : fd->width > 4 ? fd->width : 4; /* a name cut short is no name */
	}
	return colfit(pref, min, NCOLS, 1, term_cols() - 2, width);
}

static void draw_row(struct recall_screen *rs, int y, int i, const int *width, int shown)
{
	const struct record *r = rs->rows[i];
	enum recall_state st = recall_recipient_state(r, rs->deadline[0] ? rs->deadline : NULL, rs->now);
	enum role role = i == rs->sel ? R_SELECTED : st == RECALL_LATE ? R_ERROR : R_NORMAL;
	term_fill(y, 0, term_cols(), role);
	int x = 1;
	for (int c = 0; c < shown; c++) {
		char *text;
		if (!columns[c]) {
			text = xstrdup(recall_state_label(st));
		} else {
			int k = form_field_index(r->form, columns[c]);
			text = field_format(&r->form->fields[k], &r->v[k], FMT_HUMAN);
			for (char *s = text; *s; s++)
				if (*s == '\n' || *s == '\r' || *s == '\t')
					*s = ' ';
		}
		term_text(y, x, width[c], role, text);
		free(text);
		x += width[c] + 1;
	}
}

static void draw(struct screen *sc, struct ui *ui)
{
	(void)ui;
	struct recall_screen *rs = sc->self;
	snprintf(rs->title, sizeof rs->title, _("Recall %" PRId64), rs->id);
	sc->title = rs->title;
	int y = draw_facts(rs);
	int width[NCOLS], shown = fit(width), x = 1;
	const struct form *f = form_find("recall_recipients");
	for (int c = 0; c < shown; c++) {
		term_text(y, x, width[c], R_TITLE, columns[c] ? _(form_field(f, columns[c])->label) : _("State"));
		x += width[c] + 1;
	}
	y++;
	int rows = term_lines() - 2 - y;
	if (rows < 1)
		rows = 1;
	if (rs->sel < rs->top)
		rs->top = rs->sel;
	if (rs->sel >= rs->top + rows)
		rs->top = rs->sel - rows + 1;
	for (int i = 0; i < rows && rs->top + i < rs->n; i++)
		draw_row(rs, y + i, rs->top + i, width, shown);
	if (rs->n == 0)
		term_text(y, 2, term_cols() - 4, R_HINT, _("This recall has no buyers."));
	term_cursor(0, 0, false);
}

/* The selected buyer's code, as `recall notify ID CUSTOMER` takes it. */
static const char *selected_customer(struct recall_screen *rs)
{
	return rs->n ? text_of(rs->rows[rs->sel], "customer") : NULL;
}

/* The selected buyer's name, for the messages. */
static const char *selected_name(struct recall_screen *rs)
{
	const struct record *r = rs->rows[rs->sel];
	const struct value *v = &r->v[form_field_index(r->form, "customer")];
	return v->label ? v->label : selected_customer(rs);
}

static void notify(struct recall_screen *rs)
{
	const char *customer = selected_customer(rs);
	if (!customer)
		return;
	const struct field *how = form_field(form_find("recall_recipients"), "how");
	const char *items[8];
	int n = 0;
	for (; how->choices[n].code && n < 8; n++)
		items[n] = _(how->choices[n].label);
	int k = ui_choose(rs->ui, _("How was the buyer told?"), items, n, 0);
	if (k < 0)
		return;
	char *note = NULL;
	if (!ui_prompt(rs->ui, _("Note (who was reached, what was said):"), "", &note))
		return;
	struct gerr err = { 0 };
	if (recall_notify(&rs->ui->s, rs->id, customer, how->choices[k].code, *note ? note : NULL,
	                  NULL, NULL, &err))
		ui_message(rs->ui, R_ERROR, "%s", err.msg);
	else
		ui_message(rs->ui, R_HINT, _("%s: told."), selected_name(rs));
	free(note);
}

static void returned(struct recall_screen *rs)
{
	const char *customer = selected_customer(rs);
	if (!customer)
		return;
	char *text = NULL;
	if (!ui_prompt(rs->ui, _("Units sent back now:"), "", &text))
		return;
	char *end;
	long long qty = strtoll(text, &end, 10);
	struct gerr err = { 0 };
	if (end == text || *end || qty <= 0)
		ui_message(rs->ui, R_ERROR, "%s", _("Give a number of units above zero."));
	else if (recall_return(&rs->ui->s, rs->id, customer, (int64_t)qty, NULL, &err))
		ui_message(rs->ui, R_ERROR, "%s", err.msg);
	else
		ui_message(rs->ui, R_HINT, _("%s: %lld units returned."), selected_name(rs), qty);
	free(text);
}

static void export(struct recall_screen *rs)
{
	char name[40];
	snprintf(name, sizeof name, "recall-%" PRId64 ".xlsx", rs->id);
	char *path = NULL;
	bool force = false;
	if (!ui_ask_file(rs->ui, name, &path, &force))
		return;
	struct gerr err = { 0 };
	ui_written(rs->ui, recall_book_write(&rs->ui->s, rs->id, path, force, &err), &err, path);
	free(path);
}

static enum step handle(struct screen *sc, struct ui *ui, enum action a, const struct key *k)
{
	(void)k;
	struct recall_screen *rs = sc->self;
	bool changed = false;
	switch (a) {
	case ACT_BACK: return STEP_CLOSE;
	case ACT_QUIT: ui->quit = true; break;
	case ACT_UP: if (rs->sel > 0) rs->sel--; break;
	case ACT_DOWN: if (rs->sel < rs->n - 1) rs->sel++; break;
	case ACT_NOTIFY: notify(rs); changed = true; break;
	case ACT_RETURN: returned(rs); changed = true; break;
	case ACT_EXPORT: export(rs); break;
	case ACT_OPEN:
		if (rs->n) {
			screen_form(ui, rs->rows[rs->sel]->form, rs->rows[rs->sel]->id);
			changed = true;
		}
		break;
	default: break;
	}
	struct gerr err = { 0 };
	if (changed && load(rs, &err)) {
		ui_message(ui, R_ERROR, "%s", err.msg);
		return STEP_CLOSE;
	}
	return STEP_STAY;
}

void screen_recall(struct ui *ui, int64_t recall_id)
{
	struct recall_screen rs = { .ui = ui, .id = recall_id };
	struct screen sc = { .keys = keys, .draw = draw, .handle = handle, .self = &rs,
		             .purpose = _("One recall: the recalled goods, the deadline for "
		                          "telling the buyers, then every buyer they went to and "
		                          "where it stands. ^T records that the highlighted buyer "
		                          "was told (how, and a note), ^R the units it sent back; "
		                          "^X writes the status sheet; Enter opens the buyer's "
		                          "record.") };
	struct gerr err = { 0 };
	if (load(&rs, &err))
		ui_message(ui, R_ERROR, "%s", err.msg);
	else
		ui_run(ui, &sc);
	clear(&rs);
	free(rs.rows);
}
