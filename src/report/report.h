/* The printed reports: one file per report under reports/ (its layout; its
 * queries are functions of src/db), a registry, and running one into an
 * .xlsx file that appears whole or not at all. */
#ifndef GSPDESK_REPORT_H
#define GSPDESK_REPORT_H

#include <stdbool.h>

#include "core/session.h"
#include "report/xbook.h"

struct report_period {
	char from[11], until[11]; /* ISO dates, inclusive */
	int year;                 /* when given as a year, else 0 */
	char label[64];           /* "2026年" or "2026-01-01 – 2026-03-31" */
};

struct report {
	const char *name;  /* stable, English: the command line's word */
	const char *title; /* msgid */
	bool yearly;       /* takes --year; else --from/--until */
	bool as_of;        /* takes --as-of D (today when not given): a day, not a period */
	int (*write)(struct session *s, const struct report_period *p, struct xbook *b,
	             struct gerr *err);
};

const struct report *const *reports_all(int *count);
const struct report *report_find(const char *name);

/* A whole year, or a range of dates (both given, from ≤ until). */
int report_period_year(struct report_period *p, int year, struct gerr *err);
int report_period_range(struct report_period *p, const char *from, const char *until,
                        struct gerr *err);
/* One day (from = until): what stood on it. */
int report_period_day(struct report_period *p, const char *day, struct gerr *err);

/* Any workbook: refused when path exists unless force, and always when
 * it is a symlink or a SQLite file; written by write() in a private
 * folder beside it (base/outfile.h) and renamed into place, 0600, when
 * complete. The caller checks who may write it. */
int report_write(struct session *s, const char *title, const char *path, bool force,
                 int (*write)(struct session *s, struct xbook *b, void *ud, struct gerr *err),
                 void *ud, struct gerr *err);

/* Writes the report to path the same way, for a role that may run reports. */
int report_run(struct session *s, const struct report *r, const struct report_period *p,
               const char *path, bool force, struct gerr *err);

#endif
