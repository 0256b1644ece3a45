/* 服务记录 — service tickets: installation, repairs, visits and training,
 * with the times the repair promises are judged by (core/service_rules.h). */
#include "config.h"
#include "core/form.h"
#include "core/service.h"

static const struct choice kinds[] = {
	{ "install", N_("Installation and commissioning") },
	{ "repair", N_("Repair") },
	{ "visit", N_("Regular visit") },
	{ "training", N_("Operator training") },
	{ NULL, NULL },
};

static const struct choice charges[] = {
	{ "warranty", N_("Under warranty") },
	{ "paid", N_("Paid repair") },
	{ NULL, NULL },
};

static const struct choice bases[] = {
	{ "acceptance", N_("Final acceptance") },
	{ "sale_date", N_("Sale date (no acceptance on record)") },
	{ "unknown", N_("Unknown (no acceptance or sale by this serial)") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "kind", .label = N_("Service type"), .type = FT_ENUM, .flags = F_REQUIRED,
	  .choices = kinds, .width = 8,
	  .help = N_("Installation, repair, regular visit or operator training") },
	{ .name = "customer", .label = N_("User unit"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "customers", .width = 18,
	  .help = N_("The customer: code or exact name; its city decides the response time") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "products", .width = 14, .help = N_("Product code or exact name") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 64, .width = 10,
	  .help = N_("Serial number of the unit; finds its acceptance and sale for the warranty") },
	{ .name = "notified_at", .label = N_("Notified at"), .type = FT_DATETIME,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 16,
	  .help = N_("When the customer told us, such as 2026-03-02 09:00; the deadlines run from it") },
	{ .name = "responded_at", .label = N_("Responded at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When we answered the customer (other cities: within 48 hours)") },
	{ .name = "onsite_at", .label = N_("On site at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the engineer arrived (same city: 48 hours; elsewhere: 7 days)") },
	{ .name = "parts_in_stock", .label = N_("Parts in domestic stock"), .type = FT_BOOL,
	  .width = 0,
	  .help = N_("yes or no: are the needed parts in the domestic spare stock; no gives 30 days") },
	{ .name = "parts_arrived_at", .label = N_("Parts arrived at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0, .help = N_("When the missing parts arrived") },
	{ .name = "resolved_at", .label = N_("Resolved at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 16,
	  .help = N_("When the work was finished and the unit works again") },
	{ .name = "engineer", .label = N_("Engineer"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 50, .width = 8, .help = N_("The service engineer who did the work") },
	{ .name = "description", .label = N_("Problem description"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 0,
	  .help = N_("What the customer asked for or what is wrong") },
	{ .name = "resolution", .label = N_("Resolution"), .type = FT_TEXT,
	  .flags = F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 0,
	  .help = N_("What was done") },
	{ .name = "accepted_on", .label = N_("Final acceptance date"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("Installation tickets: the day of final acceptance; the warranty runs 12 months from it") },
	{ .name = "charge", .label = N_("Charge"), .type = FT_ENUM, .choices = charges, .width = 6,
	  .help = N_("Repairs: left empty, computed from the warranty; a different choice needs charge_reason") },
	{ .name = "charge_reason", .label = N_("Charge override reason"), .type = FT_TEXT,
	  .max_len = 200, .width = 0,
	  .help = N_("Why the charge differs from the warranty rule") },
	{ .name = "warranty_from", .label = N_("Warranty from"), .type = FT_DATE,
	  .flags = F_COMPUTED, .width = 0,
	  .help = N_("The acceptance (or sale) date the warranty is counted from, computed") },
	{ .name = "warranty_basis", .label = N_("Warranty basis"), .type = FT_ENUM,
	  .flags = F_COMPUTED, .choices = bases, .width = 0,
	  .help = N_("Where the warranty date came from; a sale date is flagged for checking") },
};

static const struct rule rules[] = {
	{ RULE_NOT_BEFORE, "responded_at", "notified_at", NULL,
	  N_("is before the notification {}") },
	{ RULE_NOT_BEFORE, "onsite_at", "notified_at", NULL,
	  N_("is before the notification {}") },
	{ RULE_NOT_BEFORE, "resolved_at", "notified_at", NULL,
	  N_("is before the notification {}") },
	{ RULE_NOT_BEFORE, "parts_arrived_at", "notified_at", NULL,
	  N_("is before the notification {}") },
	/* and in order: responded, on site, resolved */
	{ RULE_NOT_BEFORE, "onsite_at", "responded_at", NULL,
	  N_("is before the response {}") },
	{ RULE_NOT_BEFORE, "resolved_at", "responded_at", NULL,
	  N_("is before the response {}") },
	{ RULE_NOT_BEFORE, "resolved_at", "onsite_at", NULL,
	  N_("is before the engineer was on site {}") },
	{ RULE_NOT_BEFORE, "resolved_at", "parts_arrived_at", NULL,
	  N_("is before the parts arrived {}") },
	{ RULE_NOT_BEFORE, "accepted_on", "notified_at", NULL,
	  N_("is before the notification {}") },
};

const struct form form_service = {
	.name = "service",
	.title = N_("Service record"),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "notified_at",
	.check = service_check,
	.row_status = service_row_status,
};
