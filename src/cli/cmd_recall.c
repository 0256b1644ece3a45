/* recall: open a recall campaign on a batch or serial number, record each
 * buyer told and what came back, list, show (or write its status sheet)
 * and close. The rules are the core's (core/recall.c). */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "core/recall.h"
#include "core/receiving.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "report/recall_book.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Every unit of the recalled goods accounted for (core/receiving.h). */
static int print_reconcile(struct cli *c, struct record *r, struct gerr *err)
{
	if (!receiving_stock_checked(&c->s)) /* no receipts recorded: nothing to reconcile */
		return GERR_OK;
	const struct value *b = record_value(r, "batch"), *sn = record_value(r, "serial");
	struct reconcile k;
	int rc = receiving_reconcile(&c->s, record_value(r, "product")->num,
	                             b->null ? NULL : b->text, sn->null ? NULL : sn->text, &k, err);
	if (rc == GERR_OK && (k.received || k.rejected)) /* an office that records receipts */
		printf(_("Received %" PRId64 " (and %" PRId64 " rejected) = sold %" PRId64
		         " - came back %" PRId64 " + on hand %" PRId64 " to quarantine\n"),
		       k.received, k.rejected, k.sold, k.back, k.on_hand);
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
	rc = print_reconcile(c, r, err);
	record_free(r);
	if (rc)
		return rc;
	putchar('\n');
	const struct form *rf = form_find("recall_recipients");
	struct list_filter filter = { form_field(rf, "recall"), { .null = true } };
	value_set_num(&filter.value, id);
	struct list_query q = { .form = rf, .filters = &filter, .nfilters = 1 };
	rc = print_records(c, &q, err);
	value_clear(&filter.value);
	return rc;
}

/* The recall's id and, for notify and return, the customer: n words. */
static int recall_words(const struct cmd_args *a, int n, int64_t *id)
{
	if (a->argc != n || (n && !cli_parse_id(a->argv[0], id)))
		return cli_usage("recall", "%s", _("Wrong words for this recall command."));
	return GERR_OK;
}

static int open_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	int n_recipients = 0, rc;
	if ((rc = recall_words(a, 0, &id)))
		return rc;
	if (cli_login(c, &err) ||
	    recall_open(&c->s, cmd_value(a, "product"), cmd_value(a, "batch"), cmd_value(a, "serial"),
	                cmd_value(a, "class"), cmd_value(a, "reason"), &id, &n_recipients, &err))
		return cli_fail(&err);
	printf("%" PRId64 "\n", id);
	fprintf(stderr, _("Recall %" PRId64 " is open: %d buyers to tell.\n"), id, n_recipients);
	return 0;
}

static int notify_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	int rc;
	if ((rc = recall_words(a, 2, &id)))
		return rc;
	if (cli_login(c, &err) ||
	    recall_notify(&c->s, id, a->argv[1], cmd_value(a, "how"), cmd_value(a, "note"),
	                  cmd_value(a, "reply"), cmd_value(a, "at"), &err))
		return cli_fail(&err);
	return 0;
}

static int return_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0, qty = 0;
	int rc;
	if ((rc = recall_words(a, 2, &id)))
		return rc;
	if (!cmd_value(a, "qty") || !cli_parse_id(cmd_value(a, "qty"), &qty))
		return cli_usage("recall", "%s", _("--qty takes a number of units above zero."));
	if (cli_login(c, &err) || recall_return(&c->s, id, a->argv[1], qty, cmd_value(a, "at"), &err))
		return cli_fail(&err);
	return 0;
}

static int list_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	int rc;
	if ((rc = recall_words(a, 0, &id)))
		return rc;
	struct list_query q = { .form = form_find("recalls"),
	                        .sort = form_field(form_find("recalls"), "opened") };
	if (cli_login(c, &err) || print_records(c, &q, &err))
		return cli_fail(&err);
	return 0;
}

/* show ID as text, or with --format xlsx -o FILE its status sheet */
static int show_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	const char *format = cmd_value(a, "format"), *output = cmd_value(a, "output");
	int rc;
	if (format && strcmp(format, "xlsx") != 0 && strcmp(format, "table") != 0)
		return cli_usage("recall", _("--format takes table or xlsx, not \"%s\""), format);
	bool xlsx = format && strcmp(format, "xlsx") == 0;
	if ((rc = recall_words(a, 1, &id)))
		return rc;
	if (xlsx != (output != NULL))
		return cli_usage("recall", "%s", _("recall show ID --format xlsx -o FILE.xlsx: the three go together."));
	if ((rc = cli_login(c, &err)))
		return cli_fail(&err);
	if (!xlsx)
		rc = show(c, id, &err);
	else if ((rc = recall_book_write(&c->s, id, output, cmd_flag(a, "force"), &err)) == GERR_OK)
		fprintf(stderr, _("Wrote %s.\n"), output);
	return rc ? cli_fail(&err) : 0;
}

static int close_exec(struct cli *c, const struct cmd_args *a)
{
	struct gerr err = { 0 };
	int64_t id = 0;
	int rc;
	if ((rc = recall_words(a, 1, &id)))
		return rc;
	if (cli_login(c, &err) ||
	    recall_close(&c->s, id, cmd_value(a, "reason"), cmd_flag(a, "force"), &err))
		return cli_fail(&err);
	return 0;
}

static const struct cmd_option open_options[] = {
	{ "product", 0, "P", N_("the product's code") },
	{ "batch", 0, "B", N_("the batch recalled") },
	{ "serial", 0, "S", N_("the serial number recalled") },
	{ "class", 0, "I|II|III", N_("the recall class: I tells the buyers within 1 day, II within 3, III within 7") },
	{ "reason", 0, "TEXT", N_("why the product is recalled") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option notify_options[] = {
	{ "how", 0, "phone|letter|visit", N_("how the buyer was told") },
	{ "note", 0, "TEXT", N_("who was told, and anything else worth keeping") },
	{ "reply", 0, "TEXT", N_("what the buyer answered") },
	{ "at", 0, "TIME", N_("when it happened (YYYY-MM-DD HH:MM), if not now") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option return_options[] = {
	{ "qty", 0, "N", N_("how many units came back") },
	{ "at", 0, "TIME", N_("when it happened (YYYY-MM-DD HH:MM), if not now") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option show_options[] = {
	{ "format", 0, "table|xlsx", N_("print it (the default) or write its status sheet as a workbook") },
	{ "output", 'o', "FILE.xlsx", N_("the workbook to write") },
	{ "force", 0, NULL, N_("write over a workbook that is already there") },
	{ NULL, 0, NULL, NULL },
};

static const struct cmd_option close_options[] = {
	{ "reason", 0, "TEXT", N_("why the recall is closed") },
	{ "force", 0, NULL, N_("close it although buyers are not all told or units not all back") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_recall_entry = {
	.name = "recall",
	.summary = N_("recall campaigns: every buyer told, what came back"),
	.subs = (const struct cmd_sub[]){
		{ "open", "--product P (--batch B | --serial S) --class I|II|III --reason TEXT", open_options,
		  open_exec },
		{ "notify", "ID CUSTOMER --how phone|letter|visit [--note TEXT] [--reply TEXT] [--at TIME]",
		  notify_options, notify_exec },
		{ "return", "ID CUSTOMER --qty N [--at TIME]", return_options, return_exec },
		{ "list", "", NULL, list_exec },
		{ "show", "ID [--format table|xlsx -o FILE.xlsx [--force]]", show_options, show_exec },
		{ "close", "ID --reason TEXT [--force]", close_options, close_exec },
		{ 0 },
	},
};
