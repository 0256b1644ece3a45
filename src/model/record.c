#include "config.h"
#include "model/record.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

struct record *record_new(const struct form *form)
{
	struct record *r = xcalloc(1, sizeof *r);
	r->form = form;
	r->v = xcalloc((size_t)form->nfields, sizeof *r->v);
	for (int i = 0; i < form->nfields; i++)
		r->v[i].null = true;
	return r;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct record *record_clone(const struct record *r)
{
	struct record *c = record_new(r->form);
	c->id = r->id;
	c->version = r->version;
	c->voided = r->voided;
	c->void_reason = dup_or_null(r->void_reason);
	c->created_at = dup_or_null(r->created_at);
	c->created_by = dup_or_null(r->created_by);
	c->updated_at = dup_or_null(r->updated_at);
	c->updated_by = dup_or_null(r->updated_by);
	for (int i = 0; i < r->form->nfields; i++)
		value_copy(&c->v[i], &r->v[i]);
	return c;
}

void record_free(struct record *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->form->nfields; i++)
		value_clear(&r->v[i]);
	free(r->v);
	free(r->void_reason);
	free(r->created_at);
	free(r->created_by);
	free(r->updated_at);
	free(r->updated_by);
	free(r);
}

struct value *record_value(struct record *r, const char *field)
{
	int i = form_field_index(r->form, field);
	return i < 0 ? NULL : &r->v[i];
}

const char *record_text(const struct record *r, const char *field)
{
	const struct value *v = &r->v[form_field_index(r->form, field)];
	return v->null ? NULL : v->text;
}

bool record_same(const struct record *a, const struct record *b, const char *const *fields,
                 int n)
{
	for (int i = 0; i < n; i++) {
		int k = form_field_index(a->form, fields[i]);
		if (!value_equal(&a->form->fields[k], &a->v[k], &b->v[k]))
			return false;
	}
	return true;
}

void value_clear(struct value *v)
{
	free(v->text);
	free(v->label);
	v->text = v->label = NULL;
	v->num = 0;
	v->null = true;
}

void value_copy(struct value *dst, const struct value *src)
{
	value_clear(dst);
	dst->null = src->null;
	dst->num = src->num;
	dst->text = dup_or_null(src->text);
	dst->label = dup_or_null(src->label);
}

void value_set_num(struct value *v, int64_t num)
{
	value_clear(v);
	v->null = false;
	v->num = num;
}

void value_set_text(struct value *v, const char *text)
{
	value_clear(v);
	v->null = false;
	v->text = xstrdup(text);
}

bool value_equal(const struct field *f, const struct value *a, const struct value *b)
{
	if (a->null || b->null)
		return a->null == b->null;
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
	case FT_REF:
		return a->num == b->num;
	default:
		return strcmp(a->text ? a->text : "", b->text ? b->text : "") == 0;
	}
}
