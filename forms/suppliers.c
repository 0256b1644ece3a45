/* 供货单位 — the suppliers goods are bought from, each qualified before the
 * first purchase (首营企业审核): its licence, business licence and the
 * device classes its business scope (经营范围) covers. A receipt from a
 * supplier whose licence expired, or whose scope does not cover the
 * product's class, is refused (core/receiving.c). */
#include "config.h"
#include "core/due_sources.h"
#include "model/form.h"

static const struct choice statuses[] = {
	{ "active", N_("active") },
	{ "suspended", N_("suspended") },
	{ NULL, NULL },
};

/* the paper forms' column titles, for imported sheets */
static const char *const al_code[] = { "供货单位编码", "编码", NULL };
static const char *const al_name[] = { "供货单位", "供货单位名称", "名称", NULL };
static const char *const al_licence_no[] = { "许可证号", "经营许可证号", "生产许可证号", NULL };
static const char *const al_licence_expiry[] = { "许可证有效期", "有效期至", NULL };
static const char *const al_business_licence[] = { "营业执照", "营业执照号", "统一社会信用代码", NULL };
static const char *const al_scope[] = { "经营范围", NULL };
static const char *const al_contact[] = { "联系人", NULL };
static const char *const al_phone[] = { "电话", "联系电话", NULL };

static const struct field fields[] = {
	{ .name = "code", .label = N_("Supplier code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("The office's own short code, unique; receipts may name the supplier by it"),
	  .aliases = al_code },
	{ .name = "name", .label = N_("Supplier name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 24,
	  .help = N_("Full name of the manufacturer or distributor"),
	  .aliases = al_name },
	{ .name = "licence_no", .label = N_("Licence no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 16,
	  .help = N_("Device business or manufacturing licence (or filing) number"),
	  .aliases = al_licence_no },
	{ .name = "licence_expiry", .label = N_("Licence expiry"), .type = FT_DATE, .width = 10,
	  .help = N_("The last day the licence is valid; nothing is received from it after"),
	  .aliases = al_licence_expiry },
	{ .name = "business_licence", .label = N_("Business licence no."), .type = FT_TEXT,
	  .max_len = 64, .width = 0,
	  .help = N_("Business licence (营业执照) or unified social credit code"),
	  .aliases = al_business_licence },
	{ .name = "scope", .label = N_("Business scope"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("The business scope as the licence words it"),
	  .aliases = al_scope },
	{ .name = "class_i", .label = N_("Scope: class I"), .type = FT_BOOL, .width = 0,
	  .help = N_("yes: its scope covers class I devices") },
	{ .name = "class_ii", .label = N_("Scope: class II"), .type = FT_BOOL, .width = 0,
	  .help = N_("yes: its scope covers class II devices") },
	{ .name = "class_iii", .label = N_("Scope: class III"), .type = FT_BOOL, .width = 0,
	  .help = N_("yes: its scope covers class III devices") },
	{ .name = "contact", .label = N_("Contact person"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("Who to call about deliveries and quality disputes"),
	  .aliases = al_contact },
	{ .name = "phone", .label = N_("Phone"), .type = FT_TEXT, .max_len = 32, .width = 0,
	  .help = N_("Contact telephone"), .aliases = al_phone },
	{ .name = "approved_on", .label = N_("Approved on"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 10,
	  .help = N_("The day its qualification was approved (首营企业审核); nothing is received before") },
	{ .name = "approved_by", .label = N_("Approver"), .type = FT_TEXT,
	  .max_len = 50, .width = 0, .help = N_("Who approved its qualification") },
	{ .name = "status", .label = N_("Status"), .type = FT_ENUM, .choices = statuses,
	  .width = 8, .help = N_("active or suspended; active when left empty") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "status", NULL, "active", NULL },
	{ RULE_REQUIRED_WITH, "approved_by", "approved_on", NULL,
	  N_("is required with the approval date") },
};

static const struct due_source *const due[] = { &due_qualification, NULL };

const struct form form_suppliers = {
	.name = "suppliers",
	.title = N_("Suppliers"),
	.purpose = N_("The suppliers goods are bought from, each qualified before the first purchase: "
	               "their licences and the device classes their business scope covers."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.code_field = "code",
	.name_field = "name",
	.menu = { .key = 'g', .place = 125 },
	.due = due,
};
