/* Trace (追溯): every live sales line and implant use of one batch or
 * serial number, read through the sales indexes on batch, serial and
 * (product, batch). */
#ifndef GSPDESK_DB_TRACE_H
#define GSPDESK_DB_TRACE_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct trace_sale {
	int64_t id, qty, customer_id;
	char *sale_date, *product_code, *product_name, *batch, *serial;
	char *customer_code, *customer_name, *address, *contact, *phone;
};

struct trace_implant {
	int64_t id, sale_id; /* sale_id 0: entered by product and number */
	char *use_date, *product_code, *batch, *serial, *hospital, *patient, *patient_id;
};

struct trace {
	struct trace_sale *sales;       /* by sale date, then id */
	int nsales;
	struct trace_implant *implants; /* by date of use, then id */
	int nimplants;
	int64_t total_qty;
};

/* product 0: any product. Exactly one of batch and serial is given. */
int db_trace(struct db *db, int64_t product, const char *batch, const char *serial,
             struct trace *out, struct gerr *err);
void trace_free(struct trace *t);

#endif
