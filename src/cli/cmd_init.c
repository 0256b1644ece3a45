/* init: a new database, its first administrator, the office settings and,
 * with --demo, a realistic office to try every screen on. */
#include "config.h"
#include "cli/cli.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "core/demo.h"
#include "core/i18n.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

int cmd_init(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "demo", no_argument, NULL, 'D' },
		{ "admin", required_argument, NULL, 'a' },
		{ "company", required_argument, NULL, 'c' },
		{ "city", required_argument, NULL, 't' },
		{ "province", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *admin = NULL, *company = NULL, *city = NULL, *province = NULL;
	bool demo = false;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'D': demo = true; break;
		case 'a': admin = optarg; break;
		case 'c': company = optarg; break;
		case 't': city = optarg; break;
		case 'p': province = optarg; break;
		default: return cli_usage("init", _("unknown option %s"), argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage("init", _("unexpected word \"%s\""), argv[optind]);
	if (!admin)
		return cli_usage("init", "%s", _("Name the first administrator with --admin NAME."));
	if (!city != !province)
		return cli_usage("init", "%s", _("Give --city and --province together."));
	if (demo) { /* a demo office has a name and a home town */
		company = company ? company : _("Kangning Medical Devices Co., Ltd.");
		city = city ? city : "杭州市";
		province = province ? province : "浙江省";
	}

	struct gerr err = { 0 };
	int rc = cli_open(c, DB_OPEN_CREATE, &err);
	if (rc || (rc = auth_init(&err)))
		return cli_fail(&err);
	/* nobody is logged in yet, so the login password may serve as the new one */
	const char *env = getenv("GSPDESK_NEW_PASSWORD") ? "GSPDESK_NEW_PASSWORD" : "GSPDESK_PASSWORD";
	char prompt[160];
	snprintf(prompt, sizeof prompt, _("New password for %s: "), admin);
	char *password = cli_password(env, prompt, true, &err);
	if (!password)
		return cli_fail(&err);
	rc = accounts_init(&c->s, admin, password, company, city, province, &err);
	if (rc == GERR_OK && demo && (rc = session_login(&c->s, admin, password, &err)) == GERR_OK)
		rc = demo_fill(&c->s, &err);
	free(password);
	if (rc)
		return cli_fail(&err);
	fprintf(stderr, _("Created the database %s with the administrator %s.\n"), c->db_path, admin);
	return 0;
}
