#include "config.h"
#include "core/archive.h"
#include "base/i18n.h"
#include "core/perm.h"

#include <string.h>

#define MAX_SECTIONS 32

const struct archive_section *archive_sections(int *count)
{
	/* made once from the forms' archive sections, which are const, so
	 * every call would make the same */
	static struct archive_section sections[MAX_SECTIONS];
	static int n = -1;
	if (n < 0) {
		const struct form *forms[MAX_SECTIONS];
		n = forms_in_archive(forms, MAX_SECTIONS);
		if (n > MAX_SECTIONS)
			n = MAX_SECTIONS;
		for (int i = 0; i < n; i++) {
			const struct form_archive *a = &forms[i]->archive;
			sections[i] = (struct archive_section){ a->title, forms[i]->name, a->field, a->sort,
			                                        { a->totals[0], a->totals[1] } };
		}
	}
	*count = n;
	return sections;
}

bool archive_visible(const struct session *s, const struct archive_section *sec)
{
	return perm_allowed(s->user.role, form_find(sec->form), PERM_VIEW);
}

struct summing {
	const struct archive_section *sec;
	struct archive_totals *totals;
	int (*row)(void *ud, const struct record *r);
	void *ud;
};

static int sum_row(void *ud, const struct record *r)
{
	struct summing *s = ud;
	s->totals->rows++;
	for (int i = 0; i < ARCHIVE_TOTALS && s->sec->totals[i]; i++) {
		const struct value *v = &r->v[form_field_index(r->form, s->sec->totals[i])];
		if (!v->null)
			s->totals->sum[i] += v->num;
	}
	return s->row(s->ud, r);
}

int archive_rows(struct session *s, const struct archive_section *sec, int64_t customer_id,
                 int (*row)(void *ud, const struct record *r), void *ud,
                 struct archive_totals *totals, struct gerr *err)
{
	const struct form *form = form_find(sec->form);
	memset(totals, 0, sizeof *totals);
	struct list_filter filter = { form_field(form, sec->field), { .null = true } };
	value_set_num(&filter.value, customer_id);
	struct list_query q = { .form = form, .filters = &filter, .nfilters = 1,
	                        .sort = sec->sort ? form_field(form, sec->sort) : NULL,
	                        .descending = true };
	struct summing sm = { sec, totals, row, ud };
	int rc = records_list(s, &q, sum_row, &sm, err);
	value_clear(&filter.value);
	return rc;
}
