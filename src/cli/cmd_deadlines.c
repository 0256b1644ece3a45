/* deadlines: the open after-sales promises (repairs, adverse-event
 * reports) with the time left, the most urgent first. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "base/json.h"
#include "core/service.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

struct dl_ctx {
	enum out_format format;
	struct table *table;
	int rows;
};

static const char *state_code(enum deadline_state st)
{
	return st == DL_MISSED ? "missed" : st == DL_WARNING ? "warning" : "open";
}

static const char *state_label(enum deadline_state st)
{
	return st == DL_MISSED ? _("overdue") : st == DL_WARNING ? _("warning") : _("in time");
}

static int emit(void *ud, const struct service_deadline *d)
{
	struct dl_ctx *l = ud;
	char id[24], left[48];
	snprintf(id, sizeof id, "%" PRId64, d->id);
	if (l->format == OUT_TABLE) {
		char span[40];
		svc_duration_format(d->minutes_left, span);
		snprintf(left, sizeof left, "%s%s", d->minutes_left < 0 ? "-" : "", span);
		char **cells = xcalloc(7, sizeof *cells);
		cells[0] = xstrdup(_(d->kind));
		cells[1] = xstrdup(id);
		cells[2] = xstrdup(_(d->what));
		cells[3] = xstrdup(d->due_at);
		cells[4] = xstrdup(left);
		cells[5] = xstrdup(state_label(d->state));
		table_add(l->table, cells);
	} else if (l->format == OUT_CSV) {
		snprintf(left, sizeof left, "%" PRId64, d->minutes_left);
		const char *cells[] = { d->form, id, d->what, d->due_at, left, state_code(d->state) };
		csv_write_row(stdout, cells, 6, 0);
	} else {
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, "%s{\"form\":", l->rows ? ",\n" : "");
		json_quote(&b, d->form);
		sb_addf(&b, ",\"id\":%s,\"what\":", id);
		json_quote(&b, d->what);
		sb_add(&b, ",\"due_at\":");
		json_quote(&b, d->due_at);
		sb_addf(&b, ",\"minutes_left\":%" PRId64 ",\"state\":\"%s\"}", d->minutes_left,
		        state_code(d->state));
		fputs(sb_str(&b), stdout);
		sb_free(&b);
	}
	l->rows++;
	return 0;
}

static int deadlines_exec(struct cli *c, const struct cmd_args *a)
{
	struct dl_ctx l = { .format = OUT_TABLE };
	const char *f = cmd_value(a, "format");
	if (f && !out_format_parse(f, &l.format))
		return cli_usage("deadlines", _("--format takes table, csv or json, not \"%s\""), f);
	if (a->argc)
		return cli_usage("deadlines", NULL);
	struct gerr err = { 0 };
	int rc = cli_login(c, &err);
	if (rc)
		return cli_fail(&err);
	if (l.format == OUT_TABLE) {
		const char *headers[] = { _("Kind"), "ID", _("What is due"), _("Due at"),
		                          _("Time left"), _("State") };
		l.table = table_new(6, headers);
	} else if (l.format == OUT_CSV) {
		const char *headers[] = { "form", "id", "what", "due_at", "minutes_left", "state" };
		csv_write_row(stdout, headers, 6, 0);
	} else {
		fputs("[", stdout);
	}
	rc = service_due_rows(&c->s, NULL, emit, &l, &err);
	if (l.format == OUT_TABLE) {
		if (rc == GERR_OK)
			table_print(l.table, stdout);
		table_free(l.table);
	} else if (l.format == OUT_JSON) {
		fputs("]\n", stdout);
	}
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option deadlines_options[] = {
	{ "format", 0, "table|csv|json", N_("print a table (the default), CSV or JSON") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_deadlines_entry = {
	.name = "deadlines",
	.summary = N_("list the open after-sales deadlines, the most urgent first"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--format table|csv|json]", deadlines_options, deadlines_exec },
		{ 0 },
	},
};
