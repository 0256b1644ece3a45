/* Access tokens (core/tokens.h, session_login_token). Dates worked out by
 * hand from the fixture's clock, 2026-11-27 10:00: 30 days on is
 * 2026-12-27 10:00 (November has 30 days: 3 left, then 27); 365 days on
 * is 2027-11-27 10:00 (the February between has 28 days). A token is good
 * up to the minute before its end. */
#include "config.h"
#include "core/accounts.h"
#include "core/tokens.h"
#include "fixture.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

TestSuite(tokens, .init = fx_setup, .fini = fx_teardown);

static int64_t make(const char *name, int days, char text[AUTH_TOKEN_TEXT], char expires[17])
{
	struct gerr err;
	gerr_clear(&err);
	int64_t id = 0;
	cr_assert_eq(tokens_create(&fx.s, name, "nightly due list", days, text, &id, expires, &err),
	             GERR_OK, "%s", err.msg);
	return id;
}

/* A new session on the fixture's file, logged in with the token at now. */
static int token_login(const char *name, const char *token, const char *now, struct gerr *err)
{
	setenv("GSPDESK_NOW", now, 1);
	struct session s;
	cr_assert_eq(session_open(&s, fx.path, DB_OPEN_EXISTING, err), GERR_OK);
	int rc = session_login_token(&s, name, token, err);
	if (rc == GERR_OK)
		cr_assert_str_eq(s.user.name, FX_ADMIN);
	session_close(&s);
	setenv("GSPDESK_NOW", FX_NOW, 1);
	return rc;
}

Test(tokens, made_shown_once_kept_as_a_hash)
{
	char text[AUTH_TOKEN_TEXT], expires[17];
	int64_t id = make(FX_ADMIN, 30, text, expires);
	cr_assert_eq(id, 1);
	cr_assert_str_eq(expires, "2026-12-27 10:00");
	cr_assert_eq(strlen(text), 5 + 64);
	cr_assert_eq(strncmp(text, "gspd_", 5), 0);
	char *stored = fx_sql_text(fx.path, "SELECT hash FROM tokens WHERE id = 1");
	cr_assert_str_neq(stored, text, "the token itself is not stored");
	cr_assert_eq(strlen(stored), 64);
	free(stored);
	fx_sql_text_is("SELECT user || '|' || label || '|' || expires FROM tokens",
	               "admin|nightly due list|2026-12-27 10:00");
	/* the audit row names the user, label and end, never the token */
	fx_sql_text_is("SELECT action || ' ' || record_id || ' ' || changes FROM audit WHERE form = 'tokens'",
	               "add 1 {\"user\":[null,\"admin\"],\"label\":[null,\"nightly due list\"],"
	               "\"expires\":[null,\"2026-12-27 10:00\"]}");
}

Test(tokens, logs_in_until_the_minute_before_its_end)
{
	char text[AUTH_TOKEN_TEXT], expires[17];
	make(FX_ADMIN, 365, text, expires);
	cr_assert_str_eq(expires, "2027-11-27 10:00");
	struct gerr err;
	cr_assert_eq(token_login(NULL, text, "2027-11-27T09:59", &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(token_login(FX_ADMIN, text, "2026-11-27T10:00", &err), GERR_OK, "%s", err.msg);
	fx_refused_has(token_login(NULL, text, "2027-11-27T10:00", &err), &err, GERR_AUTH, "",
	               "The access token 1 of admin ran out at 2027-11-27 10:00", "gspdesk user token");
	/* each attempt logged, the refusal with its reason */
	fx_sql_text_is("SELECT group_concat(at || ' ' || event || ' ' || detail, '; ') FROM logins"
	               " WHERE detail LIKE 'token%'",
	               "2027-11-27 09:59 login token 1; 2026-11-27 10:00 login token 1; "
	               "2027-11-27 10:00 refused token expired");
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
	               "The access token 1 was revoked already", "2026-11-27 10:00");
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
	cr_assert_str_eq(expires, "2026-12-04 10:00"); /* 3 days of November, 4 of December */
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
