/* user add | list | passwd | disable | enable | log | token | tokens | revoke-token */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/accounts.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "core/tokens.h"
#include "db/db_login.h"
#include "db/db_token.h"

#include <inttypes.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int user_row(void *ud, const struct user *u)
{
	struct table *t = ud;
	char **cells = xcalloc(4, sizeof *cells);
	cells[0] = xstrdup(u->name);
	cells[1] = xstrdup(u->role);
	cells[2] = xstrdup(role_label(u->role));
	if (u->disabled) {
		cells[3] = xstrdup(_("disabled"));
	} else if (u->locked_until) {
		/* a lock past its time is lifted by the next login, not shown */
		struct strbuf b = STRBUF_INIT;
		char now[17];
		clock_now_text(now);
		if (strcmp(now, u->locked_until) < 0)
			sb_addf(&b, _("locked until %s"), u->locked_until);
		else
			sb_add(&b, _("active"));
		cells[3] = sb_steal(&b);
	} else {
		cells[3] = xstrdup(_("active"));
	}
	table_add(t, cells);
	return 0;
}

static int user_list(struct cli *c)
{
	struct gerr err = { 0 };
	if (cli_login(c, &err))
		return cli_fail(&err);
	const char *headers[] = { _("User"), _("Role"), _("Role name"), _("Account") };
	struct table *t = table_new(4, headers);
	int rc = accounts_list(&c->s, user_row, t, &err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc ? cli_fail(&err) : 0;
}

static int user_password(struct cli *c, const char *name, bool add, const char *role)
{
	struct gerr err = { 0 };
	/* refused before the new password is asked for, not after */
	if (cli_login(c, &err) || session_needs_password(&c->s, &err))
		return cli_fail(&err);
	char prompt[160];
	snprintf(prompt, sizeof prompt, _("New password for %s: "), name);
	char *password = cli_password("GSPDESK_NEW_PASSWORD", prompt, true, &err);
	if (!password)
		return cli_fail(&err);
	int rc = add ? accounts_add(&c->s, name, role, password, &err)
	             : accounts_passwd(&c->s, name, password, &err);
	free(password);
	return rc ? cli_fail(&err) : 0;
}

static int user_disable(struct cli *c, const char *name, bool disabled)
{
	struct gerr err = { 0 };
	if (cli_login(c, &err) || accounts_disable(&c->s, name, disabled, &err))
		return cli_fail(&err);
	return 0;
}

static const char *event_label(const char *event)
{
	if (strcmp(event, "login") == 0)
		return _("logged in");
	if (strcmp(event, "failed") == 0)
		return _("wrong password");
	if (strcmp(event, "locked") == 0)
		return _("locked until");
	if (strcmp(event, "logout") == 0)
		return _("logged out");
	return _("refused");
}

static char *detail_label(const char *detail)
{
	static const struct {
		const char *detail, *label;
	} known[] = {
		{ "disabled", N_("account disabled") },
		{ "locked", N_("account locked") },
		{ "unknown user", N_("no such user") },
		{ "unknown token", N_("no such access token") },
		{ "token revoked", N_("access token revoked") },
		{ "token expired", N_("access token out of date") },
		{ "token of another user", N_("access token of another user") },
	};
	if (!detail)
		return xstrdup("");
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(detail, known[i].detail) == 0)
			return xstrdup(_(known[i].label));
	long long id;
	if (sscanf(detail, "token %lld", &id) == 1) {
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, _("with access token %lld"), id);
		return sb_steal(&b);
	}
	return xstrdup(detail); /* the end of a lock */
}

static int log_row(void *ud, const struct login_row *l)
{
	char **cells = xcalloc(4, sizeof *cells);
	cells[0] = xstrdup(l->at);
	cells[1] = xstrdup(l->user);
	cells[2] = xstrdup(event_label(l->event));
	cells[3] = detail_label(l->detail);
	table_add(ud, cells);
	return 0;
}

static int user_log(struct cli *c, const char *name)
{
	struct gerr err = { 0 };
	if (cli_login(c, &err))
		return cli_fail(&err);
	const char *headers[] = { _("Time"), _("User"), _("Event"), _("Detail") };
	struct table *t = table_new(4, headers);
	int rc = accounts_log(&c->s, name, log_row, t, &err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc ? cli_fail(&err) : 0;
}

static int user_token(struct cli *c, const char *name, const char *label, const char *days)
{
	char *end;
	long n = days ? strtol(days, &end, 10) : TOKENS_DEFAULT_DAYS;
	if (days && (*end || end == days || n < 1 || n > TOKENS_MAX_DAYS))
		return cli_usage("user", _("--days takes a number from 1 to %d, not \"%s\""),
		                 TOKENS_MAX_DAYS, days);
	struct gerr err = { 0 };
	if (cli_login(c, &err))
		return cli_fail(&err);
	char text[AUTH_TOKEN_TEXT], expires[17];
	int64_t id;
	if (tokens_create(&c->s, name, label, (int)n, text, &id, expires, &err))
		return cli_fail(&err);
	/* the token alone on standard output, for a script to keep */
	printf("%s\n", text);
	fprintf(stderr, _("Access token %" PRId64 " of %s, valid until %s. It is shown only now: keep it where the script reads it, as GSPDESK_TOKEN.\n"),
	        id, name, expires);
	return 0;
}


static int token_row(void *ud, const struct token_row *r)
{
	char now[17];
	clock_now_text(now);
	char **cells = xcalloc(7, sizeof *cells);
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "%" PRId64, r->id);
	cells[0] = sb_steal(&b);
	cells[1] = xstrdup(r->user);
	cells[2] = xstrdup(r->label);
	cells[3] = xstrdup(r->created_at);
	cells[4] = xstrdup(r->created_by);
	cells[5] = xstrdup(r->expires);
	if (r->revoked_at)
		sb_addf(&b, _("revoked %s by %s: %s"), r->revoked_at, r->revoked_by,
		        r->revoke_reason ? r->revoke_reason : "");
	else
		sb_add(&b, strcmp(now, r->expires) >= 0 ? _("out of date") : _("active"));
	cells[6] = sb_steal(&b);
	table_add(ud, cells);
	return 0;
}

