/* Time moves forward: a time that records something done is not after
 * now, nor before what it follows, on every form; and a time still to
 * come never meets a deadline. Fixture: product P001, customer C001 in
 * 北京 (the office's city), now 2026-11-27 10:00. */
#include "config.h"
#include "fixture.h"
#include "model/form.h"
#include "core/records.h"
#include "core/service.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(time_order, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

#define EVENT "learned_at=2026-11-26 08:00", "product=P001", "severity=other", "use_description=x"
#define REPAIR "kind=repair", "customer=C001", "product=P001", "description=不开机", \
	"notified_at=2026-11-26 09:00"

static void refused(const char *form, const char *field, const char *msg, const char *a,
                    const char *b)
{
	struct gerr err = { 0 };
	int rc = strcmp(form, "events") == 0 ? fx_add(form, NULL, &err, EVENT, a, b, NULL)
	         : strcmp(form, "service") == 0 ? fx_add(form, NULL, &err, REPAIR, a, b, NULL)
	                                         : fx_add(form, NULL, &err, a, b, NULL);
	fx_refused(rc, &err, GERR_INPUT, field, msg);
}

/* Seen accepted: an authority report dated three days ahead. The same
 * day counts to the minute: 10:01 is still to come at 10:00. */
Test(time_order, event_reports_not_in_the_future)
{
	refused("events", "authority_report_at",
	        "Reported to the authority at: 2026-11-30 10:00 is in the future (it is now "
	        "2026-11-27 10:00)",
	        "authority_report_at=2026-11-30 10:00", NULL);
	refused("events", "authority_report_at",
	        "Reported to the authority at: 2026-11-27 10:01 is in the future (it is now "
	        "2026-11-27 10:00)",
	        "authority_report_at=2026-11-27 10:01", NULL);
	const char *fields[] = { "manager_report_at", "manufacturer_notified_at",
	                         "stop_use_notice_at" };
	for (int i = 0; i < 3; i++) {
		char a[64];
		snprintf(a, sizeof a, "%s=2026-11-27 10:01", fields[i]);
		struct gerr err = { 0 };
		int rc = fx_add("events", NULL, &err, EVENT, a, NULL);
		fx_refused_has(rc, &err, GERR_INPUT, fields[i], "", "is in the future");
	}
	fx_add_ok("events", EVENT, "authority_report_at=2026-11-27 10:00",
	          "manager_report_at=2026-11-27 10:00", "manufacturer_notified_at=2026-11-26 08:00",
	          "stop_use_notice_at=2026-11-26 08:00", NULL);
}

Test(time_order, event_notices_not_before_it_was_learned)
{
	const char *fields[] = { "authority_report_at", "manager_report_at",
	                         "manufacturer_notified_at", "stop_use_notice_at" };
	for (int i = 0; i < 4; i++) {
		char a[64];
		snprintf(a, sizeof a, "%s=2026-11-26 07:59", fields[i]);
		struct gerr err = { 0 };
		int rc = fx_add("events", NULL, &err, EVENT, a, NULL);
		fx_refused_has(rc, &err, GERR_INPUT, fields[i], "",
		               "is before the event was learned of 2026-11-26 08:00");
	}
}

/* notified 11-26 09:00 ≤ responded ≤ on site ≤ resolved, parts before
 * the resolution, none after now. */
