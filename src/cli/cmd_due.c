/* due: the one list of everything that needs action, soonest first. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/due.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "base/json.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DAYS 3650

static char *record_text(const struct due_row *r)
{
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "%s %" PRId64, r->form, r->id);
	return sb_steal(&b);
}

static void print_table(const struct due_list *l)
{
	const char *h[] = { _("Time left"), _("Due"), _("Kind"), _("Record"), _("What is due") };
	struct table *t = table_new(5, h);
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		char left[32];
		due_left_text(r, left);
		char **c = xcalloc(5, sizeof *c);
		c[0] = xstrdup(left);
		c[1] = xstrdup(r->due);
		c[2] = xstrdup(_(due_source_find(r->kind)->label));
		c[3] = record_text(r);
		c[4] = xstrdup(r->what);
		table_add(t, c);
	}
	table_print(t, stdout);
	table_free(t);
}

/* days_left and hours_left are whole units toward zero, negative when late. */
static void print_csv(const struct due_list *l)
{
	static const char *const head[] = { "kind", "form", "id", "due", "days_left",
	                                    "hours_left", "what" };
	csv_write_row(stdout, head, 7, 0);
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		char id[24], days[24], hours[24];
		snprintf(id, sizeof id, "%" PRId64, r->id);
		snprintf(days, sizeof days, "%" PRId64, r->left_min / 1440);
		snprintf(hours, sizeof hours, "%" PRId64, r->left_min / 60);
		const char *c[] = { r->kind, r->form, id, r->due, days, hours, r->what };
		csv_write_row(stdout, c, 7, 0);
	}
}

static void print_json(const struct due_list *l)
{
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "[");
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		sb_add(&b, i ? ",\n{\"kind\":" : "\n{\"kind\":");
		json_quote(&b, r->kind);
		sb_add(&b, ",\"form\":");
		json_quote(&b, r->form);
		sb_addf(&b, ",\"id\":%" PRId64 ",\"due\":", r->id);
		json_quote(&b, r->due);
		sb_addf(&b, ",\"days_left\":%" PRId64 ",\"hours_left\":%" PRId64 ",\"what\":",
		        r->left_min / 1440, r->left_min / 60);
		json_quote(&b, r->what);
		sb_addc(&b, '}');
	}
	sb_add(&b, l->n ? "\n]\n" : "]\n");
	fputs(sb_str(&b), stdout);
	sb_free(&b);
}

static int due_exec(struct cli *c, const struct cmd_args *a)
{
	int64_t days = 30;
	enum out_format format = OUT_TABLE;
	const char *d = cmd_value(a, "days"), *f = cmd_value(a, "format");
	if (d && strcmp(d, "0") == 0)
		days = 0;
	else if (d && (!cli_parse_id(d, &days) || days > MAX_DAYS))
		return cli_usage("due", _("--days takes a number of days from 0 to %d, not \"%s\""),
		                 MAX_DAYS, d);
	if (f && !out_format_parse(f, &format))
		return cli_usage("due", _("--format takes table, csv or json, not \"%s\""), f);
	if (a->argc)
		return cli_usage("due", _("unexpected word \"%s\""), a->argv[0]);
	struct gerr err = { 0 };
	struct due_list l;
	int rc;
	if ((rc = cli_login(c, &err)) || (rc = due_collect(&c->s, (int)days, &l, &err)))
		return cli_fail(&err);
	if (format == OUT_CSV)
		print_csv(&l);
	else if (format == OUT_JSON)
		print_json(&l);
	else
		print_table(&l);
	due_list_free(&l);
	return 0;
}

static const struct cmd_option due_options[] = {
	{ "days", 0, "N", N_("what falls due within N days (0 to 3650, else 30), and all that is late") },
	{ "format", 0, "table|csv|json", N_("print a table (the default), CSV or JSON") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_due_entry = {
	.name = "due",
	.summary = N_("everything that needs action, soonest first"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--days N] [--format table|csv|json]", due_options, due_exec },
		{ 0 },
	},
};
