/* A form's records as a workbook: the CSV export's rows and columns, with
 * each cell typed so Excel can sum, sort and filter them. */
#include "config.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "report/export_book.h"
#include "report/report.h"

#include <stdlib.h>

#define FIRST_ROW 4 /* title, subtitle, a blank row, the column titles */

struct export_ud {
	const struct list_query *q;
	struct xsheet sh;
	int row;
	bool full; /* the sheet holds no more rows */
};

static double unscale(int64_t num, int scale)
{
	double v = (double)num;
	for (int i = 0; i < scale; i++)
		v /= 10.0;
	return v;
}

static void cell(struct xsheet *sh, int row, int col, const struct field *f,
                 const struct value *v)
{
	if (v->null) {
		xsheet_blank(sh, row, col);
		return;
	}
	switch (f->type) {
	case FT_INT:
		xsheet_int(sh, row, col, v->num);
		return;
	case FT_DECIMAL:
		if (f->flags & F_MONEY)
			xsheet_money(sh, row, col, v->num);
		else
			xsheet_number(sh, row, col, unscale(v->num, f->scale), XF_NUMBER);
		return;
	case FT_DATE:
		xsheet_date(sh, row, col, v->text);
		return;
	case FT_DATETIME:
		xsheet_datetime(sh, row, col, v->text);
		return;
	case FT_REF:
		if (!form_find(f->ref)->code_field) { /* a sales line: its id */
			xsheet_int(sh, row, col, v->num);
			return;
		}
		break;
	default:
		break;
	}
	/* refs by code as in the CSV; yes/no and choices in the user's words */
	char *text = field_format(f, v, f->type == FT_REF ? FMT_MACHINE : FMT_HUMAN);
	xsheet_text(sh, row, col, text, XF_TEXT);
	free(text);
}

static int emit(void *ud, const struct record *r)
{
	struct export_ud *u = ud;
	if (u->row >= LXW_ROW_MAX) {
		u->full = true;
		return 1;
	}
	xsheet_int(&u->sh, u->row, 0, r->id);
	for (int i = 0; i < r->form->nfields; i++)
		cell(&u->sh, u->row, i + 1, &r->form->fields[i], &r->v[i]);
	u->row++;
	return 0;
}

/* The line under the title: what was selected ("Product: P2; Sale date:
 * 2026-10-01 – 2026-10-31"), or nothing for every record. */
static char *selection(const struct list_query *q)
{
	struct strbuf b = STRBUF_INIT;
	for (int i = 0; i < q->nfilters; i++) {
		char *v = field_format(q->filters[i].field, &q->filters[i].value, FMT_HUMAN);
		sb_addf(&b, "%s%s: %s", i ? "; " : "", _(q->filters[i].field->label), v);
		free(v);
	}
	if (q->since || q->until)
		sb_addf(&b, "%s%s: %s – %s", q->nfilters ? "; " : "",
		        _(form_field(q->form, q->form->date_field)->label), q->since ? q->since : "",
		        q->until ? q->until : "");
	return sb_steal(&b);
}

static int write(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	struct export_ud *u = ud;
	const struct form *form = u->q->form;
	char *sub = selection(u->q);
	b->landscape = true;
	xsheet_add(b, &u->sh, _(form->title), *sub ? sub : NULL);
	free(sub);
	char **head = xcalloc((size_t)form->nfields + 1, sizeof *head);
	head[0] = xstrdup("ID");
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		struct strbuf h = STRBUF_INIT;
		/* a ref holds the record's code: its heading says so, so that a
		 * name heading (产品名称) never stands over codes */
		if (f->type == FT_REF && form_find(f->ref)->code_field)
			sb_addf(&h, _("%s (code)"), _(f->label));
		else
			sb_add(&h, _(f->label));
		head[i + 1] = sb_steal(&h);
	}
	xsheet_header(&u->sh, FIRST_ROW - 1, (const char *const *)head, form->nfields + 1);
	for (int i = 0; i <= form->nfields; i++)
		free(head[i]);
	free(head);
	u->row = FIRST_ROW;
	int rc = records_list(s, u->q, emit, u, err);
	if (rc == GERR_OK && u->full)
		rc = gerr_set(err, GERR_INPUT, "output",
		              _("A sheet holds %d rows at most: export a shorter period with --since and --until."),
		              LXW_ROW_MAX - FIRST_ROW);
	xsheet_finish(&u->sh, true);
	return rc;
}

int export_book_write(struct session *s, const struct list_query *q, const char *path,
                      bool force, struct gerr *err)
{
	int rc = perm_check(s->user.role, q->form, PERM_VIEW, err);
	if (rc)
		return rc;
	struct export_ud u = { .q = q };
	return report_write(s, _(q->form->title), path, force, write, &u, err);
}
