/* 召回 — recall campaigns: a product's batch or serial number recalled
 * (its recipients: forms/recall_recipients.c). Written by `gspdesk recall`,
 * which keeps the rules (core/recall.c). */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"

static const struct choice recall_classes[] = {
	{ "I", N_("Class I recall") },
	{ "II", N_("Class II recall") },
	{ "III", N_("Class III recall") },
	{ NULL, NULL },
};

static const struct choice statuses[] = {
	{ "open", N_("In progress") },
	{ "closed", N_("Ended") },
	{ NULL, NULL },
};

static const struct field recall_fields[] = {
	{ .name = "product", .label = N_("Product"), .type = FT_REF, .ref = "products",
	  .flags = F_REQUIRED, .width = 18, .help = N_("The product recalled") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12, .help = N_("The batch recalled") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 12, .help = N_("The serial number recalled") },
	{ .name = "class", .label = N_("Recall class"), .type = FT_ENUM, .flags = F_REQUIRED,
	  .choices = recall_classes, .width = 8,
	  .help = N_("I: buyers told within 1 day; II: within 3 days; III: within 7 days") },
	{ .name = "reason", .label = N_("Reason"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 500, .width = 20,
	  .help = N_("Why it is recalled, as in the manufacturer's notice") },
	{ .name = "opened", .label = N_("Opened"), .type = FT_DATETIME,
	  .flags = F_REQUIRED | F_NOT_FUTURE,
	  .width = 16, .help = N_("When the office opened the recall") },
	{ .name = "status", .label = N_("Status"), .type = FT_ENUM, .flags = F_REQUIRED,
	  .choices = statuses, .width = 6, .help = N_("Open until every buyer is dealt with") },
	{ .name = "closed", .label = N_("Closed"), .type = FT_DATETIME, .flags = F_NOT_FUTURE,
	  .width = 0,
	  .help = N_("When the recall was closed") },
	{ .name = "close_reason", .label = N_("Closing note"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0, .help = N_("Why it was closed") },
};

static const struct rule recall_rules[] = {
	{ RULE_ONE_OF, "batch", "serial", NULL,
	  N_("give the batch number, the serial number or both") },
	{ RULE_NOT_BEFORE, "closed", "opened", NULL, N_("is before the recall was opened ({})") },
};

static const struct due_source *const due[] = { &due_recall, NULL };

const struct form form_recalls = {
	.name = "recalls",
	.title = N_("Recalls"),
	.purpose = N_("Recalls: a product's batch or serial recalled, its class and deadline; each "
	               "buyer it went to is told, and what comes back is counted."),
	.fields = recall_fields,
	.nfields = FORM_COUNT(recall_fields),
	.rules = recall_rules,
	.nrules = FORM_COUNT(recall_rules),
	.date_field = "opened",
	.own_command = "gspdesk recall open",
	.keys = form_keys_batch_serial,
	.due = due,
	.menu = { .key = 'l', .place = 110 },
};
