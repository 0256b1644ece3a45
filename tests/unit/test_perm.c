/* The permission table (core/perm.c): rows by form name, the default row
 * for forms without one, office-wide rights, and the refusal's words.
 * Expected rights are the starting point, read off by hand. */
#include "config.h"
#include "core/perm.h"

#include <criterion/criterion.h>
#include <string.h>

Test(perm, clerk_adds_sales_but_never_voids)
{
	cr_expect(perm_allowed_name("clerk", "sales", PERM_ADD));
	cr_expect(perm_allowed_name("clerk", "sales", PERM_EDIT));
	cr_expect(!perm_allowed_name("clerk", "sales", PERM_VOID));
	cr_expect(perm_allowed_name("clerk", "complaints", PERM_ADD));
	cr_expect(!perm_allowed_name("clerk", "training", PERM_ADD));
}

Test(perm, trainer_and_engineer_own_their_forms)
{
	cr_expect(perm_allowed_name("trainer", "training", PERM_ADD));
	cr_expect(!perm_allowed_name("trainer", "sales", PERM_ADD));
	cr_expect(perm_allowed_name("engineer", "service", PERM_EDIT));
	cr_expect(perm_allowed_name("engineer", "quality", PERM_ADD));
	cr_expect(!perm_allowed_name("engineer", "complaints", PERM_ADD));
}

Test(perm, manager_reads_and_reports_only)
{
	cr_expect(perm_allowed_name("manager", "sales", PERM_VIEW));
	cr_expect(perm_allowed_name("manager", "sales", PERM_REPORT));
	cr_expect(!perm_allowed_name("manager", "sales", PERM_ADD));
	cr_expect(!perm_allowed_name("manager", NULL, PERM_CHECK));
}

Test(perm, a_form_without_a_row_takes_the_default)
{
	/* default row: admin and quality everything, the others view */
	cr_expect(perm_allowed_name("quality", "no_such_form_yet", PERM_VOID));
	cr_expect(perm_allowed_name("clerk", "no_such_form_yet", PERM_VIEW));
	cr_expect(!perm_allowed_name("clerk", "no_such_form_yet", PERM_ADD));
	cr_expect(!perm_allowed_name("manager", "no_such_form_yet", PERM_EDIT));
}

Test(perm, office_rights_and_nobody)
{
	cr_expect(perm_allowed_name("admin", NULL, PERM_USERS));
	cr_expect(perm_allowed_name("admin", "sales", PERM_SETTINGS));
	cr_expect(!perm_allowed_name("quality", NULL, PERM_USERS));
	cr_expect(perm_allowed_name("quality", NULL, PERM_CHECK));
	cr_expect(!perm_allowed_name(NULL, "sales", PERM_VIEW));
	cr_expect(!perm_allowed_name("root", "sales", PERM_VIEW));
}

Test(perm, the_refusal_names_role_and_action)
{
	struct gerr err = { 0 };
	cr_assert_eq(perm_check("manager", NULL, PERM_USERS, &err), GERR_AUTH);
	cr_expect_str_eq(err.msg, "Your role, general manager, may not manage users.");
}

/* The seed's departments (issue 14): sales (clerk) records returns and
 * exchanges, the adverse events it hears of and satisfaction surveys with
 * their scores; the engineer records adverse events found on site. */
Test(perm, clerk_records_returns_events_and_survey_scores)
{
	const char *forms[] = { "returns", "events", "surveys", "survey_scores" };
	for (int i = 0; i < 4; i++) {
		cr_expect(perm_allowed_name("clerk", forms[i], PERM_ADD), "%s", forms[i]);
		cr_expect(perm_allowed_name("clerk", forms[i], PERM_EDIT), "%s", forms[i]);
		cr_expect(!perm_allowed_name("clerk", forms[i], PERM_VOID), "%s", forms[i]);
	}
	cr_expect(perm_allowed_name("engineer", "events", PERM_ADD));
	cr_expect(perm_allowed_name("engineer", "events", PERM_EDIT));
	cr_expect(!perm_allowed_name("engineer", "returns", PERM_ADD));
	cr_expect(!perm_allowed_name("trainer", "events", PERM_ADD));
}

/* The role table as it stood in core/perm.c before the rights moved into
 * the form files (issue 20): every role, form and action the same. Columns
 * admin, quality, clerk, trainer, engineer, manager; a form left out
 * (recall_recipients) had the default row, the last. */
Test(perm, the_role_table_read_from_the_forms_is_the_old_one)
{
	static const struct {
		const char *form;
		const char *rights[6];
	} table[] = {
		{ "sales",        { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "products",     { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "customers",    { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "complaints",   { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "quality",      { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
		{ "surveys",      { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "survey_scores",{ "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "returns",      { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
		{ "events",       { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
		{ "survey_items", { "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
		{ "training",     { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
		{ "attendees",    { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
		{ "service",      { "VAEXR", "VAEXR", "V",   "V",   "VAE", "VR" } },
		{ "implants",     { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
		{ "recalls",      { "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
		{ "holidays",     { "VAEXR", "V",     "V",   "V",   "V",   "VR" } },
		{ "staff",        { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
		{ "recall_recipients", { "VAEXR", "VAEXR", "V", "V", "V",  "VR" } },
		{ "no_such_form", { "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
	};
	static const char *const roles[] = { "admin", "quality", "clerk", "trainer", "engineer",
		                             "manager" };
	static const char letters[] = "VAEXR"; /* PERM_VIEW .. PERM_REPORT */
	for (size_t f = 0; f < sizeof table / sizeof table[0]; f++)
		for (int r = 0; r < 6; r++)
			for (int a = PERM_VIEW; a <= PERM_REPORT; a++)
				cr_expect_eq(perm_allowed_name(roles[r], table[f].form, (enum perm_action)a),
				             strchr(table[f].rights[r], letters[a]) != NULL, "%s %s %c",
				             roles[r], table[f].form, letters[a]);
}
