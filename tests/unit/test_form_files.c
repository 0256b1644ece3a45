/* What the form files say beyond their fields, checked across all of them
 * (issue 20): rights name real roles and rights; menu keys are unique,
 * typeable and in the menu's order; archive sections name a ref to
 * customers, a date to sort by and numbers to sum, in the archive's order.
 * The menu's keys and the archive's sections, in order, are those the
 * screens had before the forms said them (read off the old tables); a
 * form added later may come between them. */
#include "config.h"
#include "core/archive.h"
#include "core/perm.h"

#include <criterion/criterion.h>
#include <string.h>

Test(form_files, rights_name_real_roles_and_rights)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++)
		for (const struct form_right *r = all[i]->rights; r && r->role; r++) {
			cr_expect(role_valid(r->role), "%s: no role %s", all[i]->name, r->role);
			cr_expect_eq(strspn(r->rights, "VAEXR"), strlen(r->rights), "%s: %s has \"%s\"",
			             all[i]->name, r->role, r->rights);
			for (const struct form_right *q = all[i]->rights; q != r; q++)
				cr_expect_str_neq(q->role, r->role, "%s: %s twice", all[i]->name, r->role);
		}
}

Test(form_files, names_are_unique)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < i; j++)
			cr_expect_str_neq(all[i]->name, all[j]->name);
}

Test(form_files, menu_keys_unique_typeable_in_order)
{
	const struct form *menu[64];
	int n = forms_on_menu(menu, 64);
	char keys[65] = "";
	for (int i = 0; i < n; i++) {
		char k = menu[i]->menu.key;
		/* the menu compares the typed key lowered */
		cr_expect((k >= '0' && k <= '9') || (k >= 'a' && k <= 'z'), "%s: key %c",
		          menu[i]->name, k);
		cr_expect_null(strchr(keys, k), "%s: key %c taken", menu[i]->name, k);
		keys[i] = k;
		keys[i + 1] = '\0';
		if (i > 0)
			cr_expect_neq(menu[i]->menu.place, menu[i - 1]->menu.place, "%s: place taken",
			              menu[i]->name);
	}
	const char *old = "12345f678mlpcih", *at = keys;
	for (const char *k = old; *k && at; k++)
		at = strchr(at, *k);
	cr_expect_not_null(at, "the old menu's keys %s in order in %s", old, keys);
	for (int i = 0; i < n; i++) /* the office's own lists: for those who may change them */
		cr_expect_eq(menu[i]->menu.editors_only, strcmp(menu[i]->name, "survey_items") == 0 ||
		             strcmp(menu[i]->name, "holidays") == 0, "%s", menu[i]->name);
}

Test(form_files, archive_sections_well_formed_in_order)
{
	static const char *const order[] = { "sales", "complaints", "quality", "surveys", "service",
		                             "training", "events", "implants", "recall_recipients" };
	int n, next = 0;
	const struct archive_section *secs = archive_sections(&n);
	for (int i = 0; i < n; i++) {
		if (next < 9 && strcmp(secs[i].form, order[next]) == 0)
			next++;
		if (strcmp(secs[i].form, "recall_recipients") == 0)
			cr_expect_null(secs[i].sort, "recalls: by id");
		if (strcmp(secs[i].form, "sales") == 0) {
			cr_expect_str_eq(secs[i].totals[0], "qty");
			cr_expect_str_eq(secs[i].totals[1], "amount");
		}
		const struct form *f = form_find(secs[i].form);
		const struct field *by = form_field(f, secs[i].field);
		cr_assert_not_null(by, "%s: no field %s", f->name, secs[i].field);
		cr_expect(by->type == FT_REF && strcmp(by->ref, "customers") == 0, "%s.%s", f->name,
		          by->name);
		if (secs[i].sort) {
			const struct field *s = form_field(f, secs[i].sort);
			cr_expect(s && (s->type == FT_DATE || s->type == FT_DATETIME), "%s sorts by %s",
			          f->name, secs[i].sort);
		}
		for (int t = 0; t < ARCHIVE_TOTALS && secs[i].totals[t]; t++) {
			const struct field *s = form_field(f, secs[i].totals[t]);
			cr_expect(s && (s->type == FT_INT || s->type == FT_DECIMAL), "%s sums %s", f->name,
			          secs[i].totals[t]);
		}
	}
	cr_expect_eq(next, 9, "the old archive's sections in order (%d of 9 found)", next);
}

/* F1 on a list or a form starts with what the record is for. */
Test(form_files, every_form_says_what_it_is_for)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++)
		cr_expect(all[i]->purpose && *all[i]->purpose, "%s has no purpose", all[i]->name);
}
