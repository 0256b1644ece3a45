/* What each user chose for themselves and finds again at the next login:
 * the order of each list. A choice of the user, not a record of the
 * office: kept without an audit row. */
#ifndef GSPDESK_PREFS_H
#define GSPDESK_PREFS_H

#include <stdbool.h>

#include "base/err.h"
#include "model/form.h"

struct session;

/* An order of a form's list: by one of its columns, or (field NULL) the
 * form's own order. */
struct list_sort {
	const struct field *field;
	bool descending;
};

/* Whether f is a column of its form's list, which a list may be sorted by. */
bool prefs_sortable(const struct field *f);
/* The order the logged-in user last chose for form's list: *chosen false
 * when none was (or it names a column the form no longer lists, so
 * it is ignored); out is then the form's own order. */
int prefs_sort_get(struct session *s, const struct form *form, struct list_sort *out,
                   bool *chosen, struct gerr *err);
/* Keeps sort as the logged-in user's order of form's list, in one write. */
int prefs_sort_set(struct session *s, const struct form *form, const struct list_sort *sort,
                   struct gerr *err);

#endif
