/* The sales ledger's own questions (core/sales.c): the sale a serial
 * number stands on, the expiry a batch already has. Numbers are compared
 * by their keys (form.h). */
#ifndef GSPDESK_DB_SALES_H
#define GSPDESK_DB_SALES_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct sale_ref {
	int64_t id;     /* 0: none */
	char *date;     /* sale date */
	char *text;     /* the buyer's name (serial) or the line's expiry (batch) */
};

void sale_ref_free(struct sale_ref *r);

/* The earliest live line of product with this serial, other than line
 * exclude, whose unit has not come back (no live return of it but a
 * rejected one); text is its frozen buyer's name. */
int db_sale_serial_standing(struct db *db, int64_t product, const char *serial,
                            int64_t exclude, struct sale_ref *out, struct gerr *err);
/* The earliest live exchange, other than return exclude, that gave out
 * product's unit with this serial: id is the sales line it replaced a
 * unit of, date the day the exchange closed (or was entered), text the
 * line's buyer. A unit given out stays with that customer. */
int db_sale_serial_replaced(struct db *db, int64_t product, const char *serial,
                            int64_t exclude, struct sale_ref *out, struct gerr *err);
/* The earliest live line of product with this batch, other than line
 * exclude, whose expiry is given and is not expiry; text is its expiry. */
int db_sale_batch_expiry(struct db *db, int64_t product, const char *batch, const char *expiry,
                         int64_t exclude, struct sale_ref *out, struct gerr *err);

/* The earliest live line of product with this serial (when given) or
 * batch; text is its quantity as text. */
int db_sale_of_unit(struct db *db, int64_t product, const char *batch, const char *serial,
                    struct sale_ref *out, struct gerr *err);
/* Live implant records on sales line sale, not counting implant exclude. */
int db_implants_on_sale(struct db *db, int64_t sale, int64_t exclude, int64_t *count,
                        struct gerr *err);

#endif
