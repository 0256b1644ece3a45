/* Access tokens (core/tokens.h, session_login_token). A token's end is
 * counted on the computer's clock, never the fixture's test clock
 * (2026-11-27 10:00): the expected end is the C library's local time of
 * now + days × 86,400 s, read before and after the token is made (a minute
 * may turn between). A token is good up to the minute before its end. */
#include "config.h"
#include "core/accounts.h"
#include "core/tokens.h"
#include "fixture.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

TestSuite(tokens, .init = fx_setup, .fini = fx_teardown);

/* "YYYY-MM-DD HH:MM" of the computer's clock plus seconds */
static void real_text(time_t t, int64_t seconds, char out[17])
{
	time_t at = t + (time_t)seconds;
	struct tm tm;
	localtime_r(&at, &tm);
	strftime(out, 17, "%Y-%m-%d %H:%M", &tm);
}

static int64_t make(const char *name, int days, char text[AUTH_TOKEN_TEXT], char expires[17])
{
	struct gerr err;
	gerr_clear(&err);
	int64_t id = 0;
	char before[17], after[17];
	real_text(time(NULL), (int64_t)days * 86400, before);
	cr_assert_eq(tokens_create(&fx.s, name, "nightly due list", days, text, &id, expires, &err),
	             GERR_OK, "%s", err.msg);
	real_text(time(NULL), (int64_t)days * 86400, after);
	cr_assert(strcmp(expires, before) == 0 || strcmp(expires, after) == 0,
	          "%d days on is %s, not %s", days, before, expires);
	return id;
}

/* A new session on the fixture's file, logged in with the token under the
 * test clock now (which must change nothing). */
static int token_login(const char *name, const char *token, const char *now, struct gerr *err)
{
	setenv("GSPDESK_NOW", now, 1);
	struct session s;
	cr_assert_eq(session_open(&s, fx.path, SESSION_EXISTING, err), GERR_OK);
	int rc = session_login_token(&s, name, token, err);
	if (rc == GERR_OK)
		cr_assert_str_eq(s.user.name, FX_ADMIN);
	session_close(&s);
	setenv("GSPDESK_NOW", FX_NOW, 1);
	return rc;
}

/* Sets token 1's end to the computer's clock plus seconds. */
static void set_end(int64_t seconds, char end[17])
{
	real_text(time(NULL), seconds, end);
	char sql[120];
	snprintf(sql, sizeof sql, "UPDATE tokens SET expires = '%s' WHERE id = 1", end);
	cr_assert_eq(fx_sql_exec(fx.path, sql), 0);
}

Test(tokens, made_shown_once_kept_as_a_hash)
{
	char text[AUTH_TOKEN_TEXT], expires[17];
	int64_t id = make(FX_ADMIN, 30, text, expires);
	cr_assert_eq(id, 1);
	cr_assert_eq(strlen(text), 5 + 64);
	cr_assert_eq(strncmp(text, "gspd_", 5), 0);
	char *stored = fx_sql_text(fx.path, "SELECT hash FROM tokens WHERE id = 1");
	cr_assert_str_neq(stored, text, "the token itself is not stored");
	cr_assert_eq(strlen(stored), 64);
	free(stored);
	char want[200];
	snprintf(want, sizeof want, "admin|nightly due list|%s", expires);
	fx_sql_text_is("SELECT user || '|' || label || '|' || expires FROM tokens", want);
	/* the audit row names the user, label and end, never the token */
	snprintf(want, sizeof want,
	         "add 1 {\"user\":[null,\"admin\"],\"label\":[null,\"nightly due list\"],"
	         "\"expires\":[null,\"%s\"]}", expires);
	fx_sql_text_is("SELECT action || ' ' || record_id || ' ' || changes FROM audit WHERE form = 'tokens'",
	               want);
}

Test(tokens, a_future_test_clock_neither_stretches_nor_keeps_a_token)
{
	/* issue 16: minted under GSPDESK_NOW=2997 it lasted until 2998 */
	struct gerr err;
	cr_assert_eq(setenv("GSPDESK_NOW", "2997-06-01T10:00", 1), 0);
	cr_assert_eq(session_clock(&fx.s, &err), GERR_OK);
	char text[AUTH_TOKEN_TEXT], expires[17];
	make(FX_ADMIN, 365, text, expires); /* checks the end against the real clock */
	cr_assert_eq(strncmp(expires, "2997", 4) != 0 && strncmp(expires, "2998", 4) != 0, 1,
	             "ends %s", expires);
	/* and a token past its end stays refused whatever the test clock says */
	char end[17];
	set_end(-120, end);
	fx_refused_has(token_login(NULL, text, "2000-01-01T00:00", &err), &err, GERR_AUTH, "",
	               "The access token 1 of admin ran out at", end);
}

