/* The due list (core/due.h) on a hand-built ledger; today is 2026-11-27
 * 10:00 ($GSPDESK_NOW). Every date and days-left below is counted on the
 * calendar by hand: November has 30 days, December 31. The window of the
 * re-sterilisation rows is 90 days: expiries from 2026-08-29 on (08-29 to
 * 08-31 is 2 days, September 30, October 31, November 27: 90). */
#include "config.h"
#include "fixture.h"
#include "core/due.h"
#include "core/due_handle.h"
#include "core/records.h"
#include "base/strbuf.h"

#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

TestSuite(due, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

/* ids: S1 2, M1 3, N1 4, IM 5 (P001 is 1); customers C001 1, C2 2 */
static void products(void)
{
	fx_add_ok("products", "code=S1", "name=手术器械包", "sterile=yes", "resterilisable=yes", NULL);
	fx_add_ok("products", "code=M1", "name=医用口罩", "sterile=yes", "resterilisable=no", NULL);
	fx_add_ok("products", "code=N1", "name=血压计", "sterile=no", NULL);
	fx_add_ok("products", "code=IM", "name=骨钉", "implant=yes", "sterile=yes",
	          "resterilisable=yes", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
}

static const struct due_row *find(const struct due_list *l, const char *kind, const char *key)
{
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->rows[i].kind, kind) == 0 && strcmp(l->rows[i].key, key) == 0)
			return &l->rows[i];
	return NULL;
}

static const struct due_row *find_id(const struct due_list *l, const char *kind, int64_t id)
{
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->rows[i].kind, kind) == 0 && l->rows[i].id == id)
			return &l->rows[i];
	return NULL;
}

static int count(const struct due_list *l, const char *kind)
{
	int n = 0;
	for (int i = 0; i < l->n; i++)
		n += strcmp(l->rows[i].kind, kind) == 0;
	return n;
}

static int count_row(void *arg, const struct record *r)
{
	(void)r;
	(*(int *)arg)++;
	return 0;
}

static void collect_window(int days, int window, struct due_list *l)
{
	struct gerr err = { 0 };
	struct due_query q = { .days = days, .window = window };
	cr_assert_eq(due_collect(&fx.s, &q, l, &err), 0, "%s", err.msg);
}

static void collect(int days, struct due_list *l)
{
	collect_window(days, -1, l);
}

static int64_t handle(const char *kind, const char *key, const char *outcome)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	cr_assert_eq(due_handle(&fx.s, kind, key, outcome, "打过电话", &id, &err), 0, "%s", err.msg);
	return id;
}

#define SALE(p, q, num, sold, exp) \
	fx_add_ok("sales", "product=" p, "qty=" q, num, "sale_date=" sold, exp, "customer=C001", NULL)

/* Batch A of S1 at C001: 10 sold 2025-10-01 and 5 on 2025-10-05, sterile
 * until 2026-11-20; 3 of the first line came back. One row: due the later
 * of 2026-10-05 (a year after the newest sale) and 2026-11-20, 7 days
 * late, 15 - 3 = 12 units. The masks (M1, single-use) never; batch O
 * expired 2026-08-28, 91 days ago, only with a window of 91; batch E
 * expired 2026-08-29, just inside: due then, 90 days late. */
