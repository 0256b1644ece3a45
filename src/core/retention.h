/* Retention (保存期限) of the office's records, as GSP asks: sales and
 * receiving records are kept until two years after the device's expiry
 * date (or end of service life), and at least five years when it has
 * none; records of implanted products for ever. The same rule holds here
 * for every record of the business (complaints, quality visits, adverse
 * events, returns, service, recalls, surveys, training): the later of five
 * years after its date and two years after its unit's expiry, for ever
 * for an implant. Nothing is ever deleted: a record past its date may be
 * archived (exported), and stays. */
#ifndef GSPDESK_RETENTION_H
#define GSPDESK_RETENTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/session.h"
#include "model/form.h"

#define RETENTION_YEARS 5        /* after the record's date */
#define RETENTION_AFTER_EXPIRY 2 /* after the unit's expiry date */

enum retention_basis {
	RETAIN_FOREVER, /* an implanted product */
	RETAIN_EXPIRY,  /* two years after the expiry */
	RETAIN_YEARS    /* five years after the record's date */
};

struct retention {
	int64_t id;
	bool voided;
	enum retention_basis basis;
	char day[11];    /* the record's date */
	char expiry[11]; /* the unit's expiry, "" when none is known */
	char until[11];  /* kept until this day; "" for ever */
};

/* Whether form's records have a keeping date: the records of the
 * business, not the master data, the registers, the calendar or lines
 * (kept with their header). */
bool retention_applies(const struct form *form);
/* Every record of form (voided ones too: they are evidence), in id order;
 * row returns non-zero to stop. */
int retention_scan(struct session *s, const struct form *form,
                   int (*row)(void *ud, const struct retention *r), void *ud,
                   struct gerr *err);
/* Record id of form; *found false for a form without retention. */
int retention_of(struct session *s, const struct form *form, int64_t id, struct retention *out,
                 bool *found, struct gerr *err);
/* Past its keeping date on today: may be archived (never deleted). */
bool retention_past(const struct retention *r, const char *today);
/* "2031-03-05 (5 years after 2026-03-05)", in the user's language. */
void retention_text(const struct retention *r, char *buf, size_t size);

#endif
