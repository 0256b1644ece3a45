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

/* Sales 1..6 on dates that order them by (sale_date, id) as 3, 5, 1, 2,
 * 6, 4; descending, 4, 6, 2, 1, 5, 3. */
static void add_six_sales(void)
{
	const char *dates[] = { "2026-03-02", "2026-03-02", "2026-03-01", "2026-03-04",
	                        "2026-03-01", "2026-03-03" };
	for (int i = 0; i < 6; i++) {
		char d[32];
		snprintf(d, sizeof d, "sale_date=%s", dates[i]);
		fx_add_ok("sales", "product=P001", "customer=C001", "qty=1", "batch=B1", d, NULL);
	}
}

Test(pager, sorted_by_a_date_with_ties_pages_in_date_then_id_order)
{
	struct gerr err = { 0 };
	/* the order by (sale_date, id) is 3, 5, 1, 2, 6, 4 */
	add_six_sales();
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

/* Descending by id the list reads 25, 24, ... (the review's wrong-row void
 * came from a reload that stepped one row further in this order). */
Test(pager, reload_in_descending_order_keeps_the_window)
{
	struct gerr err = { 0 };
	struct list_query dq = { .form = form_find("customers"), .descending = true };
	struct pager dp;
	pager_init(&dp, &fx.s, &dq, 10);
	cr_assert_eq(pager_first(&dp, &err), GERR_OK);
	cr_assert_eq(dp.rows[0]->id, 25);
	for (int k = 0; k < 3; k++) {
		cr_assert_eq(pager_reload(&dp, &err), GERR_OK);
		cr_assert_eq(dp.nrows, 10);
		for (int i = 0; i < 10; i++)
			cr_assert_eq(dp.rows[i]->id, 25 - i, "reload %d: row %d is id %lld", k, i,
			             (long long)dp.rows[i]->id);
	}
	pager_free(&dp);
}

Test(pager, keep_holds_the_record_on_its_row_sorted_descending)
{
	struct gerr err = { 0 };
	add_six_sales();
	const struct form *sales = form_find("sales");
	struct list_query sq = { .form = sales, .sort = form_field(sales, "sale_date"),
	                         .descending = true };
	struct pager sp;
	pager_init(&sp, &fx.s, &sq, 4);
	cr_assert_eq(pager_first(&sp, &err), GERR_OK);
	int64_t want[] = { 4, 6, 2, 1 };
	for (int i = 0; i < 4; i++)
		cr_assert_eq(sp.rows[i]->id, want[i]);
	/* the highlight on row 2 (sale 2, a tie on 03-02 with sale 1) */
	for (int k = 0; k < 5; k++) {
		int sel = 2;
		cr_assert_eq(pager_keep(&sp, 2, &sel, &err), GERR_OK, "%s", err.msg);
		cr_assert_eq(sel, 2);
		cr_assert_eq(sp.rows[sel]->id, 2, "after keep %d the highlight is on %lld", k,
		             (long long)sp.rows[sel]->id);
		for (int i = 0; i < 4; i++)
			cr_assert_eq(sp.rows[i]->id, want[i]);
	}
	/* an edit moves sale 2 to 03-05: it is now first, highlighted there */
	struct assign a[1];
	char text[] = "sale_date=2026-03-05";
	cr_assert_eq(assign_parse(text, &a[0], &err), GERR_OK);
	cr_assert_eq(records_edit(&fx.s, sales, 2, a, 1, "日期录错", 0, &err), GERR_OK, "%s", err.msg);
	int sel = 2;
	cr_assert_eq(pager_keep(&sp, 2, &sel, &err), GERR_OK);
	cr_assert_eq(sel, 0, "nothing lies before it now");
	cr_assert_eq(sp.rows[0]->id, 2);
	cr_assert(sp.at_start);
	pager_free(&sp);
}

Test(pager, keep_near_the_end_fills_the_window)
{
	struct gerr err = { 0 };
	int moved, sel = 0;
	pager_first(&p, &err);
	/* id 24 wanted on row 0, but only 24 and 25 follow: 16..25, on row 8 */
	cr_assert_eq(pager_keep(&p, 24, &sel, &err), GERR_OK);
	expect_window(16, 10);
	cr_assert_eq(sel, 8);
	cr_assert(p.at_end);
	cr_assert_not(p.at_start);
	cr_assert_eq(pager_scroll(&p, -1, &moved, &err), GERR_OK);
	cr_assert_eq(moved, -1);
	expect_window(15, 10);
}

Test(pager, keep_in_the_middle_knows_rows_lie_above)
{
	struct gerr err = { 0 };
	int sel = 0;
	pager_first(&p, &err);
	cr_assert_eq(pager_keep(&p, 12, &sel, &err), GERR_OK);
	expect_window(12, 10);
	cr_assert_eq(sel, 0);
	cr_assert_not(p.at_start, "ids 1..11 lie above");
	cr_assert_not(p.at_end);
}

Test(pager, keep_after_a_void_stays_in_place)
{
	struct gerr err = { 0 };
	int sel = 9;
	pager_first(&p, &err);
	cr_assert_eq(records_void(&fx.s, form_find("customers"), 10, "重复", 0, &err), GERR_OK);
	cr_assert_eq(pager_keep(&p, 10, &sel, &err), GERR_OK);
	/* 1..9, 11: the highlight on row 9 is the next record, nothing moved */
	cr_assert_eq(sel, 9);
	cr_assert_eq(p.rows[8]->id, 9);
	cr_assert_eq(p.rows[9]->id, 11);
}

Test(pager, keep_a_new_record_shows_it)
{
	struct gerr err = { 0 };
	int sel = 3;
	pager_first(&p, &err);
	int64_t id = fx_add_ok("customers", "code=C900", "name=新客户", NULL);
	cr_assert_eq(id, 26);
	cr_assert_eq(pager_keep(&p, id, &sel, &err), GERR_OK);
	cr_assert_eq(p.rows[sel]->id, 26);
	cr_assert(p.at_end);
	expect_window(17, 10);
	cr_assert_eq(sel, 9);
}

/* 25 customers, a window of 10: the window's place follows every move,
 * and a kept record's place is counted. */
Test(pager, count_and_offset_follow_the_window)
{
	struct gerr err = { 0 };
	int moved = 0, sel = 4;
	cr_assert_eq(pager_count(&p, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(p.total, 25);
	pager_first(&p, &err);
	cr_assert_eq(p.offset, 0);
	pager_scroll(&p, 3, &moved, &err); /* ids 4..13 */
	cr_assert_eq(p.offset, 3);
	pager_scroll(&p, -2, &moved, &err); /* ids 2..11 */
	cr_assert_eq(p.offset, 1);
	pager_last(&p, &err); /* ids 16..25 */
	cr_assert_eq(p.offset, 15);
	/* id 20 on screen row 4: ids 16..25, 15 rows before the window */
	cr_assert_eq(pager_keep(&p, 20, &sel, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(p.offset + sel, 19);
	/* sorted descending, id 20 has 5 rows before it (25..21) */
	p.q.descending = true;
	sel = 2;
	cr_assert_eq(pager_keep(&p, 20, &sel, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(sel, 2);
	cr_assert_eq(p.offset, 3);
	cr_assert_eq(p.offset + sel, 5);
}