Test(due, resterilisation_per_customer_product_and_batch)
{
	products();
	int64_t a1 = SALE("S1", "10", "batch=A", "2025-10-01", "expiry=2026-11-20");
	int64_t a2 = SALE("S1", "5", "batch=A", "2025-10-05", "expiry=2026-11-20");
	fx_add_ok("returns", "sale=1", "qty=3", "reason=包装破损", NULL);
	(void)a1;
	SALE("M1", "100", "batch=A", "2025-10-01", "expiry=2026-11-20");
	SALE("S1", "4", "batch=O", "2024-01-01", "expiry=2026-08-28");
	SALE("S1", "2", "batch=E", "2025-01-01", "expiry=2026-08-29");
	struct due_list l;
	collect(30, &l);
	cr_assert_eq(count(&l, "resterilise"), 2);
	const struct due_row *r = find(&l, "resterilise", "1/2/A");
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-20");
	cr_assert_eq(r->left_min, -7 * 1440);
	cr_assert_eq(r->id, a2, "opens the newest line");
	cr_assert_str_eq(r->customer, FX_CUSTOMER_NAME);
	cr_assert(strstr(r->what, "×12") != NULL, "%s", r->what);
	r = find(&l, "resterilise", "1/2/E");
	cr_assert_not_null(r);
	cr_assert_eq(r->left_min, -90 * 1440);
	cr_assert_null(find(&l, "resterilise", "1/2/O"));
	due_list_free(&l);
	collect_window(30, 91, &l);
	cr_assert_not_null(find(&l, "resterilise", "1/2/O"), "shown on request");
	due_list_free(&l);
}

/* A year after the newest sale: B sold 2026-01-15, expired 2026-11-01,
 * is due 2027-01-15, 49 days away (3 + 31 + 15). */
Test(due, resterilisation_waits_a_year_after_the_sale)
{
	products();
	SALE("S1", "10", "batch=B", "2026-01-15", "expiry=2026-11-01");
	struct due_list l;
	collect(48, &l);
	cr_assert_null(find(&l, "resterilise", "1/2/B"));
	due_list_free(&l);
	collect(49, &l);
	const struct due_row *r = find(&l, "resterilise", "1/2/B");
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2027-01-15");
	cr_assert_eq(r->left_min, 49 * 1440);
	due_list_free(&l);
}

/* Implanted units are in patients, not at the customer: 3 bone nails of
 * batch K (sold 2025-06-01, sterile until 2026-11-01: due 11-01, 26 days
 * late), 2 implanted: one left; the third implanted: no row. */
Test(due, implanted_units_are_not_resterilised)
{
	products();
	int64_t line = SALE("IM", "3", "batch=K", "2025-06-01", "expiry=2026-11-01");
	char sale[32];
	snprintf(sale, sizeof sale, "sale=%" PRId64, line);
	fx_add_ok("implants", sale, "hospital=C001", "patient=张三", "use_date=2025-07-01", NULL);
	fx_add_ok("implants", sale, "hospital=C001", "patient=李四", "use_date=2025-07-02", NULL);
	struct due_list l;
	collect(30, &l);
	const struct due_row *r = find(&l, "resterilise", "1/5/K");
	cr_assert_not_null(r);
	cr_assert_eq(r->left_min, -26 * 1440);
	cr_assert(strstr(r->what, "×1:") != NULL, "%s", r->what);
	due_list_free(&l);
	fx_add_ok("implants", sale, "hospital=C001", "patient=王五", "use_date=2025-07-03", NULL);
	collect(30, &l);
	cr_assert_null(find(&l, "resterilise", "1/5/K"));
	due_list_free(&l);
}

/* Expiring at the customer: re-sterilisable goods and instruments only.
 * The blood-pressure meter SN1 (an instrument: a serial, not an implant)
 * expires 2026-12-10, 13 days; S1 batch B, two lines to C001 (4 + 6),
 * 2026-12-27, 30 days; S1 batch L 2026-12-28, 31 days: past 30; masks
 * never, nor the bone nail SN9 once implanted (before, it is at the
 * hospital and expiring). */
