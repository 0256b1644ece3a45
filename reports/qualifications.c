/* Qualifications (资质效期): every live supplier's licence, product's
 * registration certificate and customer's licence with its expiry, the
 * days left on the day asked about and its status (core/qualify.h):
 * expired first, then the soonest to expire, those without an expiry
 * last. A sheet each, with the count of each status under its list. */
#include "config.h"
#include "base/i18n.h"
#include "core/qualify.h"
#include "db/db_report_receiving.h"
#include "model/form.h"
#include "report/report.h"

#include <stdio.h>

/* One sheet: its form and the fields of its licence or certificate. */
struct kind {
	const char *form, *sheet; /* sheet: msgid */
	const char *number, *expiry;
	bool approval; /* the form records who approved it (首营审核) */
};

static const struct kind kinds[] = {
	{ "suppliers", N_("Suppliers"), "licence_no", "licence_expiry", true },
	{ "products", N_("Products"), "reg_no", "cert_expiry", true },
	{ "customers", N_("Customers"), "licence_no", "licence_expiry", false },
};

struct sheet {
	struct xsheet sh;
	const struct kind *k;
	const char *as_of;
	int row;
	int count[QUALIFY_COUNT];
};

static void text_or_blank(struct xsheet *sh, int row, int col, const char *text)
{
	if (text)
		xsheet_text(sh, row, col, text, XF_TEXT);
	else
		xsheet_blank(sh, row, col);
}

static int row(void *ud, const struct qual_row *q)
{
	struct sheet *s = ud;
	int days;
	enum qualify_status st = qualify_status(s->as_of, q->expiry, &days);
	s->count[st]++;
	xsheet_text(&s->sh, s->row, 0, q->code, XF_TEXT);
	xsheet_text(&s->sh, s->row, 1, q->name, XF_TEXT);
	text_or_blank(&s->sh, s->row, 2, q->number);
	if (q->expiry)
		xsheet_date(&s->sh, s->row, 3, q->expiry);
	else
		xsheet_blank(&s->sh, s->row, 3);
	if (st == QUALIFY_MISSING)
		xsheet_blank(&s->sh, s->row, 4);
	else
		xsheet_int(&s->sh, s->row, 4, days);
	xsheet_text(&s->sh, s->row, 5, qualify_label(st), XF_TEXT);
	if (s->k->approval) {
		if (q->approved_on)
			xsheet_date(&s->sh, s->row, 6, q->approved_on);
		else
			xsheet_blank(&s->sh, s->row, 6);
		text_or_blank(&s->sh, s->row, 7, q->approved_by);
	}
	s->row++;
	return 0;
}

static int write_sheet(struct session *ses, struct xbook *b, const struct kind *k,
                       const char *as_of, struct gerr *err)
{
	const struct form *f = form_find(k->form);
	struct sheet s = { .k = k, .as_of = as_of, .row = 4 };
	char subtitle[200];
	snprintf(subtitle, sizeof subtitle,
	         _("As of %s: expired first, then the soonest to expire; none recorded last."),
	         as_of);
	xsheet_add(b, &s.sh, _(k->sheet), subtitle);
	const char *head[] = {
		_(form_field(f, "code")->label), _(form_field(f, "name")->label),
		_(form_field(f, k->number)->label), _(form_field(f, k->expiry)->label),
		_("Days to expiry"), _("Status"),
		k->approval ? _(form_field(f, "approved_on")->label) : NULL,
		k->approval ? _(form_field(f, "approved_by")->label) : NULL,
	};
	xsheet_header(&s.sh, 3, head, k->approval ? 8 : 6);
	xsheet_wrap(&s.sh, 1, 20);
	int rc = db_report_qualifications(ses->db, k->form, row, &s, err);
	if (rc)
		return rc;
	xsheet_end_data(&s.sh);
	/* how many of each status, in the order of the list: "3 expired" */
	int r = s.row + 1;
	for (int st = 0; st < QUALIFY_COUNT; st++) {
		xsheet_int(&s.sh, r, 4, s.count[st]);
		xsheet_text(&s.sh, r++, 5, qualify_label(st), XF_BOLD);
	}
	xsheet_finish(&s.sh, true);
	return GERR_OK;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	int rc = GERR_OK;
	for (size_t i = 0; rc == GERR_OK && i < sizeof kinds / sizeof kinds[0]; i++)
		rc = write_sheet(s, b, &kinds[i], p->from, err);
	return rc;
}

const struct report report_qualifications = {
	.name = "qualifications",
	.title = N_("Qualifications and licences"),
	.as_of = true,
	.write = write,
};
