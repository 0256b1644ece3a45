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

/* The commands, in --help's order. */
static const struct cmd_entry *const commands[] = {
	&cmd_init_entry, &cmd_settings_entry, &cmd_user_entry, &cmd_forms_entry,
	&cmd_add_entry, &cmd_edit_entry, &cmd_void_entry, &cmd_list_entry,
	&cmd_show_entry, &cmd_trace_entry, &cmd_stock_entry, &cmd_due_entry, &cmd_recall_entry,
	&cmd_import_entry, &cmd_export_entry, &cmd_check_entry, &cmd_backup_entry,
	&cmd_restore_entry, &cmd_deadlines_entry, &cmd_holidays_entry, &cmd_report_entry,
	&cmd_print_entry, &cmd_retention_entry,
};

#define NCOMMANDS ((int)(sizeof commands / sizeof commands[0]))

static void print_help(FILE *out)
{
	fprintf(out, "%s\n", _("Usage: gspdesk [--db PATH] [--lang zh_CN|en] [--user NAME] COMMAND ..."));
	fprintf(out, "%s\n", _("Records of a medical-device distributor office, kept to GSP."));
	fprintf(out, "%s\n\n", _("Without a command it opens the full-screen program."));
	fprintf(out, "%s\n", _("Commands:"));
	for (int i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-9s %s\n", commands[i]->name, _(commands[i]->summary));
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

static const struct cmd_entry *find_command(const char *name)
{
	for (int i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

/* "recall list", "holidays" for the form without a word */
static void sub_name(struct strbuf *b, const struct cmd_entry *cmd, const struct cmd_sub *sub)
{
	sb_addf(b, "%s%s%s", cmd->name, sub->word ? " " : "", sub->word ? sub->word : "");
}

static void print_usage(FILE *out, const struct cmd_entry *cmd)
{
	const char *label = _("Usage:");
	bool first = true;
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++) {
		struct strbuf b = STRBUF_INIT;
		sub_name(&b, cmd, sub);
		for (const char *u = sub->usage, *end; u; u = *end ? end + 1 : NULL, first = false) {
			end = u + strcspn(u, "\n"); /* a usage may hold several lines */
			fprintf(out, "%*s gspdesk %s%s%.*s\n", first ? 0 : text_width(label),
			        first ? label : "", sb_str(&b), end > u ? " " : "", (int)(end - u), u);
		}
		sb_free(&b);
	}
}

/* "  -o, --output FILE" */
static void option_words(struct strbuf *b, const struct cmd_option *o)
{
	sb_add(b, "  ");
	if (o->letter)
		sb_addf(b, "-%c, ", o->letter);
	sb_addf(b, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
}

/* The usage, the summary, and each subcommand's options with their help:
 * a command with several subcommands names each, even one without options. */
static void print_command_help(const struct cmd_entry *cmd)
{
	print_usage(stdout, cmd);
	printf("%s\n", _(cmd->summary));
	bool several = cmd->subs[1].exec != NULL;
	int width = 0;
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++)
		for (const struct cmd_option *o = sub->options; o && o->name; o++) {
			struct strbuf b = STRBUF_INIT;
			option_words(&b, o);
			if ((int)b.len > width)
				width = (int)b.len;
			sb_free(&b);
		}
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++) {
		if (!several && !sub->options)
			continue;
		struct strbuf b = STRBUF_INIT;
		sub_name(&b, cmd, sub);
		putchar('\n');
		if (several)
			printf(_("Options of %s:\n"), sb_str(&b));
		else
			printf("%s\n", _("Options:"));
		if (!sub->options)
			printf("  %s\n", _("none"));
		for (const struct cmd_option *o = sub->options; o && o->name; o++) {
			sb_reset(&b);
			option_words(&b, o); /* ASCII: bytes are columns */
			printf("%-*s  %s\n", width, sb_str(&b), _(o->help));
		}
		sb_free(&b);
	}
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
	const struct cmd_entry *cmd = find_command(command);
	if (cmd)
		print_usage(stderr, cmd);
	return GERR_USAGE;
}

static int option_find(const struct cmd_option *opts, const char *name)
{
	for (int i = 0; opts && opts[i].name; i++)
		if (strcmp(opts[i].name, name) == 0)
			return i;
	return -1;
}

const char *cmd_value(const struct cmd_args *a, const char *name)
{
	int i = option_find(a->sub->options, name);
	if (i < 0) { /* a handler asking for what its table does not declare */
		fprintf(stderr, "gspdesk %s: no option --%s in its table\n", a->cmd->name, name);
		abort();
	}
	return a->values[i];
}

bool cmd_flag(const struct cmd_args *a, const char *name)
{
	return cmd_value(a, name) != NULL;
}

/* Each option of any of cmd's subcommands, once (a name means one thing
 * throughout a command: tests/cli/commands.sh checks it). */
static const struct cmd_option **command_options(const struct cmd_entry *cmd, int *n)
{
	int cap = 0;
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++)
		for (const struct cmd_option *o = sub->options; o && o->name; o++)
			cap++;
	const struct cmd_option **all = xcalloc((size_t)cap + 1, sizeof *all);
	*n = 0;
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++)
		for (const struct cmd_option *o = sub->options; o && o->name; o++) {
			int i = 0;
			while (i < *n && strcmp(all[i]->name, o->name) != 0)
				i++;
			if (i == *n)
				all[(*n)++] = o;
		}
	return all;
}

