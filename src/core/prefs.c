#include "config.h"
#include "core/prefs.h"
#include "core/session.h"
#include "db/db.h"
#include "db/db_prefs.h"

#include <stdlib.h>

bool prefs_sortable(const struct field *f)
{
	return f && f->width > 0;
}

int prefs_sort_get(struct session *s, const struct form *form, struct list_sort *out,
                   bool *chosen, struct gerr *err)
{
	char *name = NULL;
	bool found = false;
	*out = (struct list_sort){ 0 };
	*chosen = false;
	int rc = db_list_sort_get(s->db, s->user.id, form->name, &name, &out->descending, &found,
	                          err);
	if (rc == GERR_OK && found) {
		out->field = name ? form_field(form, name) : NULL;
		/* a column the form has lost since: as if never chosen */
		*chosen = !name || prefs_sortable(out->field);
	}
	if (!*chosen)
		*out = (struct list_sort){ 0 };
	free(name);
	return rc;
}

int prefs_sort_set(struct session *s, const struct form *form, const struct list_sort *sort,
                   struct gerr *err)
{
	/* the user's own view, not the office's records: no audit row */
	int rc = db_begin(s->db, err);
	if (rc == GERR_OK)
		rc = db_list_sort_set(s->db, s->user.id, form->name,
		                      sort->field ? sort->field->name : NULL, sort->descending, err);
	return db_end(s->db, rc, err);
}
