/* Lists (db_list.c): a model/query.h query answered with keyset paging,
 * rows streamed to a callback. */
#ifndef GSPDESK_DB_LIST_H
#define GSPDESK_DB_LIST_H

#include <stdint.h>

#include "base/err.h"
#include "model/query.h"

struct db;

/* Calls row() for each record in order; row returns non-zero to stop. The
 * record is freed after the call returns. */
int db_list(struct db *db, const struct list_query *q,
            int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err);
/* The rows db_list would give without a limit (after q->after when set:
 * with the order reversed, the rows before a key, a row's place). */
int db_list_count(struct db *db, const struct list_query *q, int64_t *count, struct gerr *err);
/* The key of r in q's order, for the next page. */
void db_list_key(const struct list_query *q, const struct record *r, struct list_key *key);
/* A search of a form with a text index first scans in list order for at
 * most this many SQLite VM steps, then asks the index for the rest (the
 * rows and their order are the same either way). Tests set 0 (the index
 * at once) or LONG_MAX (the scan alone). */
#define DB_SCAN_STEPS 50000L
void db_set_scan_steps(struct db *db, long steps);

#endif
