/* 召回 — recall campaigns: a product's batch or serial number recalled,
 * and each buyer it went to, told when, how and by whom, with what came
 * back. Written by `gspdesk recall`, which keeps the rules (core/recall.c). */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"
#include "core/recall.h"

static const struct choice recall_classes[] = {
	{ "I", N_("Class I recall") },
	{ "II", N_("Class II recall") },
	{ "III", N_("Class III recall") },
	{ NULL, NULL },
};

static const struct choice statuses[] = {
	{ "open", N_("In progress") },
	{ "closed", N_("closed") },
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
	.fields = recall_fields,
	.nfields = FORM_COUNT(recall_fields),
	.rules = recall_rules,
	.nrules = FORM_COUNT(recall_rules),
	.date_field = "opened",
	.own_command = "gspdesk recall open",
	.keys = form_keys_batch_serial,
	.due = due,
};

static const struct choice hows[] = {
	{ "phone", N_("phone") },
	{ "letter", N_("letter") },
	{ "visit", N_("visit") },
	{ NULL, NULL },
};

static const struct field recipient_fields[] = {
	{ .name = "recall", .label = N_("Recall"), .type = FT_REF, .ref = "recalls",
	  .flags = F_REQUIRED, .width = 6, .help = N_("ID of the recall") },
	{ .name = "customer", .label = N_("Customer name"), .type = FT_REF, .ref = "customers",
	  .flags = F_REQUIRED, .width = 20, .help = N_("A buyer of the recalled goods") },
	{ .name = "qty_sold", .label = N_("Quantity sold"), .type = FT_INT,
	  .flags = F_REQUIRED | F_MIN, .min = 0, .width = 6,
	  .help = N_("Units of the recalled goods sold to this buyer") },
	{ .name = "notified_at", .label = N_("Notified"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 16,
	  .help = N_("When the buyer was told") },
	{ .name = "how", .label = N_("How"), .type = FT_ENUM, .choices = hows, .width = 6,
	  .help = N_("Phone, letter or visit") },
	{ .name = "notified_by", .label = N_("Notified by"), .type = FT_TEXT, .max_len = 32,
	  .width = 8, .help = N_("Who told the buyer") },
	{ .name = "note", .label = N_("Note"), .type = FT_TEXT, .flags = F_MULTILINE,
	  .max_len = 500, .width = 0, .help = N_("Who was reached, what was said") },
	{ .name = "reply", .label = N_("Reply"), .type = FT_TEXT, .flags = F_MULTILINE,
	  .max_len = 500, .width = 12, .help = N_("The buyer's reply") },
	{ .name = "qty_returned", .label = N_("Quantity returned"), .type = FT_INT,
	  .flags = F_MIN, .min = 0, .width = 6, .help = N_("Units sent back so far") },
	{ .name = "returned_at", .label = N_("Returned at"), .type = FT_DATETIME, .width = 0,
	  .help = N_("When the last units came back") },
};

static const struct rule recipient_rules[] = {
	{ RULE_NOT_BEFORE_REF, "notified_at", "recall", "opened",
	  N_("is before the recall was opened ({})") },
};

const struct form form_recall_recipients = {
	.name = "recall_recipients",
	.title = N_("Recall recipients"),
	.fields = recipient_fields,
	.nfields = FORM_COUNT(recipient_fields),
	.rules = recipient_rules,
	.nrules = FORM_COUNT(recipient_rules),
	.own_command = "gspdesk recall notify / recall return",
	.void_check = recall_check_void,
};
