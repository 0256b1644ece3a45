/* China's working calendar for every "working days" rule: Monday to
 * Friday, minus the public holidays (法定节假日), plus the make-up working
 * days (调休上班日) that the State Council's yearly notice sets. The years
 * announced when this was built are shipped; an administrator adds later
 * ones as `holidays` records, which also override a shipped day. A year
 * neither shipped nor added is unknown: its days fall back to Monday to
 * Friday, and workcal_known says so, for the due list and the menu to warn. */
#ifndef GSPDESK_WORKCAL_H
#define GSPDESK_WORKCAL_H

#include <stdbool.h>

#include "base/date.h"
#include "base/err.h"

enum workcal_kind { WORKCAL_HOLIDAY, WORKCAL_WORKDAY };

struct workcal_day {
	struct ymd day;
	enum workcal_kind kind;
};

struct workcal {
	struct workcal_day *added; /* the office's records, sorted by day */
	int nadded;
};

/* The shipped days of year y and the notice they come from; NULL and 0
 * when y was not shipped. */
const struct workcal_day *workcal_shipped(int y, int *n, const char **notice);
/* The calendar with the office's own days (sorted here; copied). */
void workcal_init(struct workcal *c, const struct workcal_day *added, int nadded);
void workcal_free(struct workcal *c);
/* Whether the days of year y are announced: shipped, or any added. */
bool workcal_known(const struct workcal *c, int y);
bool workcal_is_workday(const struct workcal *c, const struct ymd *d);
/* The day n working days after d (n >= 0; the day itself does not count):
 * received on Wednesday 2026-09-30, 2 working days end on Friday 10-09. */
struct ymd workcal_add(const struct workcal *c, const struct ymd *d, int n);
/* The days of year y that are not simply Monday to Friday at work and the
 * weekend off, in order, each with whether the office added it (else it
 * was shipped); *nworkdays gets the year's working days. Malloc'd. */
struct workcal_entry {
	struct workcal_day d;
	bool added;
};
struct workcal_entry *workcal_year(const struct workcal *c, int y, int *n, int *nworkdays);

#endif
