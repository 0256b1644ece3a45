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
	int blocks;        /* begun so far */
};

/* A new sheet with its title and subtitle (repeated on every page); the
 * first block goes on row 3. */
void xblocks_add(struct xbook *b, struct xblocks *k, const char *name, const char *subtitle);
enum xblocks_at {
	XB_SAME,      /* the line goes on in its block */
	XB_NEW,       /* a new block: the caller writes its head */
	XB_CONTINUED, /* on a new page: the caller writes the head again, continued */
};
/* Where a line of that many text lines goes. A new block (new_block)
 * closes the one before (close(ud), unless it is the first) and starts on
 * a new page when its head and first lines would not fit; a line that
 * does not fit on the page goes on the next. */
enum xblocks_at xblocks_place(struct xblocks *k, bool new_block, int lines,
                              void (*close)(void *ud), void *ud);
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
/* Columns whose text wraps: n pairs of column and width (display cells). */
void xblocks_wrap(struct xblocks *k, const int (*wrap)[2], int n);
/* The sheet done: the last block closed (close(ud), when there was one),
 * then note (NULL: none) under it, and the sheet's widths and scale. */
void xblocks_finish(struct xblocks *k, void (*close)(void *ud), void *ud, const char *note);

#endif
