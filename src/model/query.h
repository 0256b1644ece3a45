/* What a list of one form's records asks for: filters, a period, a search,
 * an order and a page (keyset paging, never OFFSET). A description in the
 * model's terms, so core, the screens and the commands build it without
 * seeing the storage; db/db_list.c answers it. */
#ifndef GSPDESK_QUERY_H
#define GSPDESK_QUERY_H

#include <stdbool.h>
#include <stdint.h>

#include "model/record.h"

struct list_filter {
	const struct field *field;
	struct value value;
};

/* Rows whose field (a ref) is a live record whose own field via has
 * value: the lines of the receipts of one supplier. */
struct list_via {
	const struct field *field, *via;
	struct value value;
};

struct list_key {
	struct value sortval;
	int64_t id;
};

struct list_query {
	const struct form *form;
	const struct list_filter *filters;
	int nfilters;
	const char *since, *until;  /* ISO dates on form->date_field */
	bool include_voided;
	const char *search;         /* substring of any F_SEARCH field or ref name */
	const struct field *sort;   /* NULL: the id */
	bool descending;
	const struct list_key *after; /* rows strictly after this key */
	int limit;                  /* 0: no limit */
	const struct list_via *via; /* NULL: none */
};

#endif
