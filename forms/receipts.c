/* 进货查验记录 — a delivery received and checked: the header names the
 * supplier, the day and the invoice or delivery note; its lines
 * (receipt_lines) each one product's batch, accepted into stock or
 * rejected. An opening balance is the stock an office starting mid-year
 * already holds, received from no supplier. */
#include "config.h"
#include "model/form.h"
#include "core/receiving.h"
#include "core/stock_guard.h"

static const struct choice kinds[] = {
	{ "purchase", N_("purchase") },
	{ "opening", N_("opening balance") },
	{ NULL, NULL },
};

static const char *const al_supplier[] = { "供货单位", "供货者", NULL };
static const char *const al_date[] = { "到货日期", "验收日期", "日期", NULL };
static const char *const al_invoice[] = { "发票号", "随货同行单号", "单号", NULL };

static const struct field fields[] = {
	{ .name = "date", .label = N_("Date received"), .type = FT_DATE,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 10,
	  .help = N_("The day the goods arrived and were checked"), .aliases = al_date },
	{ .name = "kind", .label = N_("Receipt kind"), .type = FT_ENUM, .choices = kinds, .width = 8,
	  .help = N_("purchase, or opening (the stock held when the office began recording); purchase when left empty") },
	{ .name = "supplier", .label = N_("Supplier"), .type = FT_REF, .ref = "suppliers",
	  .width = 20, .help = N_("Supplier code or exact name"), .aliases = al_supplier },
	{ .name = "invoice_no", .label = N_("Invoice/delivery note no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 14,
	  .help = N_("The invoice or delivery note (随货同行单) the goods came with"),
	  .aliases = al_invoice },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing") },
	/* frozen at receipt (receipts_check) */
	{ .name = "supplier_name", .label = N_("Supplier name on the day"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The supplier's name on the day received") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "kind", NULL, "purchase", NULL },
	{ RULE_REQUIRED_IF, "supplier", "kind", "purchase", N_("is required for a {}") },
};

const struct form form_receipts = {
	.name = "receipts",
	.title = N_("Receiving inspection record"),
	.purpose = N_("A delivery received and checked: the supplier, the day and the invoice or "
	               "delivery note; each of its lines one product's batch, accepted into stock or "
	               "rejected."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "date",
	.code_field = "date",
	.name_field = "invoice_no",
	.lines = "receipt_lines",
	.check = receipts_check,
	.void_check = stock_guard_receipt_void,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = 'j', .place = 15 },
	.archive = {
		.title = N_("Receipts"),
		.field = "supplier",
		.sort = "date",
		.place = 200,
	},
};
