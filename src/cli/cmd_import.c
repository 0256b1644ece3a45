/* import: a spreadsheet's CSV or .xlsx sheet into a form, all rows or none
 * (core/import). */
#include "config.h"
#include "cli/cli.h"
#include "base/i18n.h"
#include "core/import.h"

#include <getopt.h>
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

int cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "encoding", required_argument, NULL, 'e' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "create-missing", no_argument, NULL, 'c' },
		{ "sheet", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	struct import_opts o = { .encoding = ENC_AUTO };
	int opt, rc;
	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'e':
			if (encoding_parse(optarg, &o.encoding))
				break;
			return cli_usage("import", _("--encoding takes auto, utf-8 or gb18030, not \"%s\""), optarg);
		case 'n': o.dry_run = true; break;
		case 'c': o.create_missing = true; break;
		case 's': o.sheet = optarg; break;
		default:
			return cli_usage("import", _("unknown option %s"), argv[optind - 1]);
		}
	}
	rc = GERR_OK;
	if (!(o.form = cli_form("import", optind < argc ? argv[optind] : NULL, &rc)))
		return rc;
	if (argc - optind != 2)
		return cli_usage("import", "%s", _("Name one CSV or .xlsx file to import."));
	o.path = argv[optind + 1];
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
