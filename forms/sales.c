/* 产品销售记录 — the Product Sales Record: one line per delivery, together
 * the sales ledger (销售台帐) that traces every unit to its buyer. */
#include "config.h"
#include "core/form.h"
#include "core/recall.h"

static const struct field fields[] = {
	{ .name = "product", .label = N_("Product"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "products", .width = 20,
	  .help = N_("Product code or exact name") },
	{ .name = "spec", .label = N_("Spec/model"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 12,
	  .help = N_("Left empty, the product's own spec/model is used") },
	{ .name = "qty", .label = N_("Quantity"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 1000000, .width = 6,
	  .help = N_("Units delivered, a whole number above zero") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12,
	  .help = N_("Batch or lot number; give it, the serial number, or both") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Serial number of an instrument") },
	{ .name = "expiry", .label = N_("Expiry date"), .type = FT_DATE, .width = 10,
	  .help = N_("Expiry or end of service life, such as 2027-06-30") },
	{ .name = "sale_date", .label = N_("Sale date"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("Date of delivery, not in the future") },
	{ .name = "customer", .label = N_("Destination"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "customers", .width = 20,
	  .help = N_("The buyer: customer code or exact name") },
	{ .name = "unit_price", .label = N_("Unit price"), .type = FT_DECIMAL,
	  .flags = F_MIN | F_MAX, .scale = 2, .min = 0, .max = 99999999999, .width = 0,
	  .help = N_("Price per unit in yuan, such as 12.50") },
	{ .name = "amount", .label = N_("Amount"), .type = FT_DECIMAL,
	  .flags = F_COMPUTED, .scale = 2, .width = 0,
	  .help = N_("Quantity times unit price, computed") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 500, .width = 10,
	  .help = N_("Anything else worth knowing") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_REF, "spec", "product", "spec", NULL },
	{ RULE_ONE_OF, "batch", "serial", NULL,
	  N_("give the batch number, the serial number or both") },
	{ RULE_NOT_BEFORE, "expiry", "sale_date", NULL,
	  N_("is before the sale date {}: an expired product may not be sold") },
	{ RULE_PRODUCT, "amount", "qty", "unit_price", NULL },
};

const struct form form_sales = {
	.name = "sales",
	.title = N_("Product sales record"),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "sale_date",
	.check = recall_check_sale,
};
