/* The other paper records (issue 4): closing a complaint, late complaints
 * in working days, survey scores (range, one per active item, one survey
 * per customer, year and respondent, all in one transaction with the
 * header) and the retrain rule of training rosters. Fresh office database:
 * P001 and C001 exist, admin is logged in, today is Friday 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/complaints.h"
#include "base/date.h"
#include "core/lines.h"
#include "core/training.h"
#include "db/db_training.h"

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(forms, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static int64_t count(const char *sql)
{
	return fx_sql_int(fx.path, sql);
}

/* The command line's way in: "field=value" and "field.KEY=value" words
 * ending with NULL, split into header and lines, added in one go. */
static int add_words(const char *form, int64_t *id, struct gerr *err, ...)
{
	char *words[32];
	struct assign a[32];
	int n = 0;
	va_list ap;
	va_start(ap, err);
	for (const char *w; (w = va_arg(ap, const char *)) != NULL;) {
		words[n] = strdup(w);
		cr_assert_eq(assign_parse(words[n], &a[n], err), GERR_OK);
		n++;
	}
	va_end(ap);
	struct line_edit *lines = NULL;
	int nh = 0, nl = 0;
	int64_t dummy;
	int rc = lines_split(form_find(form), a, n, &nh, &lines, &nl, err);
	if (rc == GERR_OK)
		rc = lines_add(&fx.s, form_find(form), a, nh, lines, nl, id ? id : &dummy, err);
	lines_free(lines, nl);
	for (int i = 0; i < n; i++)
		free(words[i]);
	return rc;
}

/* ---- closing a complaint ---- */

#define COMPLAINT "received_at=2026-11-20 09:30", "customer=C001", "content=外包装破损"

Test(forms, complaint_status_defaults_to_open)
{
	int64_t id = fx_add_ok("complaints", COMPLAINT, NULL);
	fx_sql_text_is("SELECT status FROM complaints", "open");
	struct gerr err;
	/* each of the four is needed: the first missing one is named */
	int rc = fx_edit("complaints", id, "处理完毕", 0, &err, "status=closed", NULL);
	fx_refused(rc, &err, GERR_INPUT, "cause",
	           "Cause analysis: is required to close the complaint (status closed)");
	rc = fx_edit("complaints", id, "处理完毕", 0, &err, "status=closed", "cause=运输挤压",
	             "action=加固包装", "closed_date=2026-11-26", NULL);
	fx_refused(rc, &err, GERR_INPUT, "reply_date",
	           "Written reply date: is required to close the complaint (status closed)");
	rc = fx_edit("complaints", id, "处理完毕", 0, &err, "status=closed", "cause=运输挤压",
	             "action=加固包装", "reply_date=2026-11-25", NULL);
	fx_refused(rc, &err, GERR_INPUT, "closed_date",
	           "Closed date: is required to close the complaint (status closed)");
	fx_sql_text_is("SELECT status FROM complaints", "open");
	rc = fx_edit("complaints", id, "处理完毕", 0, &err, "status=closed", "cause=运输挤压",
	             "action=加固包装", "reply_date=2026-11-25", "closed_date=2026-11-26", NULL);
	cr_assert_eq(rc, GERR_OK, "%s", err.msg);
	fx_sql_text_is("SELECT status || ' ' || closed_date FROM complaints", "closed 2026-11-26");
}

Test(forms, closed_date_only_when_closed_and_not_before_receipt)
{
	struct gerr err;
	int rc = fx_add("complaints", NULL, &err, COMPLAINT, "status=replied", "closed_date=2026-11-26",
	                NULL);
	fx_refused(rc, &err, GERR_INPUT, "closed_date",
	           "Closed date: is only given when the status is closed");
	/* received 2026-11-20 09:30: the day before is refused, the same day is not */
	rc = fx_add("complaints", NULL, &err, COMPLAINT, "status=closed", "cause=c", "action=a",
	            "reply_date=2026-11-20", "closed_date=2026-11-19", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "closed_date", "Closed date: ", "2026-11-20 09:30");
	rc = fx_add("complaints", NULL, &err, COMPLAINT, "status=closed", "cause=c", "action=a",
	            "reply_date=2026-11-20", "closed_date=2026-11-20", NULL);
	cr_assert_eq(rc, GERR_OK, "%s", err.msg);
	cr_assert_eq(count("SELECT count(*) FROM complaints"), 1);
}

