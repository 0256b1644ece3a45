/* 客户 — buyers: the 去向 of every sales line and the user archive
 * (用户档案) that makes each sold unit traceable. */
#include "config.h"
#include "model/form.h"

/* the paper forms' column titles, for imported sheets */
static const char *const al_code[] = { "客户编码", "客户代码", "编码", NULL };
static const char *const al_name[] = { "客户名称", "单位名称", "名称", "去向", NULL };
static const char *const al_province[] = { "省份", "省", NULL };
static const char *const al_city[] = { "城市", "市", NULL };
static const char *const al_address[] = { "地址", NULL };
static const char *const al_contact[] = { "联系人", NULL };
static const char *const al_phone[] = { "电话", "联系电话", NULL };
static const char *const al_licence_no[] = { "许可证号", "许可证编号", NULL };
static const char *const al_licence_expiry[] = { "许可证有效期", NULL };
static const char *const al_remarks[] = { "备注", NULL };
static const char *const al_mnemonic[] = { "助记码", "拼音码", NULL };

static const struct field fields[] = {
	{ .name = "code", .label = N_("Customer code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("The office's own short code, unique; sales lines may name the customer by it"),
	  .aliases = al_code },
	{ .name = "name", .label = N_("Customer name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 26,
	  .help = N_("Full name of the hospital, clinic or company"),
	  .aliases = al_name },
	{ .name = "province", .label = N_("Province"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 8,
	  .help = N_("Province, autonomous region or municipality"),
	  .aliases = al_province },
	{ .name = "city", .label = N_("City"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 8,
	  .help = N_("City; decides the repair response time"),
	  .aliases = al_city },
	{ .name = "address", .label = N_("Address"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 200, .width = 0,
	  .help = N_("Delivery address"),
	  .aliases = al_address },
	{ .name = "contact", .label = N_("Contact person"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 8,
	  .help = N_("Who to call about deliveries, recalls and service"),
	  .aliases = al_contact },
	{ .name = "phone", .label = N_("Phone"), .type = FT_TEXT,
	  .max_len = 32, .width = 14, .help = N_("Contact telephone"),
	  .aliases = al_phone },
	{ .name = "licence_no", .label = N_("Licence no."), .type = FT_TEXT,
	  .max_len = 64, .width = 0,
	  .help = N_("Medical institution or device business licence number"),
	  .aliases = al_licence_no },
	{ .name = "licence_expiry", .label = N_("Licence expiry"), .type = FT_DATE, .width = 0,
	  .help = N_("The last day the licence is valid; nothing is sold to them after it"),
	  .aliases = al_licence_expiry },
	{ .name = "licence_scope", .label = N_("Licence scope"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("The practice or business scope the licence allows") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing"),
	  .aliases = al_remarks },
	{ .name = "mnemonic", .label = N_("Mnemonic code"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 0,
	  .help = N_("Letters to find it by; left empty, the pinyin initials of the name"),
	  .aliases = al_mnemonic },
};

const struct form form_customers = {
	.name = "customers",
	.title = N_("Customers"),
	.purpose = N_("The buyers: where every sales line goes, and whose archive (user file) keeps "
	               "each sold unit traceable."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.code_field = "code",
	.name_field = "name",
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = 'c', .place = 130 },
	.picker_shows = (const char *const[]){ "city", NULL },
};
