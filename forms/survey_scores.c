/* One score of a satisfaction survey: the lines of a surveys record,
 * written in the survey's own transaction. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "survey", .label = N_("Survey"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "surveys", .width = 16,
	  .help = N_("The survey's number (id)") },
	{ .name = "item", .label = N_("Item"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "survey_items", .width = 24,
	  .help = N_("Survey item code or name") },
	{ .name = "score", .label = N_("Score"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 5, .width = 5,
	  .help = N_("1 (very dissatisfied) to 5 (very satisfied)") },
};

static const struct rule rules[] = {
	{ RULE_UNIQUE_WITH, "item", "survey", NULL,
	  N_("is scored twice in one survey") },
};

const struct form form_survey_scores = {
	.name = "survey_scores",
	.title = N_("Survey scores"),
	.purpose = N_("One score of a satisfaction survey; the scores are typed in the rows of the "
	               "survey's own form."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.parent_field = "survey",
	.line_key = "item",
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
};
