/* Quality tracking: whether a visit found a problem is the tracker's yes
 * or no, not "the problems text is not empty" ("无" is text too); the
 * summary counts the flag; the upgrade fills older rows from their text,
 * each fill an audited edit. Fixture: product P001, customer C001. */
#include "config.h"
#include "fixture.h"
#include "model/form.h"
#include "core/records.h"
#include "db/db_report_quality.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(quality, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

#define VISIT "date=2026-11-20", "product=P001", "customer=C001"

static int64_t total_with_problems;

static int total(void *ud, const struct quality_stat *st)
{
	(void)ud;
	if (st->product_id == 0)
		total_with_problems = st->with_problems;
	return 0;
}

static const char *flag_of(int64_t id)
{
	static char buf[16];
	struct record *r = fx_get(form_find("quality"), id);
	const struct value *v = record_value(r, "problems_found");
	snprintf(buf, sizeof buf, "%s", v->null ? "(null)" : v->num ? "yes" : "no");
	record_free(r);
	return buf;
}

Test(quality, the_flag_is_said_not_read_from_the_text)
{
	struct gerr err = { 0 };
	int rc = fx_add("quality", NULL, &err, VISIT, "problems=无", NULL);
	fx_refused(rc, &err, GERR_INPUT, "problems_found",
	           "Any problem found: is required with the problems text: say yes or no");
	int64_t none_said = fx_add_ok("quality", VISIT, "problems=无", "problems_found=no", NULL);
	int64_t empty = fx_add_ok("quality", VISIT, NULL);
	int64_t found = fx_add_ok("quality", VISIT, "problems=电池提前耗尽", "problems_found=yes",
	                          NULL);
	cr_assert_str_eq(flag_of(none_said), "no");
	cr_assert_str_eq(flag_of(empty), "no", "nothing written: no problem");
	cr_assert_str_eq(flag_of(found), "yes");
	/* three visits in November, one found a problem */
	cr_assert_eq(db_report_quality_summary(fx.s.db, "2026-11-01", "2026-11-30", total, NULL, &err),
	             GERR_OK, "%s", err.msg);
	cr_assert_eq(total_with_problems, 1);
}

/* Back to the schema before the flag: four rows whose text says 无, a
 * problem, nothing and "  None "; reopening fills no, yes, no, no, each
 * with an audit row of the upgrade. */
Test(quality, the_upgrade_fills_the_flag_from_the_text)
{
	int64_t id[4];
	id[0] = fx_add_ok("quality", VISIT, "problems=无", "problems_found=no", NULL);
	id[1] = fx_add_ok("quality", VISIT, "problems=显示屏闪烁", "problems_found=yes", NULL);
	id[2] = fx_add_ok("quality", VISIT, NULL);
	id[3] = fx_add_ok("quality", VISIT, "problems=  None ", "problems_found=no", NULL);
	fx_reopen_before("ADD COLUMN problems_found");
	const char *want[4] = { "no", "yes", "no", "no" };
	for (int i = 0; i < 4; i++)
		cr_assert_str_eq(flag_of(id[i]), want[i], "record %d", i);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form = 'quality'"
	                                 " AND action = 'upgrade' AND user = 'upgrade'"
	                                 " AND reason LIKE 'upgrade:%'"), 4);
	fx_sql_text_is("SELECT changes FROM audit WHERE form = 'quality' AND action = 'upgrade'"
	               " AND record_id = 2", "{\"problems_found\":[null,\"1\"]}");
	fx_check_clean();
}
