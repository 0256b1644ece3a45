/* The complaint deadlines of the usual GSP procedure: reported to the
 * quality lead within 2 working days of receipt, a cause found within 5,
 * working days as China's calendar has them (base/workcal.h).
 * The list marks late complaints; the due list (issue 6) asks the same;
 * the annual report looks back at the deadlines each complaint missed. */
#ifndef GSPDESK_COMPLAINTS_H
#define GSPDESK_COMPLAINTS_H

#include <stdbool.h>
#include <stdint.h>

#include "base/date.h"
#include "model/record.h"
#include "core/session.h"
#include "base/workcal.h"

enum complaint_late {
	LATE_REPORT = 1u << 0, /* not reported to quality within 2 working days */
	LATE_CAUSE = 1u << 1   /* no cause within 5 working days */
};

#define COMPLAINT_REPORT_DAYS 2
#define COMPLAINT_CAUSE_DAYS 5

/* Which deadlines a complaints record has missed as of today: 0 when none,
 * or when it is closed or void. */
unsigned complaint_late(const struct workcal *cal, const struct record *r, const struct ymd *today);

/* Whether form's list marks late records (complaint_marker). */
bool complaint_marks(const struct form *form);

/* The list's mark for a late complaint ("LATE", translated), or NULL for
 * anything else, as of the session's today. */
const char *complaint_marker(struct session *s, const struct record *r);

/* One live complaint as a report reads it: the stored text, "" when empty. */
struct complaint_facts {
	const char *received_at, *reported_at; /* "2026-03-02 09:30" */
	const char *reply_date, *closed_date;  /* "2026-03-05" */
	bool has_cause;
};

/* The deadlines a complaint missed, looking back as of today: unlike
 * complaint_late, a report to quality made after its deadline stays
 * missed once made and once the complaint is closed; a cause is missed
 * while it is still absent after its deadline. */
unsigned complaint_missed(const struct workcal *cal, const struct complaint_facts *c,
                          const struct ymd *today);

/* Calendar days from the day of receipt to date; -1 when date is empty,
 * malformed or before the receipt. */
int complaint_days(const char *received_at, const char *date);

/* A group of complaints in a summary: how many, how many replied to in
 * writing and closed (with their days summed), how many missed a deadline. */
struct complaint_tally {
	int64_t n, replied, closed, late, reply_days, close_days;
};

void complaint_tally_add(struct complaint_tally *t, const struct workcal *cal,
                         const struct complaint_facts *c, const struct ymd *today);
/* Mean days to the written reply and to the close; false when none. */
bool complaint_tally_reply_mean(const struct complaint_tally *t, double *mean);
bool complaint_tally_close_mean(const struct complaint_tally *t, double *mean);

#endif
