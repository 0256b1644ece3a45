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
#include <getopt.h>
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
	start(l, q->form);
	rc = records_list(&c->s, q, emit, l, err);
	finish(l);
	bool failed = ferror(l->out) != 0;
	if ((fclose(l->out) != 0 || failed) && rc == GERR_OK)
		rc = outfile_failed(output, errno, err);
	l->out = stdout;
	if (rc == GERR_OK)
		return outfile_commit(&o, force, err);
	outfile_abort(&o);
	return rc;
}

/* export only: --output, --excel, xlsx and --force; list only: the
 * table, json, paging; both: --raw (CSV cells unguarded). */
static int run(struct cli *c, const char *cmd, bool export, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "all", no_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "search", required_argument, NULL, 'q' },
		{ "sort", required_argument, NULL, 'S' },
		{ "desc", no_argument, NULL, 'd' },
		{ "limit", required_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'O' },
		{ "excel", no_argument, NULL, 'x' },
		{ "force", no_argument, NULL, 'F' },
		{ "raw", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	struct list_ctx l = { .s = &c->s, .format = export ? OUT_CSV : OUT_TABLE, .out = stdout };
	const char *output = NULL;
	struct list_query q = { 0 };
	char since[11], until[11];
	const char *sort = NULL;
	int64_t limit = 0;
	bool xlsx = false, force = false, raw = false;
	int opt, rc;
	while ((opt = getopt_long(argc, argv, export ? "o:" : "", opts, NULL)) != -1) {
		for (const struct option *o = opts; o->name && strchr(export ? "aqSdn" : "OxF", opt); o++)
			if (o->val == opt) /* the other command's option */
				return cli_usage(cmd, _("unknown option --%s"), o->name);
		switch (opt) {
		case 's':
			if ((rc = option_date(cmd, "--since", optarg, since)))
				return rc;
			q.since = since;
			break;
		case 'u':
			if ((rc = option_date(cmd, "--until", optarg, until)))
				return rc;
			q.until = until;
			break;
		case 'a': l.all = q.include_voided = true; break;
		case 'q': q.search = optarg; break;
		case 'S': sort = optarg; break;
		case 'd': q.descending = true; break;
		case 'n':
			if (!cli_parse_id(optarg, &limit) || limit > 1000000000)
				return cli_usage(cmd, _("--limit takes a number above zero, not \"%s\""), optarg);
			q.limit = (int)limit;
			break;
		case 'o':
		case 'O': output = optarg; break;
		case 'x': l.excel = true; break;
		case 'F': force = true; break;
		case 'r': raw = true; break;
		case 'f':
			if (export && (strcmp(optarg, "csv") == 0 || strcmp(optarg, "xlsx") == 0)) {
				xlsx = strcmp(optarg, "xlsx") == 0;
				break;
			}
			if (export)
				return cli_usage(cmd, _("--format takes csv or xlsx, not \"%s\""), optarg);
			if (out_format_parse(optarg, &l.format))
				break;
			return cli_usage(cmd, _("--format takes table, csv or json, not \"%s\""), optarg);
		default:
			return cli_usage(cmd, _("unknown option %s"), argv[optind - 1]);
		}
	}
	if (xlsx && (!output || l.excel))
		return cli_usage(cmd, "%s", _("--format xlsx takes -o FILE.xlsx, and no --excel."));
	if (force && !output)
		return cli_usage(cmd, "%s", _("--force goes with -o FILE."));
	if (raw && (xlsx || l.format != OUT_CSV))
		return cli_usage(cmd, "%s", _("--raw goes with CSV only."));
	l.csv_flags = (l.excel ? CSV_CRLF : 0) | (raw ? CSV_RAW : 0);
	char **words = argv + optind;
	int nwords = argc - optind;
	rc = GERR_OK;
	const struct form *form = cli_form(cmd, nwords >= 1 ? words[0] : NULL, &rc);
	if (!form)
		return rc;
	q.form = form;
	if ((q.since || q.until) && !form->date_field)
		return cli_usage(cmd, _("%s has no date to filter on."), form->name);
	if (sort && !(q.sort = form_field(form, sort)))
		return cli_usage(cmd, _("%s has no field \"%s\" to sort by."), form->name, sort);
	if (!sort && form->date_field)
		q.sort = form_field(form, form->date_field);

	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	int nfilters = nwords - 1;
	struct list_filter *filters = xcalloc((size_t)(nfilters > 0 ? nfilters : 1), sizeof *filters);
	for (int i = 0; i < nfilters; i++)
		filters[i].value.null = true;
	for (int i = 0; rc == GERR_OK && i < nfilters; i++) {
		struct assign a;
		if ((rc = assign_parse(words[1 + i], &a, &err)))
			break;
		if (!(filters[i].field = form_field(form, a.field))) {
			rc = gerr_set(&err, GERR_USAGE, a.field, _("%s has no field \"%s\". See: gspdesk forms %s"),
			              form->name, a.field, form->name);
			break;
		}
		rc = records_parse_value(&c->s, filters[i].field, a.value, &filters[i].value, &err);
	}
	q.filters = filters;
	q.nfilters = nfilters;
	if (rc == GERR_OK && xlsx) {
		if ((rc = export_book_write(&c->s, &q, output, force, &err)) == GERR_OK)
			fprintf(stderr, _("Wrote %s.\n"), output);
	} else if (rc == GERR_OK && output) {
		rc = export_csv(c, &l, &q, output, force, &err);
	} else if (rc == GERR_OK) {
		start(&l, form);
		rc = records_list(&c->s, &q, emit, &l, &err);
		finish(&l);
	}
	for (int i = 0; i < nfilters; i++)
		value_clear(&filters[i].value);
	free(filters);
	return rc ? cli_fail(&err) : 0;
}

int cmd_list(struct cli *c, int argc, char **argv)
{
	return run(c, "list", false, argc, argv);
}

int cmd_export(struct cli *c, int argc, char **argv)
{
	return run(c, "export", true, argc, argv);
}
