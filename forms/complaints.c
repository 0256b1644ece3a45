/* 客户投诉记录表 — the Customer Complaint Log: what was complained of, the
 * cause analysis and corrective action, and the written reply. */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"

static const struct choice statuses[] = {
	{ "open", N_("open") },
	{ "investigating", N_("investigating") },
	{ "replied", N_("replied") },
	{ "closed", N_("closed") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "received_at", .label = N_("Received at"), .type = FT_DATETIME,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 16,
	  .help = N_("When the complaint came in, such as 2026-11-20 09:30") },
	{ .name = "customer", .label = N_("Customer"), .type = FT_REF,
	  .flags = F_REQUIRED, .ref = "customers", .width = 16,
	  .help = N_("Customer code or exact name") },
	{ .name = "contact", .label = N_("Contact person"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 0,
	  .help = N_("Who complained and how to reach them") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF,
	  .ref = "products", .width = 12,
	  .help = N_("Product code or exact name") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Batch or lot number") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 64, .width = 0,
	  .help = N_("Serial number of an instrument") },
	{ .name = "content", .label = N_("Complaint"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 18,
	  .help = N_("What the customer complained of, in their words") },
	{ .name = "received_by", .label = N_("Received by"), .type = FT_TEXT,
	  .flags = F_PERSON | F_SEARCH, .max_len = 50, .width = 0,
	  .help = N_("Who took the complaint") },
	{ .name = "reported_at", .label = N_("Reported to quality"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the quality management department was told; due within 2 working days") },
	{ .name = "cause", .label = N_("Cause analysis"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 0,
	  .help = N_("Why it happened; due within 5 working days") },
	{ .name = "action", .label = N_("Corrective/preventive action"), .type = FT_TEXT,
	  .flags = F_MULTILINE | F_SEARCH, .max_len = 1000, .width = 0,
	  .help = N_("What was done about it and to keep it from happening again") },
	{ .name = "handled_by", .label = N_("Handled by"), .type = FT_TEXT,
	  .flags = F_SEARCH, .max_len = 50, .width = 0,
	  .help = N_("Who handled the complaint") },
	{ .name = "reply_date", .label = N_("Written reply date"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the written reply went to the customer") },
	{ .name = "customer_view", .label = N_("Customer's view"), .type = FT_TEXT,
	  .flags = F_MULTILINE, .max_len = 500, .width = 0,
	  .help = N_("What the customer thought of the result") },
	{ .name = "status", .label = N_("Status"), .type = FT_ENUM,
	  .choices = statuses, .width = 8,
	  .help = N_("open, investigating, replied or closed; open when left empty") },
	{ .name = "closed_date", .label = N_("Closed date"), .type = FT_DATE,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the complaint was closed; only for a closed complaint") },
	{ .name = "adverse_event", .label = N_("Adverse event"), .type = FT_BOOL,
	  .width = 0, .help = N_("yes when the complaint is (or became) an adverse event") },
};

static const struct rule rules[] = {
	{ RULE_DEFAULT_VALUE, "status", NULL, "open", NULL },
	{ RULE_REQUIRED_IF, "cause", "status", "closed",
	  N_("is required to close the complaint (status {})") },
	{ RULE_REQUIRED_IF, "action", "status", "closed",
	  N_("is required to close the complaint (status {})") },
	{ RULE_REQUIRED_IF, "reply_date", "status", "closed",
	  N_("is required to close the complaint (status {})") },
	{ RULE_REQUIRED_IF, "closed_date", "status", "closed",
	  N_("is required to close the complaint (status {})") },
	{ RULE_ONLY_IF, "closed_date", "status", "closed",
	  N_("is only given when the status is {}") },
	{ RULE_NOT_BEFORE, "reported_at", "received_at", NULL,
	  N_("is before the complaint was received ({})") },
	{ RULE_NOT_BEFORE, "reply_date", "received_at", NULL,
	  N_("is before the complaint was received ({})") },
	{ RULE_NOT_BEFORE, "closed_date", "received_at", NULL,
	  N_("is before the complaint was received ({})") },
	{ RULE_NOT_BEFORE, "closed_date", "reply_date", NULL,
	  N_("is before the written reply ({})") },
};

static const struct due_source *const due[] = { &due_complaint, NULL };

const struct form form_complaints = {
	.name = "complaints",
	.title = N_("Customer complaint log"),
	.purpose = N_("Customer complaints as they come in: what was complained of, the cause analysis "
	               "and corrective action, and the written reply. A complaint is reported to quality "
	               "within 2 working days and its cause found within 5."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "received_at",
	.due = due,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '2', .place = 20 },
	.archive = {
		.title = N_("Complaint records"),
		.field = "customer",
		.sort = "received_at",
		.place = 20,
	},
	.keys = form_keys_batch_serial,
	.scan = { .udi = true, .then = "content" },
};
