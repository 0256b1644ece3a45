/* Workbooks for the printed reports: formats made once per workbook,
 * column widths fitted by display width (Chinese counts two; libxlsxwriter
 * 1.1.4 has no autofit) and A4 printing set up on every sheet. */
#ifndef GSPDESK_XBOOK_H
#define GSPDESK_XBOOK_H

#include <stdbool.h>
#include <stdint.h>
#include <xlsxwriter.h>

#include "base/chain.h"
#include "base/err.h"

enum xfmt {
	XF_TITLE,    /* the sheet's heading */
	XF_SUBTITLE, /* the line under it: period, addressees */
	XF_HEADER,   /* column titles */
	XF_TEXT,
	XF_INT,
	XF_MONEY,    /* yuan, two decimals */
	XF_DECIMAL,  /* a mean: two decimals */
	XF_NUMBER,   /* as many decimals as it has (Excel's General) */
	XF_TENTHS,   /* hours: one decimal */
	XF_PERCENT,
	XF_DATE,
	XF_DATETIME, /* date and minute */
	XF_BOLD,
	XF_WRAP,     /* long text (a complaint, a cause): wrapped in a narrower column */
	XF_COUNT
};

#define XSHEET_MAXCOLS 64

struct xbook {
	lxw_workbook *wb;
	lxw_format *fmt[XF_COUNT];
	char *company, *title;
	char head[CHAIN_HEAD_TEXT]; /* the audit chain head for the footers; "" for none */
	char **sheet_names;
	int nsheets;
};

struct xsheet {
	struct xbook *book;
	lxw_worksheet *ws;
	int width[XSHEET_MAXCOLS]; /* widest text seen per column, in cells */
	int ncols;
	int header_row;            /* -1 until xsheet_header */
	int last_row;
	int filter_last;           /* the autofilter's last row; 0: last_row */
	int tall_row, tall_lines;  /* the row made taller for wrapped text, and its lines */
};

/* Opens path for writing. Large reports pass constant_memory, whose
 * temporary files go to tmpdir (the data directory, not /tmp). */
int xbook_open(struct xbook *b, const char *path, bool constant_memory, const char *tmpdir,
               const char *company, const char *title, struct gerr *err);
/* Writes and closes the file. */
int xbook_close(struct xbook *b, struct gerr *err);

/* A new sheet named within Excel's rules (31 characters, none of []:*?/\,
 * unique); title and subtitle rows on top, repeated on every printed page. */
void xsheet_add(struct xbook *b, struct xsheet *s, const char *name, const char *subtitle);
/* Column titles on the next row: frozen, filtered, repeated when printed. */
void xsheet_header(struct xsheet *s, int row, const char *const *titles, int n);
void xsheet_text(struct xsheet *s, int row, int col, const char *text, enum xfmt f);
void xsheet_int(struct xsheet *s, int row, int col, int64_t n);
void xsheet_money(struct xsheet *s, int row, int col, int64_t cents);
void xsheet_number(struct xsheet *s, int row, int col, double v, enum xfmt f);
/* A bordered empty cell: a figure that does not exist. */
void xsheet_blank(struct xsheet *s, int row, int col);
/* An ISO date ("2025-03-05") as a date cell; "" writes nothing. */
void xsheet_date(struct xsheet *s, int row, int col, const char *iso);
/* "2025-03-05 14:30" as a date-and-time cell; "" writes a blank. */
void xsheet_datetime(struct xsheet *s, int row, int col, const char *iso);
/* The data ends here: the autofilter covers the header down to this row;
 * rows written after (totals) stay out of it. */
void xsheet_end_data(struct xsheet *s);
/* Widths, the autofilter (unless xsheet_end_data set it) down to the last row,
 * landscape when wider than A4 portrait holds. */
void xsheet_finish(struct xsheet *s, bool filter);

#endif