/* ---- late complaints, in working days ---- */

static unsigned late_on(int64_t id, const char *day)
{
	struct ymd today;
	cr_assert_eq(date_parse(day, &today), DATE_OK);
	struct record *r = fx_get(form_find("complaints"), id);
	struct workcal cal = { 0 };
	unsigned late = complaint_late(&cal, r, &today);
	record_free(r);
	return late;
}

Test(forms, working_days_skip_the_weekend)
{
	/* by a calendar: Fri 20 + 2 = Mon 23, Tue 24; Fri 20 + 5 = Fri 27;
	 * Sat 21 + 1 = Mon 23; Wed 25 + 3 = Thu 26, Fri 27, Mon 30 */
	struct { const char *from; int n; const char *want; } cases[] = {
		{ "2026-11-20", 2, "2026-11-24" }, { "2026-11-20", 5, "2026-11-27" },
		{ "2026-11-21", 1, "2026-11-23" }, { "2026-11-25", 3, "2026-11-30" },
		{ "2026-11-23", 0, "2026-11-23" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct ymd d;
		char out[11];
		date_parse(cases[i].from, &d);
		struct workcal cal = { 0 };
		struct ymd r = workcal_add(&cal, &d, cases[i].n);
		date_format(&r, out);
		cr_expect_str_eq(out, cases[i].want, "%s + %d", cases[i].from, cases[i].n);
	}
}

Test(forms, complaint_late_after_two_and_five_working_days)
{
	/* received Friday 2026-11-20: reported by Tuesday 24, a cause by Friday 27 */
	int64_t id = fx_add_ok("complaints", COMPLAINT, NULL);
	cr_assert_eq(late_on(id, "2026-11-24"), 0u);
	cr_assert_eq(late_on(id, "2026-11-25"), (unsigned)LATE_REPORT);
	cr_assert_eq(late_on(id, "2026-11-27"), (unsigned)LATE_REPORT);
	cr_assert_eq(late_on(id, "2026-11-30"), (unsigned)(LATE_REPORT | LATE_CAUSE));
	struct gerr err;
	cr_assert_eq(fx_edit("complaints", id, "已上报", 0, &err, "reported_at=2026-11-23 10:00",
	                     NULL), GERR_OK, "%s", err.msg);
	cr_assert_eq(late_on(id, "2026-11-30"), (unsigned)LATE_CAUSE);
	cr_assert_eq(fx_edit("complaints", id, "分析", 0, &err, "cause=运输挤压", NULL), GERR_OK);
	cr_assert_eq(late_on(id, "2026-11-30"), 0u);
}

Test(forms, closed_complaint_is_never_late)
{
	int64_t id = fx_add_ok("complaints", COMPLAINT, "status=closed", "action=a",
	                       "reply_date=2026-11-21", "closed_date=2026-11-21", "cause=c", NULL);
	cr_assert_eq(late_on(id, "2026-12-31"), 0u);
}

/* ---- surveys: scores as lines ---- */

#define SURVEY "year=2026", "customer=C001", "respondent=张主任", "date=2026-11-20", "overall=5"
#define SCORES "score.quality=5", "score.delivery=4", "score.service=5", "score.support=3", \
	"score.response=4"

Test(forms, survey_with_six_scores_in_one_transaction)
{
	int64_t id = 0;
	struct gerr err;
	int rc = add_words("surveys", &id, &err, SURVEY, SCORES, "score.price=2", NULL);
	cr_assert_eq(rc, GERR_OK, "%s", err.msg);
	fx_sql_text_is("SELECT group_concat(i.code || '=' || s.score, ' ') FROM survey_scores s"
	               " JOIN survey_items i ON i.id = s.item ORDER BY s.id",
	               "quality=5 delivery=4 service=5 support=3 response=4 price=2");
	cr_assert_eq(count("SELECT count(*) FROM survey_scores WHERE survey = 1"), 6);
	/* one audit row per score, and one for the header */
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE form = 'survey_scores' AND action = 'add'"), 6);
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE form = 'surveys'"), 1);
}

Test(forms, survey_missing_an_active_item_writes_nothing)
{
	struct gerr err;
	int rc = add_words("surveys", NULL, &err, SURVEY, SCORES, NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "item", "Item: ", "价格 (price)");
	cr_assert_eq(count("SELECT count(*) FROM surveys"), 0);
	cr_assert_eq(count("SELECT count(*) FROM survey_scores"), 0);
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE form LIKE 'survey%' AND user <> 'setup'"), 0);
}

Test(forms, survey_score_range_is_one_to_five)
{
	struct gerr err;
	int rc = add_words("surveys", NULL, &err, SURVEY, SCORES, "score.price=6", NULL);
	/* price is the sixth line given */
	fx_refused(rc, &err, GERR_INPUT, "score", "Score: must be at most 5 (line 6)");
	cr_expect_eq(err.line, 6, "the refused line's place, for the screen's cursor");
	rc = add_words("surveys", NULL, &err, SURVEY, "score.price=0", SCORES, NULL);
	fx_refused(rc, &err, GERR_INPUT, "score", "Score: must be at least 1 (line 1)");
	cr_expect_eq(err.line, 1);
	rc = add_words("surveys", NULL, &err, "year=2026", "customer=C001", "respondent=张主任",
	               "date=2026-11-20", "overall=6", SCORES, "score.price=2", NULL);
	fx_refused(rc, &err, GERR_INPUT, "overall", "Overall score: must be at most 5");
	cr_expect_eq(err.line, 0, "the header's refusal names no line");
	cr_assert_eq(count("SELECT count(*) FROM survey_scores"), 0);
}

Test(forms, a_score_given_twice_is_a_usage_error)
{
	struct gerr err;
	int rc = add_words("surveys", NULL, &err, SURVEY, SCORES, "score.price=2", "score.quality=4",
	                   NULL);
	cr_assert_eq(rc, GERR_USAGE);
	cr_assert_str_eq(err.msg, "score.quality is given twice.");
	cr_assert_eq(count("SELECT count(*) FROM surveys"), 0);
}

Test(forms, an_inactive_item_is_not_asked)
{
	struct gerr err;
	cr_assert_eq(fx_edit("survey_items", 6, "不再调查价格", 0, &err, "active=no", NULL), GERR_OK);
	int64_t id;
	cr_assert_eq(add_words("surveys", &id, &err, SURVEY, SCORES, NULL), GERR_OK, "%s", err.msg);
	int rc = add_words("surveys", NULL, &err, "year=2025", "customer=C001", "respondent=张主任",
	                   "date=2025-11-20", "overall=4", SCORES, "score.price=2", NULL);
	fx_refused(rc, &err, GERR_INPUT, "item", "Item: is not an active survey item");
}

Test(forms, one_survey_per_customer_year_and_respondent)
{
	struct gerr err;
	cr_assert_eq(add_words("surveys", NULL, &err, SURVEY, SCORES, "score.price=2", NULL), GERR_OK);
	int rc = add_words("surveys", NULL, &err, SURVEY, SCORES, "score.price=2", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "respondent", "Respondent: ",
	               "one survey per customer, year and respondent");
	/* another respondent, or another year, is a new survey */
	cr_assert_eq(add_words("surveys", NULL, &err, "year=2026", "customer=C001", "respondent=李护士长",
	                       "date=2026-11-20", "overall=4", SCORES, "score.price=2", NULL), GERR_OK);
	cr_assert_eq(add_words("surveys", NULL, &err, "year=2025", "customer=C001", "respondent=张主任",
	                       "date=2025-11-20", "overall=4", SCORES, "score.price=2", NULL), GERR_OK);
	cr_assert_eq(count("SELECT count(*) FROM surveys"), 3);
	/* a voided survey no longer holds its place */
	cr_assert_eq(lines_void(&fx.s, form_find("surveys"), 1, "录错", 0, &err), GERR_OK);
	cr_assert_eq(count("SELECT count(*) FROM survey_scores WHERE voided = 1"), 6);
	cr_assert_eq(add_words("surveys", NULL, &err, SURVEY, SCORES, "score.price=2", NULL), GERR_OK,
	             "%s", err.msg);
}

Test(forms, edit_a_score_by_its_item)
{
	struct gerr err;
	int64_t id;
	cr_assert_eq(add_words("surveys", &id, &err, SURVEY, SCORES, "score.price=2", NULL), GERR_OK);
	struct assign a[2] = { { "item", "price" }, { "score", "3" } };
	struct line_edit l = { .a = a, .n = 2 };
	cr_assert_eq(lines_edit(&fx.s, form_find("surveys"), id, NULL, 0, &l, 1, "核对原表", 0, &err),
	             GERR_OK, "%s", err.msg);
	fx_sql_text_is("SELECT score FROM survey_scores WHERE item = 6", "3");
	cr_assert_eq(count("SELECT count(*) FROM survey_scores"), 6);
	fx_sql_text_is("SELECT reason FROM audit WHERE form = 'survey_scores' AND action = 'edit'",
	               "核对原表");
}

Test(forms, edit_check_refuses_what_the_edit_would_and_writes_nothing)
{
	struct gerr err;
	int64_t id;
	cr_assert_eq(add_words("surveys", &id, &err, SURVEY, SCORES, "score.price=2", NULL), GERR_OK);
	const struct form *f = form_find("surveys");
	/* a score of 7 is refused by the check as by the edit, naming the field */
	struct assign bad[2] = { { "item", "price" }, { "score", "7" } };
	struct line_edit l = { .a = bad, .n = 2 };
	int rc = lines_edit_check(&fx.s, f, id, NULL, 0, &l, 1, 1, &err);
	cr_assert_eq(rc, GERR_INPUT, "%s", err.msg);
	cr_assert_str_eq(err.field, "score");
	/* a good one passes, and nothing is written, not even an audit row */
	struct assign good[2] = { { "item", "price" }, { "score", "3" } };
	l.a = good;
	cr_assert_eq(lines_edit_check(&fx.s, f, id, NULL, 0, &l, 1, 1, &err), GERR_OK, "%s", err.msg);
	fx_sql_text_is("SELECT score FROM survey_scores WHERE item = 6", "2");
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE action = 'edit'"), 0);
	/* a version other than the stored one is a conflict before any reason */
	struct assign overall = { "overall", "4" };
	cr_assert_neq(lines_edit_check(&fx.s, f, id, &overall, 1, &l, 1, 2, &err), GERR_OK);
	cr_assert_eq(lines_edit_check(&fx.s, f, id, &overall, 1, &l, 1, 1, &err), GERR_OK, "%s",
	             err.msg);
	cr_assert_eq(lines_edit(&fx.s, f, id, NULL, 0, &l, 1, "核对原表", 1, &err), GERR_OK,
	             "%s", err.msg);
	fx_sql_text_is("SELECT score FROM survey_scores WHERE item = 6", "3");
}

/* ---- training: retrain until passed ---- */

struct due {
	char names[8][64];
	int n;
};

static int due_row(void *ud, const struct retrain *r)
{
	struct due *d = ud;
	snprintf(d->names[d->n++], 64, "%s@%s", r->name, r->session_date);
	return 0;
}

static struct due due_now(void)
{
	struct due d = { 0 };
	struct gerr err;
	cr_assert_eq(training_retrain_due(&fx.s, due_row, &d, &err), GERR_OK, "%s", err.msg);
	return d;
}

Test(forms, retrain_stays_due_until_a_later_session_passes)
{
	fx_add_ok("training", "date=2026-11-02", "topic=血糖仪操作", "kind=customer", "customer=C001",
	          NULL);
	fx_add_ok("training", "date=2026-11-16", "topic=血糖仪操作（复训）", "kind=customer",
	          "customer=C001", NULL);
	fx_add_ok("attendees", "session=1", "name=王护士", "unit=内科", "result=retrain",
	          "retrain_date=2026-11-16", NULL);
	fx_add_ok("attendees", "session=1", "name=赵护士", "unit=内科", "result=passed", NULL);
	struct due d = due_now();
	cr_assert_eq(d.n, 1);
	cr_assert_str_eq(d.names[0], "王护士@2026-11-02");
	/* passing an EARLIER session, or someone of the same name in another
	 * unit passing later, does not clear it */
	fx_add_ok("training", "date=2026-10-01", "topic=旧课", "kind=customer", "customer=C001", NULL);
	fx_add_ok("attendees", "session=3", "name=王护士", "unit=内科", "result=passed", NULL);
	fx_add_ok("attendees", "session=2", "name=王护士", "unit=外科", "result=passed", NULL);
	cr_assert_eq(due_now().n, 1);
	/* the retrain session passes her: no longer due */
	fx_add_ok("attendees", "session=2", "name=王护士", "unit=内科", "result=passed", NULL);
	cr_assert_eq(due_now().n, 0);
}

Test(forms, retrain_date_only_for_retrain_and_customer_needed_for_customer_training)
{
	struct gerr err;
	int rc = fx_add("training", NULL, &err, "date=2026-11-02", "topic=操作", "kind=customer", NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer",
	           "Customer: is required for customer operator training");
	fx_add_ok("training", "date=2026-11-02", "topic=法规", "kind=regulations", NULL);
	rc = fx_add("attendees", NULL, &err, "session=1", "name=张三", "result=passed",
	            "retrain_date=2026-12-01", NULL);
	fx_refused(rc, &err, GERR_INPUT, "retrain_date",
	           "Retrain date: is only given when the result is needs another session");
	fx_add_ok("attendees", "session=1", "name=张三", NULL);
	fx_sql_text_is("SELECT attended || ' ' || result FROM attendees", "1 n/a");
}

struct people {
	char rows[8][96];
	int n;
};

static int staff_row(void *ud, const char *name, const char *unit, const char *last)
{
	struct people *p = ud;
	snprintf(p->rows[p->n++], 96, "%s/%s/%s", name, unit ? unit : "-", last ? last : "-");
	return 0;
}

static int retrain_row(void *ud, const struct retrain *r)
{
	struct people *p = ud;
	snprintf(p->rows[p->n++], 96, "%s@%s", r->name, r->session_date);
	return 0;
}

/* Staff are whoever was on a staff roster this year or last; a regulations
 * session attended this year clears them, one missed does not. */
Test(forms, staff_without_regulations_training_in_the_year)
{
	fx_add_ok("training", "date=2025-03-01", "topic=法规2025", "kind=regulations", NULL);
	fx_add_ok("training", "date=2024-03-01", "topic=法规2024", "kind=regulations", NULL);
	fx_add_ok("training", "date=2026-04-01", "topic=法规2026", "kind=regulations", NULL);
	fx_add_ok("training", "date=2026-05-01", "topic=质量", "kind=quality", NULL);
	fx_add_ok("training", "date=2026-06-01", "topic=操作", "kind=customer", "customer=C001",
	          NULL);
	/* the register: 周 has left, 吴 starts on 2026-07-01; 钱 is a
	 * customer's operator, not staff */
	fx_add_ok("staff", "name=李", "department=质量部", NULL);
	fx_add_ok("staff", "name=王", "department=销售部", NULL);
	fx_add_ok("staff", "name=赵", "department=售后部", NULL);
	fx_add_ok("staff", "name=周", "department=销售部", "active=no", NULL);
	fx_add_ok("staff", "name=吴", "department=仓储部", "start_date=2026-07-01", NULL);
	/* 李 and 王 were trained in 2025; 李 attended in 2026, 王 was absent */
	fx_add_ok("attendees", "session=1", "name=李", "unit=质量部", NULL);
	fx_add_ok("attendees", "session=1", "name=王", "unit=销售部", NULL);
	fx_add_ok("attendees", "session=3", "name=李", "unit=质量部", NULL);
	fx_add_ok("attendees", "session=3", "name=王", "unit=销售部", "attended=no", NULL);
	/* 赵 only in a 2026 quality session; 周 only in 2024; 钱 an operator */
	fx_add_ok("attendees", "session=4", "name=赵", "unit=售后部", NULL);
	fx_add_ok("attendees", "session=2", "name=周", "unit=销售部", NULL);
	fx_add_ok("attendees", "session=5", "name=钱", "unit=检验科", NULL);
	struct people p = { 0 };
	struct gerr err;
	cr_assert_eq(training_staff_without_regulations(&fx.s, 2026, staff_row, &p, &err), GERR_OK,
	             "%s", err.msg);
	/* by department then name (byte order: 仓 E4 BB, 售 E5 94, 销 E9 94) */
	cr_assert_eq(p.n, 3);
	cr_assert_str_eq(p.rows[0], "吴/仓储部/-");
	cr_assert_str_eq(p.rows[1], "赵/售后部/-");
	cr_assert_str_eq(p.rows[2], "王/销售部/2025-03-01");
	/* in 2025 李 and 王 attended; 吴 had not started, 周 has left */
	p.n = 0;
	cr_assert_eq(training_staff_without_regulations(&fx.s, 2025, staff_row, &p, &err), GERR_OK);
	cr_assert_eq(p.n, 1);
	cr_assert_str_eq(p.rows[0], "赵/售后部/-");
}

/* The retrain rows as they stood at the end of a year: a pass in a later
 * year does not clear the earlier year's list. */
Test(forms, retrain_open_at_the_end_of_a_year)
{
	fx_add_ok("training", "date=2025-11-02", "topic=血糖仪操作", "kind=customer",
	          "customer=C001", NULL);
	fx_add_ok("training", "date=2026-01-10", "topic=血糖仪复训", "kind=customer",
	          "customer=C001", NULL);
	fx_add_ok("attendees", "session=1", "name=王护士", "unit=内科", "result=retrain", NULL);
	fx_add_ok("attendees", "session=2", "name=王护士", "unit=内科", "result=passed", NULL);
	struct people p = { 0 };
	struct gerr err;
	cr_assert_eq(training_retrain_open_in(&fx.s, 2025, retrain_row, &p, &err), GERR_OK);
	cr_assert_eq(p.n, 1);
	cr_assert_str_eq(p.rows[0], "王护士@2025-11-02");
	p.n = 0;
	cr_assert_eq(training_retrain_open_in(&fx.s, 2026, retrain_row, &p, &err), GERR_OK);
	cr_assert_eq(p.n, 0, "passed in 2026");
	p.n = 0;
	cr_assert_eq(training_retrain_open_in(&fx.s, 2024, retrain_row, &p, &err), GERR_OK);
	cr_assert_eq(p.n, 0, "not yet trained in 2024");
}
