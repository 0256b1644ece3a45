/* One line of a receiving inspection record: a product's batch or serial
 * as delivered, what was checked, and the conclusion. Accepted lines enter
 * stock; rejected ones, with their reason, do not. The product's name and
 * registration number are frozen as they were on the day received. */
#include "config.h"
#include "model/form.h"
#include "core/receiving.h"
#include "core/stock_guard.h"

static const struct choice conclusions[] = {
	{ "accepted", N_("accepted") },
	{ "rejected", N_("rejected") },
	{ NULL, NULL },
};

static const char *const al_product[] = { "产品名称", "产品", "品名", NULL };
static const char *const al_spec[] = { "规格型号", "规格", "型号", NULL };
static const char *const al_qty[] = { "数量", "到货数量", NULL };
static const char *const al_batch[] = { "批号", "批号/编号", NULL };
static const char *const al_serial[] = { "序列号", NULL };
static const char *const al_made[] = { "生产日期", NULL };
static const char *const al_expiry[] = { "有效期限", "有效期", "失效日期", NULL };
static const char *const al_conclusion[] = { "验收结论", "结论", NULL };
static const char *const al_inspector[] = { "验收人", NULL };

static const struct field fields[] = {
	{ .name = "receipt", .label = N_("Receipt"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "receipts", .width = 6, .help = N_("The receipt's number (id)") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "products", .width = 20, .help = N_("Product code or exact name"),
	  .aliases = al_product },
	{ .name = "spec", .label = N_("Spec/model"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 100, .width = 0,
	  .help = N_("Left empty, the product's own spec/model is used"), .aliases = al_spec },
	{ .name = "qty", .label = N_("Quantity"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN | F_MAX, .min = 1, .max = 1000000, .width = 6,
	  .help = N_("Units received, a whole number above zero"), .aliases = al_qty },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 64, .width = 12,
	  .help = N_("Batch or lot number; give it, the serial number, or both"),
	  .aliases = al_batch },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 64, .width = 0, .help = N_("Serial number of an instrument"),
	  .aliases = al_serial },
	{ .name = "made", .label = N_("Production date"), .type = FT_DATE, .flags = F_NOT_FUTURE,
	  .width = 0,
	  .help = N_("The day the batch was made"), .aliases = al_made },
	{ .name = "expiry", .label = N_("Expiry date"), .type = FT_DATE, .width = 10,
	  .help = N_("Expiry or end of service life, such as 2027-06-30"), .aliases = al_expiry },
	{ .name = "storage_ok", .label = N_("Storage check"), .type = FT_BOOL, .width = 0,
	  .help = N_("yes: the goods arrived as their storage conditions ask; yes when left empty") },
	{ .name = "conclusion", .label = N_("Conclusion"), .type = FT_ENUM,
	  .choices = conclusions, .width = 8,
	  .help = N_("accepted (into stock) or rejected; accepted when left empty"),
	  .aliases = al_conclusion },
	{ .name = "reject_reason", .label = N_("Reason rejected"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 200, .width = 12,
	  .help = N_("Why the goods were refused") },
	{ .name = "inspector", .label = N_("Inspector"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 50, .width = 8, .help = N_("Who checked the goods"),
	  .aliases = al_inspector },
	/* frozen at receipt (receipt_lines_check) */
	{ .name = "product_name", .label = N_("Product name on the day"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0, .help = N_("The product's name on the day received") },
	{ .name = "reg_no", .label = N_("Registration/filing no."), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0,
	  .help = N_("The product's registration or filing certificate on the day received") },
	{ .name = "manufacturer", .label = N_("Manufacturer"), .type = FT_TEXT,
	  .flags = F_COMPUTED, .width = 0,
	  .help = N_("The product's manufacturer on the day received") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_REF, "spec", "product", "spec", NULL },
	{ RULE_ONE_OF, "batch", "serial", NULL,
	  N_("give the batch number, the serial number or both") },
	{ RULE_DEFAULT_VALUE, "storage_ok", NULL, "1", NULL },
	{ RULE_DEFAULT_VALUE, "conclusion", NULL, "accepted", NULL },
	{ RULE_REQUIRED_IF, "reject_reason", "conclusion", "rejected", N_("is required when {}") },
	{ RULE_ONLY_IF, "reject_reason", "conclusion", "rejected",
	  N_("is only given when the conclusion is {}") },
	{ RULE_NOT_BEFORE, "expiry", "made", NULL, N_("is before the production date {}") },
};

const struct form form_receipt_lines = {
	.name = "receipt_lines",
	.title = N_("Receiving inspection lines"),
	.purpose = N_("One line of a receiving inspection: a product's batch or serial as delivered, "
	               "what was checked and the conclusion; accepted lines enter stock."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.parent_field = "receipt",
	.check = receipt_lines_check,
	.void_check = stock_guard_line_void,
	.keys = form_keys_batch_serial,
	/* in the supplier archive through their receipt: every line, then
	 * the rejected ones again, the supplier's quality record */
	.archive = {
		.title = N_("Receipt lines"),
		.field = "receipt",
		.via = "supplier",
		.totals = { "qty", NULL },
		.place = 210,
		.subset_title = N_("Rejected lines"),
		.subset_field = "conclusion",
		.subset_value = "rejected",
	},
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
};
