/* A realistic demo office, the same every time (for a given "today"):
 * customers, products, three years of sales and one user per role. */
#ifndef GSPDESK_DEMO_H
#define GSPDESK_DEMO_H

#include "core/session.h"

/* The password of every demo user but the administrator, listed in README. */
#define DEMO_PASSWORD "demo-pass"

/* Fills a freshly initialised database; s must be logged in as its admin.
 * One transaction: all of it or none. */
int demo_fill(struct session *s, struct gerr *err);

#endif
