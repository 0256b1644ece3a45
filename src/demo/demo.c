/* The demo office: users, customers, products and three years of sales,
 * entered through records_add as the command line would enter them, so
 * every rule runs and every record has its audit row. */
#include "config.h"
#include "demo/demo.h"
#include "core/accounts.h"
#include "demo/demo_data.h"
#include "demo/demo_receiving.h"
#include "demo/demo_records.h"
#include "core/receiving.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db.h"
#include "db/db_user.h"

#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deliveries a working day, in thousandths, at the start of the three
 * years; the business grows by half over them. About 3,000 lines. */
#define DELIVERIES_MILLI 1600
#define YEARS 3

static const struct {
	const char *name, *role;
} demo_users[] = {
	[DEMO_QUALITY] = { "lijing", "quality" },
	[DEMO_CLERK] = { "wangfang", "clerk" },
	[DEMO_TRAINER] = { "chenmin", "trainer" },
	[DEMO_ENGINEER] = { "zhaolei", "engineer" },
	[DEMO_MANAGER] = { "liuyang", "manager" },
};

static int add(struct session *s, const char *form, const struct assigns *as, struct gerr *err)
{
	int64_t id;
	return records_add(s, form_find(form), as->a, as->n, &id, err);
}

int demo_become(struct session *s, enum demo_who who, struct gerr *err)
{
	struct db_user row = { 0 };
	int rc = db_user_get(s->db, demo_users[who].name, &row, err);
	user_clear(&s->user);
	if (rc == GERR_OK)
		user_from_row(&s->user, &row);
	db_user_clear(&row);
	return rc;
}

static int add_users(struct session *s, struct gerr *err)
{
	int rc = GERR_OK;
	for (size_t i = 0; rc == GERR_OK && i < sizeof demo_users / sizeof demo_users[0]; i++)
		rc = accounts_add(s, demo_users[i].name, demo_users[i].role, DEMO_PASSWORD, err);
	return rc;
}

/* ---- customers ---- */

struct office {
	char *city, *province;
	char city_short[64]; /* 杭州 for 杭州市 */
};

static int office_read(struct session *s, struct office *o, struct gerr *err)
{
	int rc = settings_get(s, "city", &o->city, err);
	if (rc || (rc = settings_get(s, "province", &o->province, err)))
		return rc;
	/* init --demo always sets both; an edited database may not have them */
	if (!o->city || !*o->city) {
		free(o->city);
		o->city = xstrdup("杭州市");
	}
	if (!o->province || !*o->province) {
		free(o->province);
		o->province = xstrdup("浙江省");
	}
	size_t n = strlen(o->city), shi = strlen("市");
	if (n > shi && strcmp(o->city + n - shi, "市") == 0)
		n -= shi;
	snprintf(o->city_short, sizeof o->city_short, "%.*s", (int)n, o->city);
	return GERR_OK;
}

/* 医疗机构执业许可证登记号: organisation code, region, ownership, category. */
static void licence_no(struct rng *r, const struct demo_customer *c, char out[40])
{
	int check = rng_range(r, 0, 10);
	snprintf(out, 40, "47%06d%c%s11%s1", rng_range(r, 0, 999999),
	         check == 10 ? 'X' : '0' + check, c->region, c->category);
}

static int add_customers(struct session *s, const struct office *o, struct rng *r,
                         struct gerr *err)
{
	int rc = GERR_OK;
	for (int i = 0; rc == GERR_OK && i < demo_ncustomers; i++) {
		const struct demo_customer *c = &demo_customers[i];
		const char *province = c->province, *city = c->city;
		char code[16], name[160], address[256], licence[40];
		if (c->place != DP_FIXED) {
			province = o->province;
			city = o->city;
		}
		snprintf(code, sizeof code, "C%03d", i + 1);
		snprintf(name, sizeof name, "%s%s", c->place == DP_FIXED ? "" :
		         c->place == DP_CITY ? o->city : o->city_short, c->name);
		/* a municipality is its own province: 上海市 once */
		snprintf(address, sizeof address, "%s%s%s", strcmp(province, city) ? province : "",
		         city, c->street);
		licence_no(r, c, licence);
		struct assigns as = { .n = 0 };
		put(&as, "code", code);
		put(&as, "name", name);
		put(&as, "province", province);
		put(&as, "city", city);
		put(&as, "address", address);
		put(&as, "contact", c->contact);
		put(&as, "phone", c->phone);
		put(&as, "licence_no", licence);
		rc = add(s, "customers", &as, err);
	}
	return rc;
}

