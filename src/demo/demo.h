/* A realistic demo office, the same every time (for a given "today"):
 * customers, products, three years of sales and one user per role. */
#ifndef GSPDESK_DEMO_H
#define GSPDESK_DEMO_H

#include "core/session.h"

/* The password of every demo user but the administrator, listed in README. */
#define DEMO_PASSWORD "demo-pass"

/* Fills a freshly initialised database; s must be logged in as its admin.
 * Adds the users lijing (quality), wangfang (clerk), chenmin (trainer),
 * zhaolei (engineer) and liuyang (manager); about 30 customers, several in
 * the office's city and province from the settings; 40 products; and about
 * 3,000 sales lines over the three years up to s->today. Records go
 * through records_add as their demo users would enter them: customers and
 * products by lijing, sales by wangfang; then the other paper records
 * around the sales (demo/demo_records.h); s is the admin again after.
 * One transaction: all of it or none. */
int demo_fill(struct session *s, struct gerr *err);

#endif
