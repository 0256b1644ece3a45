#include "config.h"
#include "core/perm.h"
#include "base/i18n.h"

#include <string.h>

/* The roles. Every role's rights on the office as a whole (users,
 * settings, check) are here, and its default rights on records (V view,
 * A add, E edit, X void, R report): a form's file names the roles that
 * differ for its records (struct form_right), so a new form is readable by
 * all, written by admin and quality, until it says otherwise. The
 * administrator keeps every right on records: a small office's first
 * account is often its only one. */
#define A(x) (1u << (x))

static const struct {
	const char *name;
	const char *label;
	unsigned office; /* PERM_USERS, PERM_SETTINGS, PERM_CHECK, PERM_OVERRIDE */
	const char *records;
} roles[] = {
	{ "admin", N_("administrator"),
	  A(PERM_USERS) | A(PERM_SETTINGS) | A(PERM_CHECK) | A(PERM_OVERRIDE), "VAEXR" },
	{ "quality", N_("quality manager"), A(PERM_CHECK) | A(PERM_OVERRIDE), "VAEXR" },
	{ "clerk", N_("clerk"), 0, "V" },
	{ "trainer", N_("trainer"), 0, "V" },
	{ "engineer", N_("service engineer"), 0, "V" },
	{ "manager", N_("general manager"), 0, "VR" },
};

#define NROLES ((int)(sizeof roles / sizeof roles[0]))

static const char record_letters[] = {
	[PERM_VIEW] = 'V', [PERM_ADD] = 'A', [PERM_EDIT] = 'E', [PERM_VOID] = 'X', [PERM_REPORT] = 'R',
};

static const char *const action_labels[] = {
	[PERM_VIEW] = N_("view records"),
	[PERM_ADD] = N_("add records"),
	[PERM_EDIT] = N_("edit records"),
	[PERM_VOID] = N_("void records"),
	[PERM_REPORT] = N_("run reports"),
	[PERM_USERS] = N_("manage users"),
	[PERM_SETTINGS] = N_("change settings"),
	[PERM_CHECK] = N_("check the database"),
	[PERM_OVERRIDE] = N_("record an exception to a rule with its reason"),
};

static int role_index(const char *role)
{
	if (!role) /* nobody logged in: no role, no rights */
		return -1;
	for (int i = 0; i < NROLES; i++)
		if (strcmp(roles[i].name, role) == 0)
			return i;
	return -1;
}

bool role_valid(const char *role)
{
	return role_index(role) >= 0;
}

const char *role_label(const char *role)
{
	int i = role_index(role);
	return i < 0 ? role : _(roles[i].label);
}

const char *const *role_names(int *count)
{
	static const char *names[NROLES];
	for (int i = 0; i < NROLES; i++)
		names[i] = roles[i].name;
	*count = NROLES;
	return names;
}

/* Role i's letters on form's records: the form's own, else the role's. */
static const char *rights_of(int i, const struct form *form)
{
	for (const struct form_right *r = form ? form->rights : NULL; r && r->role; r++)
		if (strcmp(r->role, roles[i].name) == 0)
			return r->rights;
	return roles[i].records;
}

bool perm_allowed(const char *role, const struct form *form, enum perm_action action)
{
	int i = role_index(role);
	if (i < 0)
		return false;
	if (action >= PERM_USERS)
		return (roles[i].office & A(action)) != 0;
	return strchr(rights_of(i, form), record_letters[action]) != NULL;
}

bool perm_allowed_name(const char *role, const char *form, enum perm_action action)
{
	return perm_allowed(role, form ? form_find(form) : NULL, action);
}

int perm_check(const char *role, const struct form *form, enum perm_action action,
               struct gerr *err)
{
	if (perm_allowed(role, form, action))
		return GERR_OK;
	if (form && action < PERM_USERS)
		return gerr_set(err, GERR_AUTH, NULL, _("Your role, %s, may not %s in %s."),
		                role_label(role), _(action_labels[action]), _(form->title));
	/* the role's name for people, not its code: a screen shows this too */
	return gerr_set(err, GERR_AUTH, NULL, _("Your role, %s, may not %s."), role_label(role),
	                _(action_labels[action]));
}
