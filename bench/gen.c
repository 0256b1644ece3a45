/* bench/gen: a deterministic benchmark database. The program itself creates
 * the file (schema, migrations, first administrator), so the benchmarks run
 * on exactly what an office would have; the bulk rows then go in through a
 * second SQLite connection in one transaction, since a million records
 * through the validating record layer would take hours.
 *
 *   bench/gen --db PATH [--seed N] [--sales N] [--customers N] [--products N]
 *             [--audit yes|no] [--surveys N] [--complaints N] [--quality N]
 *             [--service N] [--csv DIR]
 *
 * The records after the sales are in gen_records.c, gen_service.c and
 * gen_surveys.c, their audit rows in gen_audit.c, the CSV files in
 * gen_csv.c.
 */
#include "config.h"
#include "bench/gen.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "base/date.h"
#include "demo/demo_data.h"
#include "core/session.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define ADMIN GEN_USER
#define PASSWORD "bench-pass"
#define LAST_DAY GEN_LAST_DAY
#define YEARS GEN_YEARS

static const char *const remarks[] = {
	"急诊加急配送", "随货附出厂检验报告", "按合同分批交货", "客户自提",
	"补发上次短缺数量", "节前备货", "跟台手术使用", "以旧换新",
};

/* A new batch when the current one is sold out, old, or too near its expiry
 * to ship: so a batch is shared by many lines and every expiry falls after
 * the sale date, as the schema's CHECK requires. */
static void batch_for(struct rng *r, const struct demo_product *d, struct stock *st,
                      int64_t day, int qty)
{
	if (st->batches && st->left >= qty && day - st->made <= 270 &&
	    (d->months == 0 || st->expiry - day >= 180))
		return;
	int64_t made = day - rng_range(r, 7, 60);
	if (st->batches && made <= st->made) /* batch numbers made of dates stay unique */
		made = st->made + 1;
	st->made = made;
	st->expiry = d->months ? demo_expiry_of(made, d->months) : 0;
	st->batches++;
	st->left = qty + (d->goods == DG_IMPLANT ? rng_range(r, 20, 60) : rng_range(r, 2000, 20000));
	demo_batch_number(r, d->batch, made, st);
}

static int gen_sales(sqlite3 *h, struct rng *r, int64_t n, int ncust, int nprod,
                     const struct gen_product *prods)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h,
	        "INSERT INTO sales (created_at, created_by, product, spec, qty, batch, serial,"
	        " expiry, sale_date, customer, unit_price, amount, remarks, batch_key, serial_key)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "sales");
	struct ymd last;
	date_parse(LAST_DAY, &last);
	int64_t end = date_to_days(&last);
	struct ymd first = last;
	first.y -= YEARS;
	int64_t start = date_to_days(&first) + 1;
	int64_t span = end - start + 1;
	struct zipf zc, zp;
	zipf_init(&zc, ncust, 1.0);
	zipf_init(&zp, nprod, 1.0);
	struct stock *stock = xcalloc((size_t)nprod, sizeof *stock);
	int rc = SQLITE_OK;
	for (int64_t i = 0; i < n && rc == SQLITE_OK; i++) {
		/* lines are entered day by day; a few arrive late, so id order is not
		 * quite sale_date order and the list really needs its index */
		int64_t entered = start + i * span / n;
		int64_t day = entered;
		if (rng_range(r, 1, 100) <= 4)
			day -= rng_range(r, 1, 10);
		if (day < start)
			day = start;
		int pi = zipf_draw(&zp, r), ci = zipf_draw(&zc, r);
		const struct gen_product *g = &prods[pi];
		const struct demo_product *d = &demo_products[g->tmpl];
		struct stock *sk = &stock[pi];
		int qty = 1;
		if (d->goods == DG_CONSUMABLE) {
			double u = rng_unit(r);
			qty = 1 + (int)(99 * u * u); /* mostly small orders, some of a hundred */
		}
		char batch[24] = "", serial[32] = "", expiry[11] = "", date[11], at[24];
		int64_t made;
		if (d->goods == DG_INSTRUMENT) {
			made = day - rng_range(r, 20, 150);
			if (made < sk->made)
				made = sk->made; /* later serial numbers are never made earlier */
			sk->made = made;
			if (d->months)
				gen_day_text(demo_expiry_of(made, d->months), expiry);
		} else {
			batch_for(r, d, sk, day, qty);
			sk->left -= qty;
			snprintf(batch, sizeof batch, "%s", sk->batch);
			made = sk->made;
			if (sk->expiry)
				gen_day_text(sk->expiry, expiry);
		}
		if (g->serial_prefix[0]) {
			struct ymd m = date_from_days(made);
			sk->serial += sk->serial ? rng_range(r, 1, 6) : rng_range(r, 1, 300);
			snprintf(serial, sizeof serial, "%s%02d%02d%06d", g->serial_prefix, m.y % 100, m.m,
			         sk->serial);
		}
		gen_day_text(day, date);
		struct ymd e = date_from_days(entered);
		/* entered in office hours, Beijing time, stored as UTC like the program */
		snprintf(at, sizeof at, "%04d-%02d-%02dT%02d:%02d:%02dZ", e.y, e.m, e.d,
		         rng_range(r, 0, 9), rng_range(r, 0, 59), rng_range(r, 0, 59));
		int64_t price = demo_contract_price(g->price, pi, ci);
		sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, ADMIN, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, pi + 1);
		sqlite3_bind_text(st, 4, g->spec, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, qty);
		/* each number with its key, as db_record_insert writes them */
		if (batch[0]) {
			sqlite3_bind_text(st, 6, batch, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 14, text_key(batch), -1, free);
		} else {
			sqlite3_bind_null(st, 6);
			sqlite3_bind_null(st, 14);
		}
		if (serial[0]) {
			sqlite3_bind_text(st, 7, serial, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 15, text_key(serial), -1, free);
		} else {
			sqlite3_bind_null(st, 7);
			sqlite3_bind_null(st, 15);
		}
		if (expiry[0])
			sqlite3_bind_text(st, 8, expiry, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 8);
		sqlite3_bind_text(st, 9, date, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 10, ci + 1);
		sqlite3_bind_int64(st, 11, price);
		sqlite3_bind_int64(st, 12, price * qty);
		if (rng_range(r, 1, 100) <= 3)
			sqlite3_bind_text(st, 13, remarks[rng_range(r, 0, 7)], -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 13);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "sales");
		sqlite3_reset(st);
	}
	free(stock);
	zipf_free(&zc);
	zipf_free(&zp);
	sqlite3_finalize(st);
	return rc;
}

