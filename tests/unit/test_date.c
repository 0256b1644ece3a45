/* Calendar dates (base/date.h). Day numbers are counted by hand from
 * 1970-01-01 = 0: 365 days a year plus one per leap year passed. */
#include "config.h"
#include "base/date.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

TestSuite(date);

static void parses_to(const char *s, int y, int m, int d)
{
	struct ymd out = { 0, 0, 0 };
	enum date_status st = date_parse(s, &out);
	cr_assert_eq(st, DATE_OK, "date_parse(\"%s\") = %d, expected DATE_OK", s, st);
	cr_assert(out.y == y && out.m == m && out.d == d,
	          "date_parse(\"%s\") gave %d-%d-%d, expected %d-%d-%d", s, out.y, out.m, out.d,
	          y, m, d);
}

static void parse_fails(const char *s, enum date_status expect)
{
	struct ymd out = { 0, 0, 0 };
	enum date_status st = date_parse(s, &out);
	cr_assert_eq(st, expect, "date_parse(\"%s\") = %d, expected %d", s, st, expect);
}

Test(date, parse_accepted_spellings)
{
	parses_to("2025-03-05", 2025, 3, 5);
	parses_to("2025/3/5", 2025, 3, 5);
	parses_to("20250305", 2025, 3, 5);
	parses_to("2025-3-5", 2025, 3, 5);
	parses_to("2025-3-05", 2025, 3, 5);
	parses_to("2025/03/05", 2025, 3, 5);
	parses_to("2025-12-31", 2025, 12, 31);
}

Test(date, parse_leap_years)
{
	parses_to("2024-02-29", 2024, 2, 29);         /* divisible by 4 */
	parses_to("2000-02-29", 2000, 2, 29);         /* divisible by 400 */
	parse_fails("2025-02-29", DATE_IMPOSSIBLE);
	parse_fails("1900-02-29", DATE_IMPOSSIBLE);   /* by 100, not by 400 */
	parse_fails("2100-02-29", DATE_IMPOSSIBLE);
	parse_fails("2024-02-30", DATE_IMPOSSIBLE);
	parse_fails("20250229", DATE_IMPOSSIBLE);
	cr_assert(date_is_leap(2024));
	cr_assert(date_is_leap(2000));
	cr_assert_not(date_is_leap(1900));
	cr_assert_not(date_is_leap(2025));
	cr_assert_eq(date_days_in_month(2024, 2), 29);
	cr_assert_eq(date_days_in_month(2025, 2), 28);
	cr_assert_eq(date_days_in_month(2025, 4), 30);
	cr_assert_eq(date_days_in_month(2025, 12), 31);
	cr_assert_eq(date_days_in_month(2025, 13), 0);
	cr_assert_eq(date_days_in_month(2025, 0), 0);
}

Test(date, parse_impossible_months_and_days)
{
	parse_fails("2025-13-01", DATE_IMPOSSIBLE);
	parse_fails("2025-00-10", DATE_IMPOSSIBLE);
	parse_fails("2025-01-00", DATE_IMPOSSIBLE);
	parse_fails("2025-01-32", DATE_IMPOSSIBLE);
	parse_fails("2025-04-31", DATE_IMPOSSIBLE);
	parse_fails("2025/6/31", DATE_IMPOSSIBLE);
	parse_fails("20251301", DATE_IMPOSSIBLE);
	parse_fails("20250431", DATE_IMPOSSIBLE);
}

Test(date, parse_bad_formats)
{
	parse_fails("2025.03.05", DATE_FORMAT);
	parse_fails("25-3-5", DATE_FORMAT);
	parse_fails("2025-03-05x", DATE_FORMAT);     /* trailing text */
	parse_fails("2025-03-05 ", DATE_FORMAT);
	parse_fails("2025-03-05\n", DATE_FORMAT);
	parse_fails("20250305 ", DATE_FORMAT);
	parse_fails("", DATE_FORMAT);
	parse_fails("2025", DATE_FORMAT);
	parse_fails("2025-03", DATE_FORMAT);
	parse_fails("2025-03-", DATE_FORMAT);
	parse_fails("2025-03/05", DATE_FORMAT);      /* mixed separators */
	parse_fails("2025-003-05", DATE_FORMAT);
	parse_fails("202503051", DATE_FORMAT);       /* nine digits */
	parse_fails("2025035", DATE_FORMAT);         /* seven digits */
	parse_fails(" 2025-03-05", DATE_FORMAT);
	parse_fails("-2025-03-05", DATE_FORMAT);
	parse_fails("05/03/2025", DATE_FORMAT);
	parse_fails("2025年3月5日", DATE_FORMAT);
	parse_fails("２０２５-03-05", DATE_FORMAT);   /* fullwidth digits */
}

