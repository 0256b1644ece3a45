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
	XF_NOTE,     /* a paragraph across the sheet: wrapped, no border */
	XF_COUNT
};

#define XSHEET_MAXCOLS 64
/* No printed text below 9 points: the body is 11, so a page is never
 * scaled below 9/11, and a little more for the printer's rounding. */
#define XSHEET_MIN_SCALE 0.85
#define MARGIN_SIDE 0.5 /* inches, left and right */

struct xbook {
	lxw_workbook *wb;
	lxw_format *fmt[XF_COUNT];
	char *company, *title;
	char head[CHAIN_HEAD_TEXT]; /* the audit chain head for the footers; "" for none */
	char **sheet_names;
	int nsheets;
	bool landscape; /* every sheet's orientation, the report's choice */
};

struct xsheet {
	struct xbook *book;
	lxw_worksheet *ws;
	int width[XSHEET_MAXCOLS]; /* widest text seen per column, in cells */
	int ncols;
	int header_row;            /* -1 until xsheet_header */
	int last_row;
	int filter_last;           /* the autofilter's last row; 0: last_row */
	int wrap[XSHEET_MAXCOLS];  /* the width text wraps at per column; 0: the format's */
	int tall_row, tall_lines;  /* the row made taller for wrapped text, and its lines */
	lxw_row_t *breaks;         /* page breaks before these rows, 0-ended */
	int nbreaks;
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
/* The same, for a small sheet a chart draws from: kept in memory until the
 * workbook is written, so that the chart can carry its figures (the caches
 * WPS and Excel's viewers draw from); a sheet of a constant-memory workbook
 * has flushed them to disk by then and its charts come out empty there. */
void xsheet_add_charted(struct xbook *b, struct xsheet *s, const char *name,
                        const char *subtitle);
/* Column titles on the next row: frozen, filtered, repeated when printed. */
void xsheet_header(struct xsheet *s, int row, const char *const *titles, int n);
/* Text wider than its column may be, or of more than one line, wraps and
 * its row grows. */
void xsheet_text(struct xsheet *s, int row, int col, const char *text, enum xfmt f);
/* A sign-off table from row: a line per role (msgids, NULL-ended) with
 * name, signature and date to fill in by hand; returns the row after it. */
int xsheet_sign_off(struct xsheet *s, int row, const char *const *roles);
/* The lines text would take in col (1 unless it wraps). */
int xsheet_text_lines(const struct xsheet *s, int col, const char *text, enum xfmt f);
/* Text in col wraps at width (display cells) from now on. */
void xsheet_wrap(struct xsheet *s, int col, int width);
/* A paragraph over the first ncols columns of row, wrapped. */
void xsheet_note(struct xsheet *s, int row, int ncols, const char *text);
/* The lines the tallest cell of row takes (1 unless it wraps). */
int xsheet_lines(const struct xsheet *s, int row);
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
/* Widths, the autofilter (unless xsheet_end_data set it) down to the last
 * row, and the print scale: fitted to the page's width, never below
 * XSHEET_MIN_SCALE. */
void xsheet_finish(struct xsheet *s, bool filter);
/* The scale fitting columns of these widths (in characters) across the page. */
double xsheet_scale(const struct xsheet *s, const int *widths, int n);
/* A page break before row. */
void xsheet_page_break(struct xsheet *s, int row);
/* The points of rows a printed page holds at least, and the points of a
 * row of that many lines. */
double xsheet_page_height(const struct xsheet *s);
double xsheet_row_points(int lines);

#endif
