/* The due list (core/due.h) on a hand-built ledger; today is 2026-11-27
 * 10:00 ($GSPDESK_NOW). Every date and days-left below is counted on the
 * calendar by hand: November has 30 days, December 31. */
#include "config.h"
#include "fixture.h"
#include "core/due.h"
#include "base/strbuf.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(due, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static void products(void)
{
	fx_add_ok("products", "code=S1", "name=无菌敷料", "sterile=yes", NULL);
	fx_add_ok("products", "code=N1", "name=血压计", "sterile=no", NULL);
	fx_add_ok("products", "code=IM", "name=骨钉", "implant=yes", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
}

static const struct due_row *find(const struct due_list *l, const char *kind, int64_t id)
{
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->rows[i].kind, kind) == 0 && l->rows[i].id == id)
			return &l->rows[i];
	return NULL;
}

static void collect(int days, struct due_list *l)
{
	struct gerr err = { 0 };
	cr_assert_eq(due_collect(&fx.s, days, l, &err), 0, "%s", err.msg);
}

#define SALE(p, q, num, sold, exp) \
	fx_add_ok("sales", "product=" p, "qty=" q, num, "sale_date=" sold, exp, "customer=C001", NULL)

Test(due, resterilisation_once_a_year_has_passed_and_the_expiry)
{
	products();
	/* due = the later of sale + 1 year (2026-10-01) and expiry (2026-11-20):
	 * 2026-11-20, 7 days late */
	int64_t late = SALE("S1", "10", "batch=A", "2025-10-01", "expiry=2026-11-20");
	/* due = later of 2027-01-15 and 2026-06-30 = 2027-01-15: 3 + 31 + 15 = 49 days */
	int64_t next_year = SALE("S1", "10", "batch=B", "2026-01-15", "expiry=2026-12-01");
	/* not sterile: never re-sterilised */
	int64_t plain = SALE("N1", "1", "serial=BP1", "2024-01-01", "expiry=2025-01-01");
	struct due_list l;
	collect(30, &l);
	const struct due_row *r = find(&l, "resterilise", late);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-20");
	cr_assert_eq(r->left_min, -7 * 1440);
	cr_assert_not(r->timed);
	cr_assert_null(find(&l, "resterilise", next_year)); /* 49 days is past 30 */
	cr_assert_null(find(&l, "resterilise", plain));
	due_list_free(&l);
	collect(49, &l);
	r = find(&l, "resterilise", next_year);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2027-01-15");
	cr_assert_eq(r->left_min, 49 * 1440);
	due_list_free(&l);
	collect(48, &l);
	cr_assert_null(find(&l, "resterilise", next_year));
	due_list_free(&l);
}

Test(due, expiring_within_the_days_asked)
{
	products();
	int64_t today = SALE("N1", "1", "batch=T", "2026-11-01", "expiry=2026-11-27");   /* 0 */
	int64_t soon = SALE("N1", "1", "batch=S", "2026-11-01", "expiry=2026-12-10");    /* 3 + 10 = 13 */
	int64_t edge = SALE("N1", "1", "batch=E", "2026-11-01", "expiry=2026-12-27");    /* 3 + 27 = 30 */
	int64_t later = SALE("N1", "1", "batch=L", "2026-11-01", "expiry=2026-12-28");   /* 31 */
	int64_t gone = SALE("N1", "1", "batch=G", "2026-11-01", "expiry=2026-11-26");    /* expired */
	struct due_list l;
	collect(30, &l);
	cr_assert_eq(find(&l, "expiring", today)->left_min, 0);
	cr_assert_eq(find(&l, "expiring", soon)->left_min, 13 * 1440);
	cr_assert_eq(find(&l, "expiring", edge)->left_min, 30 * 1440);
	cr_assert_null(find(&l, "expiring", later));
	cr_assert_null(find(&l, "expiring", gone));
	cr_assert_eq(l.n, 3);
	char left[32];
	due_left_text(find(&l, "expiring", soon), left);
	cr_assert_str_eq(left, "13 d");
	due_list_free(&l);
	collect(31, &l);
	cr_assert_not_null(find(&l, "expiring", later));
	due_list_free(&l);
}

