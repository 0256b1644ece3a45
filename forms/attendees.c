/* 签到表 — one attendee of a training session: staff or a customer's
 * operator, whether they came and whether they mastered it. "retrain"
 * keeps an operator due until a later session passes them. */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"
#include "core/training.h"

static const struct choice results[] = {
	{ "passed", N_("passed") },
	{ "retrain", N_("needs another session") },
	{ "n/a", N_("not assessed") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "session", .label = N_("Training session"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "training", .width = 22,
	  .help = N_("The session's number (id), date or exact topic") },
	{ .name = "name", .label = N_("Name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 50, .width = 10,
	  .help = N_("The attendee's name") },
	{ .name = "unit", .label = N_("Department"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 16,
	  .help = N_("Department: the office's, or the operator's at the customer") },
	{ .name = "attended", .label = N_("Attended"), .type = FT_BOOL, .width = 4,
	  .help = N_("yes or no; yes when left empty") },
	{ .name = "result", .label = N_("Result"), .type = FT_ENUM,
	  .choices = results, .width = 10,
	  .help = N_("passed, retrain or n/a; n/a when left empty") },
	{ .name = "retrain_date", .label = N_("Retrain date"), .type = FT_DATE, .width = 10,
	  .help = N_("When the next session is planned; only for retrain") },
	{ .name = "customer", .label = N_("Customer"), .type = FT_REF, .ref = "customers",
	  .width = 16,
	  .help = N_("The customer an operator works at (the session's when left empty); empty for the office's own staff") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_REF, "customer", "session", "customer", NULL },
	{ RULE_DEFAULT_VALUE, "attended", NULL, "1", NULL },
	{ RULE_DEFAULT_VALUE, "result", NULL, "n/a", NULL },
	{ RULE_NOT_BEFORE_REF, "retrain_date", "session", "date",
	  N_("is before the session it follows ({})") },
	{ RULE_ONLY_IF, "retrain_date", "result", "retrain",
	  N_("is only given when the result is {}") },
};

static const struct due_source *const due[] = { &due_retrain, NULL };

const struct form form_attendees = {
	.name = "attendees",
	.title = N_("Training attendees"),
	.purpose = N_("One attendee of a training session: whether they came and whether they mastered "
	               "it; an operator who needs another session stays due until a later one passes "
	               "them."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.parent_field = "session",
	.check = attendees_check,
	.due = due,
	.rights = (const struct form_right[]){
		{ "trainer", "VAE" },
		{ NULL, NULL },
	},
};
