/* list and export: records of a form as a table, CSV or JSON, streamed
 * from the same keyset query the screens page with. export is list's CSV
 * written to a file, optionally for Excel (a UTF-8 BOM and CRLF), or the
 * same rows as a workbook (report/export_book.h). */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/complaints.h"
#include "base/csv.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/json.h"
#include "base/outfile.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "report/export_book.h"
#include "db/db.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct list_ctx {
	struct session *s; /* today and the calendar, for the late mark */
	enum out_format format;
	bool all;
	FILE *out;
	bool excel;
	int csv_flags;   /* CSV_CRLF for Excel, CSV_RAW with --raw */
	struct table *table;
	int rows;
};

/* Machine formats carry every field; the table the ones with a list width. */
static bool in_table(const struct field *f)
{
	return f->width > 0;
}

static int emit(void *ud, const struct record *r)
{
	struct list_ctx *l = ud;
	const struct form *form = r->form;
	char idbuf[24];
	snprintf(idbuf, sizeof idbuf, "%" PRId64, r->id);
	if (l->format == OUT_TABLE) {
		char **cells = xcalloc((size_t)form->nfields + 1, sizeof *cells);
		int n = 0;
		const char *late = complaint_marker(l->s, r);
		if (r->voided) /* the id stays visible beside the mark */
			snprintf(idbuf, sizeof idbuf, "%" PRId64 " %s", r->id, _("VOID"));
		else if (late)
			snprintf(idbuf, sizeof idbuf, "%" PRId64 " %s", r->id, late);
		cells[n++] = xstrdup(idbuf);
		for (int i = 0; i < form->nfields; i++)
			if (in_table(&form->fields[i]))
				cells[n++] = field_format(&form->fields[i], &r->v[i], FMT_HUMAN);
		table_add(l->table, cells);
	} else if (l->format == OUT_CSV) {
		const char **cells = xcalloc((size_t)form->nfields + 2, sizeof *cells);
		int n = 0;
		cells[n++] = xstrdup(idbuf);
		for (int i = 0; i < form->nfields; i++)
			cells[n++] = field_format(&form->fields[i], &r->v[i], FMT_MACHINE);
		if (l->all)
			cells[n++] = xstrdup(r->voided ? "yes" : "no");
		csv_write_row(l->out, cells, n, l->csv_flags);
		for (int i = 0; i < n; i++)
			free((char *)cells[i]);
		free(cells);
	} else {
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, "%s{\"id\":%s", l->rows ? ",\n" : "", idbuf);
		for (int i = 0; i < form->nfields; i++) {
			const struct field *f = &form->fields[i];
			sb_addc(&b, ',');
			json_quote(&b, f->name);
			sb_addc(&b, ':');
			out_json_value(&b, f, &r->v[i]);
		}
		if (l->all)
			sb_addf(&b, ",\"voided\":%s", r->voided ? "true" : "false");
		sb_addc(&b, '}');
		fputs(sb_str(&b), l->out);
		sb_free(&b);
	}
	l->rows++;
	return 0;
}

static void start(struct list_ctx *l, const struct form *form)
{
	if (l->format == OUT_TABLE) {
		const char **headers = xcalloc((size_t)form->nfields + 1, sizeof *headers);
		int n = 0;
		headers[n++] = "ID";
		for (int i = 0; i < form->nfields; i++)
			if (in_table(&form->fields[i]))
				headers[n++] = _(form->fields[i].label);
		l->table = table_new(n, headers);
		free(headers);
	} else if (l->format == OUT_CSV) {
		const char **headers = xcalloc((size_t)form->nfields + 2, sizeof *headers);
		int n = 0;
		if (l->excel) /* Excel reads a CSV as the ANSI code page without it */
			fputs("\xEF\xBB\xBF", l->out);
		headers[n++] = "id";
		for (int i = 0; i < form->nfields; i++)
			headers[n++] = form->fields[i].name;
		if (l->all)
			headers[n++] = "voided";
		csv_write_row(l->out, headers, n, l->csv_flags);
		free(headers);
	} else {
		fputs("[", l->out);
	}
}

static void finish(struct list_ctx *l)
{
	if (l->format == OUT_TABLE) {
		table_print(l->table, l->out);
		table_free(l->table);
	} else if (l->format == OUT_JSON) {
		fputs(l->rows ? "\n]\n" : "]\n", l->out);
	}
}

/* Normalises a --since/--until date into out; GERR_USAGE when malformed. */
static int option_date(const char *cmd, const char *opt, const char *s, char out[11])
{
	struct ymd d;
	if (date_parse(s, &d) != DATE_OK)
		return cli_usage(cmd, _("%s takes a date such as 2025-03-05, not \"%s\""), opt, s);
	date_format(&d, out);
	return GERR_OK;
}

