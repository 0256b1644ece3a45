/* The benchmark data generator's parts: a seeded PRNG, Zipf draws and the
 * master data (customers, products) that the sales lines point at. Bench
 * code only; nothing under src/ depends on it. */
#ifndef GSPDESK_BENCH_GEN_H
#define GSPDESK_BENCH_GEN_H

#include "demo/demo_stock.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

/* The demo office's generator (splitmix64, demo/demo_stock.h), and: */
double rng_unit(struct rng *r); /* [0, 1) */

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

/* The ten years the data covers end on this day. */
#define GEN_LAST_DAY "2026-11-27"
#define GEN_YEARS 10
#define GEN_USER "admin"

/* What the records after the sales draw on. Each kind of record has its
 * own rng seeded from the seed, so the sales' draws stay as they were and
 * asking for more of one kind leaves the others alone. */
struct gen_world {
	sqlite3 *h;
	int64_t start, end; /* the first and last day, days since 1970 */
	int64_t nsales;     /* sales ids are 1..nsales, entered in date order */
	int ncust, nprod;
	const struct gen_product *prods;
	struct zipf zc, zp; /* the sales' skew, for records without a sale */
	uint64_t seed;
	char office_city[64];
	sqlite3_stmt *sale, *instrument, *city;
};

/* After the sales are in and their indexes built; 0 or an SQLite error. */
int gen_world_init(struct gen_world *w, sqlite3 *h, uint64_t seed, int64_t nsales, int ncust,
                   int nprod, const struct gen_product *prods);
void gen_world_free(struct gen_world *w);

/* A sales line a record refers to (or, without sales, a Zipf-drawn
 * product and customer with no batch). */
struct gen_sale {
	int64_t id;     /* 0: none */
	int64_t product, customer;
	char batch[24], serial[32];
	int64_t day;    /* sale date, days since 1970 */
	char city[64];  /* the customer's */
};

/* The last sale entered by day minus 0..back days; with instrument, the
 * nearest earlier line of an instrument (so it has a serial number). */
int gen_sale_pick(struct gen_world *w, struct rng *r, int64_t day, int back, bool instrument,
                  struct gen_sale *out);
void gen_day_text(int64_t day, char out[11]);
/* Local time (minutes since 1970) as "2026-03-02 09:00" and as the UTC
 * stamp the program writes to created_at. */
void gen_time_text(int64_t minutes, char out[17]);
void gen_stamp(int64_t minutes, char out[21]);
/* The i-th of n records spread evenly over the ten years, in office hours
 * (08:00-17:30) and never after "now" (the last day, 09:00): minutes. */
int64_t gen_when(const struct gen_world *w, struct rng *r, int64_t i, int64_t n);
int64_t gen_now(const struct gen_world *w);
/* t, or the next morning when it falls at night: people work by day. */
int64_t gen_office(int64_t t);
/* One of a NULL-terminated list. */
const char *gen_pick(struct rng *r, const char *const *list);

/* Each writes n records inside the caller's transaction (gen_records.c,
 * gen_service.c, gen_surveys.c); 0 or an SQLite error code. */
int gen_complaints(struct gen_world *w, int64_t n);
int gen_quality(struct gen_world *w, int64_t n);
int gen_service(struct gen_world *w, int64_t n);
/* n surveys of the last year and n/10 of the year before, each with a
 * score for every active survey item. */
int gen_surveys(struct gen_world *w, int64_t n);
/* Implant records for most implant lines, and handled due rows
 * (gen_implants.c). */
int gen_implants(struct gen_world *w);

/* Suppliers, qualified products and a receipt line before each batch or
 * serial number sold, from the sales already in (gen_receiving.c); at is
 * the master data's created_at. */
int gen_receiving(sqlite3 *h, const char *at);

/* One 'add' audit row per record of the generated tables, hash-chained
 * on the rows already there, in created_at order (gen_audit.c). */
int gen_audit(sqlite3 *h);

/* dir/sales.csv for `gspdesk import sales`, dir/sales_raw.csv for the
 * sqlite3 shell's .import (gen_csv.c). */
int gen_csv(sqlite3 *h, const char *dir);

#endif
