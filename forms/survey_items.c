/* 满意度调查项目 — the office's own list of items a customer scores on the
 * satisfaction survey; an inactive item is no longer asked. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "code", .label = N_("Item code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("Short code, unique; on the command line score.CODE=N") },
	{ .name = "name", .label = N_("Item"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 24,
	  .help = N_("The item as the survey form prints it") },
	{ .name = "active", .label = N_("Active"), .type = FT_BOOL, .width = 6,
	  .help = N_("no keeps the item out of new surveys; yes when left empty") },
	{ .name = "position", .label = N_("Position"), .type = FT_INT,
	  .flags = F_MIN | F_MAX, .min = 0, .max = 999, .width = 6,
	  .help = N_("Order on the survey form, smallest first") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "active", NULL, "1", NULL },
};

const struct form form_survey_items = {
	.name = "survey_items",
	.title = N_("Survey items"),
	.purpose = N_("The items customers score on the satisfaction survey, the office's own list; an "
	               "inactive item is no longer asked."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.code_field = "code",
	.name_field = "name",
	.menu = { .key = 'i', .place = 140, .editors_only = true },
};
