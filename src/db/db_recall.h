/* Lookups for recall campaigns; the records themselves go through the
 * generic record layer (forms/recalls.c). */
#ifndef GSPDESK_DB_RECALL_H
#define GSPDESK_DB_RECALL_H

#include <stdint.h>

#include "base/err.h"

struct db;

/* The oldest live open recall of product whose batch or serial is the one
 * given (NULL matches nothing); *id 0 when none. */
int db_recall_matching(struct db *db, int64_t product, const char *batch, const char *serial,
                       int64_t *id, struct gerr *err);
/* The live recipient record of customer in recall; *id 0 when none. */
int db_recall_recipient(struct db *db, int64_t recall, int64_t customer, int64_t *id,
                        struct gerr *err);

struct recall_pending {
	int64_t id, recipients, pending; /* pending: not yet notified */
	const char *opened, *class, *product, *batch, *serial;
};

/* Live open recalls with recipients not yet notified, by id. */
int db_recall_pending(struct db *db, int (*row)(void *ud, const struct recall_pending *p),
                      void *ud, struct gerr *err);

#endif
