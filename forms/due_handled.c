/* 待办处理记录 — a due row handled: done, not needed, or declined by the
 * customer, with a note; who and when are the record's own. The row is
 * named by its kind and key, and the facts it was raised on: a row whose
 * facts change is due again. Written by `gspdesk due done|not-needed|
 * declined` and the due screen (core/due_handle.c); voiding one raises
 * its row again. */
#include "config.h"
#include "model/form.h"

static const struct choice outcomes[] = {
	{ "done", N_("Done") },
	{ "not_needed", N_("Not needed") },
	{ "declined", N_("Customer declined") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "kind", .label = N_("Kind"), .type = FT_TEXT, .flags = F_REQUIRED, .max_len = 32,
	  .width = 12, .help = N_("The due list's kind of row, as `gspdesk due --format csv` shows it") },
	{ .name = "row_key", .label = N_("Key"), .type = FT_TEXT, .flags = F_REQUIRED | F_SEARCH,
	  .max_len = 200, .width = 16, .help = N_("The row among its kind's") },
	{ .name = "facts", .label = N_("Facts"), .type = FT_TEXT, .max_len = 200, .width = 0,
	  .help = N_("What the row was raised on; when they change it is due again") },
	{ .name = "outcome", .label = N_("Outcome"), .type = FT_ENUM, .choices = outcomes,
	  .flags = F_REQUIRED, .width = 10, .help = N_("Done, not needed, or the customer declined") },
	{ .name = "note", .label = N_("Handling note"), .type = FT_TEXT, .flags = F_REQUIRED | F_SEARCH,
	  .max_len = 500, .width = 30, .help = N_("What was done, or why not") },
};

static const struct rule rules[] = {
	{ RULE_UNIQUE_WITH, "row_key", "kind", "facts", N_("was handled already") },
};

const struct form form_due_handled = {
	.name = "due_handled",
	.title = N_("Due rows handled"),
	.purpose = N_("Due rows marked handled: done, not needed, or declined by the customer, with a "
	               "note. Voiding one makes its row due again."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	/* a due row is handled by whoever acts on it; voiding raises it again */
	.rights = (const struct form_right[]){
		{ "clerk", "VA" },
		{ "trainer", "VA" },
		{ "engineer", "VA" },
		{ "manager", "VAR" },
		{ NULL, NULL },
	},
};
