#include "config.h"
#include "core/perm.h"
#include "core/i18n.h"

#include <string.h>

#define A(x) (1u << (x))
#define RECORDS (A(PERM_VIEW) | A(PERM_ADD) | A(PERM_EDIT))

static const struct {
	const char *name;
	const char *label;
	unsigned actions;
} roles[] = {
	{ "admin", N_("administrator"), RECORDS | A(PERM_VOID) | A(PERM_REPORT) | A(PERM_USERS) | A(PERM_SETTINGS) },
	{ "quality", N_("quality manager"), RECORDS | A(PERM_VOID) | A(PERM_REPORT) },
	{ "clerk", N_("clerk"), RECORDS },
	{ "trainer", N_("trainer"), RECORDS },
	{ "engineer", N_("service engineer"), RECORDS },
	{ "manager", N_("general manager"), A(PERM_VIEW) | A(PERM_REPORT) },
};

static const char *const action_labels[] = {
	[PERM_VIEW] = N_("view records"),
	[PERM_ADD] = N_("add records"),
	[PERM_EDIT] = N_("edit records"),
	[PERM_VOID] = N_("void records"),
	[PERM_REPORT] = N_("run reports"),
	[PERM_USERS] = N_("manage users"),
	[PERM_SETTINGS] = N_("change settings"),
};

#define NROLES ((int)(sizeof roles / sizeof roles[0]))

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

bool perm_allowed(const char *role, const struct form *form, enum perm_action action)
{
	(void)form; /* the per-form matrix comes with the permissions issue */
	int i = role_index(role);
	return i >= 0 && (roles[i].actions & A(action));
}

int perm_check(const char *role, const struct form *form, enum perm_action action,
               struct gerr *err)
{
	if (perm_allowed(role, form, action))
		return GERR_OK;
	return gerr_set(err, GERR_AUTH, NULL, _("The role %s (%s) may not %s."), role,
	                role_label(role), _(action_labels[action]));
}