/* ---- products ---- */

/* The i-th '|'-separated spec of p into out. */
static void spec_at(const struct demo_product *p, int i, char out[128])
{
	const char *b = p->specs;
	for (; i > 0 && strchr(b, '|'); i--)
		b = strchr(b, '|') + 1;
	const char *e = strchr(b, '|');
	snprintf(out, 128, "%.*s", (int)(e ? e - b : (ptrdiff_t)strlen(b)), b);
}

static int spec_count(const struct demo_product *p)
{
	int n = 1;
	for (const char *c = p->specs; *c; c++)
		n += *c == '|';
	return n;
}

/* Approved (首营品种) on day approved, their certificates valid for years. */
static int add_products(struct session *s, int64_t approved, struct gerr *err)
{
	int rc = GERR_OK;
	char on[11];
	struct ymd d = date_from_days(approved);
	date_format(&d, on);
	for (int i = 0; rc == GERR_OK && i < demo_nproducts; i++) {
		const struct demo_product *p = &demo_products[i];
		char spec[128], cert[11];
		spec_at(p, 0, spec);
		struct ymd until = date_from_days(date_to_days(&s->now.date) + 400 + 97 * i);
		date_format(&until, cert);
		struct assigns as = { .n = 0 };
		put(&as, "code", p->code);
		put(&as, "name", p->name);
		put(&as, "manufacturer", p->manufacturer);
		put(&as, "spec", spec);
		put(&as, "reg_no", p->reg_no);
		put(&as, "class", p->class);
		put(&as, "implant", p->goods == DG_IMPLANT ? "yes" : "no");
		put(&as, "sterile", p->sterile ? "yes" : "no");
		put(&as, "resterilisable", demo_resterilisable(p) ? "yes" : "no");
		put(&as, "unit", p->unit);
		put(&as, "cert_expiry", cert);
		put(&as, "registrant", p->manufacturer);
		put(&as, "approved_on", on);
		put(&as, "approved_by", "李静");
		if (p->goods == DG_IMPLANT)
			put(&as, "remarks", "植入器械：登记使用单位、患者和使用日期，销售记录永久保存");
		rc = add(s, "products", &as, err);
	}
	return rc;
}

/* ---- sales ---- */

/* What is on the shelf of one product: its current batch and the last
 * serial number handed out. */
/* Opens a new batch when the current one is sold out, old or near its
 * expiry (no one ships short-dated goods), so many lines share a batch and
 * every expiry is well after the sale date. */
static void batch_for(struct rng *r, const struct demo_product *p, struct stock *st,
                      int64_t day, int need)
{
	if (st->batches && st->left >= need && day - st->made <= 270 && st->expiry - day >= 180)
		return;
	int64_t made = day - rng_range(r, 7, 60);
	if (st->batches && made <= st->made) /* batch numbers made of dates stay unique */
		made = st->made + 1;
	st->made = made;
	st->expiry = demo_expiry_of(made, p->months);
	st->batches++;
	st->left = need + (p->goods == DG_IMPLANT ? rng_range(r, 20, 60)
	                                          : p->step * p->hi * rng_range(r, 15, 40));
	demo_batch_number(r, p->batch, made, st);
}

/* Serial numbers rise but skip: other distributors sell the rest. */
static void next_serial(struct rng *r, const struct demo_product *p, struct stock *st,
                        int64_t made, char out[32])
{
	struct ymd d = date_from_days(made);
	st->serial += st->serial ? rng_range(r, 1, 6) : rng_range(r, 1, 300);
	snprintf(out, 32, "%s%02d%02d%05d", p->serial, d.y % 100, d.m, st->serial);
}

