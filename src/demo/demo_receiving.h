/* The demo office's suppliers and receipts (demo_receiving.c). */
#ifndef GSPDESK_DEMO_RECEIVING_H
#define GSPDESK_DEMO_RECEIVING_H

#include "demo/demo_stock.h"
#include "core/session.h"

/* Three suppliers approved on day approved (days since 1970). */
int demo_add_suppliers(struct session *s, int64_t approved, struct gerr *err);
/* A receipt line for every unit the sales left short in stock. */
int demo_add_receipts(struct session *s, struct rng *r, struct gerr *err);

/* The certificate of the product sold last longest ago expires the day
 * after that sale (首营品种 with an expired certificate, nothing sold
 * after it); products are ids 1.. in demo_products' order. */
int demo_expire_certificate(struct session *s, struct gerr *err);

#endif
