/* China's working calendar. The shipped years are checked day by day
 * against the notices as ../shared/domain.md lists them, typed here again
 * in the notices' own shape, and by the yearly totals: the days of the
 * year less its weekend days (104 in each) less the statutory holidays
 * (11 in 2024, 13 from 2025), make-up days only moving rest days about:
 * 2024 366 - 104 - 11 = 251, 2025 and 2026 365 - 104 - 13 = 248. The
 * deadlines are worked out on a calendar by hand. */
#include "config.h"
#include "core/complaints.h"
#include "base/workcal.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

static struct ymd day(const char *s)
{
	struct ymd d;
	cr_assert_eq(date_parse(s, &d), DATE_OK, "%s", s);
	return d;
}

static const struct workcal none;

/* "off A–B; ..." and "work A, B, ..." as domain.md writes them */
static const struct {
	int year;
	const char *off, *work;
} notices[] = {
	{ 2024, "2023-12-30..2024-01-01 2024-02-10..2024-02-17 2024-04-04..2024-04-06 "
	        "2024-05-01..2024-05-05 2024-06-08..2024-06-10 2024-09-15..2024-09-17 "
	        "2024-10-01..2024-10-07",
	  "2024-02-04 2024-02-18 2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12" },
	{ 2025, "2025-01-01..2025-01-01 2025-01-28..2025-02-04 2025-04-04..2025-04-06 "
	        "2025-05-01..2025-05-05 2025-05-31..2025-06-02 2025-10-01..2025-10-08",
	  "2025-01-26 2025-02-08 2025-04-27 2025-09-28 2025-10-11" },
	{ 2026, "2026-01-01..2026-01-03 2026-02-15..2026-02-23 2026-04-04..2026-04-06 "
	        "2026-05-01..2026-05-05 2026-06-19..2026-06-21 2026-09-25..2026-09-27 "
	        "2026-10-01..2026-10-07",
	  "2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10" },
};

static bool in_off(const char *off, const char *iso)
{
	char from[11], to[11];
	int used;
	for (const char *p = off; sscanf(p, " %10[0-9-]..%10[0-9-]%n", from, to, &used) == 2; p += used)
		if (strcmp(iso, from) >= 0 && strcmp(iso, to) <= 0)
			return true;
	return false;
}

Test(workcal, shipped_years_day_by_day)
{
	for (size_t k = 0; k < sizeof notices / sizeof notices[0]; k++) {
		int workdays = 0;
		for (int64_t n = date_to_days(&(struct ymd){ notices[k].year, 1, 1 });; n++) {
			struct ymd d = date_from_days(n);
			if (d.y != notices[k].year)
				break;
			char iso[11];
			date_format(&d, iso);
			bool want = strstr(notices[k].work, iso) ? true
			            : in_off(notices[k].off, iso) ? false
			                                          : date_weekday(&d) < 5;
			cr_expect_eq(workcal_is_workday(&none, &d), want, "%s: %s", iso,
			             want ? "a working day" : "a day off");
			workdays += want;
		}
		cr_expect(workcal_known(&none, notices[k].year));
		int want_total = notices[k].year == 2024 ? 251 : 248;
		cr_expect_eq(workdays, want_total, "%d has %d working days", notices[k].year, workdays);
	}
	/* the run that starts 2024's New Year lies in 2023 */
	struct ymd eve = day("2023-12-30");
	cr_expect_not(workcal_is_workday(&none, &eve));
	int n;
	const char *notice;
	cr_expect_not_null(workcal_shipped(2025, &n, &notice));
	cr_expect_str_eq(notice, "国办发明电〔2024〕12号");
}

static void expect_add(const struct workcal *c, const char *from, int n, const char *want)
{
	struct ymd d = day(from), r = workcal_add(c, &d, n);
	char out[11];
	date_format(&r, out);
	cr_expect_str_eq(out, want, "%s + %d working days", from, n);
}

Test(workcal, national_day_2026)
{
	/* Wed 09-30, then 10-01..07 off: Thu 10-08 is 1, Fri 10-09 is 2;
	 * Sat 10-10 is a make-up day: 3, Mon 10-12 4, Tue 10-13 5 */
	expect_add(&none, "2026-09-30", 1, "2026-10-08");
	expect_add(&none, "2026-09-30", 2, "2026-10-09");
	expect_add(&none, "2026-09-30", 3, "2026-10-10");
	expect_add(&none, "2026-09-30", 5, "2026-10-13");
	/* Thu 09-24, then Fri 09-25 (中秋) off, Sun 09-20 was the make-up day */
	expect_add(&none, "2026-09-24", 1, "2026-09-28");
}

Test(workcal, spring_festival_2026)
{
	/* Fri 02-13; Sat 02-14 is worked; 02-15..23 off; Tue 02-24 on */
	expect_add(&none, "2026-02-13", 1, "2026-02-14");
	expect_add(&none, "2026-02-13", 2, "2026-02-24");
	expect_add(&none, "2026-02-13", 5, "2026-02-27");
	/* Fri 02-27, Sat 02-28 worked, then Mon 03-02 */
	expect_add(&none, "2026-02-27", 1, "2026-02-28");
	expect_add(&none, "2026-02-27", 2, "2026-03-02");
	/* 2025: Fri 01-24, Sun 01-26 worked, Mon 01-27, 01-28..02-04 off, Wed 02-05 */
	expect_add(&none, "2025-01-24", 1, "2025-01-26");
	expect_add(&none, "2025-01-24", 3, "2025-02-05");
}

Test(workcal, the_office_adds_a_year_and_corrects_a_day)
{
	struct workcal_day added[] = {
		{ { 2027, 1, 1 }, WORKCAL_HOLIDAY },
		{ { 2026, 10, 8 }, WORKCAL_HOLIDAY }, /* a correction to a shipped year */
	};
	struct workcal c;
	cr_expect_not(workcal_known(&none, 2027), "2027 was not announced when this was built");
	workcal_init(&c, added, 2);
	cr_expect(workcal_known(&c, 2027));
	cr_expect_not(workcal_known(&c, 2028));
	/* Thu 2026-12-31 + 1: Fri 2027-01-01 off, Mon 01-04 */
	expect_add(&c, "2026-12-31", 1, "2027-01-04");
	/* 10-08 off as well: Fri 10-09 is 1, Sat 10-10 is 2 */
	expect_add(&c, "2026-09-30", 2, "2026-10-10");
	workcal_free(&c);
	/* an unknown year falls back to Monday to Friday */
	expect_add(&none, "2026-12-31", 1, "2027-01-01");
}

Test(workcal, complaint_over_national_day_is_in_time)
{
	/* received Wed 2026-09-30, reported Thu 10-08, the first working day
	 * after 国庆: within 2 working days (due Fri 10-09); a cause is due by
	 * Tue 10-13 */
	struct complaint_facts c = { "2026-09-30 16:00", "2026-10-08 09:00", "", "", false };
	struct ymd t = day("2026-10-13");
	cr_expect_eq(complaint_missed(&none, &c, &t), 0u);
	t = day("2026-10-14");
	cr_expect_eq(complaint_missed(&none, &c, &t), (unsigned)LATE_CAUSE);
	/* reported Mon 10-12 was late: Fri 10-09 and Sat 10-10 came first */
	struct complaint_facts late = { "2026-09-30 16:00", "2026-10-12 09:00", "", "", true };
	cr_expect_eq(complaint_missed(&none, &late, &t), (unsigned)LATE_REPORT);
}
