/* bench/gen: a deterministic benchmark database. The program itself creates
 * the file (schema, migrations, first administrator), so the benchmarks run
 * on exactly what an office would have; the bulk rows then go in through a
 * second SQLite connection in one transaction, since a million records
 * through the validating record layer would take hours.
 *
 *   bench/gen --db PATH [--seed N] [--sales N] [--customers N] [--products N]
 */
#include "config.h"
#include "bench/gen.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "core/date.h"
#include "core/demo_data.h"
#include "core/session.h"
#include "core/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define ADMIN "admin"
#define PASSWORD "bench-pass"
#define LAST_DAY "2026-11-27"
#define YEARS 10

static const char *const remarks[] = {
	"急诊加急配送", "随货附出厂检验报告", "按合同分批交货", "客户自提",
	"补发上次短缺数量", "节前备货", "跟台手术使用", "以旧换新",
};

/* The shelf of one product: its current batch and last serial number. */
struct stock {
	char batch[24];
	int64_t made, expiry; /* days since 1970 */
	int left, batches, serial;
};

static int64_t add_months(int64_t day, int months)
{
	struct ymd d = date_from_days(day);
	int m = d.m - 1 + months;
	d.y += m / 12;
	d.m = m % 12 + 1;
	if (d.d > date_days_in_month(d.y, d.m))
		d.d = date_days_in_month(d.y, d.m);
	return date_to_days(&d) - 1; /* valid until the day before, as labels say */
}

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
	st->expiry = d->months ? add_months(made, d->months) : 0;
	st->batches++;
	st->left = qty + (d->goods == DG_IMPLANT ? rng_range(r, 20, 60) : rng_range(r, 2000, 20000));
	struct ymd m = date_from_days(made);
	switch (d->batch) {
	case DB_DATE:
		snprintf(st->batch, sizeof st->batch, "%04d%02d%02d", m.y, m.m, m.d);
		break;
	case DB_LETTER:
		snprintf(st->batch, sizeof st->batch, "B%02d%02d%02d-%02d", m.y % 100, m.m, m.d,
		         rng_range(r, 1, 3));
		break;
	case DB_RUNNING:
		snprintf(st->batch, sizeof st->batch, "%02d%02d%03d", m.y % 100, m.m,
		         st->batches % 1000);
		break;
	}
}

/* A customer's contract price: within 6% of the list price, the same on
 * every line of the pair, rounded as price lists are. */
static int64_t contract_price(const struct gen_product *g, int pi, int ci)
{
	struct rng h = { (uint64_t)pi * 1000003u + (uint64_t)ci };
	int64_t p = g->price * (940 + (int64_t)(rng_next(&h) % 121)) / 1000;
	int64_t unit = g->price >= 10000 ? 100 : g->price >= 100 ? 10 : 1;
	p = (p + unit / 2) / unit * unit;
	return p > 0 ? p : 1;
}

static void day_text(int64_t day, char out[11])
{
	struct ymd d = date_from_days(day);
	date_format(&d, out);
}

static int gen_sales(sqlite3 *h, struct rng *r, int64_t n, int ncust, int nprod,
                     const struct gen_product *prods)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h,
	        "INSERT INTO sales (created_at, created_by, product, spec, qty, batch, serial,"
	        " expiry, sale_date, customer, unit_price, amount, remarks)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
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
				day_text(add_months(made, d->months), expiry);
		} else {
			batch_for(r, d, sk, day, qty);
			sk->left -= qty;
			snprintf(batch, sizeof batch, "%s", sk->batch);
			made = sk->made;
			if (sk->expiry)
				day_text(sk->expiry, expiry);
		}
		if (g->serial_prefix[0]) {
			struct ymd m = date_from_days(made);
			sk->serial += sk->serial ? rng_range(r, 1, 6) : rng_range(r, 1, 300);
			snprintf(serial, sizeof serial, "%s%02d%02d%06d", g->serial_prefix, m.y % 100, m.m,
			         sk->serial);
		}
		day_text(day, date);
		struct ymd e = date_from_days(entered);
		/* entered in office hours, Beijing time, stored as UTC like the program */
		snprintf(at, sizeof at, "%04d-%02d-%02dT%02d:%02d:%02dZ", e.y, e.m, e.d,
		         rng_range(r, 0, 9), rng_range(r, 0, 59), rng_range(r, 0, 59));
		int64_t price = contract_price(g, pi, ci);
		sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, ADMIN, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, pi + 1);
		sqlite3_bind_text(st, 4, g->spec, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 5, qty);
		if (batch[0])
			sqlite3_bind_text(st, 6, batch, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 6);
		if (serial[0])
			sqlite3_bind_text(st, 7, serial, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 7);
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

