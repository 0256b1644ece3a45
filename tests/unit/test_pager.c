/* The list screens' data source: a window of rows moved by key, never by
 * OFFSET. Customers get ids 1..25 in order (the fixture's is 1), so every
 * window's ids can be worked out by hand. */
#include <criterion/criterion.h>
#include <stdio.h>

#include "config.h"
#include "core/pager.h"
#include "fixture.h"

static struct pager p;
static struct list_query q;

static void setup(void)
{
	fx_setup();
	for (int i = 2; i <= 25; i++) {
		char code[32], name[48];
		snprintf(code, sizeof code, "code=C%03d", i);
		snprintf(name, sizeof name, "name=客户%d", i);
		fx_add_ok("customers", code, name, NULL);
	}
	q = (struct list_query){ .form = form_find("customers") };
	pager_init(&p, &fx.s, &q, 10);
}

static void teardown(void)
{
	pager_free(&p);
	fx_teardown();
}

TestSuite(pager, .init = setup, .fini = teardown);

/* The window's ids must be first..first+n-1. */
static void expect_window(int64_t first, int n)
{
	cr_assert_eq(p.nrows, n, "window of %d rows, expected %d", p.nrows, n);
	for (int i = 0; i < n; i++)
		cr_assert_eq(p.rows[i]->id, first + i, "row %d is id %lld, expected %lld", i,
		             (long long)p.rows[i]->id, (long long)(first + i));
}

Test(pager, first_page_holds_ids_1_to_10)
{
	struct gerr err = { 0 };
	cr_assert_eq(pager_first(&p, &err), GERR_OK, "%s", err.msg);
	expect_window(1, 10);
	cr_assert(p.at_start);
	cr_assert_not(p.at_end);
}

Test(pager, page_down_twice_reaches_the_end_with_a_full_window)
{
	struct gerr err = { 0 };
	int moved = 0;
	pager_first(&p, &err);
	cr_assert_eq(pager_scroll(&p, 10, &moved, &err), GERR_OK);
	cr_assert_eq(moved, 10);
	expect_window(11, 10);
	/* only 21..25 are left: the window slides by 5 and stays full, 16..25 */
	cr_assert_eq(pager_scroll(&p, 10, &moved, &err), GERR_OK);
	cr_assert_eq(moved, 5);
	expect_window(16, 10);
	cr_assert(p.at_end);
	cr_assert_eq(pager_scroll(&p, 1, &moved, &err), GERR_OK);
	cr_assert_eq(moved, 0, "nothing after the last row");
}

Test(pager, last_then_back_by_three)
{
	struct gerr err = { 0 };
	int moved = 0;
	cr_assert_eq(pager_last(&p, &err), GERR_OK);
	expect_window(16, 10);
	cr_assert(p.at_end);
	cr_assert_eq(pager_scroll(&p, -3, &moved, &err), GERR_OK);
	cr_assert_eq(moved, -3);
	expect_window(13, 10);
	cr_assert_not(p.at_end);
}

Test(pager, back_past_the_start_stops_at_id_1)
{
	struct gerr err = { 0 };
	int moved = 0;
	pager_first(&p, &err);
	pager_scroll(&p, 4, &moved, &err);
	expect_window(5, 10);
	cr_assert_eq(pager_scroll(&p, -10, &moved, &err), GERR_OK);
	cr_assert_eq(moved, -4);
	expect_window(1, 10);
	cr_assert(p.at_start);
}

Test(pager, voided_rows_leave_the_window_on_reload)
{
	struct gerr err = { 0 };
	pager_first(&p, &err);
	cr_assert_eq(records_void(&fx.s, form_find("customers"), 3, "重复", 0, &err), GERR_OK, "%s",
	             err.msg);
	cr_assert_eq(pager_reload(&p, &err), GERR_OK);
	/* 1, 2, then 4..11 */
	cr_assert_eq(p.nrows, 10);
	cr_assert_eq(p.rows[1]->id, 2);
	cr_assert_eq(p.rows[2]->id, 4);
	cr_assert_eq(p.rows[9]->id, 11);
}

Test(pager, sorted_by_a_date_with_ties_pages_in_date_then_id_order)
{
	struct gerr err = { 0 };
	/* sales 1..6 dated so that the order by (sale_date, id) is 3, 5, 1, 2, 6, 4 */
	const char *dates[] = { "2026-03-02", "2026-03-02", "2026-03-01", "2026-03-04",
	                        "2026-03-01", "2026-03-03" };
	for (int i = 0; i < 6; i++) {
		char d[32];
		snprintf(d, sizeof d, "sale_date=%s", dates[i]);
		fx_add_ok("sales", "product=P001", "customer=C001", "qty=1", "batch=B1", d, NULL);
	}
	const struct form *sales = form_find("sales");
	struct list_query sq = { .form = sales, .sort = form_field(sales, "sale_date") };
	struct pager sp;
	pager_init(&sp, &fx.s, &sq, 2);
	int64_t want[] = { 3, 5, 1, 2, 6, 4 };
	int moved = 0;
	int n = 0, step;
	cr_assert_eq(pager_first(&sp, &err), GERR_OK);
	for (;;) {
		for (int i = 0; i < sp.nrows; i++)
			if (n == 0 || sp.rows[i]->id != want[n - 1])
				cr_assert_eq(sp.rows[i]->id, want[n++]);
		if (sp.at_end)
			break;
		cr_assert_eq(pager_scroll(&sp, 2, &step, &err), GERR_OK);
		moved += step;
	}
	cr_assert_eq(n, 6, "every sale seen once");
	cr_assert_eq(moved, 4);
	/* and from the end, descending order read backwards gives the same */
	cr_assert_eq(pager_last(&sp, &err), GERR_OK);
	cr_assert_eq(sp.rows[0]->id, 6);
	cr_assert_eq(sp.rows[1]->id, 4);
	pager_free(&sp);
}
