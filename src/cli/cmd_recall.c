/* recall: open a recall campaign on a batch or serial number, record each
 * buyer told and what came back, list, show (or write its status sheet)
 * and close. The rules are the core's (core/recall.c). */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "core/recall.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "report/recall_book.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct recall_opts {
	const char *product, *batch, *serial, *cls, *reason, *how, *note, *reply, *qty, *output, *at;
	bool force, xlsx;
};

static int rows_to_table(void *ud, const struct record *r)
{
	struct table *t = ud;
	const struct form *f = r->form;
	int n = 1;
	for (int i = 0; i < f->nfields; i++)
		n += f->fields[i].width > 0;
	char **c = xcalloc((size_t)n, sizeof *c);
	char id[24];
	snprintf(id, sizeof id, "%" PRId64, r->id);
	c[0] = xstrdup(id);
	for (int i = 0, k = 1; i < f->nfields; i++)
		if (f->fields[i].width > 0)
			c[k++] = field_format(&f->fields[i], &r->v[i], FMT_HUMAN);
	table_add(t, c);
	return 0;
}

/* The table of a form's listed fields, for the records q selects. */
static int print_records(struct cli *c, const struct list_query *q, struct gerr *err)
{
	const struct form *f = q->form;
	const char **h = xcalloc((size_t)f->nfields + 1, sizeof *h);
	int n = 0;
	h[n++] = "ID";
	for (int i = 0; i < f->nfields; i++)
		if (f->fields[i].width > 0)
			h[n++] = _(f->fields[i].label);
	struct table *t = table_new(n, h);
	free(h);
	int rc = records_list(&c->s, q, rows_to_table, t, err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	return rc;
}

static int show(struct cli *c, int64_t id, struct gerr *err)
{
	struct record *r = NULL;
	int rc = records_get(&c->s, form_find("recalls"), id, &r, err);
	if (rc)
		return rc;
	printf("%s #%" PRId64 "\n", _(r->form->title), r->id);
	for (int i = 0; i < r->form->nfields; i++) {
		char *v = field_format(&r->form->fields[i], &r->v[i], FMT_HUMAN);
		if (*v) {
			printf("%s: ", _(r->form->fields[i].label));
			out_line(stdout, v, r->form->fields[i].flags & F_MULTILINE);
		}
		free(v);
	}
	record_free(r);
	putchar('\n');
	const struct form *rf = form_find("recall_recipients");
	struct list_filter filter = { form_field(rf, "recall"), { .null = true } };
	value_set_num(&filter.value, id);
	struct list_query q = { .form = rf, .filters = &filter, .nfilters = 1 };
	rc = print_records(c, &q, err);
	value_clear(&filter.value);
	return rc;
}

static int parse_qty(const char *s, int64_t *qty)
{
	if (!s || !cli_parse_id(s, qty))
		return cli_usage("recall", "%s", _("--qty takes a number of units above zero."));
	return GERR_OK;
}

static int run(struct cli *c, const char *verb, char **w, int n, const struct recall_opts *o)
{
	struct gerr err = { 0 };
	int64_t id = 0, qty = 0;
	int rc;
	bool open = strcmp(verb, "open") == 0, list = strcmp(verb, "list") == 0;
	int want = open || list ? 0 : strcmp(verb, "notify") == 0 || strcmp(verb, "return") == 0 ? 2 : 1;
	if (n != want || (want && !cli_parse_id(w[0], &id)))
		return cli_usage("recall", "%s", _("Wrong words for this recall command."));
	if (strcmp(verb, "return") == 0 && (rc = parse_qty(o->qty, &qty)))
		return rc;
	if ((o->xlsx || o->output) && (strcmp(verb, "show") || !o->xlsx || !o->output))
		return cli_usage("recall", "%s", _("recall show ID --format xlsx -o FILE.xlsx: the three go together."));
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	if (open) {
		int n_recipients = 0;
		if ((rc = recall_open(&c->s, o->product, o->batch, o->serial, o->cls, o->reason, &id,
		                      &n_recipients, &err)))
			return cli_fail(&err);
		printf("%" PRId64 "\n", id);
		fprintf(stderr, _("Recall %" PRId64 " is open: %d buyers to tell.\n"), id, n_recipients);
	} else if (list) {
		struct list_query q = { .form = form_find("recalls"),
		                        .sort = form_field(form_find("recalls"), "opened") };
		rc = print_records(c, &q, &err);
	} else if (strcmp(verb, "show") == 0 && o->xlsx) {
		if ((rc = recall_book_write(&c->s, id, o->output, o->force, &err)) == GERR_OK)
			fprintf(stderr, _("Wrote %s.\n"), o->output);
	} else if (strcmp(verb, "show") == 0) {
		rc = show(c, id, &err);
	} else if (strcmp(verb, "notify") == 0) {
		rc = recall_notify(&c->s, id, w[1], o->how, o->note, o->reply, o->at, &err);
	} else if (strcmp(verb, "return") == 0) {
		rc = recall_return(&c->s, id, w[1], qty, o->at, &err);
	} else {
		rc = recall_close(&c->s, id, o->reason, o->force, &err);
	}
	return rc ? cli_fail(&err) : 0;
}

int cmd_recall(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "product", required_argument, NULL, 'p' },
		{ "batch", required_argument, NULL, 'b' },
		{ "serial", required_argument, NULL, 's' },
		{ "class", required_argument, NULL, 'c' },
		{ "reason", required_argument, NULL, 'r' },
		{ "how", required_argument, NULL, 'h' },
		{ "note", required_argument, NULL, 'n' },
		{ "reply", required_argument, NULL, 'y' },
		{ "qty", required_argument, NULL, 'q' },
		{ "force", no_argument, NULL, 'F' },
		{ "at", required_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct recall_opts o = { 0 };
	int opt;
	while ((opt = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (opt) {
		case 'p': o.product = optarg; break;
		case 'b': o.batch = optarg; break;
		case 's': o.serial = optarg; break;
		case 'c': o.cls = optarg; break;
		case 'r': o.reason = optarg; break;
		case 'h': o.how = optarg; break;
		case 'n': o.note = optarg; break;
		case 'y': o.reply = optarg; break;
		case 'q': o.qty = optarg; break;
		case 'F': o.force = true; break;
		case 'a': o.at = optarg; break;
		case 'o': o.output = optarg; break;
		case 'f':
			if (strcmp(optarg, "xlsx") == 0) {
				o.xlsx = true;
				break;
			}
			if (strcmp(optarg, "table") == 0)
				break;
			return cli_usage("recall", _("--format takes table or xlsx, not \"%s\""), optarg);
		default:
			return cli_usage("recall", _("unknown option %s"), argv[optind - 1]);
		}
	}
	static const char *const verbs[] = { "open", "notify", "return", "list", "show", "close" };
	const char *verb = optind < argc ? argv[optind] : "";
	for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (strcmp(verb, verbs[i]) == 0)
			return run(c, verb, argv + optind + 1, argc - optind - 1, &o);
	return cli_usage("recall", "%s", _("Say what to do: open, notify, return, list, show or close."));
}