/* The subcommand the first word names, else the one without a word. */
static const struct cmd_sub *sub_find(const struct cmd_entry *cmd, const char *word)
{
	const struct cmd_sub *plain = NULL;
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++) {
		if (!sub->word)
			plain = sub;
		else if (word && strcmp(sub->word, word) == 0)
			return sub;
	}
	return plain;
}

/* "recall return" for --qty: where an option refused here does go */
static void subs_with(struct strbuf *b, const struct cmd_entry *cmd, const char *option)
{
	for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++)
		if (option_find(sub->options, option) >= 0) {
			if (b->len)
				sb_add(b, ", ");
			sub_name(b, cmd, sub);
		}
}

enum { OPT_FIRST = 256 }; /* getopt_long's value for the first option */

/* The options of every subcommand, collected in one getopt_long pass (so
 * they may come before or after the words, as before); the first word then
 * picks the subcommand, and any option it does not take is refused. */
static int parse_words(const struct cmd_entry *cmd, int argc, char **argv,
                       const struct cmd_option **all, int n, const char **given)
{
	struct option *longopts = xcalloc((size_t)n + 1, sizeof *longopts);
	struct strbuf letters = STRBUF_INIT;
	sb_add(&letters, ":"); /* ':' for a missing value, '?' for an unknown option */
	for (int i = 0; i < n; i++) {
		longopts[i] = (struct option){ all[i]->name, all[i]->arg ? required_argument : no_argument,
			                       NULL, OPT_FIRST + i };
		if (all[i]->letter)
			sb_addf(&letters, "%c%s", all[i]->letter, all[i]->arg ? ":" : "");
	}
	optind = 0; /* glibc: 0 re-initialises getopt for the command's words */
	opterr = 0;
	int opt, rc = GERR_OK;
	while (rc == GERR_OK && (opt = getopt_long(argc, argv, sb_str(&letters), longopts, NULL)) != -1) {
		int i = opt - OPT_FIRST;
		for (int k = 0; opt < OPT_FIRST && k < n; k++)
			if (all[k]->letter && all[k]->letter == opt)
				i = k;
		if (opt == ':')
			rc = cli_usage(cmd->name, _("%s takes a value"), argv[optind - 1]);
		else if (opt == '?' && optopt >= OPT_FIRST)
			rc = cli_usage(cmd->name, _("--%s takes no value"), all[optopt - OPT_FIRST]->name);
		else if (opt == '?')
			rc = cli_usage(cmd->name, _("%s has no option %s"), cmd->name, argv[optind - 1]);
		else
			given[i] = optarg ? optarg : "";
	}
	free(longopts);
	sb_free(&letters);
	return rc;
}

