/* 产品质量跟踪记录表 — the Product Quality Tracking Record: how a sold
 * product performs at its user, written on the regular visits. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "date", .label = N_("Date"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("Date of the visit or check, not in the future") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "products", .width = 16,
	  .help = N_("Product code or exact name") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 10,
	  .help = N_("Batch or lot number") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Serial number of an instrument") },
	{ .name = "customer", .label = N_("User unit"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "customers", .width = 16,
	  .help = N_("The customer using the product: code or exact name") },
	{ .name = "performance", .label = N_("Performance"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 14,
	  .help = N_("How the product is performing") },
	{ .name = "problems_found", .label = N_("Any problem found"), .type = FT_BOOL, .width = 4,
	  .help = N_("yes or no, as the tracker judged; no when left empty without problems text") },
	{ .name = "problems", .label = N_("Problems found"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 0,
	  .help = N_("Problems found, if any") },
	{ .name = "measures", .label = N_("Measures taken"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 0,
	  .help = N_("What was done about the problems") },
	{ .name = "tracked_by", .label = N_("Tracked by"), .type = FT_TEXT,
	  .flags = F_PERSON | F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("Who did the tracking") },
	{ .name = "result", .label = N_("Result"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 500, .width = 0,
	  .help = N_("The outcome of the tracking") },
};

/* Whether a problem was found is the tracker's yes or no, never read from
 * the text ("无" is text too). */
static const struct rule rules[] = {
	{ RULE_REQUIRED_WITH, "problems_found", "problems", NULL,
	  N_("is required with the problems text: say yes or no") },
	{ RULE_DEFAULT_VALUE, "problems_found", NULL, "no", NULL },
};

const struct form form_quality = {
	.name = "quality",
	.title = N_("Product quality tracking record"),
	.purpose = N_("How a sold product performs at its user, written on the regular visits: the "
	               "problems found, the measures taken and the result."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "date",
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ "engineer", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '3', .place = 30 },
	.archive = {
		.title = N_("Quality tracking"),
		.field = "customer",
		.sort = "date",
		.place = 30,
	},
	.keys = form_keys_batch_serial,
	.scan = { .udi = true, .then = "customer" },
};
