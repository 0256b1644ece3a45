/* Fitting list columns into the terminal's width. Pure arithmetic, tested
 * without a terminal. */
#ifndef GSPDESK_COLFIT_H
#define GSPDESK_COLFIT_H

/* Columns have a preferred and a minimum width in cells and are separated
 * by `gap` cells. Fills out[] with the widths used in `total` cells:
 * preferred widths when they fit, with the room left given to the columns
 * in proportion to their preference; else every column shrunk toward its
 * minimum in proportion to what it can give; else the columns that still do
 * not fit, from the right, get 0 (hidden). Returns the number shown. */
int colfit(const int *preferred, const int *minimum, int n, int gap, int total, int *out);

#endif
