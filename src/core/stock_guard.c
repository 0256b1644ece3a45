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

static int64_t num_of(const struct record *r, const char *field)
{
	return r->v[form_field_index(r->form, field)].num;
}

/* What a live, accepted receipt line brings into stock: 0 otherwise. */
static int64_t brings(const struct record *line)
{
	const char *c = record_text(line, "conclusion");
	return line->voided || (c && strcmp(c, "accepted") != 0) ? 0 : num_of(line, "qty");
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

static bool same_unit(const struct record *a, const struct record *b)
{
	if (num_of(a, "product") != num_of(b, "product"))
		return false;
	const char *ba = record_text(a, "batch"), *bb = record_text(b, "batch");
	if (ba || bb)
		return same_key(ba, bb);
	return same_key(record_text(a, "serial"), record_text(b, "serial"));
}

/* What a line brought into stock, less back, leaves it: when its receipt
 * is live (a voided receipt's lines bring nothing). */
static int take_line(struct session *s, const struct record *line, int64_t back,
                     struct gerr *err)
{
	int64_t qty = brings(line) - back;
	if (qty <= 0)
		return GERR_OK;
	struct record *head = NULL;
	int rc = db_record_get(s->db, form_find("receipts"), num_of(line, "receipt"), &head, err);
	bool live = rc == GERR_OK && !head->voided;
	record_free(head);
	if (rc || !live)
		return rc;
	return take(s, num_of(line, "product"), record_text(line, "batch"),
	            record_text(line, "serial"), qty, err);
}

int stock_guard_line_void(struct session *s, const struct record *r, struct gerr *err)
{
	return receiving_stock_checked(s) ? take_line(s, r, 0, err) : GERR_OK;
}

int stock_guard_line_edit(struct session *s, const struct record *old, const struct record *r,
                          struct gerr *err)
{
	if (!receiving_stock_checked(s))
		return GERR_OK;
	/* what the line brought into its batch, less what it brings now */
	return take_line(s, old, same_unit(old, r) ? brings(r) : 0, err);
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
			rc = take(s, num_of(l.v[i], "product"), record_text(l.v[i], "batch"),
			          record_text(l.v[i], "serial"), qty, err);
	}
	for (int i = 0; i < l.n; i++)
		record_free(l.v[i]);
	free(l.v);
	return rc;
}

int stock_guard_return_void(struct session *s, const struct record *r, struct gerr *err)
{
	const char *out = record_text(r, "outcome");
	if (!receiving_stock_checked(s) || !out ||
	    (strcmp(out, "refund") != 0 && strcmp(out, "exchange") != 0))
		return GERR_OK;
	/* the unit taken back into stock leaves it again */
	struct record *sale = NULL;
	int rc = db_record_get(s->db, form_find("sales"), num_of(r, "sale"), &sale, err);
	if (rc == GERR_OK && !sale->voided)
		rc = take(s, num_of(sale, "product"), record_text(sale, "batch"),
		          record_text(sale, "serial"), num_of(r, "qty"), err);
	record_free(sale);
	return rc;
}
