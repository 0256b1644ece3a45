/* Rows for the receiving record and the qualifications report, streamed
 * to a callback; strings are "" when empty (NULL where said) and valid
 * during the callback only. */
#ifndef GSPDESK_DB_REPORT_RECEIVING_H
#define GSPDESK_DB_REPORT_RECEIVING_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct db;

/* One live line of a live receipt, with the facts frozen on it on the
 * day received (product name, registration number); the manufacturer
 * and supplier are the records' own (receipts do not freeze them). */
struct receiving_line {
	int64_t receipt, qty;
	bool storage_ok, accepted, opening;
	const char *date, *supplier, *invoice_no, *product, *manufacturer, *spec, *reg_no, *batch,
		*serial, *made, *expiry, *reject_reason, *inspector;
};
/* The lines of receipts received from..until (inclusive), by date
 * received, receipt, then line as entered. */
int db_report_receiving(struct db *db, const char *from, const char *until,
                        int (*row)(void *ud, const struct receiving_line *l), void *ud,
                        struct gerr *err);

/* One live supplier, product or customer with its licence or
 * certificate: number, expiry and approval NULL when not recorded
 * (a customer has no approval). */
struct qual_row {
	const char *code, *name, *number, *expiry, *approved_on, *approved_by;
};
/* Of form "suppliers", "products" or "customers": the earliest expiry
 * first, those without one last, then by code. */
int db_report_qualifications(struct db *db, const char *form,
                             int (*row)(void *ud, const struct qual_row *q), void *ud,
                             struct gerr *err);

#endif
