/* 满意度改进措施 — what the quality manager decides after a year's
 * satisfaction survey: for an item (or the survey as a whole), the finding,
 * the action, who owns it, by when, and whether it is done. The annual
 * roll-up prints them: the conclusions and who owns them. */
#include "config.h"
#include "model/form.h"

static const struct choice statuses[] = {
	{ "open", N_("In progress") },
	{ "done", N_("Done") },
	{ "dropped", N_("Dropped") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "year", .label = N_("Survey year"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 2000, .max = 2100, .width = 6,
	  .help = N_("The year of the survey the action answers") },
	{ .name = "item", .label = N_("Item"), .type = FT_REF, .ref = "survey_items", .width = 14,
	  .help = N_("The survey item it is about; empty: the survey as a whole") },
	{ .name = "finding", .label = N_("Finding"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 24,
	  .help = N_("What the scores or the suggestions showed") },
	{ .name = "action", .label = N_("Action"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 24,
	  .help = N_("What will be done about it") },
	{ .name = "owner", .label = N_("Owner"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 50, .width = 10,
	  .help = N_("Who is responsible for the action") },
	{ .name = "due_date", .label = N_("Due date"), .type = FT_DATE, .flags = F_REQUIRED,
	  .width = 10, .help = N_("By when it is to be done") },
	{ .name = "status", .label = N_("Status"), .type = FT_ENUM, .choices = statuses,
	  .flags = F_REQUIRED, .width = 8, .help = N_("open when left empty") },
	{ .name = "done_date", .label = N_("Done on"), .type = FT_DATE, .flags = F_NOT_FUTURE,
	  .width = 10, .help = N_("The day it was done; required when the status is done") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "status", NULL, "open", NULL },
	{ RULE_REQUIRED_IF, "done_date", "status", "done",
	  N_("is required when the action is done (status {})") },
	{ RULE_ONLY_IF, "done_date", "status", "done", N_("is only given when the status is {}") },
};

const struct form form_survey_actions = {
	.name = "survey_actions",
	.title = N_("Satisfaction actions"),
	.purpose = N_("What is decided after a year's satisfaction survey: the finding, the action, who "
	               "owns it, by when, and whether it is done."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "due_date",
	.menu = { .key = 'a', .place = 45 },
};