Test(time_order, service_times_in_order)
{
	refused("service", "onsite_at",
	        "On site at: is before the response 2026-11-26 12:00",
	        "responded_at=2026-11-26 12:00", "onsite_at=2026-11-26 11:59");
	refused("service", "resolved_at",
	        "Resolved at: is before the response 2026-11-26 12:00",
	        "responded_at=2026-11-26 12:00", "resolved_at=2026-11-26 11:00");
	refused("service", "resolved_at",
	        "Resolved at: is before the engineer was on site 2026-11-26 15:00",
	        "onsite_at=2026-11-26 15:00", "resolved_at=2026-11-26 14:00");
	refused("service", "resolved_at",
	        "Resolved at: is before the parts arrived 2026-11-27 08:00",
	        "parts_arrived_at=2026-11-27 08:00", "resolved_at=2026-11-26 14:00");
	refused("service", "resolved_at",
	        "Resolved at: 2026-11-27 12:00 is in the future (it is now 2026-11-27 10:00)",
	        "resolved_at=2026-11-27 12:00", NULL);
	const char *fields[] = { "responded_at", "onsite_at", "parts_arrived_at" };
	for (int i = 0; i < 3; i++) {
		char a[64];
		snprintf(a, sizeof a, "%s=2026-11-28 09:00", fields[i]);
		struct gerr err = { 0 };
		int rc = fx_add("service", NULL, &err, REPAIR, a, NULL);
		fx_refused_has(rc, &err, GERR_INPUT, fields[i], "", "is in the future");
	}
	fx_add_ok("service", REPAIR, "responded_at=2026-11-26 09:00", "onsite_at=2026-11-26 09:00",
	          "resolved_at=2026-11-27 10:00", NULL);
	refused("service", "accepted_on", "Final acceptance date: is before the notification "
	        "2026-11-26 09:00", "accepted_on=2026-11-25", NULL);
}

/* Seen accepted: a return closed before its sale of 2026-11-10. */
Test(time_order, returns_not_before_the_sale)
{
	int64_t sale = fx_add_ok("sales", "product=P001", "qty=5", "batch=B1",
	                         "sale_date=2026-11-10", "customer=C001", NULL);
	char ref[32];
	snprintf(ref, sizeof ref, "sale=%lld", (long long)sale);
	struct gerr err = { 0 };
	int rc = fx_add("returns", NULL, &err, ref, "qty=1", "reason=x", "own_product=yes",
	                "outcome=refund", "closed_date=2026-11-09", NULL);
	fx_refused(rc, &err, GERR_INPUT, "closed_date", "Closed date: is before the sale (2026-11-10)");
	rc = fx_add("returns", NULL, &err, ref, "qty=1", "reason=x",
	            "supplier_contacted_at=2026-11-09 17:00", NULL);
	fx_refused(rc, &err, GERR_INPUT, "supplier_contacted_at",
	           "Supplier contacted at: is before the sale (2026-11-10)");
	rc = fx_add("returns", NULL, &err, ref, "qty=1", "reason=x", "own_product=yes",
	            "outcome=refund", "supplier_contacted_at=2026-11-12 09:00",
	            "closed_date=2026-11-11", NULL);
	fx_refused(rc, &err, GERR_INPUT, "closed_date",
	           "Closed date: is before the supplier was contacted (2026-11-12 09:00)");
	rc = fx_add("returns", NULL, &err, ref, "qty=1", "reason=x",
	            "supplier_contacted_at=2026-11-27 10:30", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "supplier_contacted_at", "", "is in the future");
	/* the sale's own day, contact and close on one day: in order */
	fx_add_ok("returns", ref, "qty=1", "reason=x", "own_product=yes", "outcome=refund",
	          "supplier_contacted_at=2026-11-10 08:00", "closed_date=2026-11-10", NULL);
}

Test(time_order, complaint_closed_not_before_its_reply)
{
	struct gerr err = { 0 };
	int rc = fx_add("complaints", NULL, &err, "received_at=2026-11-20 09:00", "customer=C001",
	                "content=x", "cause=c", "action=a", "reply_date=2026-11-24",
	                "status=closed", "closed_date=2026-11-23", NULL);
	fx_refused(rc, &err, GERR_INPUT, "closed_date",
	           "Closed date: is before the written reply (2026-11-24)");
	fx_add_ok("complaints", "received_at=2026-11-20 09:00", "customer=C001", "content=x",
	          "cause=c", "action=a", "reply_date=2026-11-24", "status=closed",
	          "closed_date=2026-11-24", NULL);
}