/* The file as the program makes it: schema, migrations, first user. */
static int create(const char *path)
{
	struct session s;
	struct gerr err = { 0 };
	int rc = auth_init(&err);
	if (rc == GERR_OK)
		rc = session_open(&s, path, DB_OPEN_CREATE, &err);
	if (rc == GERR_OK) {
		rc = accounts_init(&s, ADMIN, PASSWORD, "杭州康宁医疗器械有限公司", "杭州市", "浙江省", &err);
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

/* The sales indexes and triggers are dropped for the load and made again
 * from their own CREATE statements, so the schema stays the program's:
 * one sort per index instead of a million scattered b-tree inserts, and
 * one rebuild of each text index (FTS5) instead of a trigger per line
 * (SQLite 3.40's FTS5 writes a segment per statement: 80 s instead of 10). */
#define MAX_INDEXES 16

static int drop_indexes(sqlite3 *h, char **sql, int *n)
{
	sqlite3_stmt *st;
	*n = 0;
	if (sqlite3_prepare_v2(h, "SELECT name, sql, upper(type) FROM sqlite_master"
	                          " WHERE type IN ('index', 'trigger')"
	                          " AND tbl_name = 'sales' AND sql IS NOT NULL", -1, &st, NULL))
		return gen_fail(h, "indexes");
	char *drop[MAX_INDEXES];
	while (*n < MAX_INDEXES && sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, "DROP %s \"%s\"", (const char *)sqlite3_column_text(st, 2),
		        (const char *)sqlite3_column_text(st, 0));
		drop[*n] = sb_steal(&b);
		sql[(*n)++] = xstrdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_finalize(st);
	int rc = SQLITE_OK;
	for (int i = 0; i < *n; i++) {
		if (rc == SQLITE_OK)
			rc = exec(h, drop[i]);
		free(drop[i]);
	}
	return rc;
}

/* Builds them again unless rc already says the load failed, and the text
 * indexes over sales from the table. */
static int create_indexes(sqlite3 *h, char **sql, int n, int rc)
{
	for (int i = 0; i < n; i++) {
		if (rc == SQLITE_OK)
			rc = exec(h, sql[i]);
		free(sql[i]);
	}
	sqlite3_stmt *st = NULL;
	if (rc == SQLITE_OK &&
	    sqlite3_prepare_v2(h, "SELECT name FROM sqlite_master WHERE type = 'table'"
	                          " AND sql LIKE 'CREATE VIRTUAL TABLE%' AND sql LIKE '%content=''sales''%'",
	                       -1, &st, NULL) != SQLITE_OK)
		rc = gen_fail(h, "text indexes");
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

static int fill(const char *path, uint64_t seed, int64_t nsales, int ncust, int nprod)
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
	struct gen_product *prods = xcalloc((size_t)nprod, sizeof *prods);
	char at[32];
	snprintf(at, sizeof at, "%d-11-20T01:30:00Z", atoi(LAST_DAY) - YEARS);
	if (rc == SQLITE_OK)
		rc = gen_customers(h, &r, ncust, ADMIN, at);
	if (rc == SQLITE_OK)
		rc = gen_products(h, &r, nprod, prods, ADMIN, at);
	char *indexes[MAX_INDEXES];
	int nindexes = 0;
	if (rc == SQLITE_OK)
		rc = drop_indexes(h, indexes, &nindexes);
	if (rc == SQLITE_OK)
		rc = gen_sales(h, &r, nsales, ncust, nprod, prods);
	rc = create_indexes(h, indexes, nindexes, rc);
	if (rc == SQLITE_OK)
		rc = exec(h, "COMMIT");
	else
		sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = exec(h, "PRAGMA journal_mode=WAL");
	free(prods);
	sqlite3_close(h);
	return rc;
}

static int usage(void)
{
	fprintf(stderr, "usage: gen --db PATH [--seed N] [--sales N] [--customers N] [--products N]\n");
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

int main(int argc, char **argv)
{
	const char *path = NULL;
	int64_t seed = 1, nsales = 1000000, ncust = 2000, nprod = 500;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (i + 1 >= argc)
			return usage();
		const char *v = argv[++i];
		bool ok = true;
		if (strcmp(a, "--db") == 0)
			path = v;
		else if (strcmp(a, "--seed") == 0)
			ok = number(v, 0, INT64_MAX, &seed);
		else if (strcmp(a, "--sales") == 0)
			ok = number(v, 0, INT64_MAX / 4000, &nsales);
		else if (strcmp(a, "--customers") == 0)
			ok = number(v, 1, 10000000, &ncust);
		else if (strcmp(a, "--products") == 0)
			ok = number(v, 1, 1000000, &nprod);
		else
			ok = false;
		if (!ok)
			return usage();
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
	if (create(path) || fill(path, (uint64_t)seed, nsales, (int)ncust, (int)nprod)) {
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
	printf("gen: %s: %" PRId64 " sales, %" PRId64 " customers, %" PRId64
	       " products, seed %" PRId64 ", %.1f s\n", path, nsales, ncust, nprod, seed, s);
	return 0;
}
