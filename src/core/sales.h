/* The sales line's own rules (issue 14), run by records_validate inside
 * the write for add, edit and import alike: a serial number is one unit
 * sold once until it comes back, a batch has one expiry date, the goods of
 * an open recall are not sold, and the facts an inspector reads are frozen
 * on the line as they were on the day it was saved. */
#ifndef GSPDESK_SALES_H
#define GSPDESK_SALES_H

#include <stdint.h>

struct session;
struct record;
struct gerr;
struct field;

/* The sales form's check (form.h). A different expiry for a batch already
 * sold passes only with the session's override reason (add --reason),
 * which the audit row keeps. */
int sales_check(struct session *s, struct record *r, struct gerr *err);
/* A serial number names one unit: refused, on field f, while product's
 * unit with serial is out with a customer — sold on a line other than sale
 * and not come back, or given out by an exchange other than return ret
 * (0: none left out). Sales lines and an exchange's replacement ask it. */
int sales_check_unit_out(struct session *s, int64_t product, const char *serial, int64_t sale,
                         int64_t ret, const struct field *f, struct gerr *err);

/* The implants form's check: the product is an implant; the unit comes
 * from a standing sale of it (the line given, or one with its serial or
 * batch); used not before that sale; a line's implant records never more
 * than its quantity. */
int implant_check(struct session *s, struct record *r, struct gerr *err);

#endif
