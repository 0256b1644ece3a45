/* import: a spreadsheet's CSV or .xlsx sheet into a form, all rows or none
 * (core/import). */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "core/import.h"

#include <stdio.h>
#include <unistd.h>

static void progress(void *ud, long rows, size_t done, size_t total)
{
	(void)ud;
	fputc('\r', stderr); /* over the last count, on the same line */
	fprintf(stderr, _("importing: %ld rows, %d%%"), rows,
	        total ? (int)(done * 100 / total) : 100);
	fflush(stderr);
}

static int import_exec(struct cli *c, const struct cmd_args *a)
{
	struct import_opts o = { .encoding = ENC_AUTO, .dry_run = cmd_flag(a, "dry-run"),
		                 .create_missing = cmd_flag(a, "create-missing"),
		                 .sheet = cmd_value(a, "sheet") };
	const char *enc = cmd_value(a, "encoding");
	int rc = GERR_OK;
	if (enc && !encoding_parse(enc, &o.encoding))
		return cli_usage("import", _("--encoding takes auto, utf-8 or gb18030, not \"%s\""), enc);
	if (!(o.form = cli_form("import", a->argc ? a->argv[0] : NULL, &rc)))
		return rc;
	if (a->argc != 2)
		return cli_usage("import", "%s", _("Name one CSV or .xlsx file to import."));
	o.path = a->argv[1];
	bool tty = isatty(STDERR_FILENO);
	if (tty)
		o.progress = progress;

	struct gerr err = { 0 };
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	struct import_result res = { 0 };
	rc = import_file(&c->s, &o, &res, &err);
	if (tty && o.progress)
		fputs("\r\033[K", stderr);
	if (res.ignored.len)
		fprintf(stderr, _("Columns left out (ids and computed values are given anew): %s\n"),
		        sb_str(&res.ignored));
	if (res.ncreated)
		printf(o.dry_run ? _("Would be added as they are not known yet:\n%s")
		                 : _("Added as they were not known yet:\n%s"), sb_str(&res.created));
	if (rc == GERR_OK) {
		if (o.dry_run)
			printf(_("%ld rows checked: all can be imported (dry run: nothing was written).\n"),
			       res.rows);
		else
			printf(_("%ld records imported into %s from %s.\n"), res.rows, o.form->name, o.path);
	} else {
		fputs(sb_str(&res.errors), stderr);
		rc = cli_fail(&err);
	}
	import_result_free(&res);
	return rc;
}

static const struct cmd_option import_options[] = {
	{ "encoding", 0, "auto|utf-8|gb18030", N_("the file's encoding (auto: UTF-8, else GB18030 as Excel saves it)") },
	{ "dry-run", 0, NULL, N_("check every row and write nothing") },
	{ "create-missing", 0, NULL, N_("add the customers and products the rows name that are not known yet") },
	{ "sheet", 0, "NAME", N_("the workbook's sheet to read (else the first)") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_import_entry = {
	.name = "import",
	.summary = N_("import a spreadsheet (CSV or .xlsx): every row or none"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM FILE.csv|FILE.xlsx [--sheet NAME] [--encoding auto|utf-8|gb18030] [--dry-run] [--create-missing]",
		  import_options, import_exec },
		{ 0 },
	},
};
