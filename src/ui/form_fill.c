/* Filling a form without retyping: the values a new record starts with
 * (form_screen.h), each replaced by the first character typed over it. */
#include "config.h"
#include "ui/form_screen.h"

#include <stdlib.h>
#include <string.h>

void form_defaults(struct form_screen *fs)
{
	const struct form *form = fs->form;
	/* a ledger's new line is dated today */
	int d = form->ledger ? form_field_index(form, form->date_field) : -1;
	if (d >= 0) {
		le_set(&fs->ed[d], fs->ui->s.today);
		fs->fresh[d] = true;
	}
	/* who fills it in is, most often, who received, tracked or did it */
	for (int i = 0; i < form->nfields; i++)
		if (form->fields[i].flags & F_PERSON) {
			le_set(&fs->ed[i], fs->ui->s.user.name);
			fs->fresh[i] = true;
		}
}

void form_next(struct form_screen *fs)
{
	const struct form *form = fs->form;
	fs->focus = -1;
	for (int i = 0; i < form->nfields; i++) {
		bool kept = false;
		for (const char *const *k = form->next_keeps; *k; k++)
			kept = kept || strcmp(*k, form->fields[i].name) == 0;
		fs->fresh[i] = kept;
		fs->ed[i].changed = false;
		if (kept)
			continue;
		le_clear(&fs->ed[i]);
		fs->ed[i].changed = false;
		free(fs->hint[i]);
		fs->hint[i] = NULL;
		if (fs->focus < 0 && !(form->fields[i].flags & F_COMPUTED))
			fs->focus = i;
	}
	if (fs->focus < 0)
		fs->focus = 0;
	fs->error_field = -1;
	fs->top = 0;
}


void form_row_defaults(struct form_screen *fs)
{
	const struct form *child = fs->grid.child;
	struct grid_row *row = &fs->grid.rows[fs->grid.row];
	for (int k = 0; k < child->nrules; k++) {
		const struct rule *r = &child->rules[k];
		if (r->kind != RULE_DEFAULT_REF || !child->parent_field ||
		    strcmp(r->b, child->parent_field) != 0)
			continue;
		int h = form_field_index(fs->form, r->c);
		for (int c = 0; h >= 0 && c < fs->grid.ncols; c++)
			if (strcmp(child->fields[fs->grid.col[c]].name, r->a) == 0) {
				char *text = le_text(&fs->ed[h]);
				le_set(&row->ed[c], text);
				free(text);
			}
	}
}
