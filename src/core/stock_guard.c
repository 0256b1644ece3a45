/* Stock on hand is derived from the records (accepted receipts − sales +
 * returns taken back), and with stock_check on a sale beyond it is refused.
 * These guards refuse the other way to the same hole: voiding or changing a
 * receipt, or voiding a return, that would leave goods sold without the
 * receipt they came in on (a batch below zero). */
#include "config.h"
#include "core/stock_guard.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "core/receiving.h"
#include "core/service.h"
#include "db/db_list.h"
#include "db/db_record.h"
#include "db/db_stock.h"
#include "model/query.h"
#include "model/record.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

static const char *text_of(struct record *r, const char *field)
{
	const struct value *v = record_value(r, field);
	return v->null ? NULL : v->text;
}

/* qty of product's batch (or, without one, serial) leaves stock: refused
 * when less than that is on hand. */
static int take(struct session *s, int64_t product, const char *batch, const char *serial,
                int64_t qty, struct gerr *err)
{
	int64_t on_hand = 0;
	int rc = db_stock_on_hand(s->db, product, batch, batch ? NULL : serial, 0, &on_hand, err);
	if (rc == GERR_OK && on_hand < qty)
		rc = gerr_set(err, GERR_INPUT, batch ? "batch" : "serial",
		              _("%s: %" PRId64 " on hand, and this change takes away %" PRId64
		                ": it would leave goods sold without the receipt they came in on"
		                " (库存为负). Correct the sales lines or returns first."),
		              batch ? batch : serial ? serial : "", on_hand < 0 ? 0 : on_hand, qty);
	return rc;
}

/* What a live, accepted receipt line brings into stock: 0 otherwise. */
static int64_t brings(struct record *line)
{
	const char *c = text_of(line, "conclusion");
	return line->voided || (c && strcmp(c, "accepted") != 0) ? 0 : record_value(line, "qty")->num;
}

/* One unit of stock, as stock counts it: the product and the batch's key,
 * or without a batch the serial's (b2, Ｂ２ and B2 are one batch). */
static bool same_key(const char *x, const char *y)
{
	char *kx = text_key(x), *ky = text_key(y);
	bool same = (!kx && !ky) || (kx && ky && strcmp(kx, ky) == 0);
	free(kx);
	free(ky);
	return same;
}

static bool same_unit(struct record *a, struct record *b)
{
	if (record_value(a, "product")->num != record_value(b, "product")->num)
		return false;
	const char *ba = text_of(a, "batch"), *bb = text_of(b, "batch");
	if (ba || bb)
		return same_key(ba, bb);
	return same_key(text_of(a, "serial"), text_of(b, "serial"));
}

static int take_line(struct session *s, struct record *line, int64_t back, struct gerr *err)
{
	int64_t qty = brings(line) - back;
	if (qty <= 0)
		return GERR_OK;
	return take(s, record_value(line, "product")->num, text_of(line, "batch"),
	            text_of(line, "serial"), qty, err);
}

/* The line's receipt is live: a voided receipt's lines bring nothing. */
static int head_live(struct session *s, struct record *line, bool *live, struct gerr *err)
{
	struct record *head = NULL;
	int rc = db_record_get(s->db, form_find("receipts"), record_value(line, "receipt")->num,
	                       &head, err);
	*live = rc == GERR_OK && !head->voided;
	record_free(head);
	return rc;
}

int stock_guard_line_void(struct session *s, const struct record *r, struct gerr *err)
{
	if (!receiving_stock_checked(s))
		return GERR_OK;
	struct record *line = NULL;
	int rc = db_record_get(s->db, r->form, r->id, &line, err);
	bool live = false;
	if (rc == GERR_OK && (rc = head_live(s, line, &live, err)) == GERR_OK && live)
		rc = take_line(s, line, 0, err);
	record_free(line);
	return rc;
}

int stock_guard_line_check(struct session *s, struct record *r, struct gerr *err)
{
	int rc = receipt_lines_check(s, r, err);
	if (rc || !r->id || !receiving_stock_checked(s))
		return rc;
	struct record *old = NULL;
	bool live = false;
	if ((rc = db_record_get(s->db, r->form, r->id, &old, err)) == GERR_OK &&
	    (rc = head_live(s, old, &live, err)) == GERR_OK && live)
		/* what the line brought into its batch, less what it brings now */
		rc = take_line(s, old, same_unit(old, r) ? brings(r) : 0, err);
	record_free(old);
	return rc;
}

struct lines {
	struct record **v;
	int n;
};

static int keep(void *ud, const struct record *r)
{
	struct lines *l = ud;
	l->v = xrealloc(l->v, sizeof *l->v * (size_t)(l->n + 1));
	l->v[l->n++] = record_clone(r);
	return 0;
}

int stock_guard_receipt_void(struct session *s, const struct record *r, struct gerr *err)
{
	if (!receiving_stock_checked(s))
		return GERR_OK;
	const struct form *lf = form_find("receipt_lines");
	struct list_filter by = { form_field(lf, "receipt"), { .num = r->id } };
	struct list_query q = { .form = lf, .filters = &by, .nfilters = 1 };
	struct lines l = { 0 };
	int rc = db_list(s->db, &q, keep, &l, err);
	/* the receipt's lines of one unit leave together */
	for (int i = 0; rc == GERR_OK && i < l.n; i++) {
		if (!l.v[i])
			continue;
		int64_t qty = brings(l.v[i]);
		for (int k = i + 1; k < l.n; k++)
			if (l.v[k] && same_unit(l.v[i], l.v[k])) {
				qty += brings(l.v[k]);
				record_free(l.v[k]);
				l.v[k] = NULL;
			}
		if (qty > 0)
			rc = take(s, record_value(l.v[i], "product")->num, text_of(l.v[i], "batch"),
			          text_of(l.v[i], "serial"), qty, err);
	}
	for (int i = 0; i < l.n; i++)
		record_free(l.v[i]);
	free(l.v);
	return rc;
}

int stock_guard_return_void(struct session *s, const struct record *r, struct gerr *err)
{
	const struct value *out = &r->v[form_field_index(r->form, "outcome")];
	if (!receiving_stock_checked(s) || out->null ||
	    (strcmp(out->text, "refund") != 0 && strcmp(out->text, "exchange") != 0))
		return GERR_OK;
	/* the unit taken back into stock leaves it again */
	struct record *sale = NULL;
	int rc = db_record_get(s->db, form_find("sales"),
	                       r->v[form_field_index(r->form, "sale")].num, &sale, err);
	if (rc == GERR_OK && !sale->voided)
		rc = take(s, record_value(sale, "product")->num, text_of(sale, "batch"),
		          text_of(sale, "serial"), r->v[form_field_index(r->form, "qty")].num, err);
	record_free(sale);
	return rc;
}
