/* Trace (追溯): given a batch or serial number, every buyer and every
 * patient. The command line and the trace screen both call trace_find. */
#ifndef GSPDESK_TRACE_H
#define GSPDESK_TRACE_H

#include <stdbool.h>

#include <stdint.h>

#include "core/session.h"

/* Strings are NULL when empty. */
struct trace_sale {
	int64_t id, qty, customer_id;
	int64_t exchange; /* the return that gave this unit out for sale id's, or 0 */
	char *sale_date, *product_code, *product_name, *batch, *serial;
	char *customer_code, *customer_name, *address, *contact, *phone;
};

struct trace_implant {
	int64_t id, sale_id; /* sale_id 0: entered by product and number */
	char *use_date, *product_code, *batch, *serial, *hospital, *patient, *patient_id;
};

/* Where the goods came from: a receipt line (issue 23). */
struct trace_receipt {
	int64_t id, receipt, qty;
	char *date, *supplier, *product_code, *batch, *serial, *inspector;
	bool opening, rejected;
};

/* Owned: trace_free frees it. */
struct trace {
	struct trace_receipt *receipts; /* by date received, then id */
	int nreceipts;
	int64_t received_qty, rejected_qty;
	struct trace_sale *sales;       /* by sale date, then id; then exchanges' units */
	int nsales;
	struct trace_implant *implants; /* by date of use, then id */
	int nimplants;
	int64_t total_qty;
};

/* product (code or exact name) may be NULL or empty: any product. Exactly
 * one of batch and serial; GERR_USAGE otherwise. */
int trace_find(struct session *s, const char *product, const char *batch, const char *serial,
               struct trace *out, struct gerr *err);

/* A number typed without saying which: the batch, else (when nothing has
 * that batch) the serial number; *by_serial (may be NULL) says which. */
int trace_find_number(struct session *s, const char *product, const char *number,
                      struct trace *out, bool *by_serial, struct gerr *err);
void trace_free(struct trace *t);

#endif
