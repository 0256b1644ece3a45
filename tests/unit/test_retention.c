/* Retention (issue 15): each record's keeping date, worked out by hand
 * from GSP's rule — two years after the unit's expiry date, at least five
 * years after the record's date, for ever for an implanted product.
 * Fixture: P001 (not an implant), C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/retention.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(retention, .init = fx_setup, .fini = fx_teardown, .timeout = 60);

static struct retention of(const char *form, int64_t id)
{
	struct retention r;
	bool found = false;
	struct gerr err = { 0 };
	cr_assert_eq(retention_of(&fx.s, form_find(form), id, &r, &found, &err), 0, "%s", err.msg);
	cr_assert(found, "%s %lld has a keeping date", form, (long long)id);
	return r;
}

static void kept(const char *form, int64_t id, enum retention_basis basis, const char *until)
{
	struct retention r = of(form, id);
	cr_assert_eq(r.basis, basis, "%s %lld: basis %d, expected %d", form, (long long)id,
	             r.basis, basis);
	cr_assert_str_eq(r.until, until, "%s %lld", form, (long long)id);
}

Test(retention, sales_lines_by_expiry_or_five_years)
{
	int64_t none = fx_add_ok("sales", "product=P001", "qty=1", "batch=N1", "sale_date=2026-03-05",
	                         "customer=C001", NULL);
	int64_t longer = fx_add_ok("sales", "product=P001", "qty=1", "batch=B1",
	                           "expiry=2032-06-30", "sale_date=2026-03-05", "customer=C001", NULL);
	int64_t shorter = fx_add_ok("sales", "product=P001", "qty=1", "batch=B2",
	                            "expiry=2027-01-31", "sale_date=2026-03-05", "customer=C001", NULL);
	int64_t leap = fx_add_ok("sales", "product=P001", "qty=1", "batch=L1", "sale_date=2024-02-29",
	                         "customer=C001", NULL);
	kept("sales", none, RETAIN_YEARS, "2031-03-05");      /* no expiry: five years */
	kept("sales", longer, RETAIN_EXPIRY, "2034-06-30");   /* 2032-06-30 + 2 years */
	kept("sales", shorter, RETAIN_YEARS, "2031-03-05");   /* 2029-01-31 is sooner */
	kept("sales", leap, RETAIN_YEARS, "2029-03-01");      /* 2029 has no 29 February */
	struct retention r = of("sales", longer);
	cr_assert_str_eq(r.expiry, "2032-06-30");
	char text[160];
	retention_text(&r, text, sizeof text);
	cr_assert_str_eq(text, "2034-06-30 (2 years after the expiry date 2032-06-30)");
}

Test(retention, implants_for_ever)
{
	fx_add_ok("products", "code=P9", "name=心脏起搏器", "implant=yes", NULL);
	int64_t sale = fx_add_ok("sales", "product=P9", "qty=1", "serial=PM1", "expiry=2027-01-31",
	                         "sale_date=2026-03-05", "customer=C001", NULL);
	int64_t use = fx_add_ok("implants", "sale=1", "hospital=C001", "patient=张三",
	                        "use_date=2026-03-10", NULL);
	int64_t event = fx_add_ok("events", "learned_at=2026-04-01 09:00", "product=P9",
	                          "severity=other", "use_description=x", "serial=pm1", NULL);
	kept("sales", sale, RETAIN_FOREVER, "");
	kept("implants", use, RETAIN_FOREVER, "");
	kept("events", event, RETAIN_FOREVER, "");
	struct retention r = of("sales", sale);
	cr_assert(!retention_past(&r, "2999-12-31"));
	char text[160];
	retention_text(&r, text, sizeof text);
	cr_assert_str_eq(text, "for ever (an implanted product)");
}

Test(retention, other_records_take_their_units_expiry_by_key)
{
	fx_add_ok("sales", "product=P001", "qty=1", "batch=B1", "expiry=2032-06-30",
	          "sale_date=2026-03-05", "customer=C001", NULL);
	fx.s.override_reason = "厂家说明函"; /* the same batch with an earlier expiry */
	fx_add_ok("sales", "product=P001", "qty=1", "batch=B1", "expiry=2031-01-31",
	          "sale_date=2026-03-06", "customer=C001", NULL);
	fx.s.override_reason = NULL;
	/* typed in lower case: the batch's latest expiry, 2032-06-30, + 2 years */
	int64_t k = fx_add_ok("complaints", "received_at=2026-04-01 09:00", "customer=C001",
	                      "product=P001", "batch=b1", "content=破损", NULL);
	kept("complaints", k, RETAIN_EXPIRY, "2034-06-30");
	/* no batch: five years after the date received */
	int64_t old = fx_add_ok("complaints", "received_at=2020-01-10 09:00", "customer=C001",
	                        "content=旧投诉", NULL);
	kept("complaints", old, RETAIN_YEARS, "2025-01-10");
	struct retention r = of("complaints", old);
	cr_assert(retention_past(&r, "2026-11-27"), "past its keeping date today");
	cr_assert(!retention_past(&r, "2025-01-10"), "kept on its last day");
	int64_t q = fx_add_ok("quality", "date=2026-05-01", "product=P001", "customer=C001",
	                      "performance=良好", NULL);
	kept("quality", q, RETAIN_YEARS, "2031-05-01");
}

Test(retention, only_the_records_of_the_business)
{
	cr_assert(retention_applies(form_find("sales")));
	cr_assert(retention_applies(form_find("surveys")));
	cr_assert(retention_applies(form_find("training")));
	cr_assert(!retention_applies(form_find("customers")));
	cr_assert(!retention_applies(form_find("products")));
	cr_assert(!retention_applies(form_find("survey_scores")), "kept with their survey");
	cr_assert(!retention_applies(form_find("attendees")), "kept with their session");
	cr_assert(!retention_applies(form_find("holidays")));
	cr_assert(!retention_applies(form_find("staff")));
}
