/* Batch and serial numbers outside the sales ledger (issue 14): complaints,
 * quality visits and adverse events are listed by a batch or serial number
 * however it was typed, as sales are; the upgrade fills their keys; and a
 * batch's second expiry date is the quality manager's to record, with the
 * reason, on an add or an edit. Fixture: P001, C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/records.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(keys, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

struct ids {
	int64_t id[8];
	int n;
};

static int collect(void *ud, const struct record *r)
{
	struct ids *ids = ud;
	if (ids->n < 8)
		ids->id[ids->n++] = r->id;
	return 0;
}

/* The ids list FORM gives for FIELD=VALUE (a filter) or, field NULL, for
 * the search VALUE. */
static struct ids listed(const char *form_name, const char *field, const char *value)
{
	const struct form *form = form_find(form_name);
	struct list_filter fl = { .value = { .null = true } };
	struct list_query q = { .form = form };
	struct gerr err = { 0 };
	if (field) {
		fl.field = form_field(form, field);
		cr_assert_eq(records_parse_value(&fx.s, fl.field, value, &fl.value, &err), 0, "%s",
		             err.msg);
		q.filters = &fl;
		q.nfilters = 1;
	} else {
		q.search = value;
	}
	struct ids ids = { .n = 0 };
	cr_assert_eq(records_list(&fx.s, &q, collect, &ids, &err), 0, "%s", err.msg);
	value_clear(&fl.value);
	return ids;
}

static void one(struct ids got, int64_t id, const char *what)
{
	cr_assert_eq(got.n, 1, "%s: %d rows", what, got.n);
	cr_assert_eq(got.id[0], id, "%s", what);
}

static const char *const typed[] = { "AB12", "ab12", " Ａｂ１２ " };

Test(keys, complaints_quality_and_events_are_found_by_batch_however_typed)
{
	int64_t k = fx_add_ok("complaints", "received_at=2026-11-20 09:30", "customer=C001",
	                      "product=P001", "batch=ab12", "content=外包装破损", NULL);
	fx_add_ok("complaints", "received_at=2026-11-21 09:30", "customer=C001", "batch=AB123",
	          "content=另一批", NULL);
	int64_t q = fx_add_ok("quality", "date=2026-11-18", "product=P001", "customer=C001",
	                      "batch=Ａｂ１２", "performance=运行良好", NULL);
	int64_t e = fx_add_ok("events", "learned_at=2026-11-20 08:00", "product=P001",
	                      "severity=other", "use_description=x", "batch= AB12", NULL);
	for (int i = 0; i < 3; i++) {
		one(listed("complaints", "batch", typed[i]), k, typed[i]);
		one(listed("quality", "batch", typed[i]), q, typed[i]);
		one(listed("events", "batch", typed[i]), e, typed[i]);
	}
	/* a search for the whole number finds it in any width; a part of it
	 * still finds every number holding it (AB123 too) */
	one(listed("quality", NULL, "ａｂ１２"), q, "search ａｂ１２");
	cr_assert_eq(listed("complaints", NULL, "ｂ１２").n, 0, "a full-width part is no number");
	cr_assert_eq(listed("complaints", NULL, "b12").n, 2);
}

Test(keys, a_serial_is_found_in_complaints_and_events)
{
	int64_t k = fx_add_ok("complaints", "received_at=2026-11-20 09:30", "customer=C001",
	                      "serial=jk600-2612-0457", "content=报警", NULL);
	int64_t e = fx_add_ok("events", "learned_at=2026-11-20 08:00", "product=P001",
	                      "severity=other", "use_description=x", "serial=ＪＫ600-2612-0457", NULL);
	one(listed("complaints", "serial", "JK600-2612-0457"), k, "complaint by serial");
	one(listed("events", "serial", "jk600-2612-0457"), e, "event by serial");
	fx_sql_text_is("SELECT serial_key FROM events", "JK600-2612-0457");
}

