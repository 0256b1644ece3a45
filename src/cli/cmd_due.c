/* due: what the user's role must act on, soonest first; due done |
 * not-needed | declined KIND KEY --note TEXT handles a row; due --handled
 * lists the handled ones. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/due.h"
#include "core/due_handle.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "base/json.h"
#include "base/strbuf.h"
#include "db/db_due.h"
#include "db/db_report.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *row_record(const struct due_row *r)
{
	struct strbuf b = STRBUF_INIT;
	if (r->id)
		sb_addf(&b, "%s %" PRId64, r->form, r->id);
	else
		sb_add(&b, r->form);
	return sb_steal(&b);
}

static void print_table(const struct due_list *l)
{
	const char *h[] = { _("Time left"), _("Due at"), _("Kind"), _("Key"), _("Customer"),
	                    _("What is due") };
	struct table *t = table_new(6, h);
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		char left[32];
		due_left_text(r, left);
		char **c = xcalloc(6, sizeof *c);
		c[0] = xstrdup(left);
		c[1] = xstrdup(r->due);
		c[2] = xstrdup(_(due_source_find(r->kind)->label));
		c[3] = xstrdup(r->key);
		c[4] = xstrdup(r->customer ? r->customer : "");
		c[5] = xstrdup(r->what);
		table_add(t, c);
	}
	table_print(t, stdout);
	table_free(t);
}

/* days_left and hours_left are whole units toward zero, negative when
 * late; the columns after what came later, so they come last. */
static void print_csv(const struct due_list *l)
{
	static const char *const head[] = { "kind", "form", "id", "due", "days_left",
	                                    "hours_left", "what", "key", "customer", "record" };
	csv_write_row(stdout, head, 10, 0);
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		char id[24], days[24], hours[24];
		snprintf(id, sizeof id, "%" PRId64, r->id);
		snprintf(days, sizeof days, "%" PRId64, r->left_min / 1440);
		snprintf(hours, sizeof hours, "%" PRId64, r->left_min / 60);
		char *rec = row_record(r);
		const char *c[] = { r->kind, r->form, id, r->due, days, hours, r->what, r->key,
		                    r->customer ? r->customer : "", rec };
		csv_write_row(stdout, c, 10, 0);
		free(rec);
	}
}

static void json_field(struct strbuf *b, const char *name, const char *value)
{
	sb_addf(b, ",\"%s\":", name);
	if (value)
		json_quote(b, value);
	else
		sb_add(b, "null");
}

static void print_json(const struct due_list *l)
{
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "[");
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		sb_add(&b, i ? ",\n{\"kind\":" : "\n{\"kind\":");
		json_quote(&b, r->kind);
		json_field(&b, "form", r->form);
		sb_addf(&b, ",\"id\":%" PRId64, r->id);
		json_field(&b, "key", r->key);
		json_field(&b, "due", r->due);
		sb_addf(&b, ",\"days_left\":%" PRId64 ",\"hours_left\":%" PRId64,
		        r->left_min / 1440, r->left_min / 60);
		json_field(&b, "customer", r->customer);
		json_field(&b, "what", r->what);
		sb_addc(&b, '}');
		if (b.len > 1 << 16) { /* a long list is written as it goes */
			fputs(sb_str(&b), stdout);
			sb_reset(&b);
		}
	}
	sb_add(&b, l->n ? "\n]\n" : "]\n");
	fputs(sb_str(&b), stdout);
	sb_free(&b);
}

struct handled_out {
	enum out_format format;
	struct table *t;
};

static int handled_row(void *ud, const struct due_handled *h)
{
	struct handled_out *o = ud;
	const char *c[] = { h->kind, h->key, h->outcome, h->note, h->by, h->at };
	if (o->format == OUT_CSV) {
		csv_write_row(stdout, c, 6, 0);
		return 0;
	}
	char **cells = xcalloc(6, sizeof *cells);
	for (int i = 0; i < 6; i++)
		cells[i] = xstrdup(c[i] ? c[i] : "");
	table_add(o->t, cells);
	return 0;
}

