/* The after-sales rules (core/service_rules.h) with deadlines worked out by
 * hand on the calendar: 2026-11-20 is a Friday (2026-11-27, the fixture's
 * today, is one too, seven days later). */
#include "config.h"
#include "core/service_rules.h"

#include <criterion/criterion.h>
#include <string.h>

static int64_t at(const char *s)
{
	int64_t m = svc_minutes_parse(s);
	cr_assert_neq(m, SVC_NONE, "bad time %s", s);
	return m;
}

static void time_is(int64_t m, const char *expect)
{
	char buf[17];
	svc_minutes_format(m, buf);
	cr_assert_str_eq(buf, expect);
}

static struct repair_times repair(const char *notified, bool same_city, bool parts)
{
	return (struct repair_times){ .notified_at = at(notified), .responded_at = SVC_NONE,
	                              .onsite_at = SVC_NONE, .resolved_at = SVC_NONE,
	                              .same_city = same_city, .parts_in_stock = parts };
}

Test(service_rules, minutes_round_trip)
{
	time_is(at("2026-11-20 17:00"), "2026-11-20 17:00");
	time_is(at("1969-12-31 23:59"), "1969-12-31 23:59"); /* -1 minute */
	cr_assert_eq(at("1970-01-02 00:01"), 24 * 60 + 1);
	cr_assert_eq(svc_minutes_parse("2026-13-01 10:00"), SVC_NONE);
	cr_assert_eq(svc_minutes_parse(NULL), SVC_NONE);
}

Test(service_rules, durations_for_people)
{
	char buf[40];
	svc_duration_format(125, buf); /* 2 h 5 min */
	cr_assert_str_eq(buf, "2:05");
	svc_duration_format(-120, buf);
	cr_assert_str_eq(buf, "2:00");
	svc_duration_format(1439, buf);
	cr_assert_str_eq(buf, "23:59");
	svc_duration_format(3 * 1440 + 240, buf); /* 3 days 4 hours */
	cr_assert_str_eq(buf, "3 d 4:00");
}

Test(service_rules, same_city_friday_evening_due_sunday)
{
	struct ymd fri = { 2026, 11, 20 };
	cr_assert_eq(date_weekday(&fri), 4); /* 0 = Monday: a Friday */
	struct repair_times t = repair("2026-11-20 17:00", true, true);
	struct deadline d[3];
	/* Friday 20:00: three hours gone of 48, 45 h = 2700 min left */
	cr_assert_eq(repair_deadlines(&t, at("2026-11-20 20:00"), d), 1);
	cr_assert_str_eq(d[0].field, "onsite_at");
	time_is(d[0].due_at, "2026-11-22 17:00");  /* Sunday */
	time_is(d[0].warn_at, "2026-11-21 17:00"); /* Saturday */
	cr_assert_eq(d[0].state, DL_OPEN);
	cr_assert_eq(d[0].minutes_left, 2700);
	/* Saturday 18:00: past the warning, 23 h = 1380 min left */
	repair_deadlines(&t, at("2026-11-21 18:00"), d);
	cr_assert_eq(d[0].state, DL_WARNING);
	cr_assert_eq(d[0].minutes_left, 1380);
	/* Saturday 17:00 exactly is the warning's first minute */
	repair_deadlines(&t, at("2026-11-21 17:00"), d);
	cr_assert_eq(d[0].state, DL_WARNING);
	/* on site Sunday 16:59: met with one minute to spare */
	t.onsite_at = at("2026-11-22 16:59");
	repair_deadlines(&t, at("2026-11-27 10:00"), d);
	cr_assert_eq(d[0].state, DL_MET);
	cr_assert_eq(d[0].minutes_left, 1);
	/* on site Sunday 18:30: missed by 90 minutes, even though done */
	t.onsite_at = at("2026-11-22 18:30");
	repair_deadlines(&t, at("2026-11-27 10:00"), d);
	cr_assert_eq(d[0].state, DL_MISSED);
	cr_assert_eq(d[0].minutes_left, -90);
	/* nobody went: Monday 10:00 is 17 h = 1020 min late */
	t.onsite_at = SVC_NONE;
	repair_deadlines(&t, at("2026-11-23 10:00"), d);
	cr_assert_eq(d[0].state, DL_MISSED);
	cr_assert_eq(d[0].minutes_left, -1020);
}

