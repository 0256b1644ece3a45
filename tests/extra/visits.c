/* A throwaway form that exists only in the test build tests/extra/gspdesk
 * (tests/Makefile.inc): a customer visit. Added the way a paper record is
 * added (doc/architecture.md): this file, its line in a FORMS list and its
 * table (visits.sql, as its migration would make it). tests/cli/extra_form.sh
 * and tests/ui/extra_form.sh find it in `forms`, the customer archive, the
 * role table and the main menu, with nothing else changed. */
#include "config.h"
#include "model/form.h"

static const struct field fields[] = {
	{ .name = "visit_date", .label = N_("Visit date"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10, .help = N_("The day of the visit") },
	{ .name = "customer", .label = N_("Customer name"), .type = FT_REF, .ref = "customers",
	  .flags = F_REQUIRED, .width = 20, .help = N_("The customer visited") },
	{ .name = "minutes", .label = N_("Minutes"), .type = FT_INT, .flags = F_MIN, .min = 0,
	  .width = 6, .help = N_("How long it took") },
	{ .name = "note", .label = N_("Note"), .type = FT_TEXT, .flags = F_SEARCH, .max_len = 200,
	  .width = 30, .help = N_("What was seen") },
};

const struct form form_visits = {
	.name = "visits",
	.title = N_("Customer visits"),
	.purpose = N_("A visit to a customer: when, who went, how long it took and what was seen."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.date_field = "visit_date",
	/* the engineer writes them; a clerk may not even read them */
	.rights = (const struct form_right[]){
		{ "engineer", "VAE" },
		{ "clerk", "" },
		{ NULL, NULL },
	},
	/* between the staff register (60) and the service tickets (70) */
	.menu = { .key = 'v', .place = 65 },
	.archive = {
		.title = N_("Visits"),
		.field = "customer",
		.sort = "visit_date",
		.totals = { "minutes", NULL },
		.place = 45,
	},
};
