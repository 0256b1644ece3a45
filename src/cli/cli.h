/* The command line: `gspdesk [global options] COMMAND ...`. Commands parse
 * their words and print; the work itself is the core's. */
#ifndef GSPDESK_CLI_H
#define GSPDESK_CLI_H

#include <stdbool.h>

#include "core/session.h"
#include "model/record.h"

struct cli {
	const char *db_option;   /* --db */
	const char *user_option; /* --user */
	char *db_path;
	struct session s;
	bool open;
	/* init --demo's office: the demo generator lives outside the product
	 * library (src/demo/), so the program hands it in (src/main.c) */
	int (*demo_fill)(struct session *s, struct gerr *err);
};

int cli_main(int argc, char **argv, int (*demo_fill)(struct session *s, struct gerr *err));

/* Opens the database and logs in as --user / $GSPDESK_USER with
 * $GSPDESK_PASSWORD or a password asked on the terminal. */
int cli_login(struct cli *c, struct gerr *err);
/* Opens (creating when asked) without logging in: `init` only. */
int cli_open(struct cli *c, enum session_mode mode, struct gerr *err);

/* Prints err's message on stderr and returns its code. */
int cli_fail(const struct gerr *err);
/* Usage error for a command: prints the message and the command's usage. */
int cli_usage(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A password from the environment variable, else asked on /dev/tty
 * (twice when confirm). Malloc'd; NULL with err set. */
char *cli_password(const char *env, const char *prompt, bool confirm, struct gerr *err);

/* The command table, as tmux's cmd_entry: each command's file (cmd_*.c)
 * holds one const cmd_entry with its name, its subcommands, their
 * usage, options and handlers. cli.c parses every command's words with one
 * parser over it, so an option a subcommand does not take is refused before any
 * work; --help is printed from it and tests/cli/commands.sh checks the
 * README's command block and the man page's SYNOPSIS against it. */
struct cmd_option {
	const char *name;  /* the long name, without "--" */
	char letter;       /* a one-letter form (-o), or 0 */
	const char *arg;   /* what the value is, for --help ("FILE"); NULL: a switch */
	const char *help;  /* msgid */
};

/* What the parser hands a subcommand's handler. */
struct cmd_args {
	const struct cmd_entry *cmd;
	const struct cmd_sub *sub;
	int argc;            /* the words that are not options, the subcommand's word left out */
	char **argv;
	const char **values; /* one per option of sub: the last value given; "" for a switch given */
};

struct cmd_sub {
	const char *word;   /* "list" in recall list; NULL: the command's only form, or the
	                     * one taken when the first word is no subcommand (holidays 2027) */
	const char *usage;  /* the words after "gspdesk COMMAND [WORD]": syntax, not translated;
	                     * a line each for the forms it takes, as show's two */
	const struct cmd_option *options; /* ends with a NULL name; NULL: no options */
	int (*exec)(struct cli *c, const struct cmd_args *a);
};

struct cmd_entry {
	const char *name;
	const char *summary;           /* msgid */
	const struct cmd_sub *subs;   /* ends with a NULL exec */
};

/* The value of the subcommand's option name, NULL when not given. Asking for an
 * option the subcommand does not declare is a programming error: it aborts. */
const char *cmd_value(const struct cmd_args *a, const char *name);
/* Whether the subcommand's switch name was given. */
bool cmd_flag(const struct cmd_args *a, const char *name);

/* the commands, in --help's order (cli.c holds the table) */
extern const struct cmd_entry cmd_init_entry, cmd_settings_entry, cmd_user_entry,
	cmd_forms_entry, cmd_add_entry, cmd_edit_entry, cmd_void_entry, cmd_list_entry,
	cmd_show_entry, cmd_trace_entry, cmd_stock_entry, cmd_due_entry, cmd_recall_entry,
	cmd_import_entry,
	cmd_export_entry, cmd_check_entry, cmd_backup_entry, cmd_restore_entry,
	cmd_deadlines_entry, cmd_holidays_entry, cmd_report_entry, cmd_print_entry,
	cmd_retention_entry;

/* check's exit status when it finds a problem: the check itself ran (a
 * database error is 4), so cron can tell the two apart. */
#define CLI_CHECK_FINDINGS 5
struct check_summary;
/* Prints the summary of a check; returns 0 or CLI_CHECK_FINDINGS. */
int cli_check_report(const struct check_summary *sum);

/* Helpers shared by commands. */
const struct form *cli_form(const char *command, const char *name, int *rc);
bool cli_parse_id(const char *s, int64_t *id);

#endif