Test(due, expiring_at_the_customer_per_batch)
{
	products();
	SALE("N1", "1", "serial=SN1", "2026-11-01", "expiry=2026-12-10");
	SALE("S1", "4", "batch=B", "2026-11-01", "expiry=2026-12-27");
	SALE("S1", "6", "batch=B", "2026-11-02", "expiry=2026-12-27");
	SALE("S1", "1", "batch=L", "2026-11-01", "expiry=2026-12-28");
	SALE("M1", "50", "batch=X", "2026-11-01", "expiry=2026-12-01");
	SALE("IM", "1", "serial=SN9", "2026-11-01", "expiry=2026-12-05");
	struct due_list l;
	collect(30, &l);
	cr_assert_not_null(find(&l, "expiring", "1/5/SN9"));
	due_list_free(&l);
	fx_add_ok("implants", "sale=6", "hospital=C001", "patient=张三", "use_date=2026-11-02", NULL);
	collect(30, &l);
	cr_assert_eq(count(&l, "expiring"), 2);
	const struct due_row *r = find(&l, "expiring", "1/4/SN1");
	cr_assert_not_null(r);
	cr_assert_eq(r->left_min, 13 * 1440);
	char left[32];
	due_left_text(r, left);
	cr_assert_str_eq(left, "13 d");
	r = find(&l, "expiring", "1/2/B");
	cr_assert_not_null(r);
	cr_assert_eq(r->left_min, 30 * 1440);
	cr_assert(strstr(r->what, "×10") != NULL, "%s", r->what);
	due_list_free(&l);
	collect(31, &l);
	cr_assert_not_null(find(&l, "expiring", "1/2/L"));
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
	SALE("IM", "1", "serial=SN7", "2026-08-01", "expiry=");
	fx_add_ok("implants", "product=IM", "serial=SN7", "hospital=C001", "patient=李四",
	          "use_date=2026-08-10", NULL);
	/* 2026-09-01 + 90 = 2026-11-30: 3 days left */
	SALE("IM", "1", "batch=K2", "2026-09-01", "expiry=");
	/* 2026-10-01 + 90 = 2026-12-30: 33 days, past the 30 asked */
	SALE("IM", "1", "batch=K3", "2026-10-01", "expiry=");
	struct due_list l;
	collect(30, &l);
	cr_assert_eq(two, 1);
	const struct due_row *r = find(&l, "implant", "1");
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-10-30");
	cr_assert_eq(r->left_min, -28 * 1440);
	cr_assert(strstr(r->what, "1 of 2") != NULL, "%s", r->what);
	cr_assert_null(find(&l, "implant", "2"));
	cr_assert_eq(find(&l, "implant", "3")->left_min, 3 * 1440);
	cr_assert_null(find(&l, "implant", "4"));
	/* sorted by time left: -28 before 3 */
	cr_assert_str_eq(l.rows[0].key, "1");
	due_list_free(&l);
}

/* Complaints on China's calendar: received Friday 2026-11-20, neither
 * reported nor a cause: report due Tuesday 11-24 (3 days late), cause
 * Friday 11-27 (today). Received Thursday 11-26 and reported: the cause
 * by Thursday 12-03 (11-27, 11-30, 12-01, 12-02, 12-03), 6 days. Closed,
 * or reported with a cause: nothing. */
Test(due, complaints_report_and_cause)
{
	fx_add_ok("complaints", "received_at=2026-11-20 09:00", "customer=C001", "content=漏液", NULL);
	fx_add_ok("complaints", "received_at=2026-11-26 09:00", "customer=C001", "content=异响",
	          "reported_at=2026-11-26 10:00", NULL);
	fx_add_ok("complaints", "received_at=2026-11-20 09:00", "customer=C001", "content=划痕",
	          "status=closed", "reported_at=2026-11-20 10:00", "cause=运输", "action=更换",
	          "reply_date=2026-11-24", "closed_date=2026-11-25", NULL);
	fx_add_ok("complaints", "received_at=2026-11-20 09:00", "customer=C001", "content=卡顿",
	          "reported_at=2026-11-20 10:00", "cause=操作", NULL);
	struct due_list l;
	collect(30, &l);
	cr_assert_eq(count(&l, "complaint"), 3);
	const struct due_row *r = find(&l, "complaint", "1/report");
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-24");
	cr_assert_eq(r->left_min, -3 * 1440);
	cr_assert_str_eq(r->customer, FX_CUSTOMER_NAME);
	cr_assert_eq(find(&l, "complaint", "1/cause")->left_min, 0);
	r = find(&l, "complaint", "2/cause");
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-12-03");
	cr_assert_null(find(&l, "complaint", "2/report"));
	due_list_free(&l);
}

