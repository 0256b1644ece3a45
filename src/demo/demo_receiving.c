/* The demo office's other half (issue 23): three suppliers (one licence
 * expiring within 60 days), and a receipt for every batch and serial
 * number it sold, dated a few days before the first sale, with some of
 * each consumable batch left on the shelf. Written after the sales, from
 * what they left short in stock, and before the after-sales records (a
 * recall they open would stop receiving its batch). */
#include "config.h"
#include "demo/demo_receiving.h"
#include "demo/demo_data.h"
#include "demo/demo_records.h"
#include "db/db_stock.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *code, *name, *licence;
	int licence_days; /* the licence expires this many days after today */
	bool classes[3];  /* its scope: class I, II, III */
} suppliers[] = {
	{ "S001", "浙江康华医疗器械有限公司", "浙杭食药监械经营许20190012号", 45,
	  { true, true, true } },
	{ "S002", "上海瑞邦医疗科技有限公司", "沪食药监械经营许20200387号", 730,
	  { false, true, true } },
	{ "S003", "江苏恒安医疗用品有限公司", "苏食药监械经营许20180921号", 1095,
	  { true, true, false } },
};
#define NSUPPLIERS ((int)(sizeof suppliers / sizeof suppliers[0]))

static void day_text(int64_t day, char out[11])
{
	struct ymd d = date_from_days(day);
	date_format(&d, out);
}

int demo_add_suppliers(struct session *s, int64_t approved, struct gerr *err)
{
	int64_t today = date_to_days(&s->now.date);
	char on[11], until[11];
	day_text(approved, on);
	int rc = GERR_OK;
	for (int i = 0; rc == GERR_OK && i < NSUPPLIERS; i++) {
		day_text(today + suppliers[i].licence_days, until);
		struct assigns as = { .n = 0 };
		put(&as, "code", suppliers[i].code);
		put(&as, "name", suppliers[i].name);
		put(&as, "licence_no", suppliers[i].licence);
		put(&as, "licence_expiry", until);
		put(&as, "scope", "第二类、第三类医疗器械（按许可证载明范围）");
		put(&as, "class_i", suppliers[i].classes[0] ? "yes" : "no");
		put(&as, "class_ii", suppliers[i].classes[1] ? "yes" : "no");
		put(&as, "class_iii", suppliers[i].classes[2] ? "yes" : "no");
		put(&as, "approved_on", on);
		put(&as, "approved_by", "李静");
		int64_t id;
		rc = records_add(s, form_find("suppliers"), as.a, as.n, &id, err);
	}
	return rc;
}

/* The first supplier from pi's turn on whose scope covers its class. */
static int supplier_of(int pi)
{
	const char *cls = demo_products[pi].class;
	int k = strcmp(cls, "III") == 0 ? 2 : strcmp(cls, "II") == 0 ? 1 : 0;
	for (int i = 0; i < NSUPPLIERS; i++) {
		int j = (pi + i) % NSUPPLIERS;
		if (suppliers[j].classes[k])
			return j;
	}
	return 0;
}

/* A unit sold and not received: what its receipt line brings in. */
struct short_unit {
	int supplier;
	int64_t product, day, qty;
	char code[16], batch[24], serial[32], expiry[11];
};

struct shorts {
	struct short_unit *u;
	int n;
};

static int keep_short(void *ud, const struct stock_row *r)
{
	struct shorts *sh = ud;
	if (r->qty >= 0 || !r->first)
		return 0;
	sh->u = xrealloc(sh->u, sizeof *sh->u * (size_t)(sh->n + 1));
	struct short_unit *u = &sh->u[sh->n++];
	memset(u, 0, sizeof *u);
	u->supplier = supplier_of(demo_product_index(r->code));
	u->product = r->product;
	u->qty = -r->qty;
	struct ymd d;
	date_parse(r->first, &d);
	u->day = date_to_days(&d);
	snprintf(u->code, sizeof u->code, "%s", r->code);
	snprintf(u->batch, sizeof u->batch, "%s", r->batch ? r->batch : "");
	snprintf(u->serial, sizeof u->serial, "%s", r->serial ? r->serial : "");
	snprintf(u->expiry, sizeof u->expiry, "%s", r->expiry ? r->expiry : "");
	return 0;
}