Test(keys, the_upgrade_fills_the_keys_of_records_already_there)
{
	fx_add_ok("complaints", "received_at=2026-11-20 09:30", "customer=C001", "batch=ｂ7",
	          "content=外包装破损", NULL);
	fx_add_ok("quality", "date=2026-11-18", "product=P001", "customer=C001", "serial=sn 1",
	          "performance=运行良好", NULL);
	fx_reopen_before("ALTER TABLE complaints ADD COLUMN batch_key");
	fx_sql_text_is("SELECT batch_key || '|' || ifnull(serial_key, '-') FROM complaints", "B7|-");
	fx_sql_text_is("SELECT serial_key FROM quality", "SN 1");
	one(listed("complaints", "batch", "B7"), 1, "after the upgrade");
	fx_check_clean();
}

/* ---- a batch's second expiry date: the quality manager's, with a reason ---- */

static void two_expiries_ledger(void)
{
	fx_add_ok("sales", "product=P001", "qty=5", "batch=B7", "expiry=2028-06-30",
	          "sale_date=2026-10-01", "customer=C001", NULL);
	fx_user_add("li.clerk", "clerk", "clerk-pass-2026");
	fx_user_add("zhou.qa", "quality", "quality-pass-2026");
}

Test(keys, a_clerk_cannot_give_a_batch_a_second_expiry_even_with_a_reason)
{
	two_expiries_ledger();
	fx_login("li.clerk", "clerk-pass-2026");
	fx.s.override_reason = "厂家说明函";
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "batch=b7",
	                "expiry=2028-07-31", "sale_date=2026-10-03", "customer=C001", NULL);
	fx.s.override_reason = NULL;
	fx_refused(rc, &err, GERR_INPUT, "expiry",
	           "Expiry date: 2028-07-31 differs from 2028-06-30, the expiry of batch b7 on line 1"
	           " (sold 2026-10-01): one batch has one expiry date. If this batch really has two,"
	           " the quality manager records it with the reason.");
	cr_assert(!fx.s.override_offered, "nothing to ask a clerk");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 1);
}

Test(keys, the_quality_manager_records_it_on_an_add_and_an_edit)
{
	two_expiries_ledger();
	fx_login("zhou.qa", "quality-pass-2026");
	struct gerr err = { 0 };
	/* without a reason: refused, and a screen may ask for one */
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "batch=B7",
	                "expiry=2028-07-31", "sale_date=2026-10-03", "customer=C001", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "expiry", "Expiry date: ", "--reason TEXT");
	cr_assert(fx.s.override_offered);
	fx.s.override_reason = "厂家同批号两个有效期";
	int64_t a = fx_add_ok("sales", "product=P001", "qty=1", "batch=B7", "expiry=2028-07-31",
	                      "sale_date=2026-10-03", "customer=C001", NULL);
	/* an edit with the reason: line 1's expiry moved to a third date */
	cr_assert_eq(fx_edit("sales", 1, "厂家更正有效期", 0, &err, "expiry=2028-05-31", NULL), 0,
	             "%s", err.msg);
	fx.s.override_reason = NULL;
	/* without it the same edit is refused for the quality manager too */
	rc = fx_edit("sales", a, "改有效期", 0, &err, "expiry=2028-04-30", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "expiry", "Expiry date: ", "line 1");
	fx_sql_text_is("SELECT group_concat(expiry, ',') FROM (SELECT expiry FROM sales ORDER BY id)",
	               "2028-05-31,2028-07-31");
	char sql[128];
	snprintf(sql, sizeof sql,
	         "SELECT reason FROM audit WHERE form = 'sales' AND record_id = %lld", (long long)a);
	fx_sql_text_is(sql, "厂家同批号两个有效期");
}

Test(keys, a_screen_that_asks_for_the_reason_is_not_told_to_use_reason)
{
	two_expiries_ledger();
	fx.s.asks_reason = true;
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "batch=B7",
	                "expiry=2028-07-31", "sale_date=2026-10-03", "customer=C001", NULL);
	fx_refused(rc, &err, GERR_INPUT, "expiry",
	           "Expiry date: 2028-07-31 differs from 2028-06-30, the expiry of batch B7 on line 1"
	           " (sold 2026-10-01): one batch has one expiry date.");
	cr_assert(fx.s.override_offered, "the administrator may record it");
}
