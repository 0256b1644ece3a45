/* A recall's status sheet: the campaign on top, then one row per buyer
 * and the totals, so the manufacturer and the authority see at a glance
 * who was told in time and what came back. */
#include "config.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/recall.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "report/recall_book.h"
#include "report/report.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_ROW 16 /* after the title, the facts (rows 3-14) and a blank row */

/* The recipients' columns, in order, by field; the state comes last. */
static const char *const columns[] = { "customer", "qty_sold", "notified_at", "how",
                                       "notified_by", "note", "reply", "qty_returned" };
#define NCOLS ((int)(sizeof columns / sizeof columns[0]))

struct recall_ud {
	const struct record *recall;
	char deadline[17], now[17];
	struct xsheet sh;
	int row;
	int64_t buyers, told, sold, returned;
};

static const struct value *val(const struct record *r, const char *field)
{
	return &r->v[form_field_index(r->form, field)];
}

static const char *text_of(const struct record *r, const char *field)
{
	const struct value *v = val(r, field);
	return v->null ? "" : v->text;
}

static void fact_text(struct xsheet *sh, int row, const char *label, const char *text)
{
	xsheet_text(sh, row, 0, label, XF_BOLD);
	/* facts spill to the right: they must not widen the buyers' columns */
	xsheet_text(sh, row, 1, text, XF_SUBTITLE);
}

static void facts(struct recall_ud *u)
{
	const struct record *r = u->recall;
	struct xsheet *sh = &u->sh;
	const struct value *product = val(r, "product");
	const struct field *cls = form_field(r->form, "class"), *status = form_field(r->form, "status");
	xsheet_text(sh, 3, 0, _("Recall no."), XF_BOLD);
	xsheet_int(sh, 3, 1, r->id);
	fact_text(sh, 4, _("Product"), product->label ? product->label : "");
	fact_text(sh, 5, _("Product code"), product->text ? product->text : "");
	fact_text(sh, 6, _("Batch no."), text_of(r, "batch"));
	fact_text(sh, 7, _("Serial no."), text_of(r, "serial"));
	fact_text(sh, 8, _("Recall class"), field_choice_label(cls, text_of(r, "class")));
	fact_text(sh, 9, _("Reason"), text_of(r, "reason"));
	xsheet_text(sh, 10, 0, _("Opened"), XF_BOLD);
	xsheet_datetime(sh, 10, 1, text_of(r, "opened"));
	char label[128];
	snprintf(label, sizeof label, _("Buyers to be told by (within %d days)"),
	         recall_class_days(text_of(r, "class")));
	xsheet_text(sh, 11, 0, label, XF_BOLD);
	xsheet_datetime(sh, 11, 1, u->deadline);
	fact_text(sh, 12, _("Status"), field_choice_label(status, text_of(r, "status")));
	xsheet_text(sh, 13, 0, _("Closed"), XF_BOLD);
	xsheet_datetime(sh, 13, 1, text_of(r, "closed"));
	fact_text(sh, 14, _("Closing note"), text_of(r, "close_reason"));
}

static int buyer(void *ud, const struct record *r)
{
	struct recall_ud *u = ud;
	struct xsheet *sh = &u->sh;
	for (int c = 0; c < NCOLS; c++) {
		const struct field *f = form_field(r->form, columns[c]);
		const struct value *v = val(r, columns[c]);
		if (f->type == FT_INT)
			xsheet_int(sh, u->row, c, v->null ? 0 : v->num);
		else if (f->type == FT_DATETIME)
			xsheet_datetime(sh, u->row, c, v->null ? "" : v->text);
		else {
			char *text = field_format(f, v, FMT_HUMAN);
			xsheet_text(sh, u->row, c, text, XF_TEXT);
			free(text);
		}
	}
	enum recall_state st = recall_recipient_state(r, *u->deadline ? u->deadline : NULL, u->now);
	xsheet_text(sh, u->row, NCOLS, recall_state_label(st), XF_TEXT);
	u->buyers++;
	u->told += !val(r, "notified_at")->null;
	u->sold += val(r, "qty_sold")->null ? 0 : val(r, "qty_sold")->num;
	u->returned += val(r, "qty_returned")->null ? 0 : val(r, "qty_returned")->num;
	u->row++;
	return 0;
}

static void share(struct xsheet *sh, int row, const char *label, int64_t part, int64_t whole)
{
	xsheet_text(sh, row, 0, label, XF_BOLD);
	if (whole > 0)
		xsheet_number(sh, row, 1, (double)part / (double)whole, XF_PERCENT);
	else
		xsheet_blank(sh, row, 1);
}

static void totals(struct recall_ud *u)
{
	struct xsheet *sh = &u->sh;
	int r = u->row;
	xsheet_text(sh, r, 0, _("Total"), XF_BOLD);
	xsheet_int(sh, r, 1, u->sold);
	xsheet_int(sh, r, NCOLS - 1, u->returned);
	xsheet_text(sh, r + 2, 0, _("Buyers"), XF_BOLD);
	xsheet_int(sh, r + 2, 1, u->buyers);
	xsheet_text(sh, r + 3, 0, _("Buyers notified"), XF_BOLD);
	xsheet_int(sh, r + 3, 1, u->told);
	share(sh, r + 4, _("Share notified"), u->told, u->buyers);
	share(sh, r + 5, _("Share of units returned"), u->returned, u->sold);
}

static int write(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	struct recall_ud *u = ud;
	const struct record *r = u->recall;
	const char *batch = text_of(r, "batch"), *serial = text_of(r, "serial");
	char what[200], subtitle[400];
	snprintf(what, sizeof what, *batch ? _("Batch %s") : _("Serial number %s"),
	         *batch ? batch : serial);
	const struct value *product = val(r, "product");
	snprintf(subtitle, sizeof subtitle, _("Recall %" PRId64 ": %s, %s"), r->id,
	         product->label ? product->label : "", what);
	b->landscape = true;
	xsheet_add(b, &u->sh, _("Recall status"), subtitle);
	facts(u);
	const struct form *rf = form_find("recall_recipients");
	const char *head[NCOLS + 1];
	for (int c = 0; c < NCOLS; c++)
		head[c] = _(form_field(rf, columns[c])->label);
	head[NCOLS] = _("Status");
	xsheet_header(&u->sh, HEADER_ROW, head, NCOLS + 1);
	struct list_filter filter = { form_field(rf, "recall"), { .null = true } };
	value_set_num(&filter.value, r->id);
	struct list_query q = { .form = rf, .filters = &filter, .nfilters = 1 };
	u->row = HEADER_ROW + 1;
	int rc = records_list(s, &q, buyer, u, err);
	value_clear(&filter.value);
	xsheet_end_data(&u->sh);
	totals(u);
	xsheet_finish(&u->sh, true);
	return rc;
}

int recall_book_write(struct session *s, int64_t id, const char *path, bool force,
                      struct gerr *err)
{
	const struct form *rf = form_find("recalls");
	int rc = perm_check(s->user.role, rf, PERM_REPORT, err);
	struct record *r = NULL;
	if (rc || (rc = records_get(s, rf, id, &r, err)))
		return rc;
	struct recall_ud u = { .recall = r };
	if (!recall_deadline(text_of(r, "opened"), text_of(r, "class"), u.deadline))
		u.deadline[0] = '\0';
	/* a closed recall is judged at its closing, an open one now */
	if (!val(r, "closed")->null)
		snprintf(u.now, sizeof u.now, "%s", text_of(r, "closed"));
	else
		session_now_text(s, u.now);
	rc = report_write(s, _("Recall status"), path, force, write, &u, err);
	record_free(r);
	return rc;
}