/* The file as the program makes it: schema, migrations, first user; a test
 * database, so the benchmarks' $GSPDESK_NOW holds. */
static int create(const char *path)
{
	struct session s;
	struct gerr err = { 0 };
	int rc = auth_init(&err);
	if (rc == GERR_OK)
		rc = session_open(&s, path, SESSION_CREATE, &err);
	if (rc == GERR_OK) {
		rc = accounts_init(&s, ADMIN, PASSWORD, "杭州康宁医疗器械有限公司", "杭州市", "浙江省",
		                   NULL, true, &err);
		session_close(&s);
	}
	if (rc)
		fprintf(stderr, "gen: %s\n", err.msg);
	return rc;
}

static int exec(sqlite3 *h, const char *sql)
{
	return sqlite3_exec(h, sql, NULL, NULL, NULL) == SQLITE_OK ? SQLITE_OK : gen_fail(h, sql);
}

/* A table's indexes and triggers are dropped for the load and made again
 * from their own CREATE statements, so the schema stays the program's: one
 * sort per index instead of a million scattered b-tree inserts, and one
 * rebuild of each text index (FTS5) over the table instead of a trigger per
 * line (SQLite 3.40's FTS5 writes a segment per statement: 80 s instead of
 * 10 at 1M sales). */
#define MAX_INDEXES 64
#define MAX_TABLES 8

struct indexes {
	char *sql[MAX_INDEXES];
	int n;
	const char *table[MAX_TABLES]; /* whose text indexes are rebuilt */
	int ntables;
};

/* Drops table's indexes and triggers but keep (NULL: none), which the
 * load reads. */
static int drop_indexes(sqlite3 *h, const char *table, const char *keep, struct indexes *ix)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, "SELECT name, sql, upper(type) FROM sqlite_master"
	                          " WHERE type IN ('index', 'trigger')"
	                          " AND tbl_name = ? AND sql IS NOT NULL AND name IS NOT ?"
	                          " ORDER BY name", -1, &st, NULL))
		return gen_fail(h, "indexes");
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, keep, -1, SQLITE_STATIC);
	char *drop[MAX_INDEXES];
	int first = ix->n;
	while (ix->n < MAX_INDEXES && sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, "DROP %s \"%s\"", (const char *)sqlite3_column_text(st, 2),
		        (const char *)sqlite3_column_text(st, 0));
		drop[ix->n - first] = sb_steal(&b);
		ix->sql[ix->n++] = xstrdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	if (ix->ntables < MAX_TABLES)
		ix->table[ix->ntables++] = table;
	int rc = SQLITE_OK;
	for (int i = 0; i < ix->n - first; i++) {
		if (rc == SQLITE_OK)
			rc = exec(h, drop[i]);
		free(drop[i]);
	}
	return rc;
}

