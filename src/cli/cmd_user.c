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

#include <getopt.h>
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

int cmd_user(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "role", required_argument, NULL, 'r' },
		{ "label", required_argument, NULL, 'l' },
		{ "days", required_argument, NULL, 'd' },
		{ "reason", required_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	const char *role = NULL, *label = NULL, *days = NULL, *reason = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt == 'r')
			role = optarg;
		else if (opt == 'l')
			label = optarg;
		else if (opt == 'd')
			days = optarg;
		else if (opt == 'w')
			reason = optarg;
		else
			return cli_usage("user", _("unknown option %s"), argv[optind - 1]);
	}
	char **words = argv + optind;
	int n = argc - optind;
	if (n == 1 && strcmp(words[0], "list") == 0)
		return user_list(c);
	if (n == 2 && strcmp(words[0], "add") == 0) {
		if (!role)
			return cli_usage("user", "%s", _("Give the new user's role with --role ROLE."));
		return user_password(c, words[1], true, role);
	}
	if (n == 2 && strcmp(words[0], "passwd") == 0)
		return user_password(c, words[1], false, NULL);
	if (n == 2 && strcmp(words[0], "disable") == 0)
		return user_disable(c, words[1], true);
	if (n == 2 && strcmp(words[0], "enable") == 0)
		return user_disable(c, words[1], false);
	if ((n == 1 || n == 2) && strcmp(words[0], "log") == 0)
		return user_log(c, n == 2 ? words[1] : NULL);
	if (n == 2 && strcmp(words[0], "token") == 0)
		return user_token(c, words[1], label, days);
	if ((n == 1 || n == 2) && strcmp(words[0], "tokens") == 0)
		return user_tokens(c, n == 2 ? words[1] : NULL);
	if (n == 2 && strcmp(words[0], "revoke-token") == 0)
		return user_revoke_token(c, words[1], reason);
	return cli_usage("user", NULL);
}
