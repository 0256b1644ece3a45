#include "config.h"
#include "model/form.h"

#include <string.h>

const char *const form_keys_batch_serial[] = { "batch", "serial", NULL };
const char *const form_keys_serial[] = { "serial", NULL };
const char *const form_keys_replacement[] = { "replacement_batch", "replacement_serial", NULL };

const struct form *const *forms_all(int *count)
{
	*count = forms_registry_count;
	return forms_registry;
}

/* The forms place() gives a place (non-zero), by place then registry order. */
static int forms_placed(int (*place)(const struct form *), const struct form **out, int max)
{
	int n = 0;
	for (int i = 0; i < forms_registry_count; i++) {
		const struct form *f = forms_registry[i];
		if (!place(f))
			continue;
		if (n < max) { /* insertion: a few dozen forms at most */
			int j = n;
			for (; j > 0 && place(out[j - 1]) > place(f); j--)
				out[j] = out[j - 1];
			out[j] = f;
		}
		n++;
	}
	return n;
}

static int menu_place(const struct form *f)
{
	return f->menu.key ? f->menu.place + 1 : 0;
}

static int archive_place(const struct form *f)
{
	return f->archive.title ? f->archive.place + 1 : 0;
}

int forms_on_menu(const struct form **out, int max)
{
	return forms_placed(menu_place, out, max);
}

int forms_in_archive(const struct form **out, int max)
{
	return forms_placed(archive_place, out, max);
}

const struct form *form_find(const char *name)
{
	for (int i = 0; i < forms_registry_count; i++)
		if (strcmp(forms_registry[i]->name, name) == 0)
			return forms_registry[i];
	return NULL;
}

int form_field_index(const struct form *form, const char *name)
{
	/* the first letter first: rules look fields up by name for every
	 * record, hundreds of times in a bulk import */
	for (int i = 0; i < form->nfields; i++)
		if (form->fields[i].name[0] == name[0] && strcmp(form->fields[i].name, name) == 0)
			return i;
	return -1;
}

const char *form_ref_code(const struct form *form)
{
	return form->code_field ? form->code_field : "id";
}

const char *form_ref_name(const struct form *form)
{
	return form->name_field ? form->name_field : form_ref_code(form);
}

const struct field *form_field(const struct form *form, const char *name)
{
	int i = form_field_index(form, name);
	return i < 0 ? NULL : &form->fields[i];
}
