/* Rows for the printed reports, streamed to a callback. */
#ifndef GSPDESK_DB_REPORT_H
#define GSPDESK_DB_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

/* One live sales line with its product and buyer; strings are "" when
 * empty and valid during the callback only. */
struct ledger_line {
	int64_t sale_id, product_id, qty, amount;
	bool has_amount;
	const char *product, *manufacturer, *spec, *batch, *serial, *expiry, *sale_date,
		*customer, *remarks;
};

/* Sales from..until (inclusive) by product name, then sale date. */
int db_report_sales_ledger(struct db *db, const char *from, const char *until,
                           int (*row)(void *ud, const struct ledger_line *l), void *ud,
                           struct gerr *err);

#endif
