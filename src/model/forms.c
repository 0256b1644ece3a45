#include "config.h"
#include "model/form.h"

#include <string.h>

extern const struct form form_products;
extern const struct form form_customers;
extern const struct form form_sales;
extern const struct form form_service;
extern const struct form form_events;
extern const struct form form_returns;
extern const struct form form_complaints;
extern const struct form form_quality;
extern const struct form form_surveys;
extern const struct form form_survey_scores;
extern const struct form form_survey_items;
extern const struct form form_training;
extern const struct form form_attendees;
extern const struct form form_implants;
extern const struct form form_recalls;
extern const struct form form_recall_recipients;
extern const struct form form_holidays;
extern const struct form form_staff;
extern const struct form form_due_handled;

const char *const form_keys_batch_serial[] = { "batch", "serial", NULL };
const char *const form_keys_serial[] = { "serial", NULL };

/* Menu and listing order: the paper records first, then the lists they name. */
static const struct form *const registry[] = {
	&form_sales,
	&form_service,
	&form_events,
	&form_returns,
	&form_complaints,
	&form_quality,
	&form_surveys,
	&form_training,
	&form_implants,
	&form_recalls,
	&form_products,
	&form_customers,
	&form_survey_items,
	&form_survey_scores,
	&form_attendees,
	&form_recall_recipients,
	&form_holidays,
	&form_staff,
	&form_due_handled,
};

const struct form *const *forms_all(int *count)
{
	*count = FORM_COUNT(registry);
	return registry;
}

const struct form *form_find(const char *name)
{
	for (int i = 0; i < FORM_COUNT(registry); i++)
		if (strcmp(registry[i]->name, name) == 0)
			return registry[i];
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