/* Rebuilds the text indexes (FTS5 tables with content='table') of table. */
static int rebuild_text_indexes(sqlite3 *h, const char *table)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(h, "SELECT name FROM sqlite_master WHERE type = 'table'"
	                          " AND sql LIKE 'CREATE VIRTUAL TABLE%'"
	                          " AND sql LIKE '%content=''' || ? || '''%'", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "text indexes");
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	int rc = SQLITE_OK;
	while (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf b = STRBUF_INIT;
		const char *name = (const char *)sqlite3_column_text(st, 0);
		sb_addf(&b, "INSERT INTO \"%s\" (\"%s\") VALUES ('rebuild')", name, name);
		rc = exec(h, sb_str(&b));
		sb_free(&b);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Builds them again unless rc already says the load failed. */
static int create_indexes(sqlite3 *h, struct indexes *ix, int rc)
{
	for (int i = 0; i < ix->n; i++) {
		if (rc == SQLITE_OK)
			rc = exec(h, ix->sql[i]);
		free(ix->sql[i]);
	}
	for (int i = 0; i < ix->ntables; i++)
		if (rc == SQLITE_OK)
			rc = rebuild_text_indexes(h, ix->table[i]);
	ix->n = 0;
	ix->ntables = 0;
	return rc;
}

struct sizes {
	int64_t sales, customers, products, surveys, complaints, quality, service;
	bool audit;
	const char *csv; /* directory, or NULL */
};

/* The records after the sales, drawn from streams of their own. */
static int fill_records(sqlite3 *h, uint64_t seed, const struct sizes *z,
                        const struct gen_product *prods)
{
	static const char *const tables[] = { "surveys", "survey_scores", "complaints", "quality",
		                              "service" };
	struct gen_world w;
	struct indexes ix = { .n = 0 };
	int rc = gen_world_init(&w, h, seed, z->sales, (int)z->customers, (int)z->products, prods);
	for (int i = 0; i < 5 && rc == SQLITE_OK; i++)
		/* a repair's warranty looks up its unit's installation by serial */
		rc = drop_indexes(h, tables[i], strcmp(tables[i], "service") ? NULL : "service_serial",
		                  &ix);
	if (rc == SQLITE_OK)
		rc = gen_surveys(&w, z->surveys);
	if (rc == SQLITE_OK)
		rc = gen_complaints(&w, z->complaints);
	if (rc == SQLITE_OK)
		rc = gen_quality(&w, z->quality);
	if (rc == SQLITE_OK)
		rc = gen_service(&w, z->service);
	if (rc == SQLITE_OK)
		rc = gen_implants(&w);
	gen_world_free(&w);
	return create_indexes(h, &ix, rc);
}

static int fill(const char *path, uint64_t seed, const struct sizes *z)
{
	sqlite3 *h;
	if (sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		int rc = gen_fail(h, path);
		sqlite3_close(h);
		return rc;
	}
	/* no rollback journal for the bulk load: a crash only means running gen
	 * again. WAL comes back afterwards, as the program leaves the file. */
	int rc = exec(h, "PRAGMA journal_mode=DELETE; PRAGMA journal_mode=OFF;"
	                 " PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; BEGIN");
	struct rng r = { seed };
	struct gen_product *prods = xcalloc((size_t)z->products, sizeof *prods);
	char at[32];
	snprintf(at, sizeof at, "%d-11-20T01:30:00Z", atoi(LAST_DAY) - YEARS);
	if (rc == SQLITE_OK)
		rc = gen_customers(h, &r, (int)z->customers, ADMIN, at);
	if (rc == SQLITE_OK)
		rc = gen_products(h, &r, (int)z->products, prods, ADMIN, at);
	struct indexes ix = { .n = 0 };
	if (rc == SQLITE_OK)
		rc = drop_indexes(h, "sales", NULL, &ix);
	if (rc == SQLITE_OK)
		rc = gen_sales(h, &r, z->sales, (int)z->customers, (int)z->products, prods);
	/* each line's facts of the day, as sales_check freezes them */
	if (rc == SQLITE_OK)
		rc = exec(h, "UPDATE sales SET (product_name, manufacturer, reg_no, unit,"
		             " buyer_name, buyer_address, buyer_contact, buyer_phone, buyer_licence) ="
		             " (SELECT p.name, p.manufacturer, p.reg_no, p.unit, c.name, c.address,"
		             "  c.contact, c.phone, c.licence_no FROM products p, customers c"
		             "  WHERE p.id = sales.product AND c.id = sales.customer)");
	/* built before the records, which look sales up by serial number */
	rc = create_indexes(h, &ix, rc);
	if (rc == SQLITE_OK)
		rc = gen_receiving(h, at);
	if (rc == SQLITE_OK)
		rc = fill_records(h, seed, z, prods);
	if (rc == SQLITE_OK && z->audit) {
		rc = drop_indexes(h, "audit", NULL, &ix);
		if (rc == SQLITE_OK)
			rc = gen_audit(h);
		rc = create_indexes(h, &ix, rc);
	}
	if (rc == SQLITE_OK)
		rc = exec(h, "COMMIT");
	else
		sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = exec(h, "PRAGMA journal_mode=WAL");
	if (rc == SQLITE_OK && z->csv)
		rc = gen_csv(h, z->csv);
	free(prods);
	sqlite3_close(h);
	return rc;
}

static int usage(void)
{
	fprintf(stderr, "usage: gen --db PATH [--seed N] [--sales N] [--customers N] [--products N]\n"
	                "           [--audit yes|no] [--surveys N] [--complaints N] [--quality N]\n"
	                "           [--service N] [--csv DIR]\n");
	return 2;
}

static bool number(const char *s, int64_t lo, int64_t hi, int64_t *out)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (!*s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

static bool option(const char *a, const char *v, const char **path, int64_t *seed,
                   struct sizes *z)
{
	if (strcmp(a, "--db") == 0) {
		*path = v;
		return true;
	}
	if (strcmp(a, "--csv") == 0) {
		z->csv = v;
		return true;
	}
	if (strcmp(a, "--audit") == 0) {
		z->audit = strcmp(v, "yes") == 0;
		return z->audit || strcmp(v, "no") == 0;
	}
	const struct {
		const char *name;
		int64_t lo, hi, *out;
	} nums[] = {
		{ "--seed", 0, INT64_MAX, seed },
		{ "--sales", 0, INT64_MAX / 4000, &z->sales },
		{ "--customers", 1, 10000000, &z->customers },
		{ "--products", 1, 1000000, &z->products },
		{ "--surveys", 0, 100000000, &z->surveys },
		{ "--complaints", 0, 100000000, &z->complaints },
		{ "--quality", 0, 100000000, &z->quality },
		{ "--service", 0, 100000000, &z->service },
	};
	for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
		if (strcmp(a, nums[i].name) == 0)
			return number(v, nums[i].lo, nums[i].hi, nums[i].out);
	return false;
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	int64_t seed = 1;
	struct sizes z = { .sales = 1000000, .customers = 2000, .products = 500, .audit = true };
	for (int i = 1; i < argc; i++) {
		if (i + 1 >= argc || !option(argv[i], argv[i + 1], &path, &seed, &z))
			return usage();
		i++;
	}
	if (!path)
		return usage();
	struct stat sb;
	if (stat(path, &sb) == 0) {
		fprintf(stderr, "gen: %s exists; it is never overwritten\n", path);
		return 1;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (create(path) || fill(path, (uint64_t)seed, &z)) {
		/* half a database is no benchmark: gen made the file, gen removes it */
		const char *suffix[] = { "", "-wal", "-shm", "-journal" };
		for (int i = 0; i < 4; i++) {
			char name[4096];
			snprintf(name, sizeof name, "%s%s", path, suffix[i]);
			remove(name);
		}
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	/* bench/run.sh reads the seconds at the end */
	printf("gen: %s: %" PRId64 " sales, %" PRId64 " customers, %" PRId64 " products, %" PRId64
	       " surveys, %" PRId64 " complaints, %" PRId64 " quality, %" PRId64 " service,"
	       " audit %s, seed %" PRId64 ", %.1f s\n", path, z.sales, z.customers, z.products,
	       z.surveys, z.complaints, z.quality, z.service, z.audit ? "yes" : "no", seed, s);
	return 0;
}
