#include "config.h"
#include "core/trace.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/records.h"

#include <string.h>

int trace_find(struct session *s, const char *product, const char *batch, const char *serial,
               struct trace *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	const struct form *sales = form_find("sales");
	int rc = perm_check(s->user.role, sales, PERM_VIEW, err);
	if (rc)
		return rc;
	bool has_batch = batch && *batch, has_serial = serial && *serial;
	if (has_batch == has_serial)
		return gerr_set(err, GERR_USAGE, "batch", "%s",
		                _("Give a batch number or a serial number (one of the two)."));
	int64_t product_id = 0;
	if (product && *product) {
		struct value v = { .null = true };
		rc = records_parse_value(s, form_field(sales, "product"), product, &v, err);
		product_id = v.num;
		value_clear(&v);
		if (rc)
			return rc;
	}
	return db_trace(s->db, product_id, has_batch ? batch : NULL, has_serial ? serial : NULL,
	                out, err);
}

int trace_find_number(struct session *s, const char *product, const char *number,
                      struct trace *out, bool *by_serial, struct gerr *err)
{
	if (by_serial)
		*by_serial = false;
	int rc = trace_find(s, product, number, NULL, out, err);
	if (rc || out->nsales || out->nimplants)
		return rc;
	if (by_serial)
		*by_serial = true;
	return trace_find(s, product, NULL, number, out, err);
}