Test(due, implant_lines_without_records_after_90_days)
{
	products();
	/* 2026-08-01 + 90 days = 2026-10-30 (30 to 08-31, 60 to 09-30, 90 to
	 * 10-30); today is 28 days later */
	int64_t two = SALE("IM", "2", "batch=K1", "2026-08-01", "expiry=");
	fx_add_ok("implants", "sale=1", "hospital=C001", "patient=张三", "use_date=2026-08-10", NULL);
	/* followed without naming the line: same product, hospital and serial */
	int64_t one = SALE("IM", "1", "serial=SN7", "2026-08-01", "expiry=");
	fx_add_ok("implants", "product=IM", "serial=SN7", "hospital=C001", "patient=李四",
	          "use_date=2026-08-10", NULL);
	/* 2026-09-01 + 90 = 2026-11-30: 3 days left */
	int64_t recent = SALE("IM", "1", "batch=K2", "2026-09-01", "expiry=");
	/* 2026-10-01 + 90 = 2026-12-30: 33 days, past the 30 asked */
	int64_t young = SALE("IM", "1", "batch=K3", "2026-10-01", "expiry=");
	struct due_list l;
	collect(30, &l);
	const struct due_row *r = find(&l, "implant", two);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-10-30");
	cr_assert_eq(r->left_min, -28 * 1440);
	cr_assert(strstr(r->what, "1 of 2") != NULL, "%s", r->what);
	cr_assert_null(find(&l, "implant", one));
	cr_assert_eq(find(&l, "implant", recent)->left_min, 3 * 1440);
	cr_assert_null(find(&l, "implant", young));
	/* sorted by time left: -28 before 3 */
	cr_assert_eq(l.rows[0].id, two);
	due_list_free(&l);
}

Test(due, timed_rows_count_hours_from_now)
{
	struct due_list l = { 0 };
	struct due_ctx c = { .s = &fx.s, .today = fx.s.now.date, .out = &l };
	struct ymdhm tomorrow = { { 2026, 11, 28 }, 9, 0 }, later = { { 2026, 11, 30 }, 10, 0 },
	             past = { { 2026, 11, 26 }, 10, 30 };
	due_add_time(&c, "implant", "sales", 1, xstrdup("a"), &tomorrow);
	due_add_time(&c, "implant", "sales", 2, xstrdup("b"), &later);
	due_add_time(&c, "implant", "sales", 3, xstrdup("c"), &past);
	char left[32];
	cr_assert_eq(l.rows[0].left_min, 23 * 60);         /* 10:00 to 09:00 next day */
	due_left_text(&l.rows[0], left);
	cr_assert_str_eq(left, "23 h");
	cr_assert_eq(l.rows[1].left_min, 3 * 1440);        /* three whole days */
	due_left_text(&l.rows[1], left);
	cr_assert_str_eq(left, "3 d");
	cr_assert_eq(l.rows[2].left_min, -(23 * 60 + 30)); /* 10:30 yesterday */
	due_left_text(&l.rows[2], left);
	cr_assert_str_eq(left, "-23 h");
	cr_assert_str_eq(l.rows[0].due, "2026-11-28 09:00");
	due_list_free(&l);
}

Test(due, add_years_keeps_the_day_or_the_month_end)
{
	struct ymd leap = { 2024, 2, 29 }, plain = { 2025, 10, 1 };
	struct ymd a = due_add_years(&leap, 1), b = due_add_years(&plain, 1);
	cr_assert(a.y == 2025 && a.m == 2 && a.d == 28);
	cr_assert(b.y == 2026 && b.m == 10 && b.d == 1);
}

