/* Retention (保存期限): each record's date, whether its product is an
 * implant, and the expiry date of its unit, read for the rules of
 * core/retention.h in one pass over a form's table. */
#ifndef GSPDESK_DB_RETENTION_H
#define GSPDESK_DB_RETENTION_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "model/form.h"

struct db;

struct retention_facts {
	int64_t id;
	bool voided;
	const char *day;    /* the record's date (its date field, else when entered) */
	bool implant;       /* the record is of an implanted product */
	const char *expiry; /* the unit's expiry or end of service life; NULL: none known */
	/* day + years and expiry + after_expiry years, computed by SQLite's
	 * date(): 29 February plus a year that has none is 1 March */
	const char *day_plus, *expiry_plus;
};

/* Calls row for each record of form (or only record id, when id > 0), in
 * id order. The unit's expiry: the record's own expiry field; else its
 * sales line's (a sale field); else the latest expiry of the sales lines
 * of its product with its batch or serial number (by key). */
int db_retention_scan(struct db *db, const struct form *form, int64_t id, int years,
                      int after_expiry,
                      int (*row)(void *ud, const struct retention_facts *f), void *ud,
                      struct gerr *err);

#endif
