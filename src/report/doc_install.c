/* 安装验收单: the acceptance of an installation service ticket — the
 * instrument and where it went, the checklist with a box per item for
 * each side to confirm (双方逐项确认: one item a line of the ticket's
 * checklist), what was handed over, and both sides' signatures. */
#include "config.h"
#include "report/docs.h"
#include "base/i18n.h"
#include "core/records.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const char *const install_signs[] = { N_("Installing engineer"),
	                                      N_("Signed for the customer"), NULL };

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err);

const struct doc_kind doc_install = { "install", "service", N_("Installation acceptance form"),
	                              install_signs, layout };

static const int widths[] = { 18, 40, 16, 16 };
#define FACT_WIDTH 70

/* One row per line of text, numbered, with two boxes to tick; returns
 * the row after. */
static int checklist(struct xsheet *sh, int row, const char *text)
{
	const char *head[] = { _("No."), _("Checklist item"), _("Our check"), _("Customer's check") };
	for (int c = 0; c < 4; c++)
		xsheet_text(sh, row, c, head[c], XF_HEADER);
	int n = 0;
	for (const char *p = text ? text : ""; *p;) {
		size_t len = strcspn(p, "\n");
		char *item = strndup(p, len);
		if (item[strspn(item, " \t\r")]) {
			row++;
			xsheet_int(sh, row, 0, ++n);
			xsheet_text(sh, row, 1, item, XF_TEXT);
			xsheet_blank(sh, row, 2);
			xsheet_blank(sh, row, 3);
		}
		free(item);
		p += len + (p[len] == '\n');
	}
	return row + 1;
}

static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err)
{
	const struct value *kind = record_value(r, "kind");
	if (kind->null || strcmp(kind->text, "install") != 0)
		return gerr_set(err, GERR_INPUT, "kind",
		                _("Service ticket %" PRId64 " is not an installation."), r->id);
	struct record *product = NULL;
	int rc = records_get(s, form_find("products"), record_value(r, "product")->num, &product, err);
	if (rc != GERR_OK)
		return rc;
	struct xsheet sh;
	doc_sheet(b, &sh, k, r->id);
	xsheet_wrap(&sh, 0, widths[0] - 2);
	xsheet_wrap(&sh, 1, FACT_WIDTH);
	int row = 3;
	doc_field_fact(&sh, row++, r, "customer", 3);
	doc_field_fact(&sh, row++, r, "product", 3);
	doc_field_fact(&sh, row++, product, "spec", 3);
	doc_field_fact(&sh, row++, product, "manufacturer", 3);
	static const char *const about[] = { "serial", "notified_at", "onsite_at", "resolved_at",
		                             "engineer", "description", "accepted_on" };
	for (size_t i = 0; i < sizeof about / sizeof about[0]; i++)
		doc_field_fact(&sh, row++, r, about[i], 3);
	row = checklist(&sh, row + 1, record_value(r, "checklist")->text);
	row++;
	doc_field_fact(&sh, row++, r, "handed_over", 3);
	doc_field_fact(&sh, row++, r, "customer_signatory", 3);
	xsheet_sign_off(&sh, row + 1, k->signatures);
	for (int c = 0; c < 4; c++)
		worksheet_set_column(sh.ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
	record_free(product);
	return GERR_OK;
}