/* An operator marked retrain is due on the retrain date (or at once, the
 * session's date, without one) until a later session records a pass.
 * Session 2026-11-10 (17 days ago): 刘敏 retrain by 2026-12-01 (4 days
 * left), 王芳 with no date (due 11-10, 17 days late), 赵强 by 2027-01-10
 * (44 days: past the 30 asked). A pass on 2026-11-20 clears 王芳 only. */
Test(due, operators_to_retrain_until_a_later_pass)
{
	fx_add_ok("training", "date=2026-11-10", "topic=监护仪操作", "kind=customer",
	          "customer=C001", "trainer=赵磊", "hours=2", NULL);
	int64_t liu = fx_add_ok("attendees", "session=1", "name=刘敏", "unit=ICU",
	                        "result=retrain", "retrain_date=2026-12-01", NULL);
	int64_t wang = fx_add_ok("attendees", "session=1", "name=王芳", "unit=ICU",
	                         "result=retrain", NULL);
	int64_t zhao = fx_add_ok("attendees", "session=1", "name=赵强", "unit=ICU",
	                         "result=retrain", "retrain_date=2027-01-10", NULL);
	struct due_list l;
	collect(30, &l);
	const struct due_row *r = find(&l, "retrain", liu);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-12-01");
	cr_assert_eq(r->left_min, 4 * 1440);
	cr_assert_str_eq(r->form, "attendees");
	cr_assert(strstr(r->what, "刘敏") != NULL, "%s", r->what);
	r = find(&l, "retrain", wang);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-10");
	cr_assert_eq(r->left_min, -17 * 1440);
	cr_assert_null(find(&l, "retrain", zhao));
	due_list_free(&l);
	fx_add_ok("training", "date=2026-11-20", "topic=监护仪操作复训", "kind=customer",
	          "customer=C001", "trainer=赵磊", "hours=1", NULL);
	fx_add_ok("attendees", "session=2", "name=王芳", "unit=ICU", "result=passed", NULL);
	collect(30, &l);
	cr_assert_null(find(&l, "retrain", wang), "passed at a later session");
	cr_assert_not_null(find(&l, "retrain", liu));
	due_list_free(&l);
}

/* An adverse event's written report to the manager and the notices to
 * purchasing and the engineer are due one working day after it was
 * learned of, on China's calendar: learned Wednesday 2026-09-30, 国庆
 * runs 10-01 to 10-07, so due Thursday 10-08 (50 days late at 11-27);
 * learned Friday 11-27 08:00, due Monday 11-30 (3 days). Done ones, and
 * closed events, are not listed. */
Test(due, event_notices_within_one_working_day)
{
	int64_t autumn = fx_add_ok("events", "learned_at=2026-09-30 10:00", "product=P001",
	                           "severity=other", "use_description=x",
	                           "manager_report_at=2026-09-30 15:00", NULL);
	int64_t today = fx_add_ok("events", "learned_at=2026-11-27 08:00", "product=P001",
	                          "severity=other", "use_description=x", NULL);
	int64_t done = fx_add_ok("events", "learned_at=2026-11-20 08:00", "product=P001",
	                         "severity=other", "use_description=x",
	                         "manager_report_at=2026-11-20 09:00",
	                         "purchasing_notified_at=2026-11-20 09:00",
	                         "engineer_notified_at=2026-11-20 09:00", NULL);
	int64_t closed = fx_add_ok("events", "learned_at=2026-11-20 08:00", "product=P001",
	                           "severity=other", "use_description=x", "status=closed", NULL);
	struct due_list l;
	collect(30, &l);
	const struct due_row *r = find(&l, "notice", autumn);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-10-08");
	cr_assert_eq(r->left_min, -50 * 1440);
	cr_assert_str_eq(r->what, "purchasing, the engineer");
	r = find(&l, "notice", today);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-30");
	cr_assert_eq(r->left_min, 3 * 1440);
	cr_assert_str_eq(r->what, "written report to the manager, purchasing, the engineer");
	cr_assert_null(find(&l, "notice", done));
	cr_assert_null(find(&l, "notice", closed));
	due_list_free(&l);
}
