/* The complaints of a period for the annual complaints report, streamed
 * in the order each of its sheets needs. */
#ifndef GSPDESK_DB_REPORT_COMPLAINTS_H
#define GSPDESK_DB_REPORT_COMPLAINTS_H

#include <stdint.h>

#include "db/db.h"

/* One live complaint with its customer's and product's names; strings are
 * "" when empty and valid during the callback only. */
struct complaint_row {
	int64_t id, product_id; /* product_id 0 when none was given */
	const char *received_at, *customer, *product, *batch, *serial, *content, *cause, *status,
		 *reported_at, *reply_date, *closed_date, *product_code, *manufacturer;
};

enum complaint_order {
	COMPLAINTS_BY_DATE,    /* received at, then id */
	COMPLAINTS_BY_PRODUCT, /* product name (none last), then received at */
	COMPLAINTS_BY_CAUSE    /* cause analysis (none last), then received at */
};

/* The complaints received from..until (inclusive dates); cause comes
 * trimmed of surrounding blanks, so equal causes group together. */
int db_report_complaints(struct db *db, const char *from, const char *until,
                         enum complaint_order order,
                         int (*row)(void *ud, const struct complaint_row *c), void *ud,
                         struct gerr *err);

#endif
