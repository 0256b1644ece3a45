#include "config.h"
#include "core/perm.h"
#include "base/i18n.h"

#include <string.h>

/* The roles, in the column order of the table below. Every role's rights
 * on the office as a whole (users, settings, check) are here; its rights
 * on records are in the table, one row per form. */
#define A(x) (1u << (x))

static const struct {
	const char *name;
	const char *label;
	unsigned office; /* PERM_USERS, PERM_SETTINGS, PERM_CHECK */
} roles[] = {
	{ "admin", N_("administrator"), A(PERM_USERS) | A(PERM_SETTINGS) | A(PERM_CHECK) },
	{ "quality", N_("quality manager"), A(PERM_CHECK) },
	{ "clerk", N_("clerk"), 0 },
	{ "trainer", N_("trainer"), 0 },
	{ "engineer", N_("service engineer"), 0 },
	{ "manager", N_("general manager"), 0 },
};

#define NROLES ((int)(sizeof roles / sizeof roles[0]))

/* Role × form: V view, A add, E edit, X void, R report. Columns: admin,
 * quality, clerk, trainer, engineer, manager. A form without a row gets
 * the last one, so a new form is readable by all, written by admin and
 * quality, until its line is added here. The administrator keeps every
 * right on records: a small office's first account is often its only one. */
static const struct perm_row {
	const char *form;
	const char *rights[NROLES];
} table[] = {
	{ "sales",       { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "products",    { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "customers",   { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "complaints",  { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "quality",     { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
	{ "surveys",     { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "survey_scores",{ "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "returns",     { "VAEXR", "VAEXR", "VAE", "V",   "V",   "VR" } },
	{ "events",      { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
	{ "survey_items",{ "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
	{ "training",    { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
	{ "attendees",   { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
	{ "service",     { "VAEXR", "VAEXR", "V",   "V",   "VAE", "VR" } },
	{ "implants",    { "VAEXR", "VAEXR", "VAE", "V",   "VAE", "VR" } },
	{ "recalls",     { "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
	{ "holidays",    { "VAEXR", "V",     "V",   "V",   "V",   "VR" } },
	{ "staff",       { "VAEXR", "VAEXR", "V",   "VAE", "V",   "VR" } },
	/* a due row is handled by whoever acts on it; voiding raises it again */
	{ "due_handled", { "VAEXR", "VAEXR", "VA",  "VA",  "VA",  "VAR" } },
	{ NULL,          { "VAEXR", "VAEXR", "V",   "V",   "V",   "VR" } },
};

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

static const struct perm_row *row_of(const char *form)
{
	const struct perm_row *r = table;
	while (r->form && !(form && strcmp(r->form, form) == 0))
		r++;
	return r;
}

bool perm_allowed_name(const char *role, const char *form, enum perm_action action)
{
	int i = role_index(role);
	if (i < 0)
		return false;
	if (action >= PERM_USERS)
		return (roles[i].office & A(action)) != 0;
	return strchr(row_of(form)->rights[i], record_letters[action]) != NULL;
}

bool perm_allowed(const char *role, const struct form *form, enum perm_action action)
{
	return perm_allowed_name(role, form ? form->name : NULL, action);
}

int perm_check(const char *role, const struct form *form, enum perm_action action,
               struct gerr *err)
{
	if (perm_allowed(role, form, action))
		return GERR_OK;
	if (form && action < PERM_USERS)
		return gerr_set(err, GERR_AUTH, NULL, _("The role %s (%s) may not %s in %s."),
		                role ? role : "-", role_label(role), _(action_labels[action]),
		                _(form->title));
	return gerr_set(err, GERR_AUTH, NULL, _("The role %s (%s) may not %s."), role ? role : "-",
	                role_label(role), _(action_labels[action]));
}
