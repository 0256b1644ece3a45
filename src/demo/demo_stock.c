#include "config.h"
#include "demo/demo_stock.h"
#include "base/date.h"

#include <stdio.h>

int64_t demo_expiry_of(int64_t made, int months)
{
	struct ymd d = date_from_days(made);
	int m = d.m - 1 + months;
	d.y += m / 12;
	d.m = m % 12 + 1;
	if (d.d > date_days_in_month(d.y, d.m))
		d.d = date_days_in_month(d.y, d.m);
	return date_to_days(&d) - 1;
}

void demo_batch_number(struct rng *r, enum demo_batch_style style, int64_t made,
                       struct stock *st)
{
	struct ymd d = date_from_days(made);
	switch (style) {
	case DB_DATE:
		snprintf(st->batch, sizeof st->batch, "%04d%02d%02d", d.y, d.m, d.d);
		break;
	case DB_LETTER:
		snprintf(st->batch, sizeof st->batch, "B%02d%02d%02d-%02d", d.y % 100, d.m, d.d,
		         rng_range(r, 1, 3));
		break;
	case DB_RUNNING:
		snprintf(st->batch, sizeof st->batch, "%02d%02d%03d", d.y % 100, d.m,
		         st->batches % 1000);
		break;
	}
}

int64_t demo_contract_price(int64_t list, int pi, int ci)
{
	struct rng h = { (uint64_t)pi * 1000003u + (uint64_t)ci };
	int64_t p = list * (940 + (int64_t)(rng_next(&h) % 121)) / 1000;
	int64_t unit = list >= 10000 ? 100 : list >= 100 ? 10 : 1;
	p = (p + unit / 2) / unit * unit;
	return p > 0 ? p : 1;
}
