/* Calendar dates and local date-times as the office writes them. Stored as
 * ISO text ("2025-03-05", "2025-03-05 14:30") so they sort as strings. */
#ifndef GSPDESK_DATE_H
#define GSPDESK_DATE_H

#include <stdbool.h>
#include <stdint.h>

struct ymd {
	int y, m, d;
};

struct ymdhm {
	struct ymd date;
	int hh, mm;
};

enum date_status {
	DATE_OK = 0,
	DATE_FORMAT,     /* not one of the accepted spellings */
	DATE_IMPOSSIBLE, /* well formed but not on the calendar (2025-02-29) */
	DATE_RANGE       /* outside the years 1900..2999 */
};

bool date_is_leap(int y);
int date_days_in_month(int y, int m);

/* Accepts 2025-03-05, 2025-3-5, 2025/3/5 and 20250305. */
enum date_status date_parse(const char *s, struct ymd *out);
/* Accepts a date as above, then a space or 'T', then H:MM or HH:MM. */
enum date_status datetime_parse(const char *s, struct ymdhm *out);

void date_format(const struct ymd *d, char out[11]);          /* 2025-03-05 */
void datetime_format(const struct ymdhm *t, char out[17]);    /* 2025-03-05 14:30 */

/* Days since 1970-01-01 (negative before), and back. */
int64_t date_to_days(const struct ymd *d);
struct ymd date_from_days(int64_t days);
int date_compare(const struct ymd *a, const struct ymd *b);
/* t plus minutes (negative: earlier), across days, months and years. */
struct ymdhm datetime_add_minutes(const struct ymdhm *t, int64_t minutes);
/* 0 = Monday .. 6 = Sunday */
int date_weekday(const struct ymd *d);

/* The computer's clock, local time: what logins, locks, tokens and the
 * login log always run on. The environment cannot move it. */
void clock_now(struct ymdhm *out);
void clock_now_text(char out[17]); /* 2025-03-05 14:30 */
/* The test clock, $GSPDESK_NOW (YYYY-MM-DDTHH:MM), honoured only by a
 * session on a database made for tests (session.h). Returns false when it
 * is set but malformed; *set says whether it is set. */
bool clock_test(struct ymdhm *out, bool *set);
/* The real UTC clock, for audit rows, as 2025-03-05T06:30:12Z. */
void clock_utc_stamp(char out[21]);

/* An audit stamp (2025-03-05T06:30:12Z) as local time for people:
 * "2025-03-05 14:30". A malformed stamp is copied as it is. */
void clock_local_text(const char *utc_stamp, char out[20]);

#endif
