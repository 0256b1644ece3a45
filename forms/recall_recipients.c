/* 召回 — a recall's recipients: each buyer the recalled goods went to,
 * told when, how and by whom, with what came back. Written by `gspdesk
 * recall notify` and `recall return`, which keep the rules (core/recall.c). */
#include "config.h"
#include "model/form.h"
#include "core/recall.h"

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
	.purpose = N_("The buyers a recall's goods went to: when, how and by whom each was told, and "
	               "what came back."),
	.fields = recipient_fields,
	.nfields = FORM_COUNT(recipient_fields),
	.rules = recipient_rules,
	.nrules = FORM_COUNT(recipient_rules),
	.own_command = "gspdesk recall notify / recall return",
	.void_check = recall_check_void,
	.archive = {
		.title = N_("Recalls"),
		.field = "customer",
		.totals = { "qty_sold", "qty_returned" },
		.place = 90,
	},
};
