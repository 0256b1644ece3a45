/* 植入 — implanted products: each unit followed to the hospital that used
 * it, the patient and the date of use. Kept for ever (voided, never removed). */
#include "config.h"
#include "model/form.h"
#include "core/sales.h"

static const struct field fields[] = {
	{ .name = "sale", .label = N_("Sales line"), .type = FT_REF, .ref = "sales", .width = 6,
	  .help = N_("ID of the sales line the unit came from; its product, batch and serial are copied") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF, .ref = "products",
	  .width = 18, .help = N_("Product code or exact name, when no sales line is given") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12,
	  .help = N_("Batch or lot number") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12,
	  .help = N_("Serial number of the unit") },
	{ .name = "hospital", .label = N_("Hospital"), .type = FT_REF, .ref = "customers",
	  .flags = F_REQUIRED, .width = 18,
	  .help = N_("The hospital or unit that used it: customer code or exact name") },
	{ .name = "patient", .label = N_("Patient"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("The patient or user the product was implanted in") },
	{ .name = "patient_id", .label = N_("Patient ID"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Hospital or identity number of the patient, if known") },
	{ .name = "use_date", .label = N_("Date of use"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("Date of the operation, not in the future") },
	{ .name = "surgeon", .label = N_("Surgeon"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 8, .help = N_("Who implanted it") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_REF, "product", "sale", "product", NULL },
	{ RULE_DEFAULT_REF, "batch", "sale", "batch", NULL },
	{ RULE_DEFAULT_REF, "serial", "sale", "serial", NULL },
	{ RULE_ONE_OF, "product", "sale", NULL,
	  N_("give the sales line, or the product with its batch or serial number") },
	{ RULE_ONE_OF, "batch", "serial", NULL,
	  N_("give the batch number, the serial number or both") },
};

const struct form form_implants = {
	.name = "implants",
	.title = N_("Implant records"),
	.purpose = N_("Implanted products: each unit followed to the hospital that used it, the patient "
	               "and the date of use. Kept for ever."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "use_date",
	.check = implant_check,
	.keys = form_keys_batch_serial,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ "engineer", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = 'm', .place = 100 },
	.archive = {
		.title = N_("Implants"),
		.field = "hospital",
		.sort = "use_date",
		.place = 80,
	},
	.scan = { .udi = true, .then = "hospital" },
};