/* Done, not needed, declined: the row leaves, with an audit row; a new
 * sale of the batch raises it again; voiding the handled record too. */
Test(due, handled_rows_leave_until_new_facts)
{
	products();
	SALE("S1", "10", "batch=A", "2025-10-01", "expiry=2026-11-20");
	SALE("N1", "1", "serial=SN1", "2026-11-01", "expiry=2026-12-10");
	SALE("IM", "2", "batch=K1", "2026-08-01", "expiry=");
	int64_t done = handle("resterilise", "1/2/A", "done");
	handle("expiring", "1/4/SN1", "declined");
	handle("implant", "3", "not_needed");
	struct due_list l;
	collect(30, &l);
	cr_assert_eq(l.n, 0, "all handled");
	due_list_free(&l);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form = 'due_handled'"
	                        " AND action = 'add'"), 3);
	fx_sql_text_is("SELECT outcome || ' ' || note || ' ' || created_by FROM due_handled"
	               " WHERE row_key = '1/2/A'", "done 打过电话 admin");
	/* handled once: a second time is refused, naming the row */
	struct gerr err = { 0 };
	int64_t id;
	int rc = due_handle(&fx.s, "resterilise", "1/2/A", "done", "again", &id, &err);
	fx_refused_has(rc, &err, GERR_INPUT, "key", "resterilise 1/2/A", "handled");
	rc = due_handle(&fx.s, "resterilise", "9/9/Z", "done", "x", &id, &err);
	fx_refused_has(rc, &err, GERR_INPUT, "key", "Nothing", "9/9/Z");
	/* a new sale of batch A to the same customer (dated a year back) */
	SALE("S1", "3", "batch=A", "2025-11-01", "expiry=2026-11-20");
	/* one of the implants recorded: one unit still missing, new facts */
	fx_add_ok("implants", "sale=3", "hospital=C001", "patient=张三", "use_date=2026-08-10", NULL);
	collect(30, &l);
	cr_assert_not_null(find(&l, "resterilise", "1/2/A"), "raised by the new sale");
	cr_assert(strstr(find(&l, "resterilise", "1/2/A")->what, "×13") != NULL);
	cr_assert_not_null(find(&l, "implant", "3"), "raised by the new record");
	cr_assert_null(find(&l, "expiring", "1/4/SN1"));
	due_list_free(&l);
	/* the declined one raised again by voiding its record */
	int64_t declined = fx_sql_int(fx.path, "SELECT id FROM due_handled WHERE kind = 'expiring'");
	cr_assert_eq(records_void(&fx.s, form_find("due_handled"), declined, "按错了", 0, &err), 0,
	             "%s", err.msg);
	collect(30, &l);
	cr_assert_not_null(find(&l, "expiring", "1/4/SN1"));
	due_list_free(&l);
	cr_assert_gt(done, 0);
	fx_check_clean();
}

/* Each role counts what it acts on: the clerk the sales ledger's rows,
 * quality complaints, the trainer retraining, the engineer repairs, the
 * manager and the administrator everything. */
