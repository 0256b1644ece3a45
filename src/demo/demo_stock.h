/* What the demo office (src/demo/demo.c) and the benchmark generator
 * (bench/gen.c) both draw: the seeded number generator, and a product's
 * shelf — its batch numbers in the product's style, expiry dates and a
 * customer's contract price. One copy, so the benchmark data looks like
 * the demo's and both stay reproducible. */
#ifndef GSPDESK_DEMO_STOCK_H
#define GSPDESK_DEMO_STOCK_H

#include "demo/demo_data.h"

#include <stdbool.h>
#include <stdint.h>

/* splitmix64: the same numbers on every machine and C library, which
 * rand() does not promise; one 64-bit word of state, so a seed alone fixes
 * every row. */
struct rng {
	uint64_t s;
};

static inline uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* lo..hi inclusive */
static inline int rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)(rng_next(r) % (uint64_t)(hi - lo + 1));
}

/* The shelf of one product: its current batch and last serial number. */
struct stock {
	char batch[24];
	int64_t made, expiry; /* days since 1970 */
	int left, batches, serial;
};

/* Valid until the day before the same date months later, as labels say. */
int64_t demo_expiry_of(int64_t made, int months);
/* st->batch for a batch made on day made (st->batches already counts it),
 * in the product's style; DB_LETTER draws one number from r. */
void demo_batch_number(struct rng *r, enum demo_batch_style style, int64_t made,
                       struct stock *st);
/* A customer's contract price for list price list (fen): within 6% of it,
 * the same on every line of the pair, rounded as price lists are. Hashed
 * from the pair, not drawn, so it does not depend on the order of sales. */
int64_t demo_contract_price(int64_t list, int pi, int ci);

#endif
