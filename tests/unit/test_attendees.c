/* People are people: a training attendee is a name at a customer (an
 * operator) or of the office (staff, no customer), in a unit. The same
 * person once per roster; hours are summed per person, so two 徐伟 at two
 * hospitals are two people. Fixture: customer C001, now 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "model/form.h"
#include "core/records.h"
#include "db/db_report.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(attendees, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

/* Session 1: operator training at C001, 2 hours, 2026-11-10. */
static void session_at_c001(void)
{
	fx_add_ok("training", "date=2026-11-10", "topic=监护仪操作", "kind=customer",
	          "customer=C001", "trainer=赵磊", "hours=2", NULL);
}

Test(attendees, the_same_person_once_per_roster)
{
	session_at_c001();
	int64_t liu = fx_add_ok("attendees", "session=1", "name=刘敏", "unit=ICU", NULL);
	struct gerr err = { 0 };
	int rc = fx_add("attendees", NULL, &err, "session=1", "name=刘敏", "unit=ICU", NULL);
	fx_refused(rc, &err, GERR_INPUT, "name",
	           "Name: 刘敏 is already on this session's roster (attendee 1): one line per person");
	/* another 刘敏 in another department is another person */
	fx_add_ok("attendees", "session=1", "name=刘敏", "unit=检验科", NULL);
	/* an edit of the line itself is not a second line */
	cr_assert_eq(fx_edit("attendees", liu, "通过", 0, &err, "result=passed", NULL), GERR_OK,
	             "%s", err.msg);
}

Test(attendees, an_operator_works_at_the_sessions_customer)
{
	session_at_c001();
	int64_t id = fx_add_ok("attendees", "session=1", "name=刘敏", "unit=ICU", NULL);
	struct record *r = fx_get(form_find("attendees"), id);
	cr_assert_eq(record_value(r, "customer")->num, fx.customer_id);
	record_free(r);
}

static struct { char name[32], customer[64]; int64_t sessions, hours; } people[8];
static int npeople;

static int person(void *ud, const struct trn_person *p)
{
	(void)ud;
	if (npeople < 8) {
		snprintf(people[npeople].name, sizeof people[0].name, "%s", p->name);
		snprintf(people[npeople].customer, sizeof people[0].customer, "%s", p->customer);
		people[npeople].sessions = p->sessions;
		people[npeople++].hours = p->hours;
	}
	return 0;
}

/* 徐伟 of ICU at C001 (session 1, 2 h) and 徐伟 of ICU at C002 (session
 * 2, 2 h): two people with 2 h each, not one with 4 h. */
Test(attendees, hours_per_person_not_per_name)
{
	fx_add_ok("customers", "code=C002", "name=上海医院", NULL);
	session_at_c001();
	fx_add_ok("training", "date=2026-11-12", "topic=监护仪操作", "kind=customer",
	          "customer=C002", "trainer=赵磊", "hours=2", NULL);
	fx_add_ok("attendees", "session=1", "name=徐伟", "unit=ICU", NULL);
	fx_add_ok("attendees", "session=2", "name=徐伟", "unit=ICU", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(db_report_trn_people(fx.s.db, "2026-01-01", "2026-12-31", person, NULL, &err),
	             GERR_OK, "%s", err.msg);
	int scale = form_field(form_find("training"), "hours")->scale;
	int64_t two_hours = 2;
	for (int i = 0; i < scale; i++)
		two_hours *= 10;
	cr_assert_eq(npeople, 2);
	cr_assert_str_eq(people[0].customer, "上海医院");
	cr_assert_str_eq(people[1].customer, FX_CUSTOMER_NAME);
	for (int i = 0; i < 2; i++) {
		cr_assert_str_eq(people[i].name, "徐伟");
		cr_assert_eq(people[i].sessions, 1);
		cr_assert_eq(people[i].hours, two_hours);
	}
}

/* Back to the schema before attendees had a customer: reopening gives
 * the operator of session 1 its customer C001, with an audit row of the
 * upgrade. */
Test(attendees, the_upgrade_fills_the_customer_from_the_session)
{
	session_at_c001();
	fx_add_ok("training", "date=2026-11-11", "topic=法规", "kind=regulations", "trainer=王",
	          "hours=1", NULL);
	int64_t op = fx_add_ok("attendees", "session=1", "name=刘敏", "unit=ICU", NULL);
	int64_t staff = fx_add_ok("attendees", "session=2", "name=王芳", "unit=质量部", NULL);
	fx_reopen_before("ADD COLUMN problems_found");
	struct record *r = fx_get(form_find("attendees"), op);
	cr_assert_eq(record_value(r, "customer")->num, fx.customer_id);
	record_free(r);
	r = fx_get(form_find("attendees"), staff);
	cr_assert(record_value(r, "customer")->null, "staff: no customer");
	record_free(r);
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT changes FROM audit WHERE form = 'attendees'"
	         " AND action = 'upgrade' AND user = 'upgrade' AND record_id = %lld", (long long)op);
	char want[64];
	snprintf(want, sizeof want, "{\"customer\":[null,\"%lld\"]}", (long long)fx.customer_id);
	fx_sql_text_is(sql, want);
	fx_check_clean();
}
