/* stock: on hand per product and batch, derived from the receipts, sales
 * and returns (core/receiving.h), nearest expiry first; now, or at the
 * end of a day. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/receiving.h"
#include "core/records.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DAYS 3650

static int stock_row(void *ud, const struct stock_row *r)
{
	char qty[24];
	snprintf(qty, sizeof qty, "%" PRId64, r->qty);
	char **c = xcalloc(6, sizeof *c);
	c[0] = xstrdup(r->code);
	c[1] = xstrdup(r->name);
	c[2] = xstrdup(r->batch ? r->batch : "");
	c[3] = xstrdup(r->serial ? r->serial : "");
	c[4] = xstrdup(r->expiry ? r->expiry : "");
	c[5] = xstrdup(qty);
	table_add(ud, c);
	return 0;
}

static int stock_exec(struct cli *c, const struct cmd_args *a)
{
	int64_t days = -1;
	const char *d = cmd_value(a, "expiring"), *p = cmd_value(a, "product"),
		   *at = cmd_value(a, "at");
	if (d && strcmp(d, "0") == 0)
		days = 0;
	else if (d && (!cli_parse_id(d, &days) || days > MAX_DAYS))
		return cli_usage("stock", _("--expiring takes a number of days from 0 to %d, not \"%s\""),
		                 MAX_DAYS, d);
	if (a->argc)
		return cli_usage("stock", _("unexpected word \"%s\""), a->argv[0]);
	struct ymd day;
	char at_day[11];
	if (at && date_parse(at, &day) != DATE_OK)
		return cli_usage("stock", _("--at takes a date such as 2025-03-05, not \"%s\""), at);
	if (at)
		date_format(&day, at_day);
	struct gerr err = { 0 };
	int rc = cli_login(c, &err);
	struct value product = { .null = true };
	if (rc == GERR_OK && p)
		rc = records_parse_value(&c->s, form_field(form_find("sales"), "product"), p, &product,
		                         &err);
	const char *h[] = { _("Product code"), _("Product name"), _("Batch no."), _("Serial no."),
		            _("Expiry date"), _("On hand") };
	struct table *t = table_new(6, h);
	if (rc == GERR_OK)
		rc = receiving_stock(&c->s, product.null ? 0 : product.num, (int)days,
		                     at ? at_day : NULL, stock_row, t, &err);
	if (rc == GERR_OK)
		table_print(t, stdout);
	table_free(t);
	value_clear(&product);
	return rc ? cli_fail(&err) : 0;
}

static const struct cmd_option stock_options[] = {
	{ "product", 0, "P", N_("only this product (its code or exact name)") },
	{ "expiring", 0, "DAYS", N_("only what expires within DAYS days (0 to 3650), the expired too") },
	{ "at", 0, "DATE", N_("on hand at the end of that day, not now") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_stock_entry = {
	.name = "stock",
	.summary = N_("stock on hand per batch, from receipts, sales and returns, nearest expiry first"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[--product P] [--expiring DAYS] [--at DATE]", stock_options, stock_exec },
		{ 0 },
	},
};
