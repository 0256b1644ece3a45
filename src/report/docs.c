#include "config.h"
#include "report/docs.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/perm.h"
#include "core/records.h"
#include "model/record.h"
#include "report/report.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const complaint_signs[] = { N_("Received by"), N_("Handled by"),
	                                       N_("Quality manager"), NULL };
static const char *const event_signs[] = { N_("Reported by"), N_("Quality manager"),
	                                   N_("General manager"), NULL };

static const struct doc_kind complaint = { "complaint", "complaints",
	                                   N_("Customer complaint record"), complaint_signs, NULL };
static const struct doc_kind event = { "event", "events", N_("Adverse event report"),
	                               event_signs, NULL };

static const struct doc_kind *const kinds[] = { &complaint, &event, &doc_delivery,
	                                                &doc_recall, &doc_training_roster,
	                                                &doc_training_record, &doc_install };
#define NKINDS ((int)(sizeof kinds / sizeof kinds[0]))

const struct doc_kind *const *docs_all(int *count)
{
	*count = NKINDS;
	return kinds;
}

const struct doc_kind *doc_find(const char *name)
{
	for (int i = 0; i < NKINDS; i++)
		if (strcmp(kinds[i]->name, name) == 0)
			return kinds[i];
	return NULL;
}

void doc_sheet(struct xbook *b, struct xsheet *sh, const struct doc_kind *k, int64_t number)
{
	char sub[64];
	/* TRANSLATORS: under a printed document's title: its record number */
	snprintf(sub, sizeof sub, _("No. %" PRId64), number);
	xsheet_add(b, sh, _(k->title), sub);
	/* the paper is one page */
	worksheet_fit_to_pages(sh->ws, 1, 1);
}

int doc_records_add(void *ud, const struct record *r)
{
	struct doc_records *d = ud;
	d->r = xrealloc(d->r, sizeof *d->r * (size_t)(d->n + 1));
	d->r[d->n++] = record_clone(r);
	return 0;
}

void doc_records_free(struct doc_records *d)
{
	for (int i = 0; i < d->n; i++)
		record_free(d->r[i]);
	free(d->r);
}

void doc_fact(struct xsheet *sh, int row, const char *label, const char *value, int last)
{
	value = value ? value : "";
	xsheet_text(sh, row, 0, label, XF_TEXT);
	worksheet_merge_range(sh->ws, (lxw_row_t)row, 1, (lxw_row_t)row, (lxw_col_t)last, value,
	                      sh->book->fmt[XF_WRAP]);
	int lines = xsheet_text_lines(sh, 1, value, XF_TEXT),
	    label_lines = xsheet_text_lines(sh, 0, label, XF_TEXT);
	if (label_lines > lines)
		lines = label_lines;
	if (lines > 1)
		worksheet_set_row(sh->ws, (lxw_row_t)row, xsheet_row_points(lines), NULL);
}

void doc_field_fact(struct xsheet *sh, int row, struct record *r, const char *name, int last)
{
	const struct field *f = form_field(r->form, name);
	const struct value *v = record_value(r, name);
	char *text = v->null ? NULL : field_format(f, v, FMT_HUMAN);
	doc_fact(sh, row, _(f->label), text, last);
	free(text);
}

/* columns in characters: with the label and the date, what portrait A4
 * holds at 11 points */
#define LABEL_WIDTH 18
#define VALUE_WIDTH 50
#define DATE_WIDTH 14 /* and the signature's */

struct doc_ud {
	const struct doc_kind *k;
	struct record *r;
};

static int write(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	const struct doc_ud *d = ud;
	if (d->k->layout)
		return d->k->layout(s, b, d->k, d->r, err);
	const struct form *form = d->r->form;
	struct xsheet sh;
	doc_sheet(b, &sh, d->k, d->r->id);
	xsheet_wrap(&sh, 0, LABEL_WIDTH - 2);
	xsheet_wrap(&sh, 1, VALUE_WIDTH - 2);
	int row = 3;
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		const struct value *v = record_value(d->r, f->name);
		char *text = v->null ? xstrdup("") : field_format(f, v, FMT_HUMAN);
		xsheet_text(&sh, row, 0, _(f->label), XF_WRAP);
		xsheet_text(&sh, row, 1, text, XF_WRAP);
		free(text);
		row++;
	}
	row++;
	xsheet_sign_off(&sh, row, d->k->signatures);
	worksheet_set_column(sh.ws, 0, 0, LABEL_WIDTH, NULL);
	worksheet_set_column(sh.ws, 1, 1, VALUE_WIDTH, NULL);
	worksheet_set_column(sh.ws, 2, 3, DATE_WIDTH, NULL);
	return GERR_OK;
}

int doc_print(struct session *s, const struct doc_kind *k, int64_t id, const char *path,
              bool force, struct gerr *err)
{
	const struct form *form = form_find(k->form);
	int rc = perm_check(s->user.role, form, PERM_VIEW, err);
	struct doc_ud d = { k, NULL };
	if (rc == GERR_OK)
		rc = records_get(s, form, id, &d.r, err);
	/* a paper issued is taken for a live record: a void one is read with
	 * its history (show), not printed */
	if (rc == GERR_OK && d.r->voided)
		rc = gerr_set(err, GERR_INPUT, "id",
		              _("Record %" PRId64 " of %s is void (%s): a voided record is not printed."),
		              id, _(form->title), d.r->void_reason ? d.r->void_reason : "");
	if (rc == GERR_OK)
		rc = report_write(s, _(k->title), path, force, write, &d, err);
	record_free(d.r);
	return rc;
}