/* By supplier, then day of first sale: one delivery per supplier a day. */
static int by_delivery(const void *a, const void *b)
{
	const struct short_unit *x = a, *y = b;
	if (x->supplier != y->supplier)
		return x->supplier - y->supplier;
	return x->day < y->day ? -1 : x->day > y->day;
}

static int receive(struct session *s, struct rng *r, const struct short_unit *u,
                   int64_t receipt, struct gerr *err)
{
	char rid[24], qty[24];
	snprintf(rid, sizeof rid, "%" PRId64, receipt);
	/* serial-numbered units come one by one; of a batch that keeps
	 * another 90 days some stays on the shelf */
	char keeps[11];
	day_text(date_to_days(&s->now.date) + 90, keeps);
	int64_t left = u->serial[0] || strcmp(u->expiry, keeps) <= 0
	                       ? 0
	                       : rng_range(r, 0, (int)(u->qty / 10));
	snprintf(qty, sizeof qty, "%" PRId64, u->qty + left);
	struct assigns as = { .n = 0 };
	put(&as, "receipt", rid);
	put(&as, "product", u->code);
	put(&as, "qty", qty);
	put(&as, "batch", u->batch);
	put(&as, "serial", u->serial);
	put(&as, "expiry", u->expiry);
	put(&as, "inspector", "王芳");
	int64_t id;
	return records_add(s, form_find("receipt_lines"), as.a, as.n, &id, err);
}

int demo_add_receipts(struct session *s, struct rng *r, struct gerr *err)
{
	struct shorts sh = { 0 };
	/* the figures before there are receipts: every sale below zero */
	int rc = db_stock_list(s->db, 0, NULL, NULL, keep_short, &sh, err);
	if (rc == GERR_OK)
		qsort(sh.u, (size_t)sh.n, sizeof *sh.u, by_delivery);
	int64_t receipt = 0, day = 0;
	int supplier = -1;
	for (int i = 0; rc == GERR_OK && i < sh.n; i++) {
		const struct short_unit *u = &sh.u[i];
		if (u->supplier != supplier || u->day != day) {
			supplier = u->supplier;
			day = u->day;
			char date[11], invoice[24];
			/* delivered a few days before the first sale */
			day_text(day - rng_range(r, 1, 6), date);
			snprintf(invoice, sizeof invoice, "FP%s%04d", suppliers[supplier].code + 1, i);
			struct assigns as = { .n = 0 };
			put(&as, "date", date);
			put(&as, "supplier", suppliers[supplier].code);
			put(&as, "invoice_no", invoice);
			rc = records_add(s, form_find("receipts"), as.a, as.n, &receipt, err);
		}
		if (rc == GERR_OK)
			rc = receive(s, r, u, receipt, err);
	}
	free(sh.u);
	return rc;
}

static int last_sale(void *ud, const struct record *r)
{
	struct ymd d;
	date_parse(r->v[form_field_index(r->form, "sale_date")].text, &d);
	*(int64_t *)ud = date_to_days(&d);
	return 1;
}

int demo_expire_certificate(struct session *s, struct gerr *err)
{
	const struct form *sales = form_find("sales");
	int64_t earliest = INT64_MAX;
	int pick = 0, rc = GERR_OK;
	for (int i = 0; rc == GERR_OK && i < demo_nproducts; i++) {
		struct list_filter f = { form_field(sales, "product"), { .null = false, .num = i + 1 } };
		struct list_query q = { .form = sales, .filters = &f, .nfilters = 1,
			                .sort = form_field(sales, "sale_date"), .descending = true,
			                .limit = 1 };
		int64_t last = INT64_MAX;
		rc = records_list(s, &q, last_sale, &last, err);
		if (rc == 1)
			rc = GERR_OK;
		if (last < earliest) {
			earliest = last;
			pick = i;
		}
	}
	if (rc || earliest >= date_to_days(&s->now.date) - 1)
		return rc;
	char expiry[11];
	day_text(earliest + 1, expiry);
	struct assign a = { "cert_expiry", expiry };
	return records_edit(s, form_find("products"), pick + 1, &a, 1,
	                    "注册证到期，新证尚在办理：暂停销售", 0, err);
}
