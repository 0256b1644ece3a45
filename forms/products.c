/* 产品 — the products the office sells: the header of the paper sales
 * record (产品名称, 生产厂) plus what GSP expects to be traceable. */
#include "config.h"
#include "model/form.h"

static const struct choice device_classes[] = {
	{ "I", N_("Class I") },
	{ "II", N_("Class II") },
	{ "III", N_("Class III") },
	{ NULL, NULL },
};

/* the paper forms' column titles, for imported sheets */
static const char *const al_code[] = { "产品编码", "产品代码", "编码", NULL };
static const char *const al_name[] = { "产品名称", "品名", "名称", NULL };
static const char *const al_manufacturer[] = { "生产厂", "生产厂家", "生产企业", "注册人", NULL };
static const char *const al_spec[] = { "规格型号", "规格", "型号", NULL };
static const char *const al_reg_no[] = { "注册证号", "备案凭证编号", "注册证编号", NULL };
static const char *const al_class[] = { "管理类别", "类别", NULL };
static const char *const al_implant[] = { "植入", "植入类", NULL };
static const char *const al_sterile[] = { "无菌", NULL };
static const char *const al_resterilisable[] = { "可再灭菌", "可重复灭菌", NULL };
static const char *const al_unit[] = { "单位", NULL };
static const char *const al_remarks[] = { "备注", NULL };
static const char *const al_mnemonic[] = { "助记码", "拼音码", NULL };
static const char *const al_udi_di[] = { "产品标识", "UDI-DI", "GTIN", "条码", NULL };

static const char *const al_cert_expiry[] = { "注册证有效期", "有效期至", NULL };
static const char *const al_registrant[] = { "注册人/备案人", "备案人", NULL };
static const char *const al_storage[] = { "储存条件", "贮存条件", NULL };

static const struct field fields[] = {
	{ .name = "code", .label = N_("Product code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("The office's own short code, unique; sales lines may name the product by it"),
	  .aliases = al_code },
	{ .name = "name", .label = N_("Product name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 24,
	  .help = N_("The device name as on its registration certificate"),
	  .aliases = al_name },
	{ .name = "manufacturer", .label = N_("Manufacturer"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 20,
	  .help = N_("Registrant or filer, and contract manufacturer if any"),
	  .aliases = al_manufacturer },
	{ .name = "spec", .label = N_("Spec/model"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 14,
	  .help = N_("Model and specification; copied to new sales lines"),
	  .aliases = al_spec },
	{ .name = "reg_no", .label = N_("Registration/filing no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Registration certificate or filing number"),
	  .aliases = al_reg_no },
	{ .name = "class", .label = N_("Device class"), .type = FT_ENUM,
	  .choices = device_classes, .width = 6,
	  .help = N_("Medical device management class: I, II or III"),
	  .aliases = al_class },
	{ .name = "implant", .label = N_("Implant"), .type = FT_BOOL, .width = 4,
	  .help = N_("Implanted in the body: every unit must be followed to its patient"),
	  .aliases = al_implant },
	{ .name = "sterile", .label = N_("Sterile"), .type = FT_BOOL, .width = 4,
	  .help = N_("Supplied sterile: watch its sterilisation validity"),
	  .aliases = al_sterile },
	{ .name = "resterilisable", .label = N_("Re-sterilisable"), .type = FT_BOOL, .width = 0,
	  .help = N_("yes: re-sterilised free once sold over a year and past its validity; no for single-use goods (masks, syringes, blood tubes)"),
	  .aliases = al_resterilisable },
	{ .name = "unit", .label = N_("Unit"), .type = FT_TEXT, .max_len = 16, .width = 0,
	  .help = N_("Unit of sale, such as box, piece or set"),
	  .aliases = al_unit },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing"),
	  .aliases = al_remarks },
	{ .name = "mnemonic", .label = N_("Mnemonic code"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 32, .width = 0,
	  .help = N_("Letters to find it by; left empty, the pinyin initials of the name"),
	  .aliases = al_mnemonic },
	{ .name = "udi_di", .label = N_("UDI-DI (GTIN)"), .type = FT_TEXT,
	  .flags = F_UNIQUE, .max_len = 14, .width = 0,
	  .help = N_("The product identifier of its UDI: the GTIN a scanned code's (01) gives"),
	  .aliases = al_udi_di },
	/* 首营品种: the product's qualification, approved before it is first
	 * received or sold (core/receiving.c) */
	{ .name = "cert_expiry", .label = N_("Certificate expiry"), .type = FT_DATE, .width = 0,
	  .help = N_("The last day the registration certificate is valid; not sold after it"),
	  .aliases = al_cert_expiry },
	{ .name = "registrant", .label = N_("Registrant/filer"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 0,
	  .help = N_("The certificate's registrant (注册人) or filer (备案人)"),
	  .aliases = al_registrant },
	{ .name = "mfr_licence", .label = N_("Manufacturer's licence no."), .type = FT_TEXT,
	  .max_len = 64, .width = 0,
	  .help = N_("The manufacturing licence or filing number of its maker") },
	{ .name = "storage", .label = N_("Storage conditions"), .type = FT_TEXT,
	  .max_len = 200, .width = 0,
	  .help = N_("How it must be stored, such as 2-8 °C, dry, away from light"),
	  .aliases = al_storage },
	{ .name = "approved_on", .label = N_("Approved on"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("The day its qualification was approved (首营品种审核)") },
	{ .name = "approved_by", .label = N_("Approver"), .type = FT_TEXT,
	  .max_len = 50, .width = 0, .help = N_("Who approved its qualification") },
};

static const struct rule rules[] = {
	{ RULE_GTIN, "udi_di", NULL, NULL, NULL },
	{ RULE_REQUIRED_WITH, "approved_by", "approved_on", NULL,
	  N_("is required with the approval date") },
};

const struct form form_products = {
	.name = "products",
	.title = N_("Products"),
	.purpose = N_("The products the office sells, with what GSP expects to be traceable: the "
	               "registration or filing number, the maker, the specification and model."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.code_field = "code",
	.name_field = "name",
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = 'p', .place = 120 },
	.picker_shows = (const char *const[]){ "spec", "manufacturer", NULL },
};
