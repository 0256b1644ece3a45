/* settings [KEY [VALUE]] */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/accounts.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>

static int show_all(struct cli *c, struct gerr *err)
{
	int n;
	const struct setting_def *defs = settings_defs(&n);
	const char *headers[] = { _("Setting"), _("Meaning"), _("Value") };
	struct table *t = table_new(3, headers);
	int rc = GERR_OK;
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		char *value = NULL;
		if ((rc = settings_get(&c->s, defs[i].key, &value, err)))
			break;
		char **cells = xcalloc(3, sizeof *cells);
		cells[0] = xstrdup(defs[i].key);
		cells[1] = xstrdup(_(defs[i].label));
		cells[2] = value ? value : xstrdup("");
		table_add(t, cells);
	}
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc;
}

static int settings_exec(struct cli *c, const struct cmd_args *a)
{
	if (a->argc > 2)
		return cli_usage("settings", NULL);
	struct gerr err = { 0 };
	int rc = cli_login(c, &err);
	if (rc == GERR_OK && a->argc == 0) {
		rc = show_all(c, &err);
	} else if (rc == GERR_OK && a->argc == 1) {
		char *value = NULL;
		if ((rc = settings_get(&c->s, a->argv[0], &value, &err)) == GERR_OK)
			out_line(stdout, value ? value : "", false);
		free(value);
	} else if (rc == GERR_OK) {
		rc = settings_set(&c->s, a->argv[0], a->argv[1], &err);
	}
	return rc ? cli_fail(&err) : 0;
}

const struct cmd_entry cmd_settings_entry = {
	.name = "settings",
	.summary = N_("show or change the office settings (company, city, province, language, idle_lock_minutes)"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[KEY [VALUE]]", NULL, settings_exec },
		{ 0 },
	},
};
