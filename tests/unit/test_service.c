/* The after-sales forms through records_add/records_edit (core/service.c):
 * the warranty charge computed from the install ticket or the sale, the
 * stop-use notice of serious events, returns never above the quantity
 * sold. Fixture: product P001, customer C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "model/form.h"
#include "core/records.h"
#include "core/service.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(service, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

#define REPAIR "kind=repair", "customer=C001", "product=P001", "description=不开机"

Test(service, charge_follows_the_acceptance_by_serial)
{
	fx_add_ok("service", "kind=install", "customer=C001", "product=P001", "serial=SN1",
	          "notified_at=2025-03-01 09:00", "accepted_on=2025-03-15", "description=安装",
	          "checklist=开机自检 双方确认", "customer_signatory=设备科王主任",
	          NULL);
	/* accepted 2025-03-15: 12 months end on 2026-03-15 */
	int64_t free_id = fx_add_ok("service", REPAIR, "serial=SN1", "notified_at=2026-03-15 23:59",
	                            NULL);
	cr_assert_str_eq(fx_text("service", free_id, "charge"), "warranty");
	cr_assert_str_eq(fx_text("service", free_id, "warranty_from"), "2025-03-15");
	cr_assert_str_eq(fx_text("service", free_id, "warranty_basis"), "acceptance");
	int64_t paid_id = fx_add_ok("service", REPAIR, "serial=SN1", "notified_at=2026-03-16 00:00",
	                            NULL);
	cr_assert_str_eq(fx_text("service", paid_id, "charge"), "paid");
	struct gerr err = { 0 };
	int rc = fx_add("service", NULL, &err, REPAIR, "serial=SN1", "notified_at=2026-03-16 00:00",
	                "charge=warranty", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "charge", "Charge: ", "charge_reason");
	fx_add_ok("service", REPAIR, "serial=SN1", "notified_at=2026-03-16 00:00",
	          "charge=warranty", "charge_reason=goodwill", NULL);
}

Test(service, no_acceptance_falls_back_to_the_sale_and_is_flagged)
{
	fx_add_ok("sales", "product=P001", "qty=1", "serial=SN2", "sale_date=2024-02-29",
	          "customer=C001", NULL);
	/* sold 2024-02-29: covered through 2025-02-28, the month's last day */
	int64_t a = fx_add_ok("service", REPAIR, "serial=SN2", "notified_at=2025-02-28 10:00", NULL);
	int64_t b = fx_add_ok("service", REPAIR, "serial=SN2", "notified_at=2025-03-01 10:00", NULL);
	cr_assert_str_eq(fx_text("service", a, "warranty_basis"), "sale_date");
	cr_assert_str_eq(fx_text("service", a, "warranty_from"), "2024-02-29");
	cr_assert_str_eq(fx_text("service", a, "charge"), "warranty");
	cr_assert_str_eq(fx_text("service", b, "charge"), "paid");
	/* nothing by this serial: no basis to count from, no charge computed */
	int64_t c = fx_add_ok("service", REPAIR, "serial=SN9", "notified_at=2025-03-01 10:00", NULL);
	cr_assert_str_eq(fx_text("service", c, "warranty_basis"), "unknown");
	cr_assert_str_eq(fx_text("service", c, "charge"), "(null)");
}

Test(service, serious_event_needs_the_stop_use_notice)
{
	struct gerr err = { 0 };
	int rc = fx_add("events", NULL, &err, "learned_at=2026-11-27 08:00", "product=P001",
	                "severity=serious", "use_description=x", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "stop_use_notice_at", "Stop-use notice at: ",
	               "stop_use_notified");
	rc = fx_add("events", NULL, &err, "learned_at=2026-11-27 08:00", "product=P001",
	            "severity=death", "use_description=x", "stop_use_notice_at=2026-11-27 09:00", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "stop_use_notified", "Stop-use notice to: ", "Death");
	fx_add_ok("events", "learned_at=2026-11-27 08:00", "product=P001", "severity=death",
	          "use_description=x", "stop_use_notice_at=2026-11-27 09:00",
	          "stop_use_notified=设备科", NULL);
	fx_add_ok("events", "learned_at=2026-11-27 08:00", "product=P001", "severity=cluster",
	          "use_description=x", NULL);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM events"), 2);
}

