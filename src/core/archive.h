/* The archives: everything for one customer (用户档案) or one supplier on
 * one page, one section per form whose records name it, as its form file
 * says (struct form_archive). */
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
	const char *via;   /* the parent's ref to the owner, field the ref to the parent */
	const char *owner; /* "customers" or "suppliers" */
	const char *match_field, *match_value; /* only the rows with this value; NULL: all */
};

struct archive_totals {
	int64_t rows;
	int64_t sum[ARCHIVE_TOTALS];
};

/* The sections of the archive of owner ("customers" or "suppliers"), in
 * their places. */
const struct archive_section *archive_sections_of(const char *owner, int *count);
/* The customer archive's. */
const struct archive_section *archive_sections(int *count);
/* False when the user's role may not view the section's form. */
bool archive_visible(const struct session *s, const struct archive_section *sec);
/* Streams the live rows of sec for the owner's record owner_id, newest
 * first, and sums them. */
int archive_rows(struct session *s, const struct archive_section *sec, int64_t owner_id,
                 int (*row)(void *ud, const struct record *r), void *ud,
                 struct archive_totals *totals, struct gerr *err);
/* The licence's standing on today of an archive's customer or supplier
 * (r), in words: "Licence status: expires within 60 days, 44 days to
 * expiry"; NULL for a form without a licence expiry. Malloc'd. */
char *archive_licence(const struct session *s, const struct record *r);
/* True for a field of sec's form that names its owner: not shown in its
 * rows, which are all the owner's. */
bool archive_owner_field(const struct archive_section *sec, const struct field *f);

#endif
