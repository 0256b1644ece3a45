/* 产品销售记录 — the Product Sales Record: one line per delivery, together
 * the sales ledger (销售台帐) that traces every unit to its buyer. */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"
#include "core/sales.h"

/* the paper forms' column titles, for imported sheets */
static const char *const al_product[] = { "产品名称", "产品", "品名", NULL };
static const char *const al_spec[] = { "规格型号", "规格", "型号", NULL };
static const char *const al_qty[] = { "数量", NULL };
static const char *const al_batch[] = { "批号", "批号/编号", NULL };
static const char *const al_serial[] = { "序列号", NULL };
static const char *const al_expiry[] = { "有效期限", "有效期", "失效日期", NULL };
static const char *const al_sale_date[] = { "销售日期", "日期", NULL };
static const char *const al_customer[] = { "去向", "客户", "购货单位", NULL };
static const char *const al_unit_price[] = { "单价", NULL };
static const char *const al_amount[] = { "金额", NULL };
static const char *const al_remarks[] = { "备注", NULL };

static const struct field fields[] = {
	{ .name = "product", .label = N_("Product"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "products", .width = 20,
	  .help = N_("Product code or exact name"),
	  .aliases = al_product },
	{ .name = "spec", .label = N_("Spec/model"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 12,
	  .help = N_("Left empty, the product's own spec/model is used"),
	  .aliases = al_spec },
	{ .name = "qty", .label = N_("Quantity"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 1000000, .width = 6,
	  .help = N_("Units delivered, a whole number above zero"),
	  .aliases = al_qty },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12,
	  .help = N_("Batch or lot number; give it, the serial number, or both"),
	  .aliases = al_batch },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Serial number of an instrument"),
	  .aliases = al_serial },
	{ .name = "expiry", .label = N_("Expiry date"), .type = FT_DATE, .width = 10,
	  .help = N_("Expiry or end of service life, such as 2027-06-30"),
	  .aliases = al_expiry },
	{ .name = "sale_date", .label = N_("Sale date"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("Date of delivery, not in the future"),
	  .aliases = al_sale_date },
	{ .name = "customer", .label = N_("Destination"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "customers", .width = 20,
	  .help = N_("The buyer: customer code or exact name"),
	  .aliases = al_customer },
	{ .name = "unit_price", .label = N_("Unit price"), .type = FT_DECIMAL,
	  .flags = F_MIN | F_MAX | F_MONEY, .scale = 2, .min = 0, .max = 99999999999, .width = 0,
	  .help = N_("Price per unit in yuan, such as 12.50"),
	  .aliases = al_unit_price },
	{ .name = "amount", .label = N_("Amount"), .type = FT_DECIMAL,
	  .flags = F_COMPUTED | F_MONEY, .scale = 2, .width = 0,
	  .help = N_("Quantity times unit price, computed"),
	  .aliases = al_amount },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 500, .width = 10,
	  .help = N_("Anything else worth knowing"),
	  .aliases = al_remarks },
	/* The facts an inspector reads from the line, as they were on the day
	 * it was saved: copied from the product and the buyer then (sales_check)
	 * and never changed by a later edit of either. */
	{ .name = "product_name", .label = N_("Product name on the day"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The product's name on the day of sale") },
	{ .name = "manufacturer", .label = N_("Manufacturer"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The product's manufacturer on the day of sale") },
	{ .name = "reg_no", .label = N_("Registration/filing no."), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0,
	  .help = N_("The product's registration or filing certificate on the day of sale") },
	{ .name = "unit", .label = N_("Unit"), .type = FT_TEXT, .flags = F_COMPUTED, .width = 0,
	  .help = N_("The product's unit on the day of sale") },
	{ .name = "buyer_name", .label = N_("Customer name"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The buyer's name on the day of sale") },
	{ .name = "buyer_address", .label = N_("Address"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The buyer's address on the day of sale") },
	{ .name = "buyer_contact", .label = N_("Contact person"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The buyer's contact on the day of sale") },
	{ .name = "buyer_phone", .label = N_("Phone"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The buyer's phone on the day of sale") },
	{ .name = "buyer_licence", .label = N_("Licence no."), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0,
	  .help = N_("The buyer's licence number on the day of sale") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_REF, "spec", "product", "spec", NULL },
	{ RULE_ONE_OF, "batch", "serial", NULL,
	  N_("give the batch number, the serial number or both") },
	{ RULE_NOT_BEFORE, "expiry", "sale_date", NULL,
	  N_("is before the sale date {}: an expired product may not be sold") },
	{ RULE_PRODUCT, "amount", "qty", "unit_price", NULL },
};

static const struct due_source *const due[] = { &due_resterilise, &due_expiring, &due_implant, NULL };

const struct form form_sales = {
	.name = "sales",
	.title = N_("Product sales record"),
	.purpose = N_("The sales ledger: one line per product delivered, with its batch or serial, "
	               "expiry, quantity and buyer, so that every unit sold can be traced to where it "
	               "went. The product's and the buyer's facts are kept on the line as they were on "
	               "the day of sale."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "sale_date",
	.ledger = true,
	.text_index = true,
	.check = sales_check,
	.keys = form_keys_batch_serial,
	.due = due,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '1', .place = 10 },
	.archive = {
		.title = N_("Sales"),
		.field = "customer",
		.sort = "sale_date",
		.totals = { "qty", "amount" },
		.place = 10,
	},
	.scan = { .udi = true, .then = "qty" },
	.next_keeps = (const char *const[]){ "sale_date", "customer", NULL },
};
