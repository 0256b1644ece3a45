/* Stock by batch, derived from the records and never kept as a counter
 * (issue 23): accepted receipt lines in, sales lines out, returns taken
 * back (refund or exchange) in again and an exchange's replacement out,
 * each on its day (the return's when it was closed), so that stock can
 * be told at the end of any day.
 * A unit is a product's batch (by its key), or its serial number when a
 * line gives no batch. */
#ifndef GSPDESK_DB_STOCK_H
#define GSPDESK_DB_STOCK_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct stock_row {
	int64_t product;
	const char *code, *name;
	const char *batch, *serial; /* as first written; serial only for a unit without a batch */
	const char *expiry;         /* the earliest given, or NULL */
	int64_t qty;                /* on hand: may be below 0 when sales were not received */
	const char *first;          /* the day of its first move */
};

/* The units with stock other than 0, nearest expiry first (none last):
 * of product (0: every product), expiring on or before until (NULL: any,
 * those without an expiry included), on hand at the end of the day at
 * (NULL: every move, whatever its day). Rows live during the call only. */
int db_stock_list(struct db *db, int64_t product, const char *until, const char *at,
                  int (*row)(void *ud, const struct stock_row *r), void *ud, struct gerr *err);

/* On hand of product's batch (or, with batch NULL, serial), leaving out
 * sales line exclude (an edit of it counts its new quantity). */
int db_stock_on_hand(struct db *db, int64_t product, const char *batch, const char *serial,
                     int64_t exclude, int64_t *qty, struct gerr *err);

/* Where goods came from: a live receipt line of a live receipt. Strings
 * valid during the callback only; supplier NULL for an opening balance. */
struct receipt_row {
	int64_t id, receipt, qty;
	const char *date, *kind, *supplier, *product_code, *batch, *serial, *conclusion,
		*inspector;
};
/* The receipt lines of product (0: any) with this batch or (batch NULL)
 * serial, by date received, then id. */
int db_trace_receipts(struct db *db, int64_t product, const char *batch, const char *serial,
                      int (*row)(void *ud, const struct receipt_row *r), void *ud,
                      struct gerr *err);

/* A licence or certificate that expires: what a due source (the due-list
 * issue) lists for the quality role. */
struct qualification {
	const char *form;   /* "suppliers", "products" or "customers" */
	int64_t id;
	const char *code, *name;
	const char *number; /* the licence's or certificate's number, or NULL */
	const char *expiry;
};
/* Of live suppliers, products and customers, the licences and
 * certificates expiring on or before until (those expired too), soonest
 * first. */
int db_qualification_expiring(struct db *db, const char *until,
                              int (*row)(void *ud, const struct qualification *q), void *ud,
                              struct gerr *err);

#endif