Test(date, parse_spelling_checked_before_calendar)
{
	/* not one of the accepted spellings (a 3-digit day or month), so
	 * DATE_FORMAT, even though the first digits read make day or month 0 */
	parse_fails("2025-03-005", DATE_FORMAT);
	parse_fails("2025-03-0055", DATE_FORMAT);
	parse_fails("2025-13-011", DATE_FORMAT);
	parse_fails("2025-03-051", DATE_FORMAT);   /* day 05 then a stray 1 */
}

Test(date, parse_year_range)
{
	parses_to("1900-01-01", 1900, 1, 1);
	parses_to("2999-12-31", 2999, 12, 31);
	parse_fails("1899-12-31", DATE_RANGE);
	parse_fails("3000-01-01", DATE_RANGE);
	parse_fails("0000-01-01", DATE_RANGE);
	parse_fails("9999/1/1", DATE_RANGE);
}

static void dt_parses_to(const char *s, int y, int m, int d, int hh, int mm)
{
	struct ymdhm t;
	memset(&t, 0, sizeof t);
	enum date_status st = datetime_parse(s, &t);
	cr_assert_eq(st, DATE_OK, "datetime_parse(\"%s\") = %d", s, st);
	cr_assert(t.date.y == y && t.date.m == m && t.date.d == d && t.hh == hh && t.mm == mm,
	          "datetime_parse(\"%s\") gave %d-%d-%d %d:%d", s, t.date.y, t.date.m, t.date.d,
	          t.hh, t.mm);
}

static void dt_fails(const char *s, enum date_status expect)
{
	struct ymdhm t;
	enum date_status st = datetime_parse(s, &t);
	cr_assert_eq(st, expect, "datetime_parse(\"%s\") = %d, expected %d", s, st, expect);
}

Test(date, datetime_space_and_t)
{
	dt_parses_to("2025-03-05 14:30", 2025, 3, 5, 14, 30);
	dt_parses_to("2025-03-05T14:30", 2025, 3, 5, 14, 30);
	dt_parses_to("2025/3/5 9:05", 2025, 3, 5, 9, 5);
	dt_parses_to("20250305T08:00", 2025, 3, 5, 8, 0);
	dt_parses_to("2024-02-29 00:00", 2024, 2, 29, 0, 0);
}

Test(date, datetime_hour_and_minute_limits)
{
	dt_parses_to("2025-03-05 23:59", 2025, 3, 5, 23, 59);
	dt_parses_to("2025-03-05 0:00", 2025, 3, 5, 0, 0);
	dt_fails("2025-03-05 24:00", DATE_IMPOSSIBLE);
	dt_fails("2025-03-05 12:60", DATE_IMPOSSIBLE);
	dt_fails("2025-03-05 99:99", DATE_IMPOSSIBLE);
	dt_fails("2025-02-29 10:00", DATE_IMPOSSIBLE);
	dt_fails("1899-12-31 10:00", DATE_RANGE);
}

Test(date, datetime_bad_formats)
{
	dt_fails("2025-03-05", DATE_FORMAT);          /* no time */
	dt_fails("2025-03-05 ", DATE_FORMAT);
	dt_fails("2025-03-05 14", DATE_FORMAT);
	dt_fails("2025-03-05 14:3", DATE_FORMAT);     /* one minute digit */
	dt_fails("2025-03-05 14:300", DATE_FORMAT);
	dt_fails("2025-03-05 14:30:00", DATE_FORMAT); /* seconds */
	dt_fails("2025-03-05 14:30 ", DATE_FORMAT);
	dt_fails("2025-03-05  14:30", DATE_FORMAT);   /* two spaces */
	dt_fails("2025-03-05_14:30", DATE_FORMAT);
	dt_fails("2025-03-05 123:00", DATE_FORMAT);
	dt_fails("2025-03-05T1430", DATE_FORMAT);
	dt_fails("", DATE_FORMAT);
}