static int run_command(struct cli *c, const struct cmd_entry *cmd, int argc, char **argv)
{
	int n;
	const struct cmd_option **all = command_options(cmd, &n);
	const char **given = xcalloc((size_t)n + 1, sizeof *given);
	int rc = parse_words(cmd, argc, argv, all, n, given);
	struct cmd_args a = { .cmd = cmd, .argc = argc - optind, .argv = argv + optind };
	if (rc == GERR_OK && !(a.sub = sub_find(cmd, a.argc ? a.argv[0] : NULL))) {
		struct strbuf words = STRBUF_INIT;
		for (const struct cmd_sub *sub = cmd->subs; sub->exec; sub++)
			sb_addf(&words, "%s%s", words.len ? ", " : "", sub->word);
		rc = cli_usage(cmd->name, _("Say what to do: %s."), sb_str(&words));
		sb_free(&words);
	}
	if (rc == GERR_OK && a.sub->word) {
		a.argc--;
		a.argv++;
	}
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		if (!given[i] || option_find(a.sub->options, all[i]->name) >= 0)
			continue;
		struct strbuf here = STRBUF_INIT, there = STRBUF_INIT;
		sub_name(&here, cmd, a.sub);
		subs_with(&there, cmd, all[i]->name);
		rc = cli_usage(cmd->name, _("--%s is not an option of %s (it belongs to %s)"),
		               all[i]->name, sb_str(&here), sb_str(&there));
		sb_free(&here);
		sb_free(&there);
	}
	if (rc == GERR_OK) {
		int nsub = 0;
		while (a.sub->options && a.sub->options[nsub].name)
			nsub++;
		a.values = xcalloc((size_t)nsub + 1, sizeof *a.values);
		for (int i = 0; i < n; i++)
			if (given[i])
				a.values[option_find(a.sub->options, all[i]->name)] = given[i];
		rc = a.sub->exec(c, &a);
		free(a.values);
	}
	free(given);
	free(all);
	return rc;
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

int cli_open(struct cli *c, enum session_mode mode, struct gerr *err)
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
		int rc = cli_open(c, SESSION_EXISTING, err);
		if (rc || (rc = auth_init(err)) != GERR_OK)
			return rc;
		return session_login_token(&c->s, user, token, err);
	}
	if (!user || !*user)
		return gerr_set(err, GERR_AUTH, NULL, "%s",
		                _("Who are you? Give --user NAME or set GSPDESK_USER."));
	int rc = cli_open(c, SESSION_EXISTING, err);
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

int cli_main(int argc, char **argv, int (*demo_fill)(struct session *s, struct gerr *err))
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "lang", required_argument, NULL, 'l' },
		{ "user", required_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli c = { .demo_fill = demo_fill };
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
#ifdef AUTH_TEST_COST
		puts("test build: password hashes at the minimum cost, not for use");
#endif
		return 0;
	}
	if (help) {
		print_help(stdout);
		return 0;
	}
	if (optind >= argc) /* no command: the full-screen program */
		return ui_main(c.db_option, c.user_option);
	const struct cmd_entry *cmd = find_command(argv[optind]);
	if (!cmd) {
		fprintf(stderr, _("gspdesk: unknown command \"%s\"\n"), argv[optind]);
		print_help(stderr);
		return GERR_USAGE;
	}
	int sub_argc = argc - optind;
	char **sub_argv = argv + optind;
	if (wants_help(sub_argc, sub_argv)) {
		print_command_help(cmd);
		return 0;
	}
	int rc = run_command(&c, cmd, sub_argc, sub_argv);
	if (c.open)
		session_close(&c.s);
	free(c.db_path);
	return rc;
}
