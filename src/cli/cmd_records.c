/* add, edit and void: words in, the core's records_* do the work. */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "core/lines.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "core/udi.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --expect-version of edit and void: 0 when not given */
static int expect_version(const struct cmd_args *a, int64_t *version)
{
	const char *v = cmd_value(a, "expect-version");
	*version = 0;
	if (v && !cli_parse_id(v, version))
		return cli_usage(a->cmd->name, _("--expect-version takes a version number, not \"%s\""), v);
	return GERR_OK;
}

static struct assign *parse_assigns(int n, char **words, struct gerr *err)
{
	struct assign *a = xcalloc((size_t)n, sizeof *a);
	for (int i = 0; i < n; i++) {
		if (assign_parse(words[i], &a[i], err) != GERR_OK) {
			free(a);
			return NULL;
		}
	}
	return a;
}

static int add_exec(struct cli *c, const struct cmd_args *args)
{
	int rc = GERR_OK;
	const struct form *form = cli_form("add", args->argc >= 1 ? args->argv[0] : NULL, &rc);
	if (!form)
		return rc;
	int nwords = args->argc - 1;
	struct gerr err = { 0 };
	struct assign *a = parse_assigns(nwords, args->argv + 1, &err);
	if (!a)
		return cli_fail(&err);
	int64_t id = 0;
	struct line_edit *lines = NULL;
	int n = 0, nlines = 0;
	struct udi_unit u = { 0 }; /* udi=CODE: the fields a scanned UDI gives */
	if ((rc = lines_split(form, a, nwords, &n, &lines, &nlines, &err)) == GERR_OK &&
	    (rc = cli_login(c, &err)) == GERR_OK &&
	    (rc = udi_expand(&c->s, form, a, n, &u, &err)) == GERR_OK) {
		/* why a rule that gives way to one is overridden (core/sales.h);
		 * set after the login, which opened the session afresh */
		c->s.override_reason = cmd_value(args, "reason");
		if ((rc = lines_add(&c->s, form, u.a, u.n, lines, nlines, &id, &err)) == GERR_OK)
			printf("%" PRId64 "\n", id);
	}
	udi_free(&u);
	lines_free(lines, nlines);
	free(a);
	return rc ? cli_fail(&err) : 0;
}

static int edit_exec(struct cli *c, const struct cmd_args *args)
{
	int64_t version;
	int rc = expect_version(args, &version);
	if (rc)
		return rc;
	char **words = args->argv;
	int nwords = args->argc;
	const struct form *form = cli_form("edit", nwords >= 1 ? words[0] : NULL, &rc);
	if (!form)
		return rc;
	int64_t id;
	if (nwords < 2 || !cli_parse_id(words[1], &id))
		return cli_usage("edit", "%s", _("Give the record's id after the form."));
	struct gerr err = { 0 };
	struct assign *a = parse_assigns(nwords - 2, words + 2, &err);
	if (!a)
		return cli_fail(&err);
	struct line_edit *lines = NULL;
	int n = 0, nlines = 0;
	if ((rc = lines_split(form, a, nwords - 2, &n, &lines, &nlines, &err)) == GERR_OK &&
	    (rc = cli_login(c, &err)) == GERR_OK) {
		/* the quality manager's reason gives a rule way */
		c->s.override_reason = cmd_value(args, "reason");
		rc = lines_edit(&c->s, form, id, a, n, lines, nlines, cmd_value(args, "reason"), version,
		                &err);
	}
	lines_free(lines, nlines);
	free(a);
	return rc ? cli_fail(&err) : 0;
}

static int void_exec(struct cli *c, const struct cmd_args *args)
{
	int64_t version;
	int rc = expect_version(args, &version);
	if (rc)
		return rc;
	char **words = args->argv;
	int nwords = args->argc;
	const struct form *form = cli_form("void", nwords >= 1 ? words[0] : NULL, &rc);
	if (!form)
		return rc;
	int64_t id;
	if (nwords != 2 || !cli_parse_id(words[1], &id))
		return cli_usage("void", "%s", _("Give the form and the record's id."));
	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)) == GERR_OK)
		rc = lines_void(&c->s, form, id, cmd_value(args, "reason"), version, &err);
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option add_options[] = {
	{ "reason", 0, "TEXT", N_("why a rule that gives way to a reason is overridden (another expiry date for a batch)") },
	{ NULL, 0, NULL, NULL },
};

/* edit and void */
static const struct cmd_option change_options[] = {
	{ "reason", 0, "TEXT", N_("why, for the audit trail (required)") },
	{ "expect-version", 0, "N", N_("only if the record is still at version N (as show prints it)") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_add_entry = {
	.name = "add",
	.summary = N_("add a record; prints its id"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--reason TEXT] FORM FIELD=VALUE ...", add_options, add_exec },
		{ 0 },
	},
};

const struct cmd_entry cmd_edit_entry = {
	.name = "edit",
	.summary = N_("change a record, saying why"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM ID FIELD=VALUE ... --reason TEXT [--expect-version N]", change_options, edit_exec },
		{ 0 },
	},
};

const struct cmd_entry cmd_void_entry = {
	.name = "void",
	.summary = N_("void a record, saying why; nothing is ever deleted"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM ID --reason TEXT [--expect-version N]", change_options, void_exec },
		{ 0 },
	},
};