Test(date, format_pads_with_zeros)
{
	char out[11], out2[17];
	struct ymd d = { 2025, 3, 5 };
	date_format(&d, out);
	cr_assert_str_eq(out, "2025-03-05");
	struct ymdhm t = { { 1900, 1, 1 }, 9, 5 };
	datetime_format(&t, out2);
	cr_assert_str_eq(out2, "1900-01-01 09:05");
}

static void days_are(int y, int m, int d, int64_t days)
{
	struct ymd v = { y, m, d };
	int64_t got = date_to_days(&v);
	cr_assert_eq(got, days, "%04d-%02d-%02d gave day %lld, expected %lld", y, m, d,
	             (long long)got, (long long)days);
	struct ymd back = date_from_days(days);
	cr_assert(back.y == y && back.m == m && back.d == d,
	          "day %lld gave %d-%d-%d, expected %d-%d-%d", (long long)days, back.y, back.m,
	          back.d, y, m, d);
}

Test(date, days_known_values)
{
	days_are(1970, 1, 1, 0);
	days_are(1970, 1, 2, 1);
	days_are(1969, 12, 31, -1);
	days_are(1971, 1, 1, 365);
	/* 1970..1999: 30 × 365 + 7 leap days (72 76 80 84 88 92 96) = 10957 */
	days_are(2000, 1, 1, 10957);
	/* + 31 (Jan) + 28 = 11016 for Feb 29; + 29 (Feb) = 11017 for Mar 1 */
	days_are(2000, 2, 29, 11016);
	days_are(2000, 3, 1, 11017);
	/* 1900..1969: 70 × 365 + 17 leap days (1904..1968; 1900 is not) = 25567 */
	days_are(1900, 1, 1, -25567);
	/* 1970..2024: 55 × 365 + 14 leap days (1972..2024) = 20089; + 31 + 28 + 4 */
	days_are(2025, 1, 1, 20089);
	days_are(2025, 3, 5, 20152);
	/* 2024-01-01 = 54 × 365 + 13 = 19723; + 31 + 28 = 19782 for Feb 29 */
	days_are(2024, 2, 29, 19782);
	/* 1970..2099: 130 × 365 + 32 leap days (1972..2096) = 47482; 2100 is not
	 * leap, so Mar 1 = 47482 + 31 + 28 = 47541 and the day before is Feb 28 */
	days_are(2100, 3, 1, 47541);
	days_are(2100, 2, 28, 47540);
	/* 2026-01-01 = 56 × 365 + 14 = 20454; Nov 27 is day 330 of 2026 */
	days_are(2026, 11, 27, 20784);
}

Test(date, days_round_trip_every_day)
{
	/* Walk the calendar day by day with days_in_month alone; each step
	 * must add exactly one and come back unchanged. */
	struct ymd d = { 1900, 1, 1 };
	int64_t expect = -25567;
	int steps = 0;
	while (d.y <= 2999) {
		int64_t n = date_to_days(&d);
		cr_assert_eq(n, expect, "%d-%d-%d gave %lld, expected %lld", d.y, d.m, d.d,
		             (long long)n, (long long)expect);
		struct ymd back = date_from_days(n);
		cr_assert(back.y == d.y && back.m == d.m && back.d == d.d);
		expect++;
		steps++;
		if (++d.d > date_days_in_month(d.y, d.m)) {
			d.d = 1;
			if (++d.m > 12) {
				d.m = 1;
				d.y++;
			}
		}
	}
	/* 1100 years: 1100 × 365 + 267 leap days (275 multiples of 4 from 1900
	 * to 2996, less 1900 2100 2200 2300 2500 2600 2700 2900) */
	cr_assert_eq(steps, 1100 * 365 + 267);
}

Test(date, compare)
{
	struct ymd a = { 2025, 3, 5 }, b = { 2025, 3, 6 }, c = { 2024, 12, 31 }, a2 = { 2025, 3, 5 };
	cr_assert_lt(date_compare(&a, &b), 0);
	cr_assert_gt(date_compare(&b, &a), 0);
	cr_assert_gt(date_compare(&a, &c), 0);
	cr_assert_eq(date_compare(&a, &a2), 0);
}