Test(service_rules, other_province_response_48h_onsite_7d)
{
	struct repair_times t = repair("2026-03-02 09:00", false, true);
	struct deadline d[3];
	cr_assert_eq(repair_deadlines(&t, at("2026-03-03 09:00"), d), 2);
	cr_assert_str_eq(d[0].field, "responded_at");
	time_is(d[0].due_at, "2026-03-04 09:00"); /* +48 h */
	cr_assert_eq(d[0].warn_at, SVC_NONE);
	cr_assert_eq(d[0].minutes_left, 24 * 60);
	cr_assert_str_eq(d[1].field, "onsite_at");
	time_is(d[1].due_at, "2026-03-09 09:00"); /* +7 days */
	cr_assert_eq(d[1].minutes_left, 6 * 24 * 60);
	/* answered on the 3rd: met; on site the 10th at 09:00: a day late */
	t.responded_at = at("2026-03-03 11:00");
	t.onsite_at = at("2026-03-10 09:00");
	repair_deadlines(&t, at("2026-03-20 09:00"), d);
	cr_assert_eq(d[0].state, DL_MET);
	cr_assert_eq(d[1].state, DL_MISSED);
	cr_assert_eq(d[1].minutes_left, -24 * 60);
}

Test(service_rules, parts_missing_warn_day_15_due_day_30)
{
	struct repair_times t = repair("2026-01-10 08:00", true, false);
	struct deadline d[3];
	cr_assert_eq(repair_deadlines(&t, at("2026-01-24 08:00"), d), 2);
	cr_assert_str_eq(d[1].field, "resolved_at");
	/* January has 31 days: 10 + 15 = 25 Jan; 10 + 30 = 40 Jan = 9 Feb */
	time_is(d[1].warn_at, "2026-01-25 08:00");
	time_is(d[1].due_at, "2026-02-09 08:00");
	cr_assert_eq(d[1].state, DL_OPEN);
	repair_deadlines(&t, at("2026-01-25 08:00"), d);
	cr_assert_eq(d[1].state, DL_WARNING);
	cr_assert_eq(d[1].minutes_left, 15 * 24 * 60);
	t.resolved_at = at("2026-02-09 08:00"); /* the last minute still counts */
	repair_deadlines(&t, at("2026-03-01 08:00"), d);
	cr_assert_eq(d[1].state, DL_MET);
	cr_assert_eq(d[1].minutes_left, 0);
}

Test(service_rules, same_city_names)
{
	cr_assert(svc_same_city("北京", "北京市"));
	cr_assert(svc_same_city(" 北京市 ", "北京"));
	cr_assert_not(svc_same_city("北京", "上海"));
	cr_assert_not(svc_same_city("", ""));
	cr_assert_not(svc_same_city("北京", NULL));
}

Test(service_rules, warranty_by_calendar_months)
{
	struct ymd acc = { 2025, 3, 15 };
	struct ymd last = warranty_last_day(&acc);
	cr_assert(last.y == 2026 && last.m == 3 && last.d == 15);
	cr_assert(warranty_free(&acc, &(struct ymd){ 2026, 3, 15 }));
	cr_assert_not(warranty_free(&acc, &(struct ymd){ 2026, 3, 16 }));
	/* 2025 has no 29 February: the month's last day, the 28th */
	struct ymd leap = { 2024, 2, 29 };
	last = warranty_last_day(&leap);
	cr_assert(last.y == 2025 && last.m == 2 && last.d == 28);
	cr_assert(warranty_free(&leap, &(struct ymd){ 2025, 2, 28 }));
	cr_assert_not(warranty_free(&leap, &(struct ymd){ 2025, 3, 1 }));
	/* a repair notified before acceptance is inside the warranty */
	cr_assert(warranty_free(&acc, &(struct ymd){ 2025, 1, 2 }));
}

