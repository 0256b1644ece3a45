/* The complaint deadlines looked back on by the annual report, the days
 * from receipt to the written reply and to the close, and the summary
 * tallies. Dates counted on a calendar: 2026-11-20 is a Friday, so its
 * report deadline (2 working days) is Tuesday 11-24 and its cause deadline
 * (5 working days) Friday 11-27. */
#include "config.h"
#include "core/complaints.h"
#include "base/date.h"

#include <criterion/criterion.h>

/* November 2026 has no holiday: the shipped calendar, nothing added */
static const struct workcal cal;

static struct ymd day(const char *s)
{
	struct ymd d;
	cr_assert_eq(date_parse(s, &d), DATE_OK, "%s", s);
	return d;
}

static unsigned missed_on(const char *reported, bool cause, const char *today)
{
	struct complaint_facts c = { "2026-11-20 09:30", reported, "", "", cause };
	struct ymd t = day(today);
	return complaint_missed(&cal, &c, &t);
}

Test(complaints, reported_on_the_deadline_is_in_time)
{
	cr_assert_eq(missed_on("2026-11-24 17:00", true, "2026-12-31"), 0u);
}

Test(complaints, reported_after_the_deadline_stays_missed)
{
	/* complaint_late forgets it once reported; the report does not */
	cr_assert_eq(missed_on("2026-11-25 08:00", true, "2026-12-31"), (unsigned)LATE_REPORT);
}

Test(complaints, not_reported_and_no_cause_as_the_days_pass)
{
	cr_assert_eq(missed_on("", false, "2026-11-24"), 0u);
	cr_assert_eq(missed_on("", false, "2026-11-25"), (unsigned)LATE_REPORT);
	cr_assert_eq(missed_on("", false, "2026-11-27"), (unsigned)LATE_REPORT);
	/* Monday 11-30 is past Friday 11-27 */
	cr_assert_eq(missed_on("", false, "2026-11-30"), (unsigned)(LATE_REPORT | LATE_CAUSE));
	cr_assert_eq(missed_on("2026-11-23 10:00", false, "2026-11-30"), (unsigned)LATE_CAUSE);
}

Test(complaints, a_malformed_receipt_is_not_judged)
{
	struct complaint_facts c = { "soon", "", "", "", false };
	struct ymd t = day("2026-12-31");
	cr_assert_eq(complaint_missed(&cal, &c, &t), 0u);
}

Test(complaints, calendar_days_from_the_day_of_receipt)
{
	cr_assert_eq(complaint_days("2026-11-20 09:30", "2026-11-20"), 0);
	/* 20 → 30 November is 10 days, then 1 December */
	cr_assert_eq(complaint_days("2026-11-20 23:59", "2026-12-01"), 11);
	/* 30, 31 December, 1, 2 January */
	cr_assert_eq(complaint_days("2025-12-30 16:00", "2026-01-02"), 3);
	/* 2024 is a leap year: 28, 29 February, 1 March */
	cr_assert_eq(complaint_days("2024-02-28 10:00", "2024-03-01"), 2);
	cr_assert_eq(complaint_days("2026-11-20 09:30", ""), -1);
	cr_assert_eq(complaint_days("2026-11-20 09:30", "2026-11-19"), -1);
}

Test(complaints, tally_counts_and_means)
{
	/* A: Monday 03-02, reported the next day, replied on 03-05 (3 days),
	 * closed on 03-09 (7 days). B: Friday 03-06, reported Wednesday 03-11,
	 * after Tuesday 03-10: late; replied 03-16 (10 days), still open.
	 * C: Thursday 11-26, nothing yet, and today 11-27 is before its
	 * deadline Monday 11-30. */
	struct complaint_facts c[] = {
		{ "2026-03-02 09:00", "2026-03-03 10:00", "2026-03-05", "2026-03-09", true },
		{ "2026-03-06 10:00", "2026-03-11 10:00", "2026-03-16", "", true },
		{ "2026-11-26 15:00", "", "", "", false },
	};
	struct ymd today = day("2026-11-27");
	struct complaint_tally t = { 0 };
	double mean;
	cr_assert_not(complaint_tally_reply_mean(&t, &mean), "nothing to average yet");
	cr_assert_not(complaint_tally_close_mean(&t, &mean));
	for (int i = 0; i < 3; i++)
		complaint_tally_add(&t, &cal, &c[i], &today);
	cr_assert_eq(t.n, 3);
	cr_assert_eq(t.replied, 2);
	cr_assert_eq(t.reply_days, 13);
	cr_assert_eq(t.closed, 1);
	cr_assert_eq(t.close_days, 7);
	cr_assert_eq(t.late, 1);
	cr_assert(complaint_tally_reply_mean(&t, &mean));
	cr_assert_float_eq(mean, 6.5, 1e-9);
	cr_assert(complaint_tally_close_mean(&t, &mean));
	cr_assert_float_eq(mean, 7.0, 1e-9);
}