Test(due, counts_per_role)
{
	products();
	SALE("S1", "10", "batch=A", "2025-10-01", "expiry=2026-11-20"); /* resterilise, late */
	SALE("N1", "1", "serial=SN1", "2026-11-01", "expiry=2026-12-10"); /* expiring */
	fx_add_ok("complaints", "received_at=2026-11-20 09:00", "customer=C001", "content=漏液",
	          NULL); /* report (late) and cause */
	fx_add_ok("training", "date=2026-11-10", "topic=监护仪操作", "kind=customer",
	          "customer=C001", "trainer=赵磊", "hours=2", NULL);
	fx_add_ok("attendees", "session=1", "name=王芳", "unit=ICU", "result=retrain", NULL);
	static const struct { const char *role; const char *counts; } want[] = {
		{ "clerk", "resterilise 1 1; expiring 1 0; " },
		{ "quality", "complaint 2 1; " },
		{ "trainer", "retrain 1 1; " },
		{ "engineer", "" },
		{ "manager", "resterilise 1 1; expiring 1 0; complaint 2 1; retrain 1 1; " },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		char name[32];
		snprintf(name, sizeof name, "u_%s", want[i].role);
		fx_login(FX_ADMIN, FX_PASSWORD);
		fx_user_add(name, want[i].role, "a-long-pass-2026");
		fx_login(name, "a-long-pass-2026");
		struct due_cache cache = { 0 };
		struct gerr err = { 0 };
		cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
		struct strbuf b = STRBUF_INIT;
		for (int k = 0; k < cache.n; k++)
			sb_addf(&b, "%s %d %d; ", cache.c[k].src->kind, cache.c[k].count, cache.c[k].late);
		cr_assert_str_eq(sb_str(&b), want[i].counts, "%s", want[i].role);
		sb_free(&b);
	}
}

/* The menu's counts are kept while nothing changes (reading a list is no
 * change: the user coming back from one), and counted again after a write
 * of this connection or of another (a second terminal); a handled row
 * counts as a change. */
Test(due, counts_kept_until_a_change)
{
	products();
	SALE("N1", "1", "serial=SN1", "2026-11-01", "expiry=2026-12-10");
	struct due_cache cache = { 0 };
	struct gerr err = { 0 };
	cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.n, 1);
	cr_assert_eq(cache.counted, 1);
	int rows = 0;
	struct list_query page = { .form = form_find("sales"), .limit = 18 };
	cr_assert_eq(records_list(&fx.s, &page, count_row, &rows, &err), 0, "%s", err.msg);
	cr_assert_eq(rows, 1);
	for (int k = 0; k < 3; k++)
		cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.counted, 1, "nothing changed: not counted again");
	cr_assert_eq(cache.c[0].count, 1);
	SALE("N1", "1", "serial=SN2", "2026-11-01", "expiry=2026-12-11");
	cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.counted, 2, "this connection wrote");
	cr_assert_eq(cache.c[0].count, 2);
	cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.counted, 2);
	/* another connection's write */
	cr_assert_eq(fx_sql_exec(fx.path, "UPDATE sales SET voided = 1 WHERE serial = 'SN2'"), 0);
	cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.counted, 3, "another connection wrote");
	cr_assert_eq(cache.c[0].count, 1);
	handle("expiring", "1/4/SN1", "done");
	cr_assert_eq(due_counts(&fx.s, &cache, &err), 0, "%s", err.msg);
	cr_assert_eq(cache.counted, 4, "a row was handled");
	cr_assert_eq(cache.n, 0);
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
	const struct due_row *r = find_id(&l, "retrain", liu);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-12-01");
	cr_assert_eq(r->left_min, 4 * 1440);
	cr_assert_str_eq(r->form, "attendees");
	cr_assert(strstr(r->what, "刘敏") != NULL, "%s", r->what);
	r = find_id(&l, "retrain", wang);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-10");
	cr_assert_eq(r->left_min, -17 * 1440);
	cr_assert_null(find_id(&l, "retrain", zhao));
	due_list_free(&l);
	fx_add_ok("training", "date=2026-11-20", "topic=监护仪操作复训", "kind=customer",
	          "customer=C001", "trainer=赵磊", "hours=1", NULL);
	fx_add_ok("attendees", "session=2", "name=王芳", "unit=ICU", "result=passed", NULL);
	collect(30, &l);
	cr_assert_null(find_id(&l, "retrain", wang), "passed at a later session");
	cr_assert_not_null(find_id(&l, "retrain", liu));
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
	const struct due_row *r = find_id(&l, "notice", autumn);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-10-08");
	cr_assert_eq(r->left_min, -50 * 1440);
	cr_assert_str_eq(r->what, "purchasing, the engineer");
	r = find_id(&l, "notice", today);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-30");
	cr_assert_eq(r->left_min, 3 * 1440);
	cr_assert_str_eq(r->what, "written report to the manager, purchasing, the engineer");
	cr_assert_null(find_id(&l, "notice", done));
	cr_assert_null(find_id(&l, "notice", closed));
	due_list_free(&l);
}

