/* A scanned UDI (a GS1 element string, base/gs1.h) as the fields of a
 * record: the product its GTIN names (products.udi_di), batch, serial,
 * expiry and production date, for the forms that have them. */
#ifndef GSPDESK_UDI_H
#define GSPDESK_UDI_H

#include "model/form.h"
#include "base/gs1.h"
#include "core/records.h"
#include "core/session.h"

struct udi_unit {
	struct gs1_code code;
	char *product;              /* the product's code, NULL when no GTIN */
	char expiry[11], production[11];
	const struct assign *a;     /* udi_expand's assignments */
	int n;
	struct assign *mine;        /* a when udi_expand made it */
};

#define UDI_FIELDS 5 /* product, batch, serial, expiry, production_date */

/* Parses text and finds the product with its GTIN, u->product left NULL
 * when no product has it: GERR_INPUT naming "udi" when the code does not
 * parse or has no GTIN. */
int udi_lookup(struct session *s, const char *text, struct udi_unit *u, struct gerr *err);
/* The same, and GERR_INPUT when no product has the GTIN. */
int udi_find(struct session *s, const char *text, struct udi_unit *u, struct gerr *err);
/* The fields u gives that form has, as assignments into out (their texts
 * are u's); returns how many. */
int udi_fields(const struct form *form, const struct udi_unit *u, struct assign out[UDI_FIELDS]);
/* Gives product_id the GTIN gtin: an edit of the product like any other,
 * audited with reason (a GTIN another product has is refused). */
int udi_attach(struct session *s, int64_t product_id, const char *gtin, const char *reason,
               struct gerr *err);

/* The n assignments a with a "udi" one replaced by the fields it gives
 * form (product, batch, serial, expiry, production_date: those the form
 * has), as u->a and u->n; a itself (n) when none is "udi". A field given
 * beside the udi is refused as given twice. */
int udi_expand(struct session *s, const struct form *form, const struct assign *a, int n,
               struct udi_unit *u, struct gerr *err);

void udi_free(struct udi_unit *u);

#endif
