/* How a licence or certificate stands on a day (issue 23): valid, due
 * for renewal within 90, 60 or 30 days, expired, or with no expiry
 * recorded; what the qualifications report prints for each supplier,
 * product and customer. */
#ifndef GSPDESK_QUALIFY_H
#define GSPDESK_QUALIFY_H

/* The first of the renewal stages: the due list raises a licence or
 * certificate this many days before it expires (core/due_qualification.c). */
#define QUALIFY_NOTICE_DAYS 90

enum qualify_status {
	QUALIFY_EXPIRED, /* its last valid day is before the day asked about */
	QUALIFY_30,      /* expires within 30 days (the day itself counts as 0) */
	QUALIFY_60,
	QUALIFY_90,
	QUALIFY_VALID,   /* more than 90 days to go */
	QUALIFY_MISSING, /* no expiry recorded, or not a date */
	QUALIFY_COUNT
};

/* The status on as_of (YYYY-MM-DD) of what expires on expiry (NULL when
 * not recorded); *days: from as_of to expiry, below 0 once expired, 0
 * when missing. */
enum qualify_status qualify_status(const char *as_of, const char *expiry, int *days);
/* Its words, translated. */
const char *qualify_label(enum qualify_status st);

#endif
