/* The quality tracking records of a period for the quality report. */
#ifndef GSPDESK_DB_REPORT_QUALITY_H
#define GSPDESK_DB_REPORT_QUALITY_H

#include <stdint.h>

#include "db/db.h"

/* One live tracking record with its product's and user unit's names;
 * strings are "" when empty and valid during the callback only. */
struct quality_row {
	int64_t id, product_id;
	const char *date, *product, *batch, *serial, *customer, *performance, *problems, *measures,
		*tracked_by, *result;
};

/* The records dated from..until (inclusive) by product name, then date. */
int db_report_quality(struct db *db, const char *from, const char *until,
                      int (*row)(void *ud, const struct quality_row *q), void *ud,
                      struct gerr *err);

/* One product's figures in the period, or (product_id 0, last) the whole
 * period's: records, records with problems found, distinct user units,
 * first and last date. */
struct quality_stat {
	int64_t product_id, records, with_problems, users;
	const char *product, *manufacturer, *first, *last;
};

int db_report_quality_summary(struct db *db, const char *from, const char *until,
                              int (*row)(void *ud, const struct quality_stat *st), void *ud,
                              struct gerr *err);

#endif
