/* 顾客满意度调查表 — the Customer Satisfaction Survey: once a year per
 * customer and respondent, a score per survey item (its lines, in
 * survey_scores) and an overall score. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "year", .label = N_("Year"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 2000, .max = 2100, .width = 4,
	  .help = N_("The year surveyed, such as 2026") },
	{ .name = "customer", .label = N_("Customer"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "customers", .width = 22,
	  .help = N_("Customer code or exact name") },
	{ .name = "respondent", .label = N_("Respondent"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 50, .width = 10,
	  .help = N_("Who filled in the form") },
	{ .name = "date", .label = N_("Date"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("Date on the returned form, not in the future") },
	{ .name = "overall", .label = N_("Overall score"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 5, .width = 4,
	  .help = N_("1 (very dissatisfied) to 5 (very satisfied)") },
	{ .name = "suggestions", .label = N_("Suggestions"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 16,
	  .help = N_("The customer's suggestions and opinions") },
};

static const struct rule rules[] = {
	{ RULE_UNIQUE_WITH, "respondent", "customer", "year",
	  N_("has already answered the survey of this customer for this year: one survey per customer, year and respondent") },
	{ RULE_LINES_COVER, "item", "active", NULL,
	  N_("needs one score 1-5 for each active survey item") },
};

const struct form form_surveys = {
	.name = "surveys",
	.title = N_("Customer satisfaction survey"),
	.purpose = N_("The yearly customer satisfaction survey: a score from 1 to 5 for each survey "
	               "item, an overall score and suggestions; the year's results are rolled up for the "
	               "general manager."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "date",
	.code_field = "year",
	.name_field = "respondent",
	.lines = "survey_scores",
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '4', .place = 40 },
	.archive = {
		.title = N_("Satisfaction surveys"),
		.field = "customer",
		.sort = "date",
		.place = 40,
	},
};
