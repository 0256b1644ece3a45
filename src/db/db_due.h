/* The sales lines the due list watches (core/due_sales.c decides what is
 * due and when). Dates are ISO text bound as values. */
#ifndef GSPDESK_DB_DUE_H
#define GSPDESK_DB_DUE_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct due_sale {
	int64_t id, qty;
	int64_t recorded; /* implant records that account for its units */
	const char *sale_date, *expiry, *product, *customer, *batch, *serial;
};

typedef int (*due_sale_fn)(void *ud, const struct due_sale *s);

/* Live lines of sterile products with an expiry on or before expiry_by,
 * sold on or before sold_by. */
int db_due_sterile(struct db *db, const char *sold_by, const char *expiry_by,
                   due_sale_fn row, void *ud, struct gerr *err);
/* Live lines whose expiry falls in [from, to]. */
int db_due_expiring(struct db *db, const char *from, const char *to,
                    due_sale_fn row, void *ud, struct gerr *err);
/* Live lines of implant products sold on or before sold_by with fewer live
 * implant records than units: records naming the line, or (without a line)
 * the same product, hospital and serial or batch. */
int db_due_implants(struct db *db, const char *sold_by, due_sale_fn row, void *ud,
                    struct gerr *err);

#endif
