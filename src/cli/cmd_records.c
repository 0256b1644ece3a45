/* add, edit and void: words in, the core's records_* do the work. */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "core/lines.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "core/udi.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Options shared by edit and void. */
struct change_opts {
	const char *reason;
	int64_t expect_version;
};

static int parse_change_opts(const char *command, int argc, char **argv, struct change_opts *o)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ "expect-version", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt == 'r') {
			o->reason = optarg;
		} else if (opt == 'e') {
			if (!cli_parse_id(optarg, &o->expect_version))
				return cli_usage(command, _("--expect-version takes a version number, not \"%s\""), optarg);
		} else {
			return cli_usage(command, _("unknown option %s"), argv[optind - 1]);
		}
	}
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

int cmd_add(struct cli *c, int argc, char **argv)
{
	/* --reason: why a rule that gives way to one is overridden (core/sales.h) */
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *reason = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (opt != 'r')
			return cli_usage("add", _("unknown option %s"), argv[optind - 1]);
		reason = optarg;
	}
	argc -= optind - 1;
	argv += optind - 1;
	int rc = GERR_OK;
	const struct form *form = cli_form("add", argc >= 2 ? argv[1] : NULL, &rc);
	if (!form)
		return rc;
	struct gerr err = { 0 };
	struct assign *a = parse_assigns(argc - 2, argv + 2, &err);
	if (!a)
		return cli_fail(&err);
	int64_t id = 0;
	struct line_edit *lines = NULL;
	int n = 0, nlines = 0;
	struct udi_unit u = { 0 }; /* udi=CODE: the fields a scanned UDI gives */
	if ((rc = lines_split(form, a, argc - 2, &n, &lines, &nlines, &err)) == GERR_OK &&
	    (rc = cli_login(c, &err)) == GERR_OK &&
	    (rc = udi_expand(&c->s, form, a, n, &u, &err)) == GERR_OK) {
		c->s.override_reason = reason; /* the login opened the session afresh */
		if ((rc = lines_add(&c->s, form, u.a, u.n, lines, nlines, &id, &err)) == GERR_OK)
			printf("%" PRId64 "\n", id);
	}
	udi_free(&u);
	lines_free(lines, nlines);
	free(a);
	return rc ? cli_fail(&err) : 0;
}

int cmd_edit(struct cli *c, int argc, char **argv)
{
	struct change_opts o = { 0 };
	int rc = parse_change_opts("edit", argc, argv, &o);
	if (rc)
		return rc;
	char **words = argv + optind;
	int nwords = argc - optind;
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
		c->s.override_reason = o.reason; /* the quality manager's reason gives a rule way */
		rc = lines_edit(&c->s, form, id, a, n, lines, nlines, o.reason, o.expect_version, &err);
	}
	lines_free(lines, nlines);
	free(a);
	return rc ? cli_fail(&err) : 0;
}

int cmd_void(struct cli *c, int argc, char **argv)
{
	struct change_opts o = { 0 };
	int rc = parse_change_opts("void", argc, argv, &o);
	if (rc)
		return rc;
	char **words = argv + optind;
	int nwords = argc - optind;
	const struct form *form = cli_form("void", nwords >= 1 ? words[0] : NULL, &rc);
	if (!form)
		return rc;
	int64_t id;
	if (nwords != 2 || !cli_parse_id(words[1], &id))
		return cli_usage("void", "%s", _("Give the form and the record's id."));
	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)) == GERR_OK)
		rc = lines_void(&c->s, form, id, o.reason, o.expect_version, &err);
	return rc ? cli_fail(&err) : 0;
}
