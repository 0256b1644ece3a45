/* Handling a due row: done, not needed, or declined by the customer, with
 * a note, by whom and when: a due_handled record (forms/due_handled.c),
 * written with its audit row in one transaction. The row leaves the list
 * while its facts stay the same; voiding the record raises it again. */
#ifndef GSPDESK_DUE_HANDLE_H
#define GSPDESK_DUE_HANDLE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/session.h"

/* The live handled rows, sorted for lookup. */
struct due_handled_set {
	char **keys; /* "kind\tkey\tfacts" */
	int n;
};

int due_handled_load(struct session *s, struct due_handled_set *out, struct gerr *err);
bool due_handled_has(const struct due_handled_set *h, const char *kind, const char *key,
                     const char *facts);
void due_handled_free(struct due_handled_set *h);

/* Marks the row KIND KEY due now (within the longest horizon) handled:
 * outcome is done, not_needed or declined; note is required. *id is the
 * due_handled record written. */
int due_handle(struct session *s, const char *kind, const char *key, const char *outcome,
               const char *note, int64_t *id, struct gerr *err);

#endif