static int user_tokens(struct cli *c, const char *name)
{
	struct gerr err = { 0 };
	if (cli_login(c, &err))
		return cli_fail(&err);
	const char *headers[] = { _("No."), _("User"), _("Label"), _("Made"), _("Made by"),
		                  _("Valid until"), _("Status") };
	struct table *t = table_new(7, headers);
	int rc = tokens_list(&c->s, name, token_row, t, &err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc ? cli_fail(&err) : 0;
}

static int user_revoke_token(struct cli *c, const char *id_text, const char *reason)
{
	int64_t id;
	if (!cli_parse_id(id_text, &id))
		return cli_usage("user", _("revoke-token takes a token's number, not \"%s\""), id_text);
	struct gerr err = { 0 };
	if (cli_login(c, &err) || tokens_revoke(&c->s, id, reason, &err))
		return cli_fail(&err);
	return 0;
}

/* The user's name (or the token's id) after the subcommand: between min
 * and max words. */
static bool user_words(const struct cmd_args *a, int min, int max)
{
	return a->argc >= min && a->argc <= max;
}

static int add_exec(struct cli *c, const struct cmd_args *a)
{
	if (!user_words(a, 1, 1))
		return cli_usage("user", NULL);
	if (!cmd_value(a, "role"))
		return cli_usage("user", "%s", _("Give the new user's role with --role ROLE."));
	return user_password(c, a->argv[0], true, cmd_value(a, "role"));
}

static int list_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 0, 0) ? user_list(c) : cli_usage("user", NULL);
}

static int passwd_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 1, 1) ? user_password(c, a->argv[0], false, NULL) : cli_usage("user", NULL);
}

static int disable_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 1, 1) ? user_disable(c, a->argv[0], true) : cli_usage("user", NULL);
}

static int enable_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 1, 1) ? user_disable(c, a->argv[0], false) : cli_usage("user", NULL);
}

static int log_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 0, 1) ? user_log(c, a->argc ? a->argv[0] : NULL) : cli_usage("user", NULL);
}

static int token_exec(struct cli *c, const struct cmd_args *a)
{
	if (!user_words(a, 1, 1))
		return cli_usage("user", NULL);
	return user_token(c, a->argv[0], cmd_value(a, "label"), cmd_value(a, "days"));
}

static int tokens_exec(struct cli *c, const struct cmd_args *a)
{
	return user_words(a, 0, 1) ? user_tokens(c, a->argc ? a->argv[0] : NULL) : cli_usage("user", NULL);
}

static int revoke_exec(struct cli *c, const struct cmd_args *a)
{
	if (!user_words(a, 1, 1))
		return cli_usage("user", NULL);
	return user_revoke_token(c, a->argv[0], cmd_value(a, "reason"));
}

static const struct cmd_option add_options[] = {
	{ "role", 0, "ROLE", N_("what the new user may do: admin, quality, clerk, trainer, engineer or manager") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option token_options[] = {
	{ "label", 0, "TEXT", N_("what the token is for, as the token list shows it") },
	{ "days", 0, "N", N_("how many days it is valid, 1 to 3650 (else 365)") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option revoke_options[] = {
	{ "reason", 0, "TEXT", N_("why the token is revoked") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_user_entry = {
	.name = "user",
	.summary = N_("manage user accounts"),
	.subs = (const struct cmd_sub[]){
		{ "add", "NAME --role admin|quality|clerk|trainer|engineer|manager", add_options, add_exec },
		{ "list", "", NULL, list_exec },
		{ "passwd", "NAME", NULL, passwd_exec },
		{ "disable", "NAME", NULL, disable_exec },
		{ "enable", "NAME", NULL, enable_exec },
		{ "log", "[NAME]", NULL, log_exec },
		{ "token", "NAME --label TEXT [--days N]", token_options, token_exec },
		{ "tokens", "[NAME]", NULL, tokens_exec },
		{ "revoke-token", "ID --reason TEXT", revoke_options, revoke_exec },
		{ 0 },
	},
};