/* The rows of q to l->out in l's format. */
static int print_rows(struct cli *c, struct list_ctx *l, const struct list_query *q,
                      struct gerr *err)
{
	start(l, q->form);
	int rc = records_list(&c->s, q, emit, l, err);
	finish(l);
	return rc;
}

/* The CSV export to a file: written whole beside it, then renamed into
 * place (base/outfile.h). */
static int export_csv(struct cli *c, struct list_ctx *l, const struct list_query *q,
                      const char *output, bool force, struct gerr *err)
{
	struct outfile o;
	int rc = outfile_begin(&o, output, force, db_path(c->s.db), err);
	if (rc)
		return rc;
	if (!(l->out = outfile_stream(&o, err))) {
		outfile_abort(&o);
		return GERR_INPUT;
	}
	rc = print_rows(c, l, q, err);
	bool failed = ferror(l->out) != 0;
	if ((fclose(l->out) != 0 || failed) && rc == GERR_OK)
		rc = outfile_failed(output, errno, err);
	l->out = stdout;
	if (rc == GERR_OK)
		return outfile_commit(&o, force, err);
	outfile_abort(&o);
	return rc;
}

/* What list and export both read first: the --since/--until period. */
static int read_period(const struct cmd_args *a, struct list_query *q, char since[11],
                       char until[11])
{
	const char *cmd = a->cmd->name, *s;
	int rc;
	if ((s = cmd_value(a, "since"))) {
		if ((rc = option_date(cmd, "--since", s, since)))
			return rc;
		q->since = since;
	}
	if ((s = cmd_value(a, "until"))) {
		if ((rc = option_date(cmd, "--until", s, until)))
			return rc;
		q->until = until;
	}
	return GERR_OK;
}

/* The form named first, which must have a date when a period is given;
 * its records in the order of that date, else of their ids. */
static int read_form(const struct cmd_args *a, struct list_query *q)
{
	const char *cmd = a->cmd->name;
	int rc = GERR_OK;
	if (!(q->form = cli_form(cmd, a->argc >= 1 ? a->argv[0] : NULL, &rc)))
		return rc;
	if ((q->since || q->until) && !q->form->date_field)
		return cli_usage(cmd, _("%s has no date to filter on."), q->form->name);
	if (q->form->date_field)
		q->sort = form_field(q->form, q->form->date_field);
	return GERR_OK;
}

/* Logs in, then reads the FIELD=VALUE words after the form into
 * q->filters (values parsed as the field's type need the session); free
 * them with free_filters whatever this returns. */
static int read_filters(struct cli *c, const struct cmd_args *a, struct list_query *q,
                        struct gerr *err)
{
	int rc = cli_login(c, err);
	if (rc)
		return rc;
	int n = a->argc - 1;
	struct list_filter *filters = xcalloc((size_t)(n > 0 ? n : 1), sizeof *filters);
	for (int i = 0; i < n; i++)
		filters[i].value.null = true;
	q->filters = filters;
	q->nfilters = n;
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		struct assign f;
		if ((rc = assign_parse(a->argv[1 + i], &f, err)))
			break;
		if (!(filters[i].field = form_field(q->form, f.field)))
			return gerr_set(err, GERR_USAGE, f.field,
			                _("%s has no field \"%s\". See: gspdesk forms %s"), q->form->name,
			                f.field, q->form->name);
		rc = records_parse_value(&c->s, filters[i].field, f.value, &filters[i].value, err);
	}
	return rc;
}

static void free_filters(struct list_query *q)
{
	struct list_filter *filters = (struct list_filter *)q->filters;
	for (int i = 0; i < q->nfilters; i++)
		value_clear(&filters[i].value);
	free(filters);
}

static int list_exec(struct cli *c, const struct cmd_args *a)
{
	const char *cmd = a->cmd->name, *s;
	struct list_ctx l = { .s = &c->s, .format = OUT_TABLE, .out = stdout };
	struct list_query q = { 0 };
	char since[11], until[11];
	int rc = read_period(a, &q, since, until);
	if (rc)
		return rc;
	if ((s = cmd_value(a, "format")) && !out_format_parse(s, &l.format))
		return cli_usage(cmd, _("--format takes table, csv or json, not \"%s\""), s);
	int64_t limit = 0;
	if ((s = cmd_value(a, "limit"))) {
		if (!cli_parse_id(s, &limit) || limit > 1000000000)
			return cli_usage(cmd, _("--limit takes a number above zero, not \"%s\""), s);
		q.limit = (int)limit;
	}
	l.all = q.include_voided = cmd_flag(a, "all");
	q.search = cmd_value(a, "search");
	q.descending = cmd_flag(a, "desc");
	bool raw = cmd_flag(a, "raw");
	if (raw && l.format != OUT_CSV)
		return cli_usage(cmd, "%s", _("--raw goes with CSV only."));
	l.csv_flags = raw ? CSV_RAW : 0;
	if ((rc = read_form(a, &q)))
		return rc;
	const char *sort = cmd_value(a, "sort");
	if (sort && !(q.sort = form_field(q.form, sort)))
		return cli_usage(cmd, _("%s has no field \"%s\" to sort by."), q.form->name, sort);

	struct gerr err = { 0 };
	if ((rc = read_filters(c, a, &q, &err)) == GERR_OK)
		rc = print_rows(c, &l, &q, &err);
	free_filters(&q);
	return rc ? cli_fail(&err) : 0;
}

