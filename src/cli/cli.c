/* Global options, the command table and logging in. */
#include "config.h"
#include "cli/cli.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "base/paths.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "ui/ui.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct command {
	const char *name;
	int (*run)(struct cli *c, int argc, char **argv);
	const char *usage;   /* syntax, not translated */
	const char *summary; /* msgid */
};

static const struct command commands[] = {
	{ "init", cmd_init, "init [--demo] --admin NAME [--company NAME] [--city CITY --province PROVINCE] [--lang zh_CN|en] [--test-clock]",
	  N_("create a new database with its first administrator") },
	{ "settings", cmd_settings, "settings [KEY [VALUE]]",
	  N_("show or change the office settings (company, city, province, language, idle_lock_minutes)") },
	{ "user", cmd_user, "user add NAME --role admin|quality|clerk|trainer|engineer|manager | user list | user passwd NAME | user disable NAME | user enable NAME | user log [NAME] | user token NAME --label TEXT [--days N] | user tokens [NAME] | user revoke-token ID --reason TEXT",
	  N_("manage user accounts") },
	{ "forms", cmd_forms, "forms [FORM]", N_("list the forms and their fields") },
	{ "add", cmd_add, "add [--reason TEXT] FORM FIELD=VALUE ...", N_("add a record; prints its id") },
	{ "edit", cmd_edit, "edit FORM ID FIELD=VALUE ... --reason TEXT [--expect-version N]",
	  N_("change a record, saying why") },
	{ "void", cmd_void, "void FORM ID --reason TEXT [--expect-version N]",
	  N_("void a record, saying why; nothing is ever deleted") },
	{ "list", cmd_list,
	  "list FORM [FIELD=VALUE ...] [--since DATE] [--until DATE] [--search TEXT] [--sort FIELD] [--desc] [--limit N] [--all] [--format table|csv|json]",
	  N_("list records") },
	{ "show", cmd_show, "show FORM ID [--history] [--format table|json] | show customers ID --archive",
	  N_("show one record, with its history of changes") },
	{ "trace", cmd_trace, "trace [--product P] (--batch B | --serial S) | trace --udi CODE [--format table|csv|json | --format xlsx -o FILE.xlsx [--force]]",
	  N_("every buyer and patient of a batch or serial number") },
	{ "due", cmd_due, "due [--days N] [--window N] [--kind KIND] [--format table|csv|json] | due --handled [--format table|csv] | due done|not-needed|declined KIND KEY --note TEXT",
	  N_("what your role must act on, soonest first; handle a row") },
	{ "recall", cmd_recall,
	  "recall open --product P (--batch B | --serial S) --class I|II|III --reason TEXT"
	  " | recall notify ID CUSTOMER --how phone|letter|visit [--note TEXT] [--reply TEXT]"
	  " | recall return ID CUSTOMER --qty N | recall list"
	  " | recall show ID [--format xlsx -o FILE.xlsx [--force]]"
	  " | recall close ID --reason TEXT [--force]",
	  N_("recall campaigns: every buyer told, what came back") },
	{ "import", cmd_import, "import FORM FILE.csv [--encoding auto|utf-8|gb18030] [--dry-run] [--create-missing]",
	  N_("import a spreadsheet's CSV file: every row or none") },
	{ "export", cmd_export, "export FORM [FIELD=VALUE ...] [--since DATE] [--until DATE] (--format csv [-o FILE] [--excel] | --format xlsx -o FILE.xlsx [--force])",
	  N_("write records to a CSV file (--excel: with a BOM and CRLF for Excel) or a workbook") },
	{ "check", cmd_check, "check [--head | [--full] [--against BACKUP|FILE.head]]",
	  N_("check the database, the audit chain and every record against its audit rows") },
	{ "backup", cmd_backup, "backup FILE",
	  N_("copy the database to a new FILE while others work, and check the copy") },
	{ "restore", cmd_restore, "restore [--other-office] FILE",
	  N_("replace the database with a checked backup, keeping the old one beside it") },
	{ "deadlines", cmd_deadlines, "deadlines [--format table|csv|json]",
	  N_("list the open after-sales deadlines, the most urgent first") },
	{ "holidays", cmd_holidays,
	  "holidays [YEAR] | holidays add DATE[..DATE] ... --kind holiday|workday --notice TEXT [--remarks TEXT]",
	  N_("show a year's working calendar, or add the days of a new State Council notice") },
	{ "report", cmd_report, "report [NAME (--year Y | --from DATE --until DATE) -o FILE.xlsx [--force]]",
	  N_("write a printed report as an Excel workbook; without a name, list them") },
};

