/* 培训签到表 and 培训记录 of one training session: the sheet the attendees
 * sign on the day (the roster with an empty signature column), and the
 * record filed after it (who attended and with what result). Both list
 * the session's live attendees in the order they were entered. */
#include "config.h"
#include "report/docs.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/records.h"

#include <stdlib.h>
#include <string.h>

static int roster(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err);
static int record(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err);

static const char *const roster_signs[] = { N_("Trainer"), NULL };
static const char *const record_signs[] = { N_("Trainer"), N_("Quality manager"), NULL };

const struct doc_kind doc_training_roster = { "training-roster", "training",
	                                      N_("Training sign-in sheet"), roster_signs,
	                                      roster };
const struct doc_kind doc_training_record = { "training-record", "training",
	                                      N_("Training record"), record_signs, record };

enum { C_NO, C_NAME, C_UNIT, C_CUSTOMER, C_MORE };
#define FACT_WIDTH 56

static void cell(struct xsheet *sh, int row, int col, struct record *r, const char *name)
{
	const struct value *v = record_value(r, name);
	char *text = v->null ? NULL : field_format(form_field(r->form, name), v, FMT_HUMAN);
	xsheet_text(sh, row, col, text, XF_TEXT);
	free(text);
}

/* The session's facts and its attendees' table; after is false for the
 * sign-in sheet (a signature to fill in), true for the record. */
static int layout(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, bool after, struct gerr *err)
{
	const struct form *attendees = form_find("attendees");
	struct list_filter by = { .field = form_field(attendees, "session"),
	                          .value = { .num = r->id } };
	struct list_query q = { .form = attendees, .filters = &by, .nfilters = 1 };
	struct doc_records p = { 0 };
	int rc = records_list(s, &q, doc_records_add, &p, err);
	if (rc == GERR_OK) {
		int last = after ? C_MORE + 2 : C_MORE;
		struct xsheet sh;
		doc_sheet(b, &sh, k, r->id);
		xsheet_wrap(&sh, 1, FACT_WIDTH);
		static const char *const about[] = { "date", "topic", "kind", "trainer", "hours",
			                             "place", "customer" };
		int row = 3;
		for (size_t i = 0; i < sizeof about / sizeof about[0]; i++)
			doc_field_fact(&sh, row++, r, about[i], last);
		xsheet_wrap(&sh, C_NAME, 12);
		xsheet_wrap(&sh, C_UNIT, 14);
		xsheet_wrap(&sh, C_CUSTOMER, 18);
		const char *head[] = { _("No."), _("Name"), _("Department"), _("Customer"),
			               after ? _("Attended") : _("Signature"), _("Result"),
			               _("Retrain date") };
		row++;
		for (int c = 0; c <= last; c++)
			xsheet_text(&sh, row, c, head[c], XF_HEADER);
		int attended = 0, passed = 0;
		for (int i = 0; i < p.n; i++) {
			struct record *a = p.r[i];
			row++;
			xsheet_int(&sh, row, C_NO, i + 1);
			cell(&sh, row, C_NAME, a, "name");
			cell(&sh, row, C_UNIT, a, "unit");
			cell(&sh, row, C_CUSTOMER, a, "customer");
			if (!after) {
				xsheet_text(&sh, row, C_MORE, "", XF_TEXT);
				worksheet_set_row(sh.ws, (lxw_row_t)row, 30, NULL); /* room to sign */
				continue;
			}
			cell(&sh, row, C_MORE, a, "attended");
			cell(&sh, row, C_MORE + 1, a, "result");
			xsheet_date(&sh, row, C_MORE + 2, record_value(a, "retrain_date")->text);
			attended += record_value(a, "attended")->num != 0;
			const struct value *res = record_value(a, "result");
			passed += !res->null && strcmp(res->text, "passed") == 0;
		}
		row += 2;
		if (after) {
			struct strbuf t = STRBUF_INIT;
			/* TRANSLATORS: under a training record's attendees */
			sb_addf(&t, _("%d on the list, %d attended, %d passed."), p.n, attended, passed);
			xsheet_note(&sh, row, last + 1, sb_str(&t));
			sb_free(&t);
			row += 2;
		}
		xsheet_sign_off(&sh, row, k->signatures);
		xsheet_finish(&sh, false);
	}
	doc_records_free(&p);
	return rc;
}

static int roster(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err)
{
	return layout(s, b, k, r, false, err);
}

static int record(struct session *s, struct xbook *b, const struct doc_kind *k,
                  struct record *r, struct gerr *err)
{
	return layout(s, b, k, r, true, err);
}