Test(tokens, logs_in_until_the_minute_before_its_end)
{
	char text[AUTH_TOKEN_TEXT], expires[17], end[17];
	make(FX_ADMIN, 365, text, expires);
	struct gerr err;
	/* two minutes to go (a minute may turn during the login) */
	set_end(120, end);
	cr_assert_eq(token_login(NULL, text, FX_NOW, &err), GERR_OK, "%s", err.msg);
	set_end(0, end);
	fx_refused_has(token_login(NULL, text, FX_NOW, &err), &err, GERR_AUTH, "",
	               "The access token 1 of admin ran out at", "gspdesk user token");
	/* each attempt logged at the computer's clock, the refusal with its reason */
	fx_sql_text_is("SELECT group_concat(event || ' ' || detail, '; ') FROM logins"
	               " WHERE detail LIKE 'token%'",
	               "login token 1; refused token expired");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM logins WHERE at LIKE '2026-11-27%'"
	                        " AND detail LIKE 'token%'"), 0, "logged at the test clock");
}

Test(tokens, wrong_revoked_or_another_users_refused_and_lock_nothing)
{
	char text[AUTH_TOKEN_TEXT], expires[17];
	make(FX_ADMIN, 30, text, expires);
	struct gerr err;
	char wrong[AUTH_TOKEN_TEXT];
	memcpy(wrong, text, sizeof wrong);
	wrong[10] = wrong[10] == 'a' ? 'b' : 'a';
	/* more wrong tokens than the five wrong passwords that lock */
	for (int i = 0; i < SESSION_MAX_FAILURES + 1; i++)
		cr_assert_eq(token_login(FX_ADMIN, wrong, FX_NOW, &err), GERR_AUTH);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT failed FROM users WHERE name = 'admin'"), 0);
	cr_assert_eq(token_login(FX_ADMIN, text, FX_NOW, &err), GERR_OK, "not locked: %s", err.msg);
	cr_assert_eq(token_login("somebody", text, FX_NOW, &err), GERR_AUTH, "another user's name");
	cr_assert_eq(tokens_revoke(&fx.s, 1, "the job moved", &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(token_login(NULL, text, FX_NOW, &err), GERR_AUTH, "revoked");
	fx_refused_has(tokens_revoke(&fx.s, 1, "again", &err), &err, GERR_INPUT, "id",
	               "The access token 1 was revoked already", "");
	fx_sql_text_is("SELECT action || '|' || reason FROM audit WHERE form = 'tokens' AND action = 'revoke'",
	               "revoke|the job moved");
	fx_sql_text_is("SELECT group_concat(detail, ',') FROM logins WHERE event = 'refused'",
	               "unknown token,unknown token,unknown token,unknown token,unknown token,"
	               "unknown token,token of another user,token revoked");
}

Test(tokens, disabled_account_refused)
{
	fx_user_add("wangfang", "clerk", "clerk-pass-2026");
	struct gerr err;
	char text[AUTH_TOKEN_TEXT], expires[17];
	make("wangfang", 30, text, expires);
	cr_assert_eq(accounts_disable(&fx.s, "wangfang", true, &err), GERR_OK, "%s", err.msg);
	fx_refused_has(token_login(NULL, text, FX_NOW, &err), &err, GERR_AUTH, "",
	               "The account wangfang is disabled", "administrator");
	int64_t id;
	fx_refused_has(tokens_create(&fx.s, "wangfang", "x", 30, text, &id, expires, &err), &err,
	               GERR_INPUT, "user", "The account wangfang is disabled", "no token");
}

Test(tokens, a_clerk_makes_and_revokes_only_their_own)
{
	fx_user_add("wangfang", "clerk", "clerk-pass-2026");
	fx_user_add("lijing", "quality", "quality-pass-2026");
	fx_login("wangfang", "clerk-pass-2026");
	struct gerr err;
	char text[AUTH_TOKEN_TEXT], expires[17];
	int64_t own = make("wangfang", 7, text, expires);
	int64_t id;
	cr_assert_eq(tokens_create(&fx.s, "lijing", "x", 30, text, &id, expires, &err), GERR_AUTH);
	fx_login(FX_ADMIN, FX_PASSWORD);
	int64_t hers = make("lijing", 30, text, expires);
	fx_login("wangfang", "clerk-pass-2026");
	cr_assert_eq(tokens_revoke(&fx.s, hers, "not mine", &err), GERR_AUTH);
	cr_assert_eq(tokens_revoke(&fx.s, own, "done", &err), GERR_OK, "%s", err.msg);
}

Test(tokens, label_and_days_checked_naming_the_field)
{
	struct gerr err;
	char text[AUTH_TOKEN_TEXT], expires[17];
	int64_t id;
	fx_refused_has(tokens_create(&fx.s, FX_ADMIN, "", 30, text, &id, expires, &err), &err,
	               GERR_INPUT, "label", "Label:", "80 characters");
	fx_refused_has(tokens_create(&fx.s, FX_ADMIN, "cron", 0, text, &id, expires, &err), &err,
	               GERR_INPUT, "days", "Days:", "3650");
	fx_refused_has(tokens_create(&fx.s, FX_ADMIN, "cron", 3651, text, &id, expires, &err), &err,
	               GERR_INPUT, "days", "Days:", "3650");
	fx_refused_has(tokens_create(&fx.s, "nobody", "cron", 30, text, &id, expires, &err), &err,
	               GERR_INPUT, "user", "There is no user nobody", "nobody");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM tokens"), 0, "nothing half-written");
}
