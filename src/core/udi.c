/* Scanned UDIs as record fields (udi.h). */
#include "config.h"
#include "core/udi.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/strbuf.h"

static int first_code(void *ud, const struct record *r)
{
	const struct value *code = &r->v[form_field_index(r->form, r->form->code_field)];
	*(char **)ud = xstrdup(code->text ? code->text : "");
	return 1;
}

int udi_lookup(struct session *s, const char *text, struct udi_unit *u, struct gerr *err)
{
	memset(u, 0, sizeof *u);
	int rc = gs1_parse(text, atoi(s->today), &u->code, err);
	if (rc)
		return rc;
	if (!u->code.gtin[0])
		return gerr_set(err, GERR_INPUT, "udi", "%s", _("UDI: the code has no GTIN (01)"));
	const struct form *products = form_find("products");
	struct list_filter by = { .field = form_field(products, "udi_di") };
	value_set_text(&by.value, u->code.gtin);
	struct list_query q = { .form = products, .filters = &by, .nfilters = 1, .limit = 1 };
	rc = records_list(s, &q, first_code, &u->product, err);
	value_clear(&by.value);
	if (rc == GERR_OK && u->code.has_expiry)
		date_format(&u->code.expiry, u->expiry);
	if (rc == GERR_OK && u->code.has_production)
		date_format(&u->code.production, u->production);
	return rc;
}

int udi_find(struct session *s, const char *text, struct udi_unit *u, struct gerr *err)
{
	int rc = udi_lookup(s, text, u, err);
	if (rc == GERR_OK && !u->product)
		rc = gerr_set(err, GERR_INPUT, "udi",
		              _("UDI: no product has the GTIN %s; give it to one first: "
		                "gspdesk edit products ID udi_di=%s --reason TEXT"),
		              u->code.gtin, u->code.gtin);
	return rc;
}

int udi_attach(struct session *s, int64_t product_id, const char *gtin, const char *reason,
               struct gerr *err)
{
	const struct assign a = { .field = "udi_di", .value = gtin };
	return records_edit(s, form_find("products"), product_id, &a, 1, reason, 0, err);
}

static int add(struct assign *out, int n, const struct form *form, const char *field,
               const char *value)
{
	if (value && *value && form_field_index(form, field) >= 0)
		out[n++] = (struct assign){ .field = field, .value = value };
	return n;
}

int udi_fields(const struct form *form, const struct udi_unit *u, struct assign out[UDI_FIELDS])
{
	int n = add(out, 0, form, "product", u->product);
	n = add(out, n, form, "batch", u->code.batch);
	n = add(out, n, form, "serial", u->code.serial);
	n = add(out, n, form, "expiry", u->expiry);
	return add(out, n, form, "production_date", u->production);
}

int udi_expand(struct session *s, const struct form *form, const struct assign *a, int n,
               struct udi_unit *u, struct gerr *err)
{
	int k = 0;
	while (k < n && strcmp(a[k].field, "udi") != 0)
		k++;
	if (k == n) {
		memset(u, 0, sizeof *u);
		u->a = a;
		u->n = n;
		return GERR_OK;
	}
	if (form_field_index(form, "product") < 0)
		return gerr_set(err, GERR_USAGE, "udi", _("%s has no field \"%s\"."), form->name, "udi");
	int rc = udi_find(s, a[k].value, u, err);
	if (rc)
		return rc;
	u->a = u->mine = xcalloc((size_t)n + UDI_FIELDS, sizeof *u->mine);
	for (int i = 0; i < n; i++)
		if (i != k)
			u->mine[u->n++] = a[i];
	u->n += udi_fields(form, u, u->mine + u->n);
	return GERR_OK;
}

void udi_free(struct udi_unit *u)
{
	free(u->product);
	free(u->mine);
	memset(u, 0, sizeof *u);
}
