/* The complaint deadlines of the usual GSP procedure: reported to the
 * quality lead within 2 working days of receipt, a cause found within 5.
 * The list marks late complaints; the due list (issue 6) asks the same. */
#ifndef GSPDESK_COMPLAINTS_H
#define GSPDESK_COMPLAINTS_H

#include "core/date.h"
#include "core/record.h"
#include "core/session.h"

enum complaint_late {
	LATE_REPORT = 1u << 0, /* not reported to quality within 2 working days */
	LATE_CAUSE = 1u << 1   /* no cause within 5 working days */
};

#define COMPLAINT_REPORT_DAYS 2
#define COMPLAINT_CAUSE_DAYS 5

/* Which deadlines a complaints record has missed as of today: 0 when none,
 * or when it is closed or void. */
unsigned complaint_late(const struct record *r, const struct ymd *today);

/* The list's mark for a late complaint ("LATE", translated), or NULL for
 * anything else, as of the session's today. */
const char *complaint_marker(const struct session *s, const struct record *r);

#endif
