/* 不良事件记录 — adverse events: what happened, how the device was used,
 * the stop-use notice and the reports, each with its legal clock. */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"
#include "core/service.h"

#include <string.h>

static const struct choice severities[] = {
	{ "death", N_("Death") },
	{ "serious", N_("Serious injury") },
	{ "cluster", N_("Cluster of events") },
	{ "other", N_("Other") },
	{ NULL, NULL },
};

static const struct choice statuses[] = {
	{ "open", N_("In progress") },
	{ "reported", N_("Reported") },
	{ "closed", N_("Case closed") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "learned_at", .label = N_("Learned at"), .type = FT_DATETIME,
	  .flags = F_REQUIRED | F_NOT_FUTURE, .width = 16,
	  .help = N_("When the office learned of the event; the report deadlines run from it") },
	{ .name = "complaint", .label = N_("Complaint no."), .type = FT_INT,
	  .flags = F_MIN, .min = 1, .width = 0,
	  .help = N_("Number of the complaint record it came from, if any") },
	{ .name = "service", .label = N_("Service ticket"), .type = FT_REF, .ref = "service",
	  .width = 0, .help = N_("Number of the service ticket it came from, if any") },
	{ .name = "product", .label = N_("Product"), .type = FT_REF, .flags = F_REQUIRED,
	  .ref = "products", .width = 14, .help = N_("Product code or exact name") },
	{ .name = "batch", .label = N_("Batch no."), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 64, .width = 10, .help = N_("Batch or lot number") },
	{ .name = "serial", .label = N_("Serial no."), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 64, .width = 0, .help = N_("Serial number of the unit") },
	{ .name = "customer", .label = N_("User unit"), .type = FT_REF, .ref = "customers",
	  .width = 16, .help = N_("Where it happened: customer code or exact name") },
	{ .name = "patient_effect", .label = N_("Effect on the patient"), .type = FT_TEXT,
	  .flags = F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 0,
	  .help = N_("What happened to the patient or user") },
	{ .name = "severity", .label = N_("Severity"), .type = FT_ENUM, .flags = F_REQUIRED,
	  .choices = severities, .width = 8,
	  .help = N_("Death (7 days), serious (20 days), cluster (12 hours) or other") },
	{ .name = "use_description", .label = N_("How the device was used"), .type = FT_TEXT,
	  .flags = F_REQUIRED | F_SEARCH | F_MULTILINE, .max_len = 1000, .width = 0,
	  .help = N_("What the user did and how the device was used") },
	{ .name = "stop_use_notice_at", .label = N_("Stop-use notice at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0, .help = N_("When the user was told to stop using the device; required for death and serious") },
	{ .name = "stop_use_notified", .label = N_("Stop-use notice to"), .type = FT_TEXT,
	  .max_len = 100, .width = 0, .help = N_("Whom the stop-use notice went to") },
	{ .name = "manager_report_at", .label = N_("Reported to the manager at"),
	  .type = FT_DATETIME, .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the manager got the written report; due within one working day") },
	{ .name = "purchasing_notified_at", .label = N_("Purchasing told at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When purchasing (进货人员) was told; due within one working day") },
	{ .name = "engineer_notified_at", .label = N_("Engineer told at"), .type = FT_DATETIME,
	  .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the repair engineer was told; due within one working day") },
	{ .name = "manufacturer_notified_at", .label = N_("Manufacturer notified at"),
	  .type = FT_DATETIME, .flags = F_NOT_FUTURE, .width = 0,
	  .help = N_("When the registrant or manufacturer was told") },
	{ .name = "authority_report_at", .label = N_("Reported to the authority at"),
	  .type = FT_DATETIME, .flags = F_NOT_FUTURE, .width = 16,
	  .help = N_("When the report went to the monitoring authority; meets the deadline") },
	{ .name = "status", .label = N_("Status"), .type = FT_ENUM, .choices = statuses, .width = 6,
	  .help = N_("In progress, reported or closed") },
};

static const struct rule rules[] = {
	{ RULE_NOT_BEFORE, "authority_report_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
	{ RULE_NOT_BEFORE, "manufacturer_notified_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
	{ RULE_NOT_BEFORE, "manager_report_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
	{ RULE_NOT_BEFORE, "stop_use_notice_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
	{ RULE_NOT_BEFORE, "purchasing_notified_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
	{ RULE_NOT_BEFORE, "engineer_notified_at", "learned_at", NULL,
	  N_("is before the event was learned of {}") },
};

/* A death or serious event: the user is told to stop using the device at
 * once, so the screen asks when and to whom before anything else. */
static const char *ask_stop_use(const char *field, const char *value, const char **why)
{
	if (strcmp(field, "severity") != 0 || !value || !ae_needs_stop_use(ae_severity_parse(value)))
		return NULL;
	*why = N_("A death or serious event: record now when the user was told to stop using the device, and whom.");
	return "stop_use_notice_at";
}

static const struct due_source *const due[] = { &due_event, &due_notice, NULL };

const struct form form_events = {
	.name = "events",
	.title = N_("Adverse event record"),
	.purpose = N_("Adverse events: what happened, how the device was used, the notice to stop using "
	               "it, and the reports, each with its legal deadline (a death within 7 days, a "
	               "serious injury within 20)."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.rules = rules,
	.nrules = FORM_COUNT(rules),
	.date_field = "learned_at",
	.check = events_check,
	.row_status = service_row_status,
	.ask_next = ask_stop_use,
	.due = due,
	.rights = (const struct form_right[]){
		{ "clerk", "VAE" },
		{ "engineer", "VAE" },
		{ NULL, NULL },
	},
	.menu = { .key = '7', .place = 80 },
	.archive = {
		.title = N_("Adverse events"),
		.field = "customer",
		.sort = "learned_at",
		.place = 70,
	},
	.keys = form_keys_batch_serial,
	.scan = { .udi = true, .then = "customer" },
};