static const char *const remarks_consumable[] = {
	"急诊加急配送", "随货附出厂检验报告", "按合同分批交货", "客户自提",
	"补发上次短缺数量", "节前备货",
};
static const char *const remarks_instrument[] = {
	"以旧换新", "样机试用后转销售", "招标采购项目",
};
static const char *const remarks_implant[] = {
	"跟台手术使用", "使用患者信息见植入登记表", "急诊手术临时调货",
};

/* A few deliveries carry a remark; many instruments say they were installed. */
static const char *remark(struct rng *r, enum demo_goods g)
{
	switch (g) {
	case DG_CONSUMABLE:
		return rng_chance(r, 3) ? PICK(r, remarks_consumable) : NULL;
	case DG_INSTRUMENT:
		if (rng_chance(r, 40))
			return "含安装调试，操作人员已培训";
		return rng_chance(r, 15) ? PICK(r, remarks_instrument) : NULL;
	case DG_IMPLANT:
		return rng_chance(r, 10) ? PICK(r, remarks_implant) : NULL;
	}
	return NULL;
}

struct sales {
	struct session *s;
	struct rng *r;
	struct stock *stock; /* one per product */
	struct demo_sold *sold; /* the serial-numbered units, for demo_records.c */
	int nsold, capsold;
};

/* One sales line: qty units of product pi to customer ci on day. */
static int sell(struct sales *sa, int pi, int ci, int64_t day, int qty, const char *note,
                struct gerr *err)
{
	const struct demo_product *p = &demo_products[pi];
	struct stock *st = &sa->stock[pi];
	struct rng *r = sa->r;
	char product[16], customer[16], qtys[16], spec[128] = "", serial[32] = "", expiry[11] = "";
	char date[11], price[32], batch[24] = "";
	int64_t made = 0, until = 0;

	int nspecs = spec_count(p);
	if (nspecs > 1 && rng_chance(r, 45)) /* else the product's own spec applies */
		spec_at(p, rng_range(r, 1, nspecs - 1), spec);
	if (p->goods == DG_INSTRUMENT) {
		/* made some weeks before; later serial numbers are never made earlier */
		made = day - rng_range(r, 20, 150);
		if (made < st->made)
			made = st->made;
		st->made = made;
		if (p->months)
			until = demo_expiry_of(made, p->months);
	} else {
		batch_for(r, p, st, day, qty);
		st->left -= qty;
		snprintf(batch, sizeof batch, "%s", st->batch);
		made = st->made;
		until = st->expiry;
	}
	if (p->serial)
		next_serial(r, p, st, made, serial);
	if (until) {
		struct ymd d = date_from_days(until);
		date_format(&d, expiry);
	}
	struct ymd d = date_from_days(day);
	date_format(&d, date);
	int64_t cents = demo_contract_price(demo_products[pi].price, pi, ci);
	snprintf(price, sizeof price, "%" PRId64 ".%02" PRId64, cents / 100, cents % 100);
	snprintf(product, sizeof product, "%s", p->code);
	snprintf(customer, sizeof customer, "C%03d", ci + 1);
	snprintf(qtys, sizeof qtys, "%d", qty);

	struct assigns as = { .n = 0 };
	put(&as, "product", product);
	put(&as, "spec", spec);
	put(&as, "qty", qtys);
	put(&as, "batch", batch);
	put(&as, "serial", serial);
	put(&as, "expiry", expiry);
	put(&as, "sale_date", date);
	put(&as, "customer", customer);
	put(&as, "unit_price", price);
	put(&as, "remarks", note);
	int64_t id;
	int rc = records_add(sa->s, form_find("sales"), as.a, as.n, &id, err);
	if (rc == GERR_OK && p->goods != DG_CONSUMABLE) {
		if (sa->nsold == sa->capsold) {
			sa->capsold = sa->capsold ? 2 * sa->capsold : 256;
			sa->sold = xrealloc(sa->sold, sizeof *sa->sold * (size_t)sa->capsold);
		}
		struct demo_sold *u = &sa->sold[sa->nsold++];
		*u = (struct demo_sold){ .pi = pi, .ci = ci, .day = day, .id = id };
		snprintf(u->serial, sizeof u->serial, "%s", serial);
		snprintf(u->batch, sizeof u->batch, "%s", batch);
	}
	return rc;
}

