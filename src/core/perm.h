/* Who may do what: roles and actions, checked in the core so the screens
 * and the command line obey one rule. */
#ifndef GSPDESK_PERM_H
#define GSPDESK_PERM_H

#include <stdbool.h>

#include "base/err.h"
#include "model/form.h"

enum perm_action {
	PERM_VIEW,
	PERM_ADD,
	PERM_EDIT,
	PERM_VOID,
	PERM_REPORT,
	PERM_USERS,       /* from here on: office-wide, not per form */
	PERM_SETTINGS,
	PERM_CHECK,       /* gspdesk check and restore */
	PERM_OVERRIDE     /* a rule that gives way to a reason (a batch's second expiry) */
};

bool role_valid(const char *role);
const char *role_label(const char *role);     /* translated */
const char *const *role_names(int *count);    /* admin, quality, ... */

/* On records, a role the form's rights do not name (or form NULL) has the
 * role's default rights; users, settings and check do not depend on the
 * form. */
bool perm_allowed(const char *role, const struct form *form, enum perm_action action);
bool perm_allowed_name(const char *role, const char *form, enum perm_action action);
/* GERR_AUTH naming the role and the action when not allowed. */
int perm_check(const char *role, const struct form *form, enum perm_action action,
               struct gerr *err);

#endif
