/* The command line: `gspdesk [global options] COMMAND ...`. Commands parse
 * their words and print; the work itself is the core's. */
#ifndef GSPDESK_CLI_H
#define GSPDESK_CLI_H

#include <stdbool.h>

#include "core/session.h"

struct cli {
	const char *db_option;   /* --db */
	const char *user_option; /* --user */
	char *db_path;
	struct session s;
	bool open;
};

int cli_main(int argc, char **argv);

/* Opens the database and logs in as --user / $GSPDESK_USER with
 * $GSPDESK_PASSWORD or a password asked on the terminal. */
int cli_login(struct cli *c, struct gerr *err);
/* Opens (creating when asked) without logging in: `init` only. */
int cli_open(struct cli *c, enum db_open_mode mode, struct gerr *err);

/* Prints err's message on stderr and returns its code. */
int cli_fail(const struct gerr *err);
/* Usage error for a command: prints the message and the command's usage. */
int cli_usage(const char *command, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A password from the environment variable, else asked on /dev/tty
 * (twice when confirm). Malloc'd; NULL with err set. */
char *cli_password(const char *env, const char *prompt, bool confirm, struct gerr *err);

/* commands (cmd_*.c) */
int cmd_init(struct cli *c, int argc, char **argv);
int cmd_settings(struct cli *c, int argc, char **argv);
int cmd_user(struct cli *c, int argc, char **argv);
int cmd_forms(struct cli *c, int argc, char **argv);
int cmd_add(struct cli *c, int argc, char **argv);
int cmd_edit(struct cli *c, int argc, char **argv);
int cmd_void(struct cli *c, int argc, char **argv);
int cmd_show(struct cli *c, int argc, char **argv);
int cmd_list(struct cli *c, int argc, char **argv);
int cmd_report(struct cli *c, int argc, char **argv);
int cmd_import(struct cli *c, int argc, char **argv);
int cmd_export(struct cli *c, int argc, char **argv);
int cmd_deadlines(struct cli *c, int argc, char **argv);
int cmd_holidays(struct cli *c, int argc, char **argv);
int cmd_retention(struct cli *c, int argc, char **argv);

int cmd_check(struct cli *c, int argc, char **argv);
int cmd_backup(struct cli *c, int argc, char **argv);
int cmd_restore(struct cli *c, int argc, char **argv);

/* check's exit status when it finds a problem: the check itself ran (a
 * database error is 4), so cron can tell the two apart. */
#define CLI_CHECK_FINDINGS 5
struct check_summary;
/* Prints the summary of a check; returns 0 or CLI_CHECK_FINDINGS. */
int cli_check_report(const struct check_summary *sum);

int cmd_trace(struct cli *c, int argc, char **argv);
int cmd_due(struct cli *c, int argc, char **argv);
int cmd_recall(struct cli *c, int argc, char **argv);

/* Helpers shared by commands. */
const struct form *cli_form(const char *command, const char *name, int *rc);
bool cli_parse_id(const char *s, int64_t *id);

#endif
