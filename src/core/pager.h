/* The list screens' data source: a window of rows fetched by key, so a
 * page costs the same at the first row and the millionth, and only the
 * visible rows are ever in memory. No curses: benchmarks drive it too. */
#ifndef GSPDESK_PAGER_H
#define GSPDESK_PAGER_H

#include <stdbool.h>
#include <stdint.h>

#include "core/session.h"
#include "model/query.h"

struct pager {
	struct session *s;
	struct list_query q;   /* filters, search, sort; after/limit are the pager's */
	struct record **rows;  /* the window, in list order */
	int nrows, size;       /* rows held, rows wanted */
	bool at_start, at_end; /* nothing before the first / after the last */
	int64_t total;         /* rows in the list, counted by pager_count */
	int64_t offset;        /* how many rows come before the window's first */
};

/* q is copied (its filters and strings must outlive the pager). */
void pager_init(struct pager *p, struct session *s, const struct list_query *q, int size);
void pager_free(struct pager *p);
/* A new window size (the terminal was resized), used by the next fetch:
 * pager_keep refills the window around the highlighted record. */
void pager_set_size(struct pager *p, int size);
/* Counts the list's rows: once per query and after an action that may
 * change it, never per key (a count reads the whole list). */
int pager_count(struct pager *p, struct gerr *err);
int pager_first(struct pager *p, struct gerr *err);
int pager_last(struct pager *p, struct gerr *err);
/* Moves the window by delta rows (negative: toward the start), as far as
 * there are rows; *moved gets how far it went. */
int pager_scroll(struct pager *p, int delta, int *moved, struct gerr *err);
/* Refetches the window from its first row (after a save or a void). */
int pager_reload(struct pager *p, struct gerr *err);
/* Refetches the window around the record id (after an action on it, or to
 * show a record just added): it lands on the window's row *sel, or as near
 * as the rows before it allow, and *sel becomes its row. When id is not in
 * the list any more (voided and hidden, filtered out) the window is
 * refetched from its first row and *sel only kept inside it. */
int pager_keep(struct pager *p, int64_t id, int *sel, struct gerr *err);

#endif
