/* Recall campaigns (core/recall.h). Batch B1 of the implant P2 went to
 * C001 in two lines (2 + 1 units) and to C2 (3 units); B2 to C2 only.
 * Today is 2026-11-27 10:00 ($GSPDESK_NOW). */
#include "config.h"
#include "fixture.h"
#include "core/due.h"
#include "core/recall.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(recall, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static void ledger(void)
{
	fx_add_ok("products", "code=P2", "name=起搏器", "implant=yes", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	fx_add_ok("sales", "product=P2", "qty=2", "batch=B1", "sale_date=2026-10-01", "customer=C001", NULL);
	fx_add_ok("sales", "product=P2", "qty=1", "batch=B1", "sale_date=2026-10-02", "customer=C001", NULL);
	fx_add_ok("sales", "product=P2", "qty=3", "batch=B1", "sale_date=2026-10-03", "customer=C2", NULL);
	fx_add_ok("sales", "product=P2", "qty=4", "batch=B2", "sale_date=2026-10-03", "customer=C2", NULL);
}

static int64_t open_b1(const char *cls)
{
	int64_t id = 0;
	int n = 0;
	struct gerr err = { 0 };
	cr_assert_eq(recall_open(&fx.s, "P2", "B1", NULL, cls, "外包装破损", &id, &n, &err), 0, "%s", err.msg);
	cr_assert_eq(n, 2);
	return id;
}

Test(recall, class_days_one_three_seven)
{
	cr_assert_eq(recall_class_days("I"), 1);
	cr_assert_eq(recall_class_days("II"), 3);
	cr_assert_eq(recall_class_days("III"), 7);
	cr_assert_eq(recall_class_days("IV"), 0);
}

Test(recall, open_lists_every_buyer_with_its_units)
{
	ledger();
	int64_t id = open_b1("II");
	cr_assert_eq(id, 1);
	/* C001: 2 + 1 = 3 units; C2: 3 units of B1 (its B2 is not recalled) */
	fx_sql_text_is("SELECT group_concat(customer || ':' || qty_sold, ' ') FROM"
	               " (SELECT customer, qty_sold FROM recall_recipients WHERE recall = 1 ORDER BY customer)",
	               "1:3 2:3");
	/* one audit row for the recall, one per recipient */
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form IN ('recalls','recall_recipients')"), 3);
	fx_sql_text_is("SELECT opened || ' ' || status FROM recalls WHERE id = 1", "2026-11-27 10:00 open");
	struct gerr err = { 0 };
	int64_t again = 0;
	fx_refused(recall_open(&fx.s, "P2", "B1", NULL, "I", "again", &again, NULL, &err), &err,
	           GERR_INPUT, "batch", NULL);
	fx_refused(recall_open(&fx.s, "P2", "B3", NULL, "IV", "bad class", &again, NULL, &err), &err,
	           GERR_INPUT, "class", NULL);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM recalls"), 1);
}

Test(recall, refuses_new_sales_of_the_batch_while_open)
{
	ledger();
	open_b1("I");
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P2", "qty=1", "batch=B1",
	                "sale_date=2026-11-27", "customer=C2", NULL);
	fx_refused(rc, &err, GERR_INPUT, "batch", NULL);
	cr_assert(strstr(err.msg, "recall 1") != NULL, "%s", err.msg);
	/* another batch sells */
	fx_add_ok("sales", "product=P2", "qty=1", "batch=B2", "sale_date=2026-11-27", "customer=C2", NULL);
	/* a recalled line may still be corrected, but no line moved into the batch */
	cr_assert_eq(fx_edit("sales", 1, "typo", 0, &err, "remarks=已通知", NULL), 0, "%s", err.msg);
	fx_refused(fx_edit("sales", 4, "wrong batch", 0, &err, "batch=B1", NULL), &err, GERR_INPUT,
	           "batch", NULL);
	/* closed, the batch sells again */
	cr_assert_eq(recall_close(&fx.s, 1, "manufacturer withdrew the notice", true, &err), 0, "%s", err.msg);
	fx_add_ok("sales", "product=P2", "qty=1", "batch=B1", "sale_date=2026-11-27", "customer=C2", NULL);
}

