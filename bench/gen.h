/* The benchmark data generator's parts: a seeded PRNG, Zipf draws and the
 * master data (customers, products) that the sales lines point at. Bench
 * code only; nothing under src/ depends on it. */
#ifndef GSPDESK_BENCH_GEN_H
#define GSPDESK_BENCH_GEN_H

#include <sqlite3.h>
#include <stdint.h>

/* splitmix64: one 64-bit word of state, so a seed alone fixes every row. */
struct rng {
	uint64_t s;
};

uint64_t rng_next(struct rng *r);
int rng_range(struct rng *r, int lo, int hi); /* lo..hi inclusive */
double rng_unit(struct rng *r);               /* [0, 1) */

/* Ranks 0..n-1 drawn with weight 1/(rank+1)^s: a few dominate, a long
 * tail is still sold to now and then. */
struct zipf {
	double *cdf;
	int n;
};

void zipf_init(struct zipf *z, int n, double s);
int zipf_draw(const struct zipf *z, struct rng *r);
void zipf_free(struct zipf *z);

/* Product i is a variant of demo_products[i % demo_nproducts]: the same
 * goods, batch style and price band, its own code, spec and serial prefix. */
struct gen_product {
	int tmpl;               /* index into demo_products */
	char spec[128];
	char serial_prefix[12]; /* "" when the goods carry no serial number */
	int64_t price;          /* list price in fen */
};

/* Both write inside the caller's transaction; 0 on success, else an
 * SQLite error code with the message printed. */
int gen_customers(sqlite3 *h, struct rng *r, int n, const char *by, const char *at);
int gen_products(sqlite3 *h, struct rng *r, int n, struct gen_product *out,
                 const char *by, const char *at);

/* Prints the connection's error with what was being done. */
int gen_fail(sqlite3 *h, const char *what);

#endif