#define NCOMMANDS ((int)(sizeof commands / sizeof commands[0]))

static void print_help(FILE *out)
{
	fprintf(out, "%s\n", _("Usage: gspdesk [--db PATH] [--lang zh_CN|en] [--user NAME] COMMAND ..."));
	fprintf(out, "%s\n", _("Records of a medical-device distributor office, kept to GSP."));
	fprintf(out, "%s\n\n", _("Without a command it opens the full-screen program."));
	fprintf(out, "%s\n", _("Commands:"));
	for (int i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-9s %s\n", commands[i].name, _(commands[i].summary));
	fprintf(out, "\n%s\n", _("Options:"));
	fprintf(out, "  --db PATH       %s\n", _("the database file (else $GSPDESK_DB, else $XDG_DATA_HOME/gspdesk/gspdesk.db, else ~/.local/share/gspdesk/gspdesk.db)"));
	fprintf(out, "  --lang LANG     %s\n", _("the language of messages: zh_CN or en"));
	fprintf(out, "  --user NAME     %s\n", _("who you are (else $GSPDESK_USER); the password comes from $GSPDESK_PASSWORD or is asked"));
	fprintf(out, "  %-15s %s\n", "", _("or log in with an access token in $GSPDESK_TOKEN (gspdesk user token)"));
	fprintf(out, "  --help          %s\n", _("show this help (gspdesk COMMAND --help shows the command's own)"));
	fprintf(out, "  --version       %s\n", _("show the version"));
	fprintf(out, "\n%s\n", _("Exit status: 0 done, 1 refused input, 2 usage, 3 authentication or permission, 4 database, 5 check found problems."));
}

int cli_fail(const struct gerr *err)
{
	/* a message may quote the file's text (a void reason, a value) */
	char *msg = text_printable(err->msg, true);
	fprintf(stderr, "gspdesk: %s\n", msg);
	free(msg);
	return err->code ? (int)err->code : GERR_DB;
}

static const struct command *find_command(const char *name)
{
	for (int i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int cli_usage(const char *command, const char *fmt, ...)
{
	if (fmt) {
		char msg[512];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(msg, sizeof msg, fmt, ap);
		va_end(ap);
		fprintf(stderr, "gspdesk %s: %s\n", command, msg);
	}
	const struct command *cmd = find_command(command);
	if (cmd)
		fprintf(stderr, _("Usage: gspdesk %s\n"), cmd->usage);
	return GERR_USAGE;
}

const struct form *cli_form(const char *command, const char *name, int *rc)
{
	const struct form *form = name ? form_find(name) : NULL;
	if (!form) {
		int n;
		const struct form *const *all = forms_all(&n);
		struct strbuf list = STRBUF_INIT;
		for (int i = 0; i < n; i++)
			sb_addf(&list, "%s%s", i ? ", " : "", all[i]->name);
		if (name)
			*rc = cli_usage(command, _("There is no form \"%s\". The forms are: %s"), name, sb_str(&list));
		else
			*rc = cli_usage(command, _("Name a form: %s"), sb_str(&list));
		sb_free(&list);
	}
	return form;
}

bool cli_parse_id(const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || *end || end == s || v <= 0)
		return false;
	*id = v;
	return true;
}

int cli_open(struct cli *c, enum db_open_mode mode, struct gerr *err)
{
	c->db_path = paths_database(c->db_option);
	if (!c->db_path)
		return gerr_set(err, GERR_USAGE, NULL, "%s",
		                _("There is no home folder to keep the database in: give --db PATH."));
	int rc = session_open(&c->s, c->db_path, mode, err);
	c->open = rc == GERR_OK;
	if (c->open)
		settings_use_language(&c->s);
	return rc;
}

int cli_login(struct cli *c, struct gerr *err)
{
	const char *user = c->user_option ? c->user_option : getenv("GSPDESK_USER");
	const char *token = getenv("GSPDESK_TOKEN");
	if (token && *token) {
		int rc = cli_open(c, DB_OPEN_EXISTING, err);
		if (rc || (rc = auth_init(err)) != GERR_OK)
			return rc;
		return session_login_token(&c->s, user, token, err);
	}
	if (!user || !*user)
		return gerr_set(err, GERR_AUTH, NULL, "%s",
		                _("Who are you? Give --user NAME or set GSPDESK_USER."));
	int rc = cli_open(c, DB_OPEN_EXISTING, err);
	if (rc || (rc = auth_init(err)) != GERR_OK)
		return rc;
	char prompt[160];
	snprintf(prompt, sizeof prompt, _("Password for %s: "), user);
	char *password = cli_password("GSPDESK_PASSWORD", prompt, false, err);
	if (!password)
		return GERR_AUTH;
	rc = session_login(&c->s, user, password, err);
	free(password);
	return rc;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	return false;
}

int cli_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "lang", required_argument, NULL, 'l' },
		{ "user", required_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli c = { 0 };
	const char *lang = NULL;
	bool help = false, version = false;
	int opt;
	opterr = 0;
	/* '+' stops at the command: its own options are its own */
	while ((opt = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (opt) {
		case 'd': c.db_option = optarg; break;
		case 'l': lang = optarg; break;
		case 'u': c.user_option = optarg; break;
		case 'h': help = true; break;
		case 'V': version = true; break;
		default:
			i18n_init(lang);
			fprintf(stderr, _("gspdesk: unknown option %s\n"), argv[optind - 1]);
			print_help(stderr);
			return GERR_USAGE;
		}
	}
	int bad = i18n_init(lang);
	if (bad) {
		fprintf(stderr, "gspdesk: %s takes zh_CN or en, not \"%s\"\n",
		        bad == -1 ? "--lang" : "GSPDESK_LANG", bad == -1 ? lang : getenv("GSPDESK_LANG"));
		return GERR_USAGE;
	}
	/* an empty --db would quietly open $GSPDESK_DB or the default office */
	if (c.db_option && !*c.db_option) {
		fprintf(stderr, "%s\n", _("gspdesk: --db takes the database file's path, not an empty word"));
		return GERR_USAGE;
	}
	if (version) {
		printf("gspdesk %s\n", PACKAGE_VERSION);
		return 0;
	}
	if (help) {
		print_help(stdout);
		return 0;
	}
	if (optind >= argc) /* no command: the full-screen program */
		return ui_main(c.db_option, c.user_option);
	const struct command *cmd = find_command(argv[optind]);
	if (!cmd) {
		fprintf(stderr, _("gspdesk: unknown command \"%s\"\n"), argv[optind]);
		print_help(stderr);
		return GERR_USAGE;
	}
	int sub_argc = argc - optind;
	char **sub_argv = argv + optind;
	if (wants_help(sub_argc, sub_argv)) {
		printf(_("Usage: gspdesk %s\n"), cmd->usage);
		printf("%s\n", _(cmd->summary));
		return 0;
	}
	optind = 0; /* glibc: 0 re-initialises getopt for the command's words */
	opterr = 0;
	int rc = cmd->run(&c, sub_argc, sub_argv);
	if (c.open)
		session_close(&c.s);
	free(c.db_path);
	return rc;
}
