/* Reports laid out as a paper form: blocks of numbered lines, each under
 * a head (the block's own facts, then the column titles) and closed by a
 * total (reports/sales_ledger.c, reports/receiving.c). Pages are broken
 * here, not by the printer: a block starts on a new page when its head
 * and first lines would not fit, and a block that runs onto a new page
 * repeats its head there, "(continued)". */
#ifndef GSPDESK_BLOCKS_H
#define GSPDESK_BLOCKS_H

#include <stdbool.h>

#include "report/xbook.h"

struct xblocks {
	struct xsheet sheet;
	int row;           /* the next row to write */
	double used, room; /* points of the page filled, and what it holds */
};

/* A new sheet with its title and subtitle (repeated on every page); the
 * first block goes on row 3. */
void xblocks_add(struct xbook *b, struct xblocks *k, const char *name, const char *subtitle);
/* Before a new block's head: a page break when its head and first lines
 * would not fit on what is left of the page. */
void xblocks_start(struct xblocks *k);
/* Before a line of that many text lines: true when it does not fit and a
 * page break went before it; the caller repeats the block's head. */
bool xblocks_breaks(struct xblocks *k, int lines);
/* "label: value" on the head row at col, "(continued)" after it on a
 * page that goes on with its block. */
void xblocks_fact(struct xblocks *k, int col, const char *label, const char *value,
                  bool continued);
/* Ends the head row of facts and writes the column titles under it. */
void xblocks_titles(struct xblocks *k, const char *const *titles, int n);
/* The text lines of the tallest of texts (texts[c] for column c, NULL
 * for a cell that does not wrap), as a row would take them. */
int xblocks_lines(const struct xblocks *k, const char *const *texts, int n);
/* A line of that many text lines written: on to the next row. */
void xblocks_next(struct xblocks *k, int lines);
/* A block's total of that many text lines written on its row: a blank
 * line after it. */
void xblocks_end(struct xblocks *k, int lines);

#endif
