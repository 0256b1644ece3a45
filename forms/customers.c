/* 客户 — buyers: the 去向 of every sales line and the user archive
 * (用户档案) that makes each sold unit traceable. */
#include "config.h"
#include "core/form.h"

static const struct field fields[] = {
	{ .name = "code", .label = N_("Customer code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("The office's own short code, unique; sales lines may name the customer by it") },
	{ .name = "name", .label = N_("Customer name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 26,
	  .help = N_("Full name of the hospital, clinic or company") },
	{ .name = "province", .label = N_("Province"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 8,
	  .help = N_("Province, autonomous region or municipality") },
	{ .name = "city", .label = N_("City"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 8,
	  .help = N_("City; decides the repair response time") },
	{ .name = "address", .label = N_("Address"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 200, .width = 0,
	  .help = N_("Delivery address") },
	{ .name = "contact", .label = N_("Contact person"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("Who to call about deliveries, recalls and service") },
	{ .name = "phone", .label = N_("Phone"), .type = FT_TEXT,
	  .max_len = 32, .width = 14, .help = N_("Contact telephone") },
	{ .name = "licence_no", .label = N_("Licence no."), .type = FT_TEXT,
	  .max_len = 64, .width = 0,
	  .help = N_("Medical institution or device business licence number") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing") },
};

const struct form form_customers = {
	.name = "customers",
	.title = N_("Customers"),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.code_field = "code",
	.name_field = "name",
};