static int list_handled(struct cli *c, enum out_format format, struct gerr *err)
{
	static const char *const head[] = { "kind", "key", "outcome", "note", "by", "at" };
	const char *h[] = { _("Kind"), _("Key"), _("Outcome"), _("Handling note"), _("By"), _("At") };
	struct handled_out o = { format, NULL };
	if (format == OUT_CSV)
		csv_write_row(stdout, head, 6, 0);
	else
		o.t = table_new(6, h);
	int rc = db_due_handled(c->s.db, handled_row, &o, err);
	if (o.t && rc == GERR_OK)
		table_print(o.t, stdout);
	if (o.t)
		table_free(o.t);
	return rc;
}

/* due done|not-needed|declined KIND KEY --note TEXT */
static int handle(struct cli *c, const char *outcome, const struct cmd_args *a)
{
	const char *note = cmd_value(a, "note");
	if (a->argc != 2)
		return cli_usage("due", _("%s takes the KIND and the KEY of a due row"), a->sub->word);
	if (!note || !*note)
		return cli_usage("due", _("--note is required: say what was done, or why not"));
	struct gerr err = { 0 };
	int64_t id;
	int rc;
	if ((rc = cli_login(c, &err)) ||
	    (rc = due_handle(&c->s, a->argv[0], a->argv[1], outcome, note, &id, &err)))
		return cli_fail(&err);
	printf("%" PRId64 "\n", id);
	return 0;
}

static int done_exec(struct cli *c, const struct cmd_args *a)
{
	return handle(c, "done", a);
}

static int not_needed_exec(struct cli *c, const struct cmd_args *a)
{
	return handle(c, "not_needed", a);
}

static int declined_exec(struct cli *c, const struct cmd_args *a)
{
	return handle(c, "declined", a);
}

static int parse_days(const char *opt, const char *arg, int *out)
{
	int64_t v = 0;
	if (strcmp(arg, "0") != 0 && (!cli_parse_id(arg, &v) || v > DUE_MAX_DAYS))
		return cli_usage("due", _("%s takes a number of days from 0 to %d, not \"%s\""), opt,
		                 DUE_MAX_DAYS, arg);
	*out = (int)v;
	return 0;
}

static int due_exec(struct cli *c, const struct cmd_args *a)
{
	struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1 };
	bool handled = cmd_flag(a, "handled");
	enum out_format format = OUT_TABLE;
	const char *days = cmd_value(a, "days"), *window = cmd_value(a, "window"),
	           *kind = cmd_value(a, "kind"), *f = cmd_value(a, "format");
	int rc;
	if (days && (rc = parse_days("--days", days, &q.days)))
		return rc;
	if (window && (rc = parse_days("--window", window, &q.window)))
		return rc;
	if (kind && !due_source_find(kind))
		return cli_usage("due", _("--kind takes a kind of due row, not \"%s\""), kind);
	q.kind = kind;
	if (f && !out_format_parse(f, &format))
		return cli_usage("due", _("--format takes table, csv or json, not \"%s\""), f);
	if (a->argc)
		return cli_usage("due", _("unexpected word \"%s\""), a->argv[0]);
	if (handled && format == OUT_JSON)
		return cli_usage("due", _("--handled is listed as a table or csv"));
	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	if (handled)
		return list_handled(c, format, &err) ? cli_fail(&err) : 0;
	/* read once and printed: a report's small cache, not a screen's 32 MB
	 * (a decade's expiry window is tens of thousands of scattered lines) */
	struct due_list l;
	if ((rc = db_report_frugal(c->s.db, true, &err)) || (rc = due_collect(&c->s, &q, &l, &err)))
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
	{ "window", 0, "N", N_("the sales ledger's window: expiries more than N days past are no longer acted on (else the setting due_window_days)") },
	{ "kind", 0, "KIND", N_("only the rows of this kind") },
	{ "handled", 0, NULL, N_("list the rows handled, with who, when and the note") },
	{ "format", 0, "table|csv|json", N_("print a table (the default), CSV or JSON") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option handle_options[] = {
	{ "note", 0, "TEXT", N_("what was done, or why not") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_due_entry = {
	.name = "due",
	.summary = N_("what your role must act on, soonest first; handle a row"),
	.subs = (const struct cmd_sub[]){
		{ "done", "KIND KEY --note TEXT", handle_options, done_exec },
		{ "not-needed", "KIND KEY --note TEXT", handle_options, not_needed_exec },
		{ "declined", "KIND KEY --note TEXT", handle_options, declined_exec },
		{ NULL, "[--days N] [--window N] [--kind KIND] [--format table|csv|json]\n"
		        "--handled [--format table|csv]",
		  due_options, due_exec },
		{ 0 },
	},
};
