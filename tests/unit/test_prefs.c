/* The order each user chose for each list (issue 18): kept per user and
 * per list, replaced by the next choice, a column the form no longer
 * lists ignored, and never an audit row (a user's view, not a record). */
#include "config.h"
#include "fixture.h"
#include "core/prefs.h"

#include <criterion/criterion.h>

TestSuite(prefs, .init = fx_setup, .fini = fx_teardown);

static void get(const char *form, struct list_sort *out, bool *chosen)
{
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(prefs_sort_get(&fx.s, form_find(form), out, chosen, &err), GERR_OK, "%s",
	             err.msg);
}

static void set(const char *form, const char *field, bool descending)
{
	const struct form *f = form_find(form);
	struct list_sort sort = { field ? form_field(f, field) : NULL, descending };
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(prefs_sort_set(&fx.s, f, &sort, &err), GERR_OK, "%s", err.msg);
}

/* get(form) names field (NULL: the form's own order) in that direction */
static void is_sorted(const char *form, const char *field, bool descending)
{
	struct list_sort s;
	bool chosen;
	get(form, &s, &chosen);
	cr_assert(chosen, "%s: a choice is kept", form);
	if (field)
		cr_assert_str_eq(s.field ? s.field->name : "(none)", field, "%s", form);
	else
		cr_assert_null(s.field, "%s: the form's own order", form);
	cr_assert_eq(s.descending, descending, "%s", form);
}

static void not_chosen(const char *form)
{
	struct list_sort s = { .descending = true };
	bool chosen = true;
	get(form, &s, &chosen);
	cr_assert_not(chosen, "%s: nothing chosen", form);
	cr_assert_null(s.field);
	cr_assert_not(s.descending);
}

Test(prefs, nothing_chosen_is_the_forms_own_order)
{
	not_chosen("sales");
}

Test(prefs, kept_per_user_and_per_list)
{
	fx_user_add("clerk1", "clerk", "clerk-pass-1");
	set("sales", "qty", true);
	set("products", "code", false);
	is_sorted("sales", "qty", true);
	is_sorted("products", "code", false);
	not_chosen("complaints");

	fx_login("clerk1", "clerk-pass-1");
	not_chosen("sales");
	not_chosen("products");
	set("sales", "batch", false);
	is_sorted("sales", "batch", false);

	fx_login(FX_ADMIN, FX_PASSWORD);
	is_sorted("sales", "qty", true);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM list_sorts"), 3);
}

Test(prefs, the_next_choice_replaces_it)
{
	set("sales", "qty", true);
	set("sales", "sale_date", false);
	is_sorted("sales", "sale_date", false);
	set("sales", NULL, false); /* back to the form's own order: a choice too */
	is_sorted("sales", NULL, false);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM list_sorts"), 1);
}

Test(prefs, a_column_no_longer_listed_is_ignored)
{
	set("sales", "qty", true);
	/* a column the form dropped since, and one it keeps out of its list */
	cr_assert_eq(fx_sql_exec(fx.path, "UPDATE list_sorts SET field = 'discount'"), 0);
	not_chosen("sales");
	cr_assert_eq(fx_sql_exec(fx.path, "UPDATE list_sorts SET field = 'serial'"), 0);
	not_chosen("sales");
	cr_assert_not(prefs_sortable(form_field(form_find("sales"), "serial")));
	cr_assert(prefs_sortable(form_field(form_find("sales"), "batch")));
}

Test(prefs, no_audit_row_and_check_stays_clean)
{
	int64_t before = fx_sql_int(fx.path, "SELECT count(*) FROM audit");
	set("sales", "qty", true);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit"), before);
	fx_check_clean();
}
