/* 退换货记录 — returns and exchanges against one sales line: the company's
 * own products are taken back or exchanged, distributed ones go to the
 * supplier. */
#include "config.h"
#include "model/form.h"
#include "core/service.h"
#include "core/stock_guard.h"

static const struct choice outcomes[] = {
	{ "refund", N_("Refund") },
	{ "exchange", N_("Exchange") },
	{ "rejected", N_("Rejected") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "sale", .label = N_("Sales line"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "sales", .width = 6,
	  .help = N_("Number of the sales line the goods came from") },
	{ .name = "qty", .label = N_("Quantity"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 1000000, .width = 6,
	  .help = N_("Units returned; all returns of a line together never exceed its quantity") },
	{ .name = "reason", .label = N_("Return reason"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 500, .width = 24,
	  .help = N_("Why the customer returns the goods") },
	{ .name = "own_product", .label = N_("Own product"), .type = FT_BOOL, .width = 4,
	  .help = N_("yes: made by the company, returned or exchanged; no: taken up with the supplier") },
	{ .name = "supplier_contacted_at", .label = N_("Supplier contacted at"),
	  .type = FT_DATETIME, .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the supplier was contacted") },
	{ .name = "supplier_contact", .label = N_("Supplier contact"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 0,
	  .help = N_("Who at the supplier took up the quality dispute") },
	{ .name = "supplier_outcome", .label = N_("Supplier's answer"), .type = FT_TEXT,
	  .flags = F_SEARCH | F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("What the supplier decided; a distributed product's return closes with it") },
	{ .name = "outcome", .label = N_("Outcome"), .type = FT_ENUM, .choices = outcomes,
	  .width = 8, .help = N_("Refund, exchange or rejected") },
	{ .name = "replacement_serial", .label = N_("Replacement serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("An exchange: the serial number of the unit given instead") },
	{ .name = "replacement_batch", .label = N_("Replacement batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("An exchange: the batch number of the goods given instead") },
	{ .name = "closed_date", .label = N_("Closed date"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 10, .help = N_("The day the return was settled") },
};

static const struct rule rules[] = {
	{ RULE_REQUIRED_WITH, "own_product", "closed_date", NULL,
	  N_("is required to close the return: own products are taken back or exchanged, distributed ones go to the supplier") },
	{ RULE_REQUIRED_WITH, "outcome", "closed_date", NULL, N_("is required to close the return") },
	{ RULE_ONLY_IF, "replacement_serial", "outcome", "exchange",
	  N_("is only given when the outcome is {}") },
	{ RULE_ONLY_IF, "replacement_batch", "outcome", "exchange",
	  N_("is only given when the outcome is {}") },
	{ RULE_NOT_BEFORE_REF, "supplier_contacted_at", "sale", "sale_date",
	  N_("is before the sale ({})") },
	{ RULE_NOT_BEFORE_REF, "closed_date", "sale", "sale_date", N_("is before the sale ({})") },
	{ RULE_NOT_BEFORE, "closed_date", "supplier_contacted_at", NULL,
	  N_("is before the supplier was contacted ({})") },
};

const struct form form_returns = {
	.name = "returns",
	.title = N_("Return and exchange record"),
	.purpose = N_("Returns and exchanges against a sales line: the company's own products are taken "
	               "back or exchanged; distributed ones are taken up with the supplier."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "closed_date",
	.check = returns_check,
	.void_check = stock_guard_return_void,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '8', .place = 90 },
	.keys = form_keys_replacement,
};
