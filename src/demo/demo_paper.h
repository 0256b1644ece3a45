/* What the two files of the demo office's other paper records share
 * (demo_records.c: surveys, complaints, quality tracking, training;
 * demo_aftersales.c: service tickets, adverse events, returns, implants):
 * the drawing's state and its small helpers. */
#ifndef GSPDESK_DEMO_PAPER_H
#define GSPDESK_DEMO_PAPER_H

#include "demo/demo_data.h"
#include "demo/demo_records.h"

#include <stdio.h>

#define OPERATOR_EVERY 10   /* operators trained at every 10th installation */
#define MIN_PER_DAY 1440

struct demo_ctx {
	struct session *s;
	struct rng r;
	const struct demo_sold *sold;
	int nsold;
	int64_t first, today, now; /* days, days, minutes */
	int returned[2];           /* sold[] taken back: no installation, no repair */
};

static inline void day_text(int64_t day, char out[11])
{
	struct ymd d = date_from_days(day);
	date_format(&d, out);
}

/* minutes since 1970-01-01 as "2026-03-02 09:00" */
static inline void at_text(int64_t minutes, char out[17])
{
	struct ymdhm t = { date_from_days(minutes / MIN_PER_DAY), (int)(minutes % MIN_PER_DAY / 60),
	                   (int)(minutes % 60) };
	datetime_format(&t, out);
}

static inline int add(struct demo_ctx *c, const char *form, const struct assigns *as, int64_t *id,
               struct gerr *err)
{
	int64_t dummy;
	return records_add(c->s, form_find(form), as->a, as->n, id ? id : &dummy, err);
}

static inline bool is_returned(const struct demo_ctx *c, int k)
{
	return k == c->returned[0] || k == c->returned[1];
}

/* The last unit of the goods kind sold before day and not returned, or
 * a random one of them when any is true; -1 when there is none. */
static inline int sold_before(struct demo_ctx *c, int64_t day, enum demo_goods g, bool any)
{
	int n = 0;
	while (n < c->nsold && c->sold[n].day < day)
		n++;
	for (int tries = any ? 40 : 0; tries > 0 && n > 0; tries--) {
		int k = rng_range(&c->r, 0, n - 1);
		if (demo_products[c->sold[k].pi].goods == g && !is_returned(c, k))
			return k;
	}
	for (int k = n - 1; k >= 0; k--)
		if (demo_products[c->sold[k].pi].goods == g && !is_returned(c, k))
			return k;
	return -1;
}

static inline void code_of(int ci, char out[16])
{
	snprintf(out, 16, "C%03d", ci + 1);
}

static inline void person(struct rng *r, char out[32])
{
	static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙" };
	static const char *const given[] = { "秀英", "建国", "丽华", "志强", "海燕", "伟", "敏", "军", "静怡", "晓明", "桂兰", "磊" };
	snprintf(out, 32, "%s%s", PICK(r, surnames), PICK(r, given));
}


/* demo_aftersales.c: every instrument sold long enough ago installed
 * (*inst: the sold[] of each OPERATOR_EVERY-th, for operator training),
 * the repairs, the adverse events, the returns and the implant records */
int demo_installs(struct demo_ctx *c, int **inst, int *ninst, struct gerr *err);
int demo_repairs(struct demo_ctx *c, struct gerr *err);
int demo_events(struct demo_ctx *c, struct gerr *err);
int demo_returns(struct demo_ctx *c, struct gerr *err);
int demo_implants(struct demo_ctx *c, struct gerr *err);

#endif
