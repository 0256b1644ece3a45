/* retention: which records are past their keeping date (may be archived)
 * and which must be kept, by the rules of core/retention.h. Nothing is
 * deleted, ever: the command says so. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/retention.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct listing {
	struct cli *c;
	const struct form *form;
	bool all;
	enum out_format format;
	struct table *table;
	long past, kept, forever, listed;
};

static int row(void *ud, const struct retention *r)
{
	struct listing *l = ud;
	bool past = retention_past(r, l->c->s.today);
	l->past += past;
	l->kept += !past;
	l->forever += r->basis == RETAIN_FOREVER;
	if (!past && !l->all)
		return 0;
	l->listed++;
	char id[24], rule[160];
	snprintf(id, sizeof id, "%" PRId64, r->id);
	retention_text(r, rule, sizeof rule);
	char state[96];
	snprintf(state, sizeof state, "%s%s%s", past ? _("may be archived") : _("keep"),
	         r->voided ? ", " : "", r->voided ? _("void") : "");
	if (l->format == OUT_CSV) {
		static const char *const basis[] = { "forever", "expiry", "years" };
		const char *c[] = { l->form->name, id, r->voided ? "1" : "0", r->day, r->expiry,
			            r->until, basis[r->basis], past ? "archive" : "keep" };
		csv_write_row(stdout, c, 8, 0);
		return 0;
	}
	char **c = xcalloc(5, sizeof *c);
	c[0] = xstrdup(l->form->name);
	c[1] = xstrdup(id);
	c[2] = xstrdup(r->day);
	c[3] = xstrdup(rule);
	c[4] = xstrdup(state);
	table_add(l->table, c);
	return 0;
}

static int retention_exec(struct cli *c, const struct cmd_args *a)
{
	struct listing l = { .c = c, .format = OUT_TABLE, .all = cmd_flag(a, "all") };
	const char *format = cmd_value(a, "format");
	if (format && !(out_format_parse(format, &l.format) && l.format != OUT_JSON))
		return cli_usage("retention", _("--format takes table or csv, not \"%s\""), format);
	const struct form *only = NULL;
	int rc = GERR_OK;
	if (a->argc && !(only = cli_form("retention", a->argv[0], &rc)))
		return rc;
	if (only && !retention_applies(only))
		return cli_usage("retention", _("%s has no keeping date: its entries are kept while records name them."),
		                 only->name);
	if (a->argc > 1)
		return cli_usage("retention", _("unexpected word \"%s\""), a->argv[1]);
	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	const char *h[] = { _("Form"), _("ID"), _("Date"), _("Keep until"), _("State") };
	static const char *const head[] = { "form", "id", "voided", "date", "expiry", "keep_until",
		                            "basis", "state" };
	if (l.format == OUT_CSV)
		csv_write_row(stdout, head, 8, 0);
	else
		l.table = table_new(5, h);
	int n;
	const struct form *const *forms = forms_all(&n);
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		l.form = forms[i];
		if ((!only || only == forms[i]) && retention_applies(forms[i]))
			rc = retention_scan(&c->s, forms[i], row, &l, &err);
	}
	if (l.table) {
		if (rc == GERR_OK) {
			if (l.listed)
				table_print(l.table, stdout);
			printf(_("%ld records may be archived; %ld must be kept (%ld of them for ever)."
			         " Nothing is ever deleted: archive a copy with gspdesk export, the"
			         " records stay.\n"),
			       l.past, l.kept, l.forever);
		}
		table_free(l.table);
	}
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option retention_options[] = {
	{ "all", 0, NULL, N_("list the records to keep too, not only those that may be archived") },
	{ "format", 0, "table|csv", N_("how to print the list") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_retention_entry = {
	.name = "retention",
	.summary = N_("list the records past their keeping date (保存期限), which may be archived; nothing is deleted"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[FORM] [--all] [--format table|csv]", retention_options, retention_exec },
		{ 0 },
	},
};