Test(service, a_return_larger_than_the_sale_is_refused)
{
	int64_t sale = fx_add_ok("sales", "product=P001", "qty=5", "batch=B1",
	                         "sale_date=2026-11-01", "customer=C001", NULL);
	char ref[32];
	snprintf(ref, sizeof ref, "sale=%lld", (long long)sale);
	struct gerr err = { 0 };
	int rc = fx_add("returns", NULL, &err, ref, "qty=6", "reason=x", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty",
	           "Quantity: 6 and the 0 already returned exceed the 5 sold on sales line 1");
	int64_t r1 = fx_add_ok("returns", ref, "qty=3", "reason=x", NULL);
	rc = fx_add("returns", NULL, &err, ref, "qty=3", "reason=x", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty",
	           "Quantity: 3 and the 3 already returned exceed the 5 sold on sales line 1");
	fx_add_ok("returns", ref, "qty=2", "reason=x", NULL); /* 3 + 2 = 5: all of it */
	/* an edit counts the other returns (2), not its own old quantity */
	rc = fx_edit("returns", r1, "more", 0, &err, "qty=4", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty",
	           "Quantity: 4 and the 2 already returned exceed the 5 sold on sales line 1");
	cr_assert_eq(fx_edit("returns", r1, "fewer", 0, &err, "qty=1", NULL), GERR_OK);
	struct record *r = fx_get(form_find("returns"), r1);
	cr_assert_str_eq(record_value(r, "sale")->text, "1");
	record_free(r);
}

static struct service_deadline got[8];
static int ngot;

static int collect(void *ud, const struct service_deadline *d)
{
	(void)ud;
	if (ngot < 8)
		got[ngot++] = *d;
	return 0;
}

/* The office and customer C001 are in 北京 (same city: on site in 48 h,
 * warning from 24 h); C002 in 上海 (response 48 h, on site 7 days).
 * Judged at today 2026-11-27 10:00. */
