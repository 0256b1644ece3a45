/* Trace (追溯): every live sales line and implant use of one batch or
 * serial number, read through the sales indexes on batch, serial and
 * (product, batch). Rows are streamed; core/trace.c keeps them. */
#ifndef GSPDESK_DB_TRACE_H
#define GSPDESK_DB_TRACE_H

#include <stdint.h>

#include "base/err.h"

struct db;

/* Strings are NULL when empty and valid during the callback only. */
struct trace_sale_row {
	int64_t id, qty, customer_id;
	/* the return whose exchange gave this unit out in place of one of sale
	 * id's (its date the day the exchange closed); 0 for the sale itself */
	int64_t exchange;
	const char *sale_date, *product_code, *product_name, *batch, *serial;
	const char *customer_code, *customer_name, *address, *contact, *phone;
};

struct trace_implant_row {
	int64_t id, sale_id; /* sale_id 0: entered by product and number */
	const char *use_date, *product_code, *batch, *serial, *hospital, *patient, *patient_id;
};

/* product 0: any product. Exactly one of batch and serial is given. The
 * sales by sale date, then id, then the units exchanges gave out by date,
 * then return id; then the implant uses by date of use, then id. A callback returns non-zero to stop. */
int db_trace(struct db *db, int64_t product, const char *batch, const char *serial,
             int (*sale)(void *ud, const struct trace_sale_row *r),
             int (*implant)(void *ud, const struct trace_implant_row *r), void *ud,
             struct gerr *err);

#endif