Test(service_rules, adverse_event_clocks)
{
	struct deadline d;
	int64_t learned = at("2026-05-01 10:00");
	cr_assert(ae_deadline(AE_DEATH, learned, SVC_NONE, learned, &d));
	time_is(d.due_at, "2026-05-08 10:00");    /* 7 days */
	cr_assert(ae_deadline(AE_SERIOUS, learned, SVC_NONE, learned, &d));
	time_is(d.due_at, "2026-05-21 10:00");    /* 20 days: 1 + 20 = 21 May */
	cr_assert(ae_deadline(AE_CLUSTER, learned, SVC_NONE, at("2026-05-01 21:00"), &d));
	time_is(d.due_at, "2026-05-01 22:00");    /* 12 hours */
	cr_assert_eq(d.minutes_left, 60);
	cr_assert_eq(d.state, DL_OPEN);
	cr_assert(ae_deadline(AE_CLUSTER, learned, at("2026-05-01 23:00"), at("2026-05-02 00:00"),
	                      &d));
	cr_assert_eq(d.state, DL_MISSED);
	cr_assert_eq(d.minutes_left, -60);
	/* the same report judged at 21:00, two hours before it: not done yet,
	 * one hour left */
	cr_assert(ae_deadline(AE_CLUSTER, learned, at("2026-05-01 23:00"), at("2026-05-01 21:00"),
	                      &d));
	cr_assert_eq(d.state, DL_OPEN);
	cr_assert_eq(d.done_at, SVC_NONE);
	cr_assert_eq(d.minutes_left, 60);
	cr_assert_not(ae_deadline(AE_OTHER, learned, SVC_NONE, learned, &d));
	cr_assert_eq(ae_severity_parse("serious"), AE_SERIOUS);
	cr_assert_eq(ae_severity_parse("bogus"), AE_UNKNOWN);
	cr_assert(ae_needs_stop_use(AE_DEATH));
	cr_assert(ae_needs_stop_use(AE_SERIOUS));
	cr_assert_not(ae_needs_stop_use(AE_CLUSTER));
	cr_assert_not(ae_needs_stop_use(AE_OTHER));
}

/* Each deadline names the promise it comes from, so reports can count
 * them per promise. */
Test(service_rules, deadlines_name_their_promise)
{
	struct deadline d[3];
	struct repair_times t = repair("2026-11-20 17:00", true, false);
	cr_assert_eq(repair_deadlines(&t, at("2026-11-20 18:00"), d), 2);
	cr_assert_eq(d[0].rule, SR_ONSITE_CITY);
	cr_assert_eq(d[1].rule, SR_PARTS);
	t = repair("2026-11-20 17:00", false, true);
	cr_assert_eq(repair_deadlines(&t, at("2026-11-20 18:00"), d), 2);
	cr_assert_eq(d[0].rule, SR_RESPONSE_AWAY);
	cr_assert_eq(d[1].rule, SR_ONSITE_AWAY);
	cr_assert(ae_deadline(AE_CLUSTER, at("2026-11-20 17:00"), SVC_NONE, at("2026-11-20 18:00"),
	                      &d[0]));
	cr_assert_eq(d[0].rule, SR_AE_CLUSTER);
	cr_assert_str_eq(svc_rule_label(SR_ONSITE_AWAY), "Other cities: engineer on site within 7 days");
	cr_assert_str_eq(svc_rule_label(SR_PARTS),
	                 "Parts not in domestic stock: resolved within 30 days");
	for (int k = 0; k < SR_COUNT; k++)
		cr_assert(*svc_rule_label((enum svc_rule)k), "rule %d has words", k);
	cr_assert_str_eq(svc_rule_label(SR_COUNT), "");
}

/* The share on time: met over met and missed; the undecided wait. */
Test(service_rules, ontime_share_leaves_the_open_ones_out)
{
	struct ontime o = { 0 };
	double share = -1;
	cr_assert_not(ontime_share(&o, &share), "nothing decided: no share");
	ontime_add(&o, DL_OPEN);
	ontime_add(&o, DL_WARNING);
	cr_assert_not(ontime_share(&o, &share), "two open, still nothing decided");
	cr_assert_eq(o.open, 2);
	ontime_add(&o, DL_MET);
	ontime_add(&o, DL_MET);
	ontime_add(&o, DL_MET);
	ontime_add(&o, DL_MISSED);
	cr_assert_eq(o.met, 3);
	cr_assert_eq(o.missed, 1);
	cr_assert(ontime_share(&o, &share));
	cr_assert_float_eq(share, 0.75, 1e-12, "3 met of 4 decided: 3/4");
	ontime_add(&o, DL_MISSED);
	ontime_add(&o, DL_MISSED);
	cr_assert(ontime_share(&o, &share));
	cr_assert_float_eq(share, 0.5, 1e-12, "3 met of 6 decided: 1/2");
}

/* A missed deadline judged both ways: done late, and still not done. */
Test(service_rules, late_done_or_not_is_missed)
{
	struct deadline d[3];
	struct repair_times t = repair("2026-11-20 17:00", true, true);
	/* on site 2026-11-22 17:01: one minute past the 48 hours */
	t.onsite_at = at("2026-11-22 17:01");
	repair_deadlines(&t, at("2026-11-27 10:00"), d);
	cr_assert_eq(d[0].state, DL_MISSED);
	cr_assert_eq(d[0].minutes_left, -1);
	t.onsite_at = at("2026-11-22 17:00"); /* exactly 48 hours: met */
	repair_deadlines(&t, at("2026-11-27 10:00"), d);
	cr_assert_eq(d[0].state, DL_MET);
}
