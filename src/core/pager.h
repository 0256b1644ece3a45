/* The list screens' data source: a window of rows fetched by key, so a
 * page costs the same at the first row and the millionth, and only the
 * visible rows are ever in memory. No curses: benchmarks drive it too. */
#ifndef GSPDESK_PAGER_H
#define GSPDESK_PAGER_H

#include <stdbool.h>

#include "core/session.h"

struct pager {
	struct session *s;
	struct list_query q;   /* filters, search, sort; after/limit are the pager's */
	struct record **rows;  /* the window, in list order */
	int nrows, size;       /* rows held, rows wanted */
	bool at_start, at_end; /* nothing before the first / after the last */
};

/* q is copied (its filters and strings must outlive the pager). */
void pager_init(struct pager *p, struct session *s, const struct list_query *q, int size);
void pager_free(struct pager *p);
/* A new window size (the terminal was resized); refetches from the first row. */
int pager_resize(struct pager *p, int size, struct gerr *err);
int pager_first(struct pager *p, struct gerr *err);
int pager_last(struct pager *p, struct gerr *err);
/* Moves the window by delta rows (negative: toward the start), as far as
 * there are rows; *moved gets how far it went. */
int pager_scroll(struct pager *p, int delta, int *moved, struct gerr *err);
/* Refetches the window from its first row (after a save or a void). */
int pager_reload(struct pager *p, struct gerr *err);

#endif
