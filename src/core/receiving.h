/* GSP's other half (issue 23): goods are received only from a qualified
 * supplier whose licence is valid and whose scope covers the product's
 * class, only of a qualified product, and not while a recall of the batch
 * is open; a sale is refused when the product's certificate or the buyer's
 * licence expired before the sale date (a quality manager may override
 * with a reason, which the audit row keeps) and, with the setting
 * stock_check on, when the product is not qualified or the batch has too
 * little on hand (库存不足). Stock is derived from the records
 * (db/db_stock.h). */
#ifndef GSPDESK_RECEIVING_H
#define GSPDESK_RECEIVING_H

#include <stdbool.h>

#include "core/session.h"
#include "db/db_stock.h"

struct record;

/* forms/receipts.c: a purchase is from an approved, active supplier whose
 * licence is valid on the day received. */
int receipts_check(struct session *s, struct record *r, struct gerr *err);
/* forms/receipt_lines.c: the product is qualified, in the supplier's
 * scope, not under an open recall (accepted lines), the goods acceptable
 * on the day received; an edit does not take away stock already sold;
 * freezes the product's name, registration number and manufacturer. An
 * edit that keeps the goods is not judged again. */
int receipt_lines_check(struct session *s, struct record *r, struct gerr *err);
/* Called by sales_check for a line whose goods, buyer or date are new. */
int receiving_check_sale(struct session *s, struct record *r, struct gerr *err);

/* The setting that makes sales draw on received stock. */
#define RECEIVING_STOCK_CHECK "stock_check"
bool receiving_stock_checked(struct session *s);

/* Stock on hand (db_stock_list), for a user who may view receipts, in an
 * office that records them (refused, GERR_INPUT, while stock_check is
 * off: its figures would be sales without receipts): at
 * the end of the day at (YYYY-MM-DD; NULL: now); expiring_days >= 0 keeps
 * the units expiring within that many days of that day (or today). */
int receiving_stock(struct session *s, int64_t product, int expiring_days, const char *at,
                    int (*row)(void *ud, const struct stock_row *r), void *ud, struct gerr *err);

/* A recall's accounting of one batch (or serial): every unit received is
 * sold, came back, or is on hand (to quarantine). back is what came back
 * net of an exchange's replacements given out: on_hand - received + sold. */
struct reconcile {
	int64_t received, rejected, sold, back, on_hand;
};
int receiving_reconcile(struct session *s, int64_t product, const char *batch,
                        const char *serial, struct reconcile *out, struct gerr *err);

/* The supplier licences, product certificates and customer licences of
 * live records expiring on or before today + days (the expired too),
 * soonest first. */
int receiving_expiring(struct session *s, int days,
                       int (*row)(void *ud, const struct qualification *q), void *ud,
                       struct gerr *err);

#endif
