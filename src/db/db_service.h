/* After-sales lookups (db_service.c). */
#ifndef GSPDESK_DB_SERVICE_H
#define GSPDESK_DB_SERVICE_H

#include <stdint.h>

#include "base/err.h"

struct db;

/* The latest final acceptance of a live installation ticket for this
 * product and serial (compared by key); *date NULL when there is none.
 * Caller frees. */
int db_service_accepted_on(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err);
/* The latest sale date of a live sales line of this product and serial, or NULL. */
int db_sale_date_by_serial(struct db *db, int64_t product, const char *serial, char **date,
                           struct gerr *err);
/* The live repair tickets not resolved before day (ISO date), by id: a
 * superset of the open ones (the caller judges the rest at its time);
 * *ids is the caller's to free. */
int db_service_open_repairs(struct db *db, const char *day, int64_t **ids, int *n,
                            struct gerr *err);
/* Units on live returns of a sales line, not counting return exclude_id. */
int db_returns_total(struct db *db, int64_t sale, int64_t exclude_id, int64_t *total,
                     struct gerr *err);
/* The quantity return id, as saved, gave out of product's batch (or, with
 * batch NULL, serial) in an exchange; 0 when it gave out something else. */
int db_returns_replaced(struct db *db, int64_t id, int64_t product, const char *batch,
                        const char *serial, int64_t *qty, struct gerr *err);

#endif
