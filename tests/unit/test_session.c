/* The session's clocks (issue 16): $GSPDESK_NOW is honoured only by a
 * database made for tests (the fixture's, accounts_init with test_clock);
 * any other runs on the computer's clock, read here with localtime before
 * and after (a day may turn between). */
#include "config.h"
#include "fixture.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

TestSuite(session, .init = fx_setup, .fini = fx_teardown);

Test(session, test_database_refuses_malformed_now)
{
	cr_assert_eq(setenv("GSPDESK_NOW", "2026-11-27", 1), 0);   /* no time */
	struct session s2;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(session_open(&s2, fx.path, SESSION_EXISTING, &err), GERR_USAGE);
	cr_assert_null(s2.db, "the refused session holds no database open");
}

Test(session, other_database_ignores_the_test_clock)
{
	/* a database not made for tests runs on the computer's clock, whatever
	 * $GSPDESK_NOW says, malformed or not */
	char other[700];
	fx_file(other, sizeof other, "other.db");
	static const char *const nows[] = { "2999-01-01T00:00", "2026-11-27" };
	for (size_t i = 0; i < 2; i++) {
		cr_assert_eq(setenv("GSPDESK_NOW", nows[i], 1), 0);
		struct session s2;
		struct gerr err;
		gerr_clear(&err);
		time_t before = time(NULL);
		cr_assert_eq(session_open(&s2, other, SESSION_CREATE, &err), GERR_OK, "%s", err.msg);
		time_t after = time(NULL);
		cr_assert_not(s2.test_clock);
		char a[11], b[11];
		strftime(a, sizeof a, "%Y-%m-%d", localtime(&before));
		strftime(b, sizeof b, "%Y-%m-%d", localtime(&after));
		cr_assert(strcmp(s2.today, a) == 0 || strcmp(s2.today, b) == 0,
		          "today %s, the clock says %s", s2.today, a);
		session_close(&s2);
	}
}
