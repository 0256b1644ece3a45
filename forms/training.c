/* 培训记录 — a training session: laws and regulations, instrument
 * operation, quality, or a customer's operators. Its attendees are the
 * roster (签到表), one attendees record each. */
#include "config.h"
#include "model/form.h"

static const struct choice kinds[] = {
	{ "regulations", N_("laws and regulations") },
	{ "operation", N_("instrument operation") },
	{ "quality", N_("quality") },
	{ "customer", N_("customer operator training") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "date", .label = N_("Date"), .type = FT_DATE,
	  .flags = F_REQUIRED, .width = 10,
	  .help = N_("Date of the session; a planned one may be in the future") },
	{ .name = "topic", .label = N_("Topic"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 200, .width = 24,
	  .help = N_("What the session taught") },
	{ .name = "kind", .label = N_("Training kind"), .type = FT_ENUM,
	  .flags = F_REQUIRED, .choices = kinds, .width = 10,
	  .help = N_("regulations, operation, quality or customer") },
	{ .name = "trainer", .label = N_("Trainer"), .type = FT_TEXT,
	  .flags = F_PERSON | F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("Who taught it") },
	{ .name = "hours", .label = N_("Hours"), .type = FT_DECIMAL,
	  .flags = F_MIN | F_MAX, .scale = 1, .min = 1, .max = 9999, .width = 5,
	  .help = N_("Length in hours, such as 1.5") },
	{ .name = "place", .label = N_("Place"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 0,
	  .help = N_("Where it was held") },
	{ .name = "customer", .label = N_("Customer"), .type = FT_REF,
	  .ref = "customers", .width = 12,
	  .help = N_("For customer operator training: whose operators") },
};

static const struct rule rules[] = {
	{ RULE_REQUIRED_IF, "customer", "kind", "customer",
	  N_("is required for {}") },
};

const struct form form_training = {
	.name = "training",
	.title = N_("Training record"),
	.purpose = N_("Training sessions: laws and regulations, instrument operation, quality, or a "
	               "customer's operators, with the roster of who came and who mastered it."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "date",
	.code_field = "date",
	.name_field = "topic",
	.lines = "attendees",
	.rights = (const struct form_right[]){
		{ "trainer", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '5', .place = 50 },
	.archive = {
		.title = N_("Training of their operators"),
		.field = "customer",
		.sort = "date",
		.place = 60,
	},
};
