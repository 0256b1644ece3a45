/* What demo.c and demo_records.c share (the number generator is in
 * demo_stock.h): the FIELD=VALUE list of one record, the demo users, and the log of the
 * serial-numbered units sold that the after-sales records are about. */
#ifndef GSPDESK_DEMO_RECORDS_H
#define GSPDESK_DEMO_RECORDS_H

#include "demo/demo_stock.h"
#include "core/records.h"

#include <stdbool.h>
#include <stdint.h>

enum demo_who { DEMO_QUALITY, DEMO_CLERK, DEMO_TRAINER, DEMO_ENGINEER, DEMO_MANAGER };

static inline bool rng_chance(struct rng *r, int percent)
{
	return rng_next(r) % 100 < (uint64_t)percent;
}

#define PICK(r, a) ((a)[rng_range((r), 0, (int)(sizeof(a) / sizeof((a)[0])) - 1)])

/* The FIELD=VALUE list of one record; empty values are left out, as a
 * clerk leaves a field blank. */
struct assigns {
	struct assign a[20];
	int n;
};

static inline void put(struct assigns *as, const char *field, const char *value)
{
	if (value && *value && as->n < (int)(sizeof as->a / sizeof as->a[0]))
		as->a[as->n++] = (struct assign){ field, value };
}

/* One unit of an instrument or implant sold, a sales line each. */
struct demo_sold {
	int pi, ci;     /* demo_products, demo_customers */
	int64_t day;    /* sale date in days */
	int64_t id;     /* the sales line */
	char serial[32], batch[24];
};

/* Records carry who entered them: switches the session to that demo user. */
int demo_become(struct session *s, enum demo_who who, struct gerr *err);

/* The paper records of the three years around the sales (demo_records.c):
 * surveys, complaints, quality tracking, training, service, adverse events,
 * returns and implant records, each by the user whose role fits. sold is
 * in the order of sale. */
int demo_records_fill(struct session *s, const struct demo_sold *sold, int nsold,
                      struct gerr *err);

/* A few rows of the due list handled, as an office has them of a morning
 * (demo_due.c). */
int demo_due_handled(struct session *s, struct gerr *err);

#endif