static int pick_customer(struct rng *r)
{
	int total = 0;
	for (int i = 0; i < demo_ncustomers; i++)
		total += demo_customers[i].weight;
	int x = rng_range(r, 0, total - 1);
	for (int i = 0; i < demo_ncustomers; i++)
		if ((x -= demo_customers[i].weight) < 0)
			return i;
	return 0;
}

/* A product this kind of customer buys, the popular ones more often. */
static int pick_product(struct rng *r, unsigned kind)
{
	int total = 0;
	for (int i = 0; i < demo_nproducts; i++)
		if (demo_products[i].buyers & kind)
			total += demo_products[i].weight;
	int x = rng_range(r, 0, total - 1);
	for (int i = 0; i < demo_nproducts; i++)
		if ((demo_products[i].buyers & kind) && (x -= demo_products[i].weight) < 0)
			return i;
	return 0;
}

/* One delivery note: one customer, one to three products. */
static int deliver(struct sales *sa, int64_t day, struct gerr *err)
{
	struct rng *r = sa->r;
	int ci = pick_customer(r);
	const struct demo_customer *c = &demo_customers[ci];
	int nproducts = 1 + rng_chance(r, 45) + rng_chance(r, 15), chosen[3];
	int rc = GERR_OK;
	for (int k = 0; rc == GERR_OK && k < nproducts; k++) {
		int pi = chosen[k] = pick_product(r, c->kind);
		bool again = false;
		for (int j = 0; j < k; j++)
			again |= chosen[j] == pi;
		if (again)
			continue;
		const struct demo_product *p = &demo_products[pi];
		const char *note = remark(r, p->goods);
		if (p->goods == DG_CONSUMABLE) {
			rc = sell(sa, pi, ci, day, p->step * rng_range(r, p->lo, p->hi) * c->size, note,
			          err);
			continue;
		}
		/* instruments and implants: a line per unit, for its serial number */
		for (int u = rng_range(r, p->lo, p->hi); rc == GERR_OK && u > 0; u--)
			rc = sell(sa, pi, ci, day, 1, note, err);
	}
	return rc;
}

static int add_sales(struct session *s, struct rng *r, struct sales *out, struct gerr *err)
{
	struct sales sa = { s, r, xcalloc((size_t)demo_nproducts, sizeof *sa.stock), NULL, 0, 0 };
	struct ymd start = s->now.date;
	start.y -= YEARS;
	if (start.m == 2 && start.d == 29)
		start.d = 28;
	int64_t first = date_to_days(&start) + 1, today = date_to_days(&s->now.date);
	int64_t span = today - first + 1;
	int rc = GERR_OK;
	for (int64_t day = first; rc == GERR_OK && day <= today; day++) {
		struct ymd d = date_from_days(day);
		int wd = date_weekday(&d);
		if (wd == 6) /* closed on Sundays; Saturdays see a few urgent orders */
			continue;
		int64_t milli = DELIVERIES_MILLI * (1000 + 500 * (day - first) / span) / 1000;
		if (wd == 5)
			milli /= 5;
		/* binomial(8, milli/8000): Poisson-like counts without floating point */
		int n = 0;
		for (int t = 0; t < 8; t++)
			n += rng_next(r) % 8000 < (uint64_t)milli;
		for (int k = 0; rc == GERR_OK && k < n; k++)
			rc = deliver(&sa, day, err);
	}
	free(sa.stock);
	*out = sa;
	return rc;
}

/* An orthopaedic hospital's stand-by screws (备货), sold over a year ago
 * and never implanted: made five years ago, their sterility ran out some
 * weeks back, so the due list shows the free re-sterilisation the
 * 售后服务制度 promises, beside the implant records still missing. Their
 * serial numbers (made 2021) are outside the sales' own. */