Test(service, due_rows_sorted_by_time_left)
{
	fx_add_ok("customers", "code=C002", "name=上海医院", "city=上海市", NULL);
	fx_add_ok("service", REPAIR, "notified_at=2026-11-26 10:00", NULL);
	fx_add_ok("service", "kind=repair", "customer=C002", "product=P001", "description=x",
	          "notified_at=2026-11-26 10:00", NULL);
	fx_add_ok("events", "learned_at=2026-11-27 09:00", "product=P001", "severity=cluster",
	          "use_description=x", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(service_due_rows(&fx.s, NULL, collect, NULL, &err), GERR_OK);
	cr_assert_eq(ngot, 4);
	/* cluster: 09:00 + 12 h = 21:00, 11 h = 660 min left */
	cr_assert_str_eq(got[0].form, "events");
	cr_assert_str_eq(got[0].due_at, "2026-11-27 21:00");
	cr_assert_eq(got[0].minutes_left, 660);
	cr_assert_eq(got[0].state, DL_OPEN);
	/* 北京 on site: 11-26 10:00 + 48 h = 11-28 10:00, 24 h = 1440 min;
	 * the warning began at 11-27 10:00, now */
	cr_assert_eq(got[1].id, 1);
	cr_assert_str_eq(got[1].what, "engineer on site");
	cr_assert_str_eq(got[1].due_at, "2026-11-28 10:00");
	cr_assert_eq(got[1].minutes_left, 1440);
	cr_assert_eq(got[1].state, DL_WARNING);
	/* 上海 response: the same 48 h, the same 1440 min; the lower id first */
	cr_assert_eq(got[2].id, 2);
	cr_assert_str_eq(got[2].what, "response");
	cr_assert_eq(got[2].minutes_left, 1440);
	/* 上海 on site: + 7 days = 12-03 10:00, 6 days = 8640 min */
	cr_assert_str_eq(got[3].what, "engineer on site");
	cr_assert_str_eq(got[3].due_at, "2026-12-03 10:00");
	cr_assert_eq(got[3].minutes_left, 8640);
}

/* A ticket's stored text judged without its record (the reports' way):
 * only repairs have deadlines; the city compares without its 市; parts
 * not recorded are taken as in stock. Now: 2026-11-27 10:00. */
Test(service, a_ticket_from_its_stored_text)
{
	int64_t now = svc_minutes_parse("2026-11-27 10:00");
	struct deadline d[3];
	struct service_ticket t = { .kind = "install", .customer_city = "杭州",
	                            .notified_at = "2026-11-26 09:00", .parts_in_stock = -1 };
	cr_assert_eq(service_ticket_deadlines(&t, "杭州市", now, d), 0, "an installation: none");
	t.kind = "repair";
	cr_assert_eq(service_ticket_deadlines(&t, "杭州市", now, d), 1, "same city, parts assumed");
	cr_assert_eq(d[0].rule, SR_ONSITE_CITY);
	/* 11-26 09:00 + 48 h = 11-28 09:00, not done: open, past the 24 h warning */
	char due[17];
	svc_minutes_format(d[0].due_at, due);
	cr_assert_str_eq(due, "2026-11-28 09:00");
	cr_assert_eq(d[0].state, DL_WARNING);
	t.parts_in_stock = 0;
	t.customer_city = "南京市";
	t.responded_at = "2026-11-26 10:00";
	cr_assert_eq(service_ticket_deadlines(&t, "杭州市", now, d), 3, "elsewhere, parts abroad");
	cr_assert_eq(d[0].rule, SR_RESPONSE_AWAY);
	cr_assert_eq(d[0].state, DL_MET);
	cr_assert_eq(d[2].rule, SR_PARTS);
	cr_assert_eq(service_has_deadlines(NULL), false);
	cr_assert_eq(service_has_deadlines("visit"), false);
}

/* Returns as the seed words them: own products are taken back or
 * exchanged; a distributed product's dispute goes to the supplier, so it
 * closes only with when, whom and the answer; an exchange names the
 * replacement. Sales line of 5, sold 2026-11-01. */
Test(service, returns_follow_their_path)
{
	int64_t sale = fx_add_ok("sales", "product=P001", "qty=5", "batch=B1",
	                         "sale_date=2026-11-01", "customer=C001", NULL);
	char ref[32];
	snprintf(ref, sizeof ref, "sale=%lld", (long long)sale);
#define RET ref, "qty=1", "reason=破损"
	struct gerr err = { 0 };
	int rc = fx_add("returns", NULL, &err, RET, "outcome=refund", "closed_date=2026-11-20", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "own_product", "Own product: ", "is required to close");
	rc = fx_add("returns", NULL, &err, RET, "own_product=yes", "closed_date=2026-11-20", NULL);
	fx_refused(rc, &err, GERR_INPUT, "outcome", "Outcome: is required to close the return");
	/* own product: taken back, nothing asked of a supplier */
	fx_add_ok("returns", RET, "own_product=yes", "outcome=refund", "closed_date=2026-11-20",
	          NULL);
	/* distributed: the supplier's when, who and answer, in that order */
	const char *steps[][2] = {
		{ "supplier_contacted_at", "supplier_contacted_at=2026-11-05 10:00" },
		{ "supplier_contact", "supplier_contact=王经理" },
		{ "supplier_outcome", "supplier_outcome=同意退货" },
	};
	rc = fx_add("returns", NULL, &err, RET, "own_product=no", "outcome=refund",
	            "closed_date=2026-11-20", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, steps[0][0], "", "taken up with the supplier");
	rc = fx_add("returns", NULL, &err, RET, "own_product=no", "outcome=refund",
	            "closed_date=2026-11-20", steps[0][1], NULL);
	fx_refused_has(rc, &err, GERR_INPUT, steps[1][0], "", "taken up with the supplier");
	rc = fx_add("returns", NULL, &err, RET, "own_product=no", "outcome=refund",
	            "closed_date=2026-11-20", steps[0][1], steps[1][1], NULL);
	fx_refused_has(rc, &err, GERR_INPUT, steps[2][0], "", "taken up with the supplier");
	fx_add_ok("returns", RET, "own_product=no", "outcome=refund", "closed_date=2026-11-20",
	          steps[0][1], steps[1][1], steps[2][1], NULL);
	/* still open: nothing of the supplier is asked yet */
	fx_add_ok("returns", RET, "own_product=no", NULL);
	/* an exchange names the unit given instead; a refund has none */
	rc = fx_add("returns", NULL, &err, RET, "own_product=yes", "outcome=exchange", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "replacement_serial", "", "replacement_batch");
	rc = fx_add("returns", NULL, &err, RET, "own_product=yes", "outcome=refund",
	            "replacement_batch=B2", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "replacement_batch", "", "is only given when");
	fx_add_ok("returns", RET, "own_product=yes", "outcome=exchange", "replacement_batch=B2",
	          NULL);
#undef RET
}

/* The seed's installation: the final acceptance is the checklist both
 * sides confirmed item by item, signed for the customer; what was handed
 * over is kept with it. A paid repair records its parts and cost. */
Test(service, installation_accepted_with_its_checklist)
{
#define INSTALL "kind=install", "customer=C001", "product=P001", "serial=SN5", \
	"notified_at=2026-11-20 09:00", "description=安装"
	struct gerr err = { 0 };
	int rc = fx_add("service", NULL, &err, INSTALL, "accepted_on=2026-11-21", NULL);
	fx_refused(rc, &err, GERR_INPUT, "checklist",
	           "Acceptance checklist: is required with the final acceptance: every item confirmed by both sides");
	rc = fx_add("service", NULL, &err, INSTALL, "accepted_on=2026-11-21", "checklist=自检 双方确认",
	            NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer_signatory",
	           "Signed for the customer by: is required with the final acceptance");
	fx_add_ok("service", INSTALL, "accepted_on=2026-11-21", "checklist=自检 双方确认",
	          "handed_over=说明书、工具", "customer_signatory=王主任", "feedback=满意", NULL);
	rc = fx_add("service", NULL, &err, REPAIR, "notified_at=2026-11-20 09:00",
	            "checklist=x", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "checklist", "", "is only given for");
	/* notified 2026-11-20: SN5 accepted the day after, so under warranty */
	rc = fx_add("service", NULL, &err, REPAIR, "serial=SN5", "notified_at=2026-11-22 09:00",
	            "cost=100", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "cost", "", "is only given for");
	fx_add_ok("service", REPAIR, "serial=SN5", "notified_at=2026-11-22 09:00", "charge=paid",
	          "charge_reason=人为损坏", "parts_used=电源板", "cost=350.00", NULL);
#undef INSTALL
}
