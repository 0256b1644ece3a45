/* user add | list | passwd | disable | enable | log */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/accounts.h"
#include "core/i18n.h"
#include "core/perm.h"
#include "core/strbuf.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user_rows {
	struct table *t;
	const struct session *s; /* its clock says whether a lock still holds */
};

static int user_row(void *ud, const struct user *u)
{
	struct user_rows *ur = ud;
	struct table *t = ur->t;
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
		session_now_text(ur->s, now);
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
	struct user_rows ur = { t, &c->s };
	int rc = accounts_list(&c->s, user_row, &ur, &err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc ? cli_fail(&err) : 0;
}

static int user_password(struct cli *c, const char *name, bool add, const char *role)
{
	struct gerr err = { 0 };
	if (cli_login(c, &err))
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

static const char *detail_label(const char *detail)
{
	if (!detail)
		return "";
	if (strcmp(detail, "disabled") == 0)
		return _("account disabled");
	if (strcmp(detail, "locked") == 0)
		return _("account locked");
	if (strcmp(detail, "unknown user") == 0)
		return _("no such user");
	return detail; /* the end of a lock */
}

static int log_row(void *ud, const struct login_row *l)
{
	char **cells = xcalloc(4, sizeof *cells);
	cells[0] = xstrdup(l->at);
	cells[1] = xstrdup(l->user);
	cells[2] = xstrdup(event_label(l->event));
	cells[3] = xstrdup(detail_label(l->detail));
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

int cmd_user(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "role", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *role = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt == 'r')
			role = optarg;
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
	return cli_usage("user", NULL);
}
