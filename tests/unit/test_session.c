/* The session's clocks (issue 16): $GSPDESK_NOW is honoured only by a
 * database made for tests (the fixture's, accounts_init with test_clock);
 * any other runs on the computer's clock, read here with localtime before
 * and after (a day may turn between). */
#include "config.h"
#include "fixture.h"
#include "core/perm.h"
#include "model/form.h"

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

/* Logging out (the screens' switch of user, issue 18): a logout row in the
 * login log, and nothing of the user kept for the next one. */
Test(session, logout_is_logged_and_forgets_the_user)
{
	fx_user_add("clerk1", "clerk", "clerk-pass-1");
	fx.s.override_reason = "a reason given before";
	fx.s.override_offered = fx.s.asks_reason = true;
	int64_t before = fx_sql_int(fx.path, "SELECT count(*) FROM logins");
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(session_logout(&fx.s, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM logins"), before + 1);
	fx_sql_text_is("SELECT user || ' ' || event FROM logins ORDER BY id DESC LIMIT 1",
	               "admin logout");
	cr_assert_null(fx.s.user.name);
	cr_assert_null(fx.s.user.role);
	cr_assert_eq(fx.s.user.id, 0);
	cr_assert_null(fx.s.override_reason);
	cr_assert_not(fx.s.override_offered);
	cr_assert_not(fx.s.asks_reason);
	cr_assert_not(perm_allowed(fx.s.user.role, form_find("sales"), PERM_VIEW),
	              "nobody logged in may read nothing");

	/* a second logout has nobody to log */
	cr_assert_eq(session_logout(&fx.s, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM logins"), before + 1);

	fx_login("clerk1", "clerk-pass-1");
	cr_assert_str_eq(fx.s.user.role, "clerk");
}

/* The migration that lets the log take a logout makes the table anew:
 * the rows before it stay, with their ids, and it stays append-only. */
Test(session, login_log_kept_through_its_new_table)
{
	fx_user_add("clerk1", "clerk", "clerk-pass-1");
	fx_login("clerk1", "clerk-pass-1");
	fx_login(FX_ADMIN, FX_PASSWORD);
	char *rows = fx_sql_text(fx.path, "SELECT group_concat(id || user || event, ',')"
	                                  " FROM (SELECT * FROM logins ORDER BY id)");
	fx_reopen_before("CREATE TABLE list_sorts");
	char *after = fx_sql_text(fx.path, "SELECT group_concat(id || user || event, ',')"
	                                   " FROM (SELECT * FROM logins ORDER BY id"
	                                   " LIMIT (SELECT count(*) FROM logins) - 1)");
	cr_assert_str_eq(after, rows, "the rows before the upgrade, as they were");
	free(rows);
	free(after);
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(session_logout(&fx.s, &err), GERR_OK, "%s", err.msg);
	fx_sql_text_is("SELECT event FROM logins ORDER BY id DESC LIMIT 1", "logout");
	cr_assert_neq(fx_sql_exec(fx.path, "DELETE FROM logins"), 0, "still append-only");
	cr_assert_neq(fx_sql_exec(fx.path, "UPDATE logins SET user = 'x'"), 0);
	fx_login(FX_ADMIN, FX_PASSWORD);
	fx_check_clean();
}
