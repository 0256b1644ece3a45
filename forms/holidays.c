/* 节假日安排 — the office's additions to China's working calendar: the days
 * of a year the State Council announced after this program was built (its
 * notice comes each November), or a correction to a shipped day. The
 * shipped years are in src/base/workcal.c. */
#include "config.h"
#include "model/form.h"
#include "core/due_sources.h"

static const struct choice kinds[] = {
	{ "holiday", N_("Day off (holiday)") },
	{ "workday", N_("Make-up working day") },
	{ NULL, NULL },
};

static const struct field fields[] = {
	{ .name = "day", .label = N_("Day"), .type = FT_DATE, .flags = F_REQUIRED | F_UNIQUE,
	  .width = 10, .help = N_("The day, as the notice lists it; each day once") },
	{ .name = "kind", .label = N_("Kind"), .type = FT_ENUM, .choices = kinds,
	  .flags = F_REQUIRED, .width = 12,
	  .help = N_("holiday: a day off, weekend days inside a holiday included; workday: a Saturday or Sunday worked instead") },
	{ .name = "notice", .label = N_("Notice"), .type = FT_TEXT, .flags = F_REQUIRED | F_SEARCH,
	  .max_len = 200, .width = 24,
	  .help = N_("The State Council notice that sets the day, e.g. 国办发明电〔2026〕5号") },
	{ .name = "remarks", .label = N_("Remarks"), .type = FT_TEXT, .flags = F_SEARCH,
	  .max_len = 200, .width = 16, .help = N_("Which holiday, or why the day was corrected") },
};

static const struct due_source *const due[] = { &due_calendar, NULL };

const struct form form_holidays = {
	.name = "holidays",
	.title = N_("Holiday calendar"),
	.purpose = N_("The office's additions to China's working calendar: the days of a year announced "
	               "after this program was built, or a correction. Deadlines in working days count "
	               "by them."),
	.fields = fields,
	.nfields = FORM_COUNT(fields),
	.date_field = "day",
	.code_field = "day",
	.due = due,
	.rights = (const struct form_right[]){
		{ "quality", "V" },
		{ NULL, NULL },
	},
	.menu = { .key = 'h', .place = 150, .editors_only = true },
};
