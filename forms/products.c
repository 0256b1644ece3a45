/* 产品 — the products the office sells: the header of the paper sales
 * record (产品名称, 生产厂) plus what GSP expects to be traceable. */
#include "config.h"
#include "core/form.h"

static const struct choice device_classes[] = {
	{ "I", N_("Class I") },
	{ "II", N_("Class II") },
	{ "III", N_("Class III") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "code", .label = N_("Product code"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_UNIQUE | F_SEARCH, .max_len = 32, .width = 10,
	  .help = N_("The office's own short code, unique; sales lines may name the product by it") },
	{ .name = "name", .label = N_("Product name"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH, .max_len = 100, .width = 24,
	  .help = N_("The device name as on its registration certificate") },
	{ .name = "manufacturer", .label = N_("Manufacturer"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 20,
	  .help = N_("Registrant or filer, and contract manufacturer if any") },
	{ .name = "spec", .label = N_("Spec/model"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 100, .width = 14,
	  .help = N_("Model and specification; copied to new sales lines") },
	{ .name = "reg_no", .label = N_("Registration/filing no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Registration certificate or filing number") },
	{ .name = "class", .label = N_("Device class"), .type = FT_ENUM,
	  .choices = device_classes, .width = 6,
	  .help = N_("Medical device management class: I, II or III") },
	{ .name = "implant", .label = N_("Implant"), .type = FT_BOOL, .width = 4,
	  .help = N_("Implanted in the body: every unit must be followed to its patient") },
	{ .name = "sterile", .label = N_("Sterile"), .type = FT_BOOL, .width = 4,
	  .help = N_("Supplied sterile: watch its sterilisation validity") },
	{ .name = "unit", .label = N_("Unit"), .type = FT_TEXT, .max_len = 16, .width = 0,
	  .help = N_("Unit of sale, such as box, piece or set") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("Anything else worth knowing") },
};

const struct form form_products = {
	.name = "products",
	.title = N_("Products"),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.code_field = "code",
	.name_field = "name",
};