Test(recall, notify_return_and_close)
{
	ledger();
	open_b1("III");
	struct gerr err = { 0 };
	cr_assert_eq(recall_notify(&fx.s, 1, "C001", "phone", "护士长接听", "同意退回", NULL, &err), 0, "%s", err.msg);
	fx_sql_text_is("SELECT notified_at || '|' || how || '|' || notified_by || '|' || note || '|' || reply"
	               " FROM recall_recipients WHERE customer = 1",
	               "2026-11-27 10:00|phone|admin|护士长接听|同意退回");
	fx_refused(recall_notify(&fx.s, 1, "C001", "fax", NULL, NULL, NULL, &err), &err, GERR_INPUT, "how", NULL);
	/* 2 then 1 more: 3 in all, all that C001 bought; a 4th is refused */
	cr_assert_eq(recall_return(&fx.s, 1, "C001", 2, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(recall_return(&fx.s, 1, "C001", 1, NULL, &err), 0, "%s", err.msg);
	fx_refused(recall_return(&fx.s, 1, "C001", 1, NULL, &err), &err, GERR_INPUT, "qty_returned", NULL);
	fx_sql_text_is("SELECT qty_returned FROM recall_recipients WHERE customer = 1", "3");
	/* a customer who bought none of it */
	fx_add_ok("customers", "code=C9", "name=丁医院", NULL);
	fx_refused(recall_notify(&fx.s, 1, "C9", "phone", NULL, NULL, NULL, &err), &err, GERR_INPUT,
	           "customer", NULL);
	/* C2 not told: closing names it and needs force */
	fx_refused(recall_close(&fx.s, 1, "done", false, &err), &err, GERR_INPUT, "force", NULL);
	cr_assert(strstr(err.msg, "乙医院") != NULL, "%s", err.msg);
	cr_assert(strstr(err.msg, FX_CUSTOMER_NAME) == NULL, "%s", err.msg);
	cr_assert_eq(recall_notify(&fx.s, 1, "乙医院", "letter", NULL, NULL, NULL, &err), 0, "%s", err.msg);
	/* told, but none of its 3 units back: still unsettled */
	fx_refused(recall_close(&fx.s, 1, "done", false, &err), &err, GERR_INPUT, "force",
	           "Recall 1 has buyers not told or with units not accounted for: 乙医院 (0 of 3 back)."
	           " Settle them first, or close with --force and say why with --reason.");
	cr_assert_eq(recall_return(&fx.s, 1, "C2", 3, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(recall_close(&fx.s, 1, "all told", false, &err), 0, "%s", err.msg);
	fx_sql_text_is("SELECT status || '|' || closed || '|' || close_reason FROM recalls WHERE id = 1",
	               "closed|2026-11-27 10:00|all told");
	fx_refused(recall_notify(&fx.s, 1, "C001", "phone", NULL, NULL, NULL, &err), &err, GERR_INPUT, "id", NULL);
}

Test(recall, deadline_in_the_due_list)
{
	ledger();
	open_b1("II"); /* opened 2026-11-27 10:00 + 3 days = 2026-11-30 10:00 */
	struct due_list l;
	struct gerr err = { 0 };
	struct due_query q = { .days = 0, .window = -1 };
	cr_assert_eq(due_collect(&fx.s, &q, &l, &err), 0, "%s", err.msg);
	const struct due_row *r = NULL;
	for (int i = 0; i < l.n; i++)
		if (strcmp(l.rows[i].kind, "recall") == 0)
			r = &l.rows[i];
	cr_assert_not_null(r);
	cr_assert_str_eq(r->due, "2026-11-30 10:00");
	cr_assert(r->timed);
	cr_assert_eq(r->left_min, 3 * 1440);
	cr_assert(strstr(r->what, "2 of 2") != NULL, "%s", r->what);
	due_list_free(&l);
	cr_assert_eq(recall_notify(&fx.s, 1, "C001", "visit", NULL, NULL, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(recall_notify(&fx.s, 1, "C2", "visit", NULL, NULL, NULL, &err), 0, "%s", err.msg);
	cr_assert_eq(due_collect(&fx.s, &q, &l, &err), 0, "%s", err.msg);
	for (int i = 0; i < l.n; i++)
		cr_assert_str_neq(l.rows[i].kind, "recall");
	due_list_free(&l);
}

Test(recall, deadline_is_opened_plus_the_class_days)
{
	char out[17];
	/* by hand: 11-27 + 1 = 11-28; + 3 = 11-30; + 7 = 12-04 (November has 30 days) */
	cr_assert(recall_deadline("2026-11-27 10:00", "I", out));
	cr_assert_str_eq(out, "2026-11-28 10:00");
	cr_assert(recall_deadline("2026-11-27 10:00", "II", out));
	cr_assert_str_eq(out, "2026-11-30 10:00");
	cr_assert(recall_deadline("2026-11-27 10:00", "III", out));
	cr_assert_str_eq(out, "2026-12-04 10:00");
	cr_assert(recall_deadline("2026-12-30 17:45", "III", out));
	cr_assert_str_eq(out, "2027-01-06 17:45", "over the year's end");
	cr_assert_not(recall_deadline("2026-11-27 10:00", "IV", out), "an unknown class has none");
	cr_assert_not(recall_deadline("yesterday", "I", out));
}

/* A recipient of sold units, told at told (NULL: not), back units returned
 * (-1: none recorded). */
static enum recall_state state_of(int64_t sold, const char *told, int64_t back, const char *now)
{
	struct record *r = record_new(form_find("recall_recipients"));
	value_set_num(record_value(r, "qty_sold"), sold);
	if (told)
		value_set_text(record_value(r, "notified_at"), told);
	if (back >= 0)
		value_set_num(record_value(r, "qty_returned"), back);
	enum recall_state st = recall_recipient_state(r, "2026-11-30 10:00", now);
	record_free(r);
	return st;
}

Test(recall, each_buyer_s_state)
{
	const char *before = "2026-11-30 09:59", *after = "2026-11-30 10:01";
	cr_assert_eq(state_of(3, NULL, -1, before), RECALL_UNTOLD);
	cr_assert_eq(state_of(3, NULL, -1, "2026-11-30 10:00"), RECALL_UNTOLD, "at the deadline: not yet late");
	cr_assert_eq(state_of(3, NULL, -1, after), RECALL_LATE);
	cr_assert_eq(state_of(3, NULL, 0, after), RECALL_LATE);
	cr_assert_eq(state_of(3, "2026-11-28 09:00", -1, after), RECALL_TOLD, "told in time stays told");
	cr_assert_eq(state_of(3, "2026-11-28 09:00", 2, after), RECALL_PART_RETURNED);
	cr_assert_eq(state_of(3, "2026-11-28 09:00", 3, after), RECALL_RETURNED);
	cr_assert_eq(state_of(3, NULL, 3, after), RECALL_RETURNED, "every unit back: nothing is late");
	cr_assert_eq(state_of(0, "2026-11-28 09:00", 0, after), RECALL_TOLD, "none sold: told, not returned");
}

Test(recall, a_buyer_stays_on_an_open_recall)
{
	ledger();
	open_b1("II");
	struct gerr err = { 0 };
	fx_refused(records_void(&fx.s, form_find("recall_recipients"), 2, "不是买家", 0, &err), &err,
	           GERR_INPUT, "id",
	           "Recall 1 is open: its buyers, as the sales ledger names them, stay on it until it"
	           " is closed.");
	fx_sql_text_is("SELECT count(*) FROM recall_recipients WHERE voided = 0", "2");
	cr_assert_eq(recall_close(&fx.s, 1, "厂家撤回召回通知", true, &err), 0, "%s", err.msg);
	cr_assert_eq(records_void(&fx.s, form_find("recall_recipients"), 2, "录入错误", 0, &err), 0,
	             "%s", err.msg);
}

Test(recall, told_and_returned_at_a_time_between_the_opening_and_now)
{
	ledger();
	open_b1("II"); /* opened 2026-11-27 10:00, which is also now */
	struct gerr err = { 0 };
	fx_refused(recall_notify(&fx.s, 1, "C001", "phone", NULL, NULL, "2026-11-27 10:01", &err),
	           &err, GERR_INPUT, "notified_at",
	           "Notified: 2026-11-27 10:01 is in the future (now is 2026-11-27 10:00)");
	fx_refused(recall_notify(&fx.s, 1, "C001", "phone", NULL, NULL, "2026-11-27 9:59", &err),
	           &err, GERR_INPUT, "notified_at",
	           "Notified: 2026-11-27 09:59 is before the recall was opened (2026-11-27 10:00)");
	fx_refused(recall_return(&fx.s, 1, "C001", 1, "2026-11-26 10:00", &err), &err, GERR_INPUT,
	           "returned_at", NULL);
	fx_sql_text_is("SELECT count(*) FROM recall_recipients WHERE notified_at IS NOT NULL"
	               " OR qty_returned IS NOT NULL", "0");
	cr_assert_eq(recall_notify(&fx.s, 1, "C001", "phone", NULL, NULL, "2026-11-27 10:00", &err), 0,
	             "%s", err.msg);
	cr_assert_eq(recall_return(&fx.s, 1, "C001", 2, "2026-11-27 10:00", &err), 0, "%s", err.msg);
	fx_sql_text_is("SELECT notified_at || '|' || returned_at || '|' || qty_returned"
	               " FROM recall_recipients WHERE customer = 1", "2026-11-27 10:00|2026-11-27 10:00|2");
}