static int standby_screws(struct session *s, struct gerr *err)
{
	int pi = demo_product_index("ZR04"), ci = 0;
	while (ci < demo_ncustomers - 1 && !(demo_customers[ci].kind & DK_ORTHO))
		ci++;
	int64_t today = date_to_days(&s->now.date);
	int64_t made = today - 40 - 1826, until = demo_expiry_of(made, demo_products[pi].months);
	char customer[16], expiry[11], day[11], serial[32], batch[16];
	struct ymd d = date_from_days(until), m = date_from_days(made), sold = date_from_days(today - 420);
	date_format(&d, expiry);
	date_format(&sold, day);
	snprintf(customer, sizeof customer, "C%03d", ci + 1);
	snprintf(batch, sizeof batch, "%02d%02d017", m.y % 100, m.m);
	int rc = GERR_OK;
	for (int u = 1; rc == GERR_OK && u <= 2; u++) {
		snprintf(serial, sizeof serial, "%s%02d%02d%05d", demo_products[pi].serial, m.y % 100,
		         m.m, 100 + u);
		struct assigns as = { .n = 0 };
		put(&as, "product", demo_products[pi].code);
		put(&as, "qty", "1");
		put(&as, "batch", batch);
		put(&as, "serial", serial);
		put(&as, "expiry", expiry);
		put(&as, "sale_date", day);
		put(&as, "customer", customer);
		put(&as, "remarks", "医院备货，未植入");
		int64_t id;
		rc = records_add(s, form_find("sales"), as.a, as.n, &id, err);
	}
	return rc;
}

int demo_fill(struct session *s, struct gerr *err)
{
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	struct rng r = { 0x6773706465736bu }; /* "gspdesk": same seed, same office */
	struct office o = { 0 };
	struct user admin = s->user;
	struct sales sa = { 0 };
	if ((rc = add_users(s, err)) == GERR_OK && (rc = office_read(s, &o, err)) == GERR_OK) {
		s->user = (struct user){ 0 };
		/* the quality manager approves new customers and products (首营审核);
		 * the clerk enters the sales lines */
		struct ymd start = s->now.date;
		start.y -= YEARS;
		int64_t approved = date_to_days(&start) - 60;
		if ((rc = demo_become(s, DEMO_QUALITY, err)) == GERR_OK &&
		    (rc = add_customers(s, &o, &r, err)) == GERR_OK &&
		    (rc = add_products(s, approved, err)) == GERR_OK &&
		    (rc = demo_add_suppliers(s, approved, err)) == GERR_OK &&
		    (rc = demo_become(s, DEMO_CLERK, err)) == GERR_OK &&
		    (rc = add_sales(s, &r, &sa, err)) == GERR_OK &&
		    (rc = standby_screws(s, err)) == GERR_OK) {
			/* the receipts from a stream of their own too */
			struct rng rr = { 0x72656365697074u };
			rc = demo_add_receipts(s, &rr, err);
		}
		/* the rest of the paperwork, from a stream of its own so the sales
		 * stay what they were */
		if (rc == GERR_OK)
			rc = demo_records_fill(s, sa.sold, sa.nsold, err);
		/* the unit an exchange gave out came in from its supplier too */
		if (rc == GERR_OK) {
			struct rng rr = { 0x7265706c616365u };
			rc = demo_add_receipts(s, &rr, err);
		}
		if (rc == GERR_OK && (rc = demo_become(s, DEMO_QUALITY, err)) == GERR_OK)
			rc = demo_expire_certificate(s, err);
		if (rc == GERR_OK)
			rc = demo_due_handled(s, err);
		user_clear(&s->user);
		s->user = admin;
		/* every unit sold was received: the office keeps its stock, and
		 * a sale of more than is on hand is refused, as the rule asks */
		if (rc == GERR_OK)
			rc = settings_set(s, RECEIVING_STOCK_CHECK, "on", err);
	}
	free(o.city);
	free(o.province);
	free(sa.sold);
	return db_end(s->db, rc, err);
}