Test(time_order, retraining_not_before_the_session)
{
	int64_t session = fx_add_ok("training", "date=2026-11-20", "topic=操作", "kind=operation",
	                            "trainer=王", "hours=2", NULL);
	char ref[32];
	snprintf(ref, sizeof ref, "session=%lld", (long long)session);
	struct gerr err = { 0 };
	int rc = fx_add("attendees", NULL, &err, ref, "name=刘敏", "result=retrain",
	                "retrain_date=2026-11-19", NULL);
	fx_refused(rc, &err, GERR_INPUT, "retrain_date",
	           "Retrain date: is before the session it follows (2026-11-20)");
	fx_add_ok("attendees", ref, "name=刘敏", "result=retrain", "retrain_date=2026-12-20", NULL);
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

/* Rows written before these rules (straight into the file here) with
 * times still to come: the deadlines stay open, the ticket unfinished.
 * Cluster learned 11-27 08:00: due 20:00, 600 min left at 10:00.
 * Repair notified 11-26 09:00 in 北京: on site due 11-28 09:00. */
Test(time_order, a_future_time_meets_no_deadline)
{
	int64_t ev = fx_add_ok("events", "learned_at=2026-11-27 08:00", "product=P001",
	                       "severity=cluster", "use_description=x", NULL);
	int64_t t = fx_add_ok("service", REPAIR, NULL);
	char sql[200];
	snprintf(sql, sizeof sql,
	         "UPDATE events SET authority_report_at='2026-11-30 10:00' WHERE id=%lld",
	         (long long)ev);
	cr_assert_eq(fx_sql_exec(fx.path, sql), 0);
	snprintf(sql, sizeof sql,
	         "UPDATE service SET onsite_at='2026-11-27 12:00', resolved_at='2026-11-27 13:00'"
	         " WHERE id=%lld", (long long)t);
	cr_assert_eq(fx_sql_exec(fx.path, sql), 0);
	struct gerr err = { 0 };
	cr_assert_eq(service_due_rows(&fx.s, NULL, collect, NULL, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(ngot, 2);
	cr_assert_str_eq(got[0].form, "events");
	cr_assert_str_eq(got[0].due_at, "2026-11-27 20:00");
	cr_assert_eq(got[0].minutes_left, 600);
	cr_assert_str_eq(got[1].form, "service");
	cr_assert_str_eq(got[1].due_at, "2026-11-28 09:00");
	cr_assert_eq(got[1].minutes_left, 23 * 60);
	struct record *r = fx_get(form_find("service"), t);
	char text[64];
	cr_assert_eq(service_row_status(&fx.s, r, text, sizeof text), ROW_WARNING);
	cr_assert_str_eq(text, "23:00 left");
	record_free(r);
}

/* The screen checks one value as the user leaves its field: tomorrow is
 * refused with the same words as on save (a datetime to the minute), today
 * and no value pass, and a field without the flag takes any date. */
Test(time_order, one_value_checked_when_leaving_its_field)
{
	const struct form *sales = form_find("sales"), *events = form_find("events");
	struct value v = { .null = true };
	struct gerr err = { 0 };
	cr_assert_eq(records_parse_value(&fx.s, form_field(sales, "sale_date"), "2026/11/28", &v, &err),
	             GERR_OK);
	fx_refused(records_check_value(&fx.s, form_field(sales, "sale_date"), &v, &err), &err,
	           GERR_INPUT, "sale_date", "Sale date: 2026-11-28 is in the future (today is 2026-11-27)");
	value_clear(&v);
	gerr_clear(&err);
	cr_assert_eq(records_parse_value(&fx.s, form_field(sales, "sale_date"), "20261127", &v, &err),
	             GERR_OK);
	cr_assert_eq(records_check_value(&fx.s, form_field(sales, "sale_date"), &v, &err), GERR_OK);
	value_clear(&v);
	cr_assert_eq(records_parse_value(&fx.s, form_field(events, "learned_at"), "2026-11-27 10:01",
	                                 &v, &err), GERR_OK);
	fx_refused_has(records_check_value(&fx.s, form_field(events, "learned_at"), &v, &err), &err,
	               GERR_INPUT, "learned_at", "", "is in the future");
	value_clear(&v);
	gerr_clear(&err);
	struct value none = { .null = true };
	cr_assert_eq(records_check_value(&fx.s, form_field(sales, "sale_date"), &none, &err), GERR_OK);
	cr_assert_eq(records_parse_value(&fx.s, form_field(sales, "expiry"), "2030-01-01", &v, &err),
	             GERR_OK);
	cr_assert_eq(records_check_value(&fx.s, form_field(sales, "expiry"), &v, &err), GERR_OK);
	value_clear(&v);
}