static int export_exec(struct cli *c, const struct cmd_args *a)
{
	const char *cmd = a->cmd->name, *s;
	struct list_ctx l = { .s = &c->s, .format = OUT_CSV, .out = stdout };
	struct list_query q = { 0 };
	char since[11], until[11];
	int rc = read_period(a, &q, since, until);
	if (rc)
		return rc;
	bool xlsx = false;
	if ((s = cmd_value(a, "format"))) {
		if (strcmp(s, "csv") != 0 && strcmp(s, "xlsx") != 0)
			return cli_usage(cmd, _("--format takes csv or xlsx, not \"%s\""), s);
		xlsx = strcmp(s, "xlsx") == 0;
	}
	const char *output = cmd_value(a, "output");
	bool force = cmd_flag(a, "force"), raw = cmd_flag(a, "raw");
	l.excel = cmd_flag(a, "excel");
	if (xlsx && (!output || l.excel))
		return cli_usage(cmd, "%s", _("--format xlsx takes -o FILE.xlsx, and no --excel."));
	if (force && !output)
		return cli_usage(cmd, "%s", _("--force goes with -o FILE."));
	if (raw && xlsx)
		return cli_usage(cmd, "%s", _("--raw goes with CSV only."));
	l.csv_flags = (l.excel ? CSV_CRLF : 0) | (raw ? CSV_RAW : 0);
	if ((rc = read_form(a, &q)))
		return rc;

	struct gerr err = { 0 };
	rc = read_filters(c, a, &q, &err);
	if (rc == GERR_OK && xlsx) {
		if ((rc = export_book_write(&c->s, &q, output, force, &err)) == GERR_OK)
			fprintf(stderr, _("Wrote %s.\n"), output);
	} else if (rc == GERR_OK && output) {
		rc = export_csv(c, &l, &q, output, force, &err);
	} else if (rc == GERR_OK) {
		rc = print_rows(c, &l, &q, &err);
	}
	free_filters(&q);
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option list_options[] = {
	{ "since", 0, "DATE", N_("records dated on or after DATE") },
	{ "until", 0, "DATE", N_("records dated on or before DATE") },
	{ "search", 0, "TEXT", N_("records whose text holds TEXT (or whose names' pinyin initials do)") },
	{ "sort", 0, "FIELD", N_("sort by FIELD (else by the form's date)") },
	{ "desc", 0, NULL, N_("the latest or largest first") },
	{ "limit", 0, "N", N_("at most N records") },
	{ "all", 0, NULL, N_("voided records too, marked") },
	{ "format", 0, "table|csv|json", N_("print a table (the default), CSV or JSON") },
	{ "raw", 0, NULL, N_("CSV cells as stored, without the guard against spreadsheet formulas") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option export_options[] = {
	{ "since", 0, "DATE", N_("records dated on or after DATE") },
	{ "until", 0, "DATE", N_("records dated on or before DATE") },
	{ "format", 0, "csv|xlsx", N_("a CSV file (the default) or a workbook") },
	{ "output", 'o', "FILE", N_("the file to write (CSV: else standard output)") },
	{ "excel", 0, NULL, N_("CSV for Excel: a byte-order mark and CRLF line ends") },
	{ "force", 0, NULL, N_("write over a file that is already there") },
	{ "raw", 0, NULL, N_("CSV cells as stored, without the guard against spreadsheet formulas") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_list_entry = {
	.name = "list",
	.summary = N_("list records"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM [FIELD=VALUE ...] [--since DATE] [--until DATE] [--search TEXT] [--sort FIELD] [--desc] [--limit N] [--all] [--format table|csv|json] [--raw]",
		  list_options, list_exec },
		{ 0 },
	},
};

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.summary = N_("write records to a CSV file (--excel: with a BOM and CRLF for Excel) or a workbook"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM [FIELD=VALUE ...] [--since DATE] [--until DATE] (--format csv [-o FILE [--force]] [--excel] [--raw] | --format xlsx -o FILE.xlsx [--force])",
		  export_options, export_exec },
		{ 0 },
	},
};
