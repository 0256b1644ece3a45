/* init: a new database, its first administrator, the office settings and,
 * with --demo, a realistic office to try every screen on. */
#include "config.h"
#include "cli/cli.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "base/paths.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void remove_database(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *name = xmalloc(strlen(path) + strlen(suffixes[i]) + 1);
		strcpy(name, path);
		strcat(name, suffixes[i]);
		unlink(name);
		free(name);
	}
}

static int init_exec(struct cli *c, const struct cmd_args *a)
{
	const char *admin = cmd_value(a, "admin"), *company = cmd_value(a, "company"),
		   *city = cmd_value(a, "city"), *province = cmd_value(a, "province"),
		   *lang = cmd_value(a, "lang");
	bool demo = cmd_flag(a, "demo"), test_clock = cmd_flag(a, "test-clock");
	if (a->argc)
		return cli_usage("init", _("unexpected word \"%s\""), a->argv[0]);
	if (!admin)
		return cli_usage("init", "%s", _("Name the first administrator with --admin NAME."));
	if (lang && !i18n_valid(lang))
		return cli_usage("init", _("--lang takes zh_CN or en, not \"%s\""), lang);
	if (!city != !province)
		return cli_usage("init", "%s", _("Give --city and --province together."));
	if (demo) { /* a demo office has a name and a home town */
		company = company ? company : "康宁医疗器械有限公司";
		city = city ? city : "杭州市";
		province = province ? province : "浙江省";
	}

	/* the password first: a refusal must leave no file behind */
	struct gerr err = { 0 };
	char prompt[160];
	snprintf(prompt, sizeof prompt, _("New password for %s: "), admin);
	/* nobody is logged in yet, so the login password may serve as the new one */
	const char *login = getenv("GSPDESK_PASSWORD");
	char *password = !getenv("GSPDESK_NEW_PASSWORD") && login
	                         ? xstrdup(login)
	                         : cli_password("GSPDESK_NEW_PASSWORD", prompt, true, &err);
	if (!password)
		return cli_fail(&err);
	int rc = auth_check_new(password, &err);
	char *path = paths_database(c->db_option);
	bool existed = path && access(path, F_OK) == 0;
	if (rc == GERR_OK && (rc = cli_open(c, SESSION_CREATE, &err)) == GERR_OK &&
	    (rc = auth_init(&err)) == GERR_OK &&
	    (rc = accounts_init(&c->s, admin, password, company, city, province, lang, test_clock,
	                               &err)) == GERR_OK &&
	    demo && (rc = session_login(&c->s, admin, password, &err)) == GERR_OK)
		rc = c->demo_fill(&c->s, &err);
	free(password);
	if (rc && !existed && c->open) {
		/* a database this run created and could not finish is removed whole */
		session_close(&c->s);
		c->open = false;
		remove_database(path);
	}
	free(path);
	if (rc)
		return cli_fail(&err);
	settings_use_language(&c->s); /* the new office speaks its own language */
	fprintf(stderr, _("Created the database %s with the administrator %s.\n"), c->db_path, admin);
	return 0;
}

static const struct cmd_option init_options[] = {
	{ "demo", 0, NULL, N_("fill the new database with a realistic demo office") },
	{ "admin", 0, "NAME", N_("the first administrator's user name") },
	{ "company", 0, "NAME", N_("the company's name, as printed on the records") },
	{ "city", 0, "CITY", N_("the office's city, with --province: it tells same-city customers from others") },
	{ "province", 0, "PROVINCE", N_("the office's province (with --city)") },
	{ "lang", 0, "zh_CN|en", N_("the office's language (else Chinese)") },
	{ "test-clock", 0, NULL, N_("a database for tests: the rules that compare dates take now from $GSPDESK_NOW") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_init_entry = {
	.name = "init",
	.summary = N_("create a new database with its first administrator"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--demo] --admin NAME [--company NAME] [--city CITY --province PROVINCE] [--lang zh_CN|en] [--test-clock]",
		  init_options, init_exec },
		{ 0 },
	},
};
