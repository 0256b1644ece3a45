/* A licence's or certificate's status on a day (core/qualify.h), worked
 * out by hand from 2026-11-27: November has 30 days, so 2026-12-27 is 30
 * days on, 2027-01-26 is 60 and 2027-02-25 is 90. */
#include "config.h"
#include "core/qualify.h"

#include <criterion/criterion.h>

static void status_is(const char *expiry, enum qualify_status want, int want_days)
{
	int days = 12345;
	cr_expect_eq(qualify_status("2026-11-27", expiry, &days), want, "status of %s",
	             expiry ? expiry : "(none)");
	cr_expect_eq(days, want_days, "days to %s: %d", expiry ? expiry : "(none)", days);
}

Test(qualify, expired_before_the_day)
{
	status_is("2026-11-26", QUALIFY_EXPIRED, -1);
	status_is("2025-11-27", QUALIFY_EXPIRED, -365);
}

Test(qualify, its_last_day_is_still_valid)
{
	status_is("2026-11-27", QUALIFY_30, 0);
}

Test(qualify, stages_of_30_60_90_days)
{
	status_is("2026-12-27", QUALIFY_30, 30);
	status_is("2026-12-28", QUALIFY_60, 31);
	status_is("2027-01-26", QUALIFY_60, 60);
	status_is("2027-01-27", QUALIFY_90, 61);
	status_is("2027-02-25", QUALIFY_90, 90);
	status_is("2027-02-26", QUALIFY_VALID, 91);
}

Test(qualify, none_recorded_is_missing)
{
	status_is(NULL, QUALIFY_MISSING, 0);
	status_is("", QUALIFY_MISSING, 0);
}

Test(qualify, across_a_leap_day)
{
	int days;
	/* 2028-02-29 exists: 2028-02-01 to 2028-03-01 is 29 days */
	cr_expect_eq(qualify_status("2028-02-01", "2028-03-01", &days), QUALIFY_30);
	cr_expect_eq(days, 29);
}

Test(qualify, every_status_has_words)
{
	for (int st = 0; st < QUALIFY_COUNT; st++)
		cr_expect(qualify_label(st) && *qualify_label(st), "status %d", st);
	cr_expect_str_eq(qualify_label(QUALIFY_60), "expires within 60 days");
}
