/* The rows the due list's sources read (core/due_*.c decide what is due
 * and when), and the handled rows (core/due_handle.c). Dates are ISO text
 * bound as values. */
#ifndef GSPDESK_DB_DUE_H
#define GSPDESK_DB_DUE_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct db;

/* A customer × product × batch (or serial) of the sales ledger: the units
 * still there, the last sale and the expiry. */
struct due_group {
	int64_t customer, product;
	int64_t qty;         /* sold, less returned and implanted */
	int64_t last_sale;   /* the newest line's id */
	const char *number;  /* the batch, or the serial */
	const char *last_date, *expiry; /* the newest sale date, the latest expiry */
	const char *customer_name, *product_name;
};

typedef int (*due_group_fn)(void *ud, const struct due_group *g);

/* Lines with an expiry in [from, to], sold on or before sold_by, of
 * re-sterilisable products (resterilise) or else of re-sterilisable
 * products or serial-numbered ones that are not implants (instruments),
 * by group; groups with no unit left are not given. */
int db_due_groups(struct db *db, bool resterilise, const char *from, const char *to,
                  const char *sold_by, due_group_fn row, void *ud, struct gerr *err);

struct due_sale {
	int64_t id, qty;
	int64_t recorded; /* implant records that account for its units */
	const char *sale_date, *product, *customer, *batch, *serial;
};

/* Live lines of implant products sold on or before sold_by with fewer live
 * implant records than units: records naming the line, or (without a line)
 * the same product, hospital and serial or batch. */
int db_due_implants(struct db *db, const char *sold_by,
                    int (*row)(void *ud, const struct due_sale *s), void *ud, struct gerr *err);

/* A live open complaint (status not closed). */
struct due_complaint {
	int64_t id;
	const char *received_at, *customer;
	bool reported, has_cause;
};
int db_due_complaints(struct db *db, int (*row)(void *ud, const struct due_complaint *c),
                      void *ud, struct gerr *err);

/* A due_handled record. */
struct due_handled {
	int64_t id;
	const char *kind, *key, *facts, *outcome, *note, *by, *at;
};
/* The live ones, newest first. */
int db_due_handled(struct db *db, int (*row)(void *ud, const struct due_handled *h),
                   void *ud, struct gerr *err);

/* Changes whenever the file's data may have changed: by another
 * connection's commit or by this one. */
int db_due_stamp(struct db *db, int64_t *stamp, struct gerr *err);

#endif
