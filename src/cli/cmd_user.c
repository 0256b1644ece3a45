/* user add | list | passwd */
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

static int user_row(void *ud, const struct user *u)
{
	struct table *t = ud;
	char **cells = xcalloc(4, sizeof *cells);
	cells[0] = xstrdup(u->name);
	cells[1] = xstrdup(u->role);
	cells[2] = xstrdup(role_label(u->role));
	cells[3] = xstrdup(u->disabled ? _("disabled") : _("active"));
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
	return cli_usage("user", NULL);
}
