/* 员工名册 — the office's staff register: who works here, in which
 * department and role, since when, and whether still. "Staff without
 * laws-and-regulations training" lists the active staff of this register,
 * not whoever happens to be on a roster. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "name", .label = N_("Name"), .type = FT_TEXT, .flags = F_REQUIRED | F_SEARCH,
	  .max_len = 50, .width = 10,
	  .help = N_("The staff member's name, as on the training rosters") },
	{ .name = "department", .label = N_("Department"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 100, .width = 14, .help = N_("Department in the office") },
	{ .name = "role", .label = N_("Job title"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 100, .width = 14,
	  .help = N_("Role in the office, such as quality manager or service engineer") },
	{ .name = "start_date", .label = N_("Start date"), .type = FT_DATE, .width = 10,
	  .help = N_("The day they started") },
	{ .name = "active", .label = N_("Employed"), .type = FT_BOOL, .width = 4,
	  .help = N_("yes while they work here; yes when left empty") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "active", NULL, "1", NULL },
	{ RULE_UNIQUE_WITH, "name", "department", NULL,
	  N_("is already on the register in this department") },
};

const struct form form_staff = {
	.name = "staff",
	.title = N_("Staff register"),
	.purpose = N_("The office's staff register: who works here, in which department and role, since "
	               "when, and whether still."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "start_date",
	.name_field = "name",
	.rights = (const struct form_right[]){
		{ "trainer", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = 'f', .place = 60 },
};