static void weekday_is(int y, int m, int d, int wd)
{
	struct ymd v = { y, m, d };
	cr_assert_eq(date_weekday(&v), wd, "%04d-%02d-%02d weekday %d, expected %d", y, m, d,
	             date_weekday(&v), wd);
}

Test(date, weekday_monday_is_zero)
{
	weekday_is(2025, 3, 5, 2);    /* Wednesday: (20152 + 3) mod 7 = 2 */
	weekday_is(2025, 3, 3, 0);    /* the Monday of that week */
	weekday_is(2025, 3, 9, 6);    /* its Sunday */
	weekday_is(1970, 1, 1, 3);    /* Thursday */
	weekday_is(1969, 12, 31, 2);  /* Wednesday, before day 0 */
	weekday_is(1900, 1, 1, 0);    /* Monday: -25567 + 3 = -25564 = -3652 × 7 */
	weekday_is(2024, 2, 29, 3);   /* Thursday: 19785 mod 7 = 3 */
	weekday_is(2026, 11, 27, 4);  /* Friday: 20787 mod 7 = 4 */
}

Test(date, clock_test_reads_env)
{
	struct ymdhm t;
	memset(&t, 0, sizeof t);
	bool set = false;
	cr_assert_eq(setenv("GSPDESK_NOW", "2026-11-27T10:00", 1), 0);
	cr_assert(clock_test(&t, &set) && set);
	cr_assert(t.date.y == 2026 && t.date.m == 11 && t.date.d == 27 && t.hh == 10 && t.mm == 0);
	cr_assert_eq(setenv("GSPDESK_NOW", "2024-02-29T23:59", 1), 0);
	cr_assert(clock_test(&t, &set) && set);
	cr_assert(t.date.y == 2024 && t.date.m == 2 && t.date.d == 29 && t.hh == 23 && t.mm == 59);
	cr_assert_eq(unsetenv("GSPDESK_NOW"), 0);
	cr_assert(clock_test(&t, &set) && !set);
}

Test(date, clock_test_refuses_malformed_env)
{
	static const char *bad[] = { "tomorrow", "2026-11-27", "2026-11-27T25:00",
	                             "2025-02-29T10:00", "2026-11-27T10:00Z", "1899-01-01T00:00" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct ymdhm t;
		bool set = false;
		cr_assert_eq(setenv("GSPDESK_NOW", bad[i], 1), 0);
		cr_assert_not(clock_test(&t, &set), "GSPDESK_NOW=%s was accepted", bad[i]);
	}
	cr_assert_eq(unsetenv("GSPDESK_NOW"), 0);
}

Test(date, clock_now_is_the_system_clock_whatever_the_env)
{
	cr_assert_eq(setenv("GSPDESK_NOW", "2999-01-01T00:00", 1), 0);
	time_t before = time(NULL);
	struct ymdhm t;
	clock_now(&t);
	time_t after = time(NULL);
	cr_assert_eq(unsetenv("GSPDESK_NOW"), 0);
	struct tm a, b;
	localtime_r(&before, &a);
	localtime_r(&after, &b);
	bool is_a = t.date.y == a.tm_year + 1900 && t.date.m == a.tm_mon + 1 &&
	            t.date.d == a.tm_mday && t.hh == a.tm_hour && t.mm == a.tm_min;
	bool is_b = t.date.y == b.tm_year + 1900 && t.date.m == b.tm_mon + 1 &&
	            t.date.d == b.tm_mday && t.hh == b.tm_hour && t.mm == b.tm_min;
	cr_assert(is_a || is_b);
}

Test(date, utc_stamp_shape)
{
	char s[21];
	clock_utc_stamp(s);
	cr_assert_eq(strlen(s), 20);
	cr_assert(s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' &&
	          s[19] == 'Z', "stamp %s", s);
	struct ymdhm t;
	char head[17];
	memcpy(head, s, 16);
	head[16] = '\0';
	cr_assert_eq(datetime_parse(head, &t), DATE_OK, "stamp %s", s);
}