/* Licences and certificates are due 90 days before they expire. Today
 * 2026-11-27, the horizon 30 days (2026-12-27), so what expires by
 * 2027-03-27 is listed: a supplier's licence of 2027-02-25 is due today
 * (3 + 31 + 31 + 25 = 90 days on); a customer's licence that expired on
 * 2026-10-01 was due on 2026-07-03 (late); a certificate of 2027-03-27
 * is due on 2026-12-27, the horizon's last day; one of 2027-03-28 is not
 * listed yet. A renewal (a new expiry) raises a handled row again. */
Test(due, licences_and_certificates_90_days_ahead)
{
	int64_t sup = fx_add_ok("suppliers", "code=S1", "name=甲供应商", "licence_no=浙食药监械经营许20150001",
	                        "licence_expiry=2027-02-25", NULL);
	int64_t cus = fx_add_ok("customers", "code=C9", "name=丙医院", "licence_expiry=2026-10-01", NULL);
	int64_t p1 = fx_add_ok("products", "code=Q1", "name=注射泵", "reg_no=国械注准20203140001",
	                       "cert_expiry=2027-03-27", NULL);
	fx_add_ok("products", "code=Q2", "name=输液泵", "cert_expiry=2027-03-28", NULL);
	char ks[48], kc[48], kp[48];
	snprintf(ks, sizeof ks, "suppliers/%" PRId64, sup);
	snprintf(kc, sizeof kc, "customers/%" PRId64, cus);
	snprintf(kp, sizeof kp, "products/%" PRId64, p1);
	struct due_list l = { 0 };
	collect(30, &l);
	cr_assert_eq(count(&l, "qualification"), 3);
	const struct due_row *r = find(&l, "qualification", ks);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->form, "suppliers");
	cr_assert_str_eq(r->due, "2026-11-27");
	cr_assert_eq(r->left_min, 0);
	cr_assert(strstr(r->what, "licence of S1 甲供应商 浙食药监械经营许20150001") != NULL, "%s", r->what);
	cr_assert(strstr(r->what, "it expires on 2027-02-25") != NULL, "%s", r->what);
	r = find(&l, "qualification", kc);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->form, "customers");
	cr_assert_str_eq(r->due, "2026-07-03");
	cr_assert_lt(r->left_min, 0, "expired: late");
	cr_assert(strstr(r->what, "it expired on 2026-10-01") != NULL, "in the past: %s", r->what);
	cr_assert_str_eq(r->customer, "丙医院");
	r = find(&l, "qualification", kp);
	cr_assert_not_null(r);
	cr_assert_str_eq(r->form, "products");
	cr_assert_str_eq(r->due, "2026-12-27");
	cr_assert(strstr(r->what, "registration certificate of Q1") != NULL, "%s", r->what);
	due_list_free(&l);
	handle("qualification", ks, "done");
	collect(30, &l);
	cr_assert_null(find(&l, "qualification", ks), "handled: gone");
	due_list_free(&l);
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("suppliers", sup, "续期", 0, &err, "licence_expiry=2027-01-31", NULL), 0,
	             "%s", err.msg);
	collect(30, &l);
	r = find(&l, "qualification", ks);
	cr_assert_not_null(r, "a new expiry: due again");
	cr_assert_str_eq(r->due, "2026-11-02");
	due_list_free(&l);
}
