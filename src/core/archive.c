#include "config.h"
#include "core/archive.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/qualify.h"
#include "base/strbuf.h"

#include <string.h>

#define MAX_SECTIONS 32

/* The form whose archive a form's section is in: the one its field, or
 * its parent's field via, refers to. */
static const char *owner_of(const struct form *f)
{
	const struct form_archive *a = &f->archive;
	const struct field *by = form_field(f, a->field);
	if (by && a->via) {
		const struct form *parent = form_find(by->ref);
		by = parent ? form_field(parent, a->via) : NULL;
	}
	return by ? by->ref : NULL;
}

struct archive {
	const char *owner;
	struct archive_section sections[MAX_SECTIONS];
	int n;
};

/* Made once from the forms' archive sections, which are const, so every
 * call would make the same. */
static void make(struct archive *ar)
{
	const struct form *forms[MAX_SECTIONS];
	int n = forms_in_archive(forms, MAX_SECTIONS);
	ar->n = 0;
	for (int i = 0; i < n && i < MAX_SECTIONS; i++) {
		const struct form_archive *a = &forms[i]->archive;
		const char *owner = owner_of(forms[i]);
		if (!owner || strcmp(owner, ar->owner) != 0)
			continue;
		struct archive_section sec = { a->title, forms[i]->name, a->field, a->sort,
		                               { a->totals[0], a->totals[1] }, a->via, ar->owner,
		                               NULL, NULL };
		ar->sections[ar->n++] = sec;
		if (a->subset_title && ar->n < MAX_SECTIONS) {
			sec.title = a->subset_title;
			sec.match_field = a->subset_field;
			sec.match_value = a->subset_value;
			ar->sections[ar->n++] = sec;
		}
	}
}

const struct archive_section *archive_sections_of(const char *owner, int *count)
{
	static struct archive archives[] = { { "customers", { { 0 } }, -1 },
		                             { "suppliers", { { 0 } }, -1 } };
	for (size_t i = 0; i < sizeof archives / sizeof archives[0]; i++)
		if (strcmp(archives[i].owner, owner) == 0) {
			if (archives[i].n < 0)
				make(&archives[i]);
			*count = archives[i].n;
			return archives[i].sections;
		}
	*count = 0;
	return NULL;
}

const struct archive_section *archive_sections(int *count)
{
	return archive_sections_of("customers", count);
}

char *archive_licence(const struct session *s, const struct record *r)
{
	int i = form_field_index(r->form, "licence_expiry");
	if (i < 0)
		return NULL;
	int days;
	enum qualify_status st = qualify_status(s->today, r->v[i].null ? NULL : r->v[i].text, &days);
	struct strbuf b = STRBUF_INIT;
	if (st == QUALIFY_MISSING)
		sb_addf(&b, _("Licence status: %s"), qualify_label(st));
	else if (st == QUALIFY_EXPIRED)
		sb_addf(&b, _("Licence status: expired %d days ago"), -days);
	else
		sb_addf(&b, _("Licence status: %s, %d days to expiry"), qualify_label(st), days);
	return sb_steal(&b);
}

bool archive_owner_field(const struct archive_section *sec, const struct field *f)
{
	return f->ref && strcmp(f->ref, sec->owner) == 0;
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

int archive_rows(struct session *s, const struct archive_section *sec, int64_t owner_id,
                 int (*row)(void *ud, const struct record *r), void *ud,
                 struct archive_totals *totals, struct gerr *err)
{
	const struct form *form = form_find(sec->form);
	memset(totals, 0, sizeof *totals);
	const struct field *by = form_field(form, sec->field);
	struct list_filter filters[2];
	struct list_via via = { by, NULL, { .null = true } };
	int n = 0;
	if (sec->via) { /* through the header that names the owner */
		via.via = form_field(form_find(by->ref), sec->via);
		value_set_num(&via.value, owner_id);
	} else {
		filters[n] = (struct list_filter){ by, { .null = true } };
		value_set_num(&filters[n++].value, owner_id);
	}
	if (sec->match_field) {
		filters[n] = (struct list_filter){ form_field(form, sec->match_field), { .null = true } };
		value_set_text(&filters[n++].value, sec->match_value);
	}
	struct list_query q = { .form = form, .filters = filters, .nfilters = n,
	                        .sort = sec->sort ? form_field(form, sec->sort) : NULL,
	                        .descending = true, .via = sec->via ? &via : NULL };
	struct summing sm = { sec, totals, row, ud };
	int rc = records_list(s, &q, sum_row, &sm, err);
	for (int k = 0; k < n; k++)
		value_clear(&filters[k].value);
	value_clear(&via.value);
	return rc;
}
