/* The customer archive (用户档案): everything for one customer on one page,
 * one section per form that names a customer, as its form file says
 * (struct form_archive). */
#ifndef GSPDESK_ARCHIVE_H
#define GSPDESK_ARCHIVE_H

#include <stdint.h>

#include "core/records.h"

#define ARCHIVE_TOTALS FORM_ARCHIVE_TOTALS

struct archive_section {
	const char *title; /* msgid */
	const char *form;  /* a role that may not view it does not see the section */
	const char *field; /* the ref to customers that picks the rows */
	const char *sort;  /* newest first by this field; NULL: by id */
	const char *totals[ARCHIVE_TOTALS]; /* numeric fields summed, NULL when fewer */
};

struct archive_totals {
	int64_t rows;
	int64_t sum[ARCHIVE_TOTALS];
};

/* The forms' sections, in their places. */
const struct archive_section *archive_sections(int *count);
/* False when the user's role may not view the section's form. */
bool archive_visible(const struct session *s, const struct archive_section *sec);
/* Streams the live rows of sec for customer_id, newest first, and sums them. */
int archive_rows(struct session *s, const struct archive_section *sec, int64_t customer_id,
                 int (*row)(void *ud, const struct record *r), void *ud,
                 struct archive_totals *totals, struct gerr *err);

#endif
