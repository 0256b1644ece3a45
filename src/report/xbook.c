#include "config.h"
#include "report/xbook.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static lxw_format *make(lxw_workbook *wb, bool bold, bool border, const char *num,
                        double size)
{
	lxw_format *f = workbook_add_format(wb);
	format_set_font_name(f, "宋体");
	format_set_font_size(f, size);
	if (bold)
		format_set_bold(f);
	if (border)
		format_set_border(f, LXW_BORDER_THIN);
	if (num)
		format_set_num_format(f, num);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	return f;
}

int xbook_open(struct xbook *b, const char *path, bool constant_memory, const char *tmpdir,
               const char *company, const char *title, struct gerr *err)
{
	memset(b, 0, sizeof *b);
	lxw_workbook_options opts = { .constant_memory = constant_memory,
	                              .tmpdir = (char *)tmpdir };
	b->wb = workbook_new_opt(path, &opts);
	if (!b->wb)
		return gerr_set(err, GERR_INPUT, "output", _("Cannot write the workbook %s."), path);
	b->company = xstrdup(company ? company : "");
	b->title = xstrdup(title);
	lxw_workbook *wb = b->wb;
	b->fmt[XF_TITLE] = make(wb, true, false, NULL, 16);
	b->fmt[XF_SUBTITLE] = make(wb, false, false, NULL, 11);
	b->fmt[XF_HEADER] = make(wb, true, true, NULL, 11);
	format_set_bg_color(b->fmt[XF_HEADER], 0xDDEBF7);
	format_set_text_wrap(b->fmt[XF_HEADER]);
	format_set_align(b->fmt[XF_HEADER], LXW_ALIGN_CENTER);
	b->fmt[XF_TEXT] = make(wb, false, true, NULL, 11);
	b->fmt[XF_INT] = make(wb, false, true, "0", 11);
	b->fmt[XF_MONEY] = make(wb, false, true, "#,##0.00", 11);
	b->fmt[XF_DECIMAL] = make(wb, false, true, "0.00", 11);
	b->fmt[XF_NUMBER] = make(wb, false, true, NULL, 11);
	b->fmt[XF_TENTHS] = make(wb, false, true, "0.0", 11);
	b->fmt[XF_PERCENT] = make(wb, false, true, "0.0%", 11);
	b->fmt[XF_DATE] = make(wb, false, true, "yyyy-mm-dd", 11);
	b->fmt[XF_DATETIME] = make(wb, false, true, "yyyy-mm-dd hh:mm", 11);
	b->fmt[XF_BOLD] = make(wb, true, true, NULL, 11);
	b->fmt[XF_WRAP] = make(wb, false, true, NULL, 11);
	format_set_text_wrap(b->fmt[XF_WRAP]);
	b->fmt[XF_NOTE] = make(wb, false, false, NULL, 11);
	format_set_text_wrap(b->fmt[XF_NOTE]);
	format_set_align(b->fmt[XF_NOTE], LXW_ALIGN_LEFT);
	lxw_doc_properties props = { .title = b->title, .company = b->company,
	                             .author = "gspdesk" };
	workbook_set_properties(wb, &props);
	return GERR_OK;
}

/* libxlsxwriter prints its own English errors on stderr, which would land
 * over the full-screen program: they go to /dev/null while it writes, and
 * the user reads ours. */
static lxw_error close_quietly(lxw_workbook *wb, int *sys)
{
	fflush(stderr);
	int saved = dup(STDERR_FILENO);
	int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (saved >= 0 && null >= 0)
		dup2(null, STDERR_FILENO);
	errno = 0;
	lxw_error e = workbook_close(wb);
	*sys = errno;
	fflush(stderr);
	if (saved >= 0) {
		dup2(saved, STDERR_FILENO);
		close(saved);
	}
	if (null >= 0)
		close(null);
	return e;
}

int xbook_close(struct xbook *b, struct gerr *err)
{
	int sys;
	lxw_error e = close_quietly(b->wb, &sys);
	for (int i = 0; i < b->nsheets; i++)
		free(b->sheet_names[i]);
	free(b->sheet_names);
	free(b->company);
	free(b->title);
	if (e != LXW_NO_ERROR && (sys == ENOSPC || sys == EDQUOT))
		return gerr_set(err, GERR_INPUT, "output", "%s",
		                _("The disk is full: the workbook was not written. Free some space and try again."));
	if (e != LXW_NO_ERROR)
		return gerr_set(err, GERR_INPUT, "output", _("The workbook could not be written: %s"),
		                sys ? strerror(sys) : lxw_strerror(e));
	return GERR_OK;
}

/* Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique. */
static char *sheet_name(struct xbook *b, const char *want)
{
	struct strbuf s = STRBUF_INIT;
	size_t chars = 0;
	for (const char *p = want; *p && chars < 28; chars++) {
		wchar_t wc;
		size_t k = utf8_decode(p, strlen(p), &wc);
		if (k == 0)
			break;
		if (k == 1 && strchr("[]:*?/\\", *p))
			sb_addc(&s, '_');
		else
			sb_addn(&s, p, k);
		p += k;
	}
	char *base = sb_steal(&s), *name = xstrdup(base);
	for (int n = 2;; n++) {
		bool taken = false;
		for (int i = 0; i < b->nsheets; i++)
			if (strcmp(b->sheet_names[i], name) == 0)
				taken = true;
		if (!taken)
			break;
		free(name);
		name = xmalloc(strlen(base) + 8);
		sprintf(name, "%s(%d)", base, n % 100);
	}
	free(base);
	b->sheet_names = xrealloc(b->sheet_names, sizeof *b->sheet_names * (size_t)(b->nsheets + 1));
	b->sheet_names[b->nsheets++] = name;
	return name;
}

/* '&' starts a code in Excel headers: a company called "A&B" needs "A&&B". */
static void add_escaped(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '&')
			sb_addc(b, '&');
		sb_addc(b, *s);
	}
}

static void add_sheet(struct xbook *b, struct xsheet *s, const char *name, const char *subtitle,
                      bool in_memory)
{
	memset(s, 0, sizeof *s);
	s->book = b;
	s->header_row = -1;
	s->tall_row = -1;
	/* libxlsxwriter takes the workbook's constant_memory option into each
	 * sheet as it is added: a sheet of its own kept in memory */
	uint8_t constant = b->wb->options.constant_memory;
	if (in_memory)
		b->wb->options.constant_memory = 0;
	s->ws = workbook_add_worksheet(b->wb, sheet_name(b, name));
	b->wb->options.constant_memory = constant;
	worksheet_set_paper(s->ws, 9); /* A4 */
	worksheet_set_margins(s->ws, MARGIN_SIDE, MARGIN_SIDE, 0.75, 0.75);
	worksheet_fit_to_pages(s->ws, 1, 0);
	worksheet_center_horizontally(s->ws);
	if (b->landscape)
		worksheet_set_landscape(s->ws);
	/* header and footer at the body's size: scaled with the page, they
	 * stay at 9 points or more where the body does */
	struct strbuf h = STRBUF_INIT;
	sb_add(&h, "&L&11");
	add_escaped(&h, b->company);
	sb_add(&h, "&R&11");
	add_escaped(&h, b->title);
	worksheet_set_header(s->ws, sb_str(&h));
	sb_reset(&h);
	/* the paper names the chain it was printed from: a chain rewritten
	 * later no longer holds this head (gspdesk check --against) */
	if (b->head[0]) {
		/* TRANSLATORS: the printed page's footer, left: "ID HASH" */
		sb_add(&h, "&L&11");
		sb_addf(&h, _("Audit chain head %s"), b->head);
	}
	/* TRANSLATORS: the printed page's footer; &P is the page, &N the count */
	sb_addf(&h, "&R&11%s", _("Page &P of &N"));
	worksheet_set_footer(s->ws, sb_str(&h));
	sb_free(&h);
	worksheet_write_string(s->ws, 0, 0, b->title, b->fmt[XF_TITLE]);
	worksheet_set_row(s->ws, 0, 24, NULL);
	if (subtitle)
		worksheet_write_string(s->ws, 1, 0, subtitle, b->fmt[XF_SUBTITLE]);
}

void xsheet_add(struct xbook *b, struct xsheet *s, const char *name, const char *subtitle)
{
	add_sheet(b, s, name, subtitle, false);
}

void xsheet_add_charted(struct xbook *b, struct xsheet *s, const char *name,
                        const char *subtitle)
{
	add_sheet(b, s, name, subtitle, true);
}

static void seen(struct xsheet *s, int row, int col, int cells)
{
	if (col < XSHEET_MAXCOLS) {
		if (cells > s->width[col])
			s->width[col] = cells;
		if (col + 1 > s->ncols)
			s->ncols = col + 1;
	}
	if (row > s->last_row)
		s->last_row = row;
}

/* Long text wraps at WRAP_WIDTH (XF_WRAP) or TEXT_WIDTH (any other cell),
 * or the column's own (xsheet_wrap), rather than stretch its column past
 * what fits on the page. */
#define WRAP_WIDTH 18
#define TEXT_WIDTH 20

/* Column titles wrap: a long one ("Days to written reply") needs only its
 * longest word's width, or HEADER_WIDTH, not a column as wide as itself. */
#define HEADER_WIDTH 12
/* points per line at 11 points: Noto CJK, which LibreOffice prints 宋体
 * with, is taller than Excel's own fonts */
#define LINE_HEIGHT 16.0
#define MAX_HEIGHT 409.0 /* Excel's tallest row */

/* A Chinese title breaks between any two characters; an English one only
 * between words. */
static int header_width(const char *title)
{
	int whole = text_width(title), word = 0;
	if (whole <= HEADER_WIDTH)
		return whole;
	for (const char *p = title; *p;) {
		size_t n = strcspn(p, " ");
		char *w = xstrndup(p, n);
		int k = text_width(w);
		if (k != (int)n) /* not ASCII: breaks anywhere */
			k = 0;
		free(w);
		if (k > word)
			word = k;
		p += n + (p[n] == ' ');
	}
	return word > HEADER_WIDTH ? word : HEADER_WIDTH;
}

/* The lines text takes in a column holding width cells: each of its own
 * lines, broken at words, so a quarter more than the bare division. */
static int lines_of(const char *text, int width)
{
	int lines = 0;
	for (const char *p = text;; p++) {
		size_t n = strcspn(p, "\n");
		char *one = xstrndup(p, n);
		int w = text_width(one);
		free(one);
		lines += w == 0 ? 1 : (w * 5 / 4 + width - 1) / width;
		p += n;
		if (!*p)
			break;
	}
	return lines;
}

/* Neither Excel nor LibreOffice grows a row for wrapped text on opening:
 * the row is given the height of its longest cell's lines. */
static void tall(struct xsheet *s, int row, int lines)
{
	if (s->tall_row != row)
		s->tall_lines = 1;
	s->tall_row = row;
	if (lines > s->tall_lines) {
		s->tall_lines = lines;
		double h = LINE_HEIGHT * lines;
		worksheet_set_row(s->ws, (lxw_row_t)row, h > MAX_HEIGHT ? MAX_HEIGHT : h, NULL);
	}
}

int xsheet_lines(const struct xsheet *s, int row)
{
	return s->tall_row == row ? s->tall_lines : 1;
}

void xsheet_header(struct xsheet *s, int row, const char *const *titles, int n)
{
	for (int i = 0; i < n; i++)
		xsheet_text(s, row, i, titles[i], XF_HEADER);
	s->header_row = row;
	worksheet_freeze_panes(s->ws, (lxw_row_t)(row + 1), 0);
	worksheet_repeat_rows(s->ws, 0, (lxw_row_t)row);
}


/* The width text wraps at in col, 0 when it does not wrap with format f. */
static int wrap_at(const struct xsheet *s, int col, const char *text, enum xfmt f)
{
	if (f == XF_HEADER)
		return header_width(text);
	if (f != XF_TEXT && f != XF_WRAP)
		return 0;
	int limit = col < XSHEET_MAXCOLS && s->wrap[col] ? s->wrap[col]
	            : f == XF_WRAP ? WRAP_WIDTH : TEXT_WIDTH;
	return text_width(text) > limit || strchr(text, '\n') ? limit : 0;
}

int xsheet_text_lines(const struct xsheet *s, int col, const char *text, enum xfmt f)
{
	int at = wrap_at(s, col, text ? text : "", f);
	return at ? lines_of(text, at) : 1;
}

void xsheet_wrap(struct xsheet *s, int col, int width)
{
	if (col < XSHEET_MAXCOLS)
		s->wrap[col] = width;
}

void xsheet_text(struct xsheet *s, int row, int col, const char *text, enum xfmt f)
{
	text = text ? text : "";
	/* titles span the sheet: they must not widen their first column */
	if (f == XF_TITLE || f == XF_SUBTITLE) {
		worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, text, s->book->fmt[f]);
		seen(s, row, col, 0);
		return;
	}
	int w = text_width(text), at = wrap_at(s, col, text, f);
	if (at) {
		if (f != XF_HEADER)
			f = XF_WRAP;
		tall(s, row, lines_of(text, at));
		w = at;
	}
	worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, text, s->book->fmt[f]);
	seen(s, row, col, w);
}

int xsheet_sign_off(struct xsheet *s, int row, const char *const *roles)
{
	const char *head[] = { _("Sign-off"), _("Name"), _("Signature"), _("Date") };
	for (int c = 0; c < 4; c++)
		xsheet_text(s, row, c, head[c], XF_HEADER);
	for (row++; *roles; roles++, row++) {
		xsheet_text(s, row, 0, _(*roles), XF_BOLD);
		for (int c = 1; c < 4; c++)
			xsheet_blank(s, row, c);
		/* room for a hand's signature */
		worksheet_set_row(s->ws, (lxw_row_t)row, 30, NULL);
	}
	return row;
}

void xsheet_note(struct xsheet *s, int row, int ncols, const char *text)
{
	/* the columns are measured at the end: reckon with the narrowest
	 * page a sheet of ncols columns is likely to have */
	int width = ncols * 8;
	worksheet_merge_range(s->ws, (lxw_row_t)row, 0, (lxw_row_t)row, (lxw_col_t)(ncols - 1), text,
	                      s->book->fmt[XF_NOTE]);
	tall(s, row, lines_of(text, width));
	seen(s, row, 0, 0);
}

void xsheet_int(struct xsheet *s, int row, int col, int64_t n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%lld", (long long)n);
	worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, (double)n, s->book->fmt[XF_INT]);
	seen(s, row, col, (int)strlen(buf));
}

void xsheet_money(struct xsheet *s, int row, int col, int64_t cents)
{
	worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, (double)cents / 100.0,
	                       s->book->fmt[XF_MONEY]);
	char buf[32];
	snprintf(buf, sizeof buf, "%.2f", (double)cents / 100.0);
	seen(s, row, col, (int)strlen(buf) + (int)strlen(buf) / 4); /* room for separators */
}

void xsheet_number(struct xsheet *s, int row, int col, double v, enum xfmt f)
{
	worksheet_write_number(s->ws, (lxw_row_t)row, (lxw_col_t)col, v, s->book->fmt[f]);
	seen(s, row, col, 8);
}

void xsheet_blank(struct xsheet *s, int row, int col)
{
	worksheet_write_blank(s->ws, (lxw_row_t)row, (lxw_col_t)col, s->book->fmt[XF_TEXT]);
	seen(s, row, col, 0);
}

void xsheet_date(struct xsheet *s, int row, int col, const char *iso)
{
	struct ymd d;
	if (!iso || date_parse(iso, &d) != DATE_OK) {
		xsheet_blank(s, row, col);
		return;
	}
	lxw_datetime dt = { .year = d.y, .month = d.m, .day = d.d };
	worksheet_write_datetime(s->ws, (lxw_row_t)row, (lxw_col_t)col, &dt, s->book->fmt[XF_DATE]);
	seen(s, row, col, 10);
}

void xsheet_datetime(struct xsheet *s, int row, int col, const char *iso)
{
	struct ymdhm t;
	if (!iso || datetime_parse(iso, &t) != DATE_OK) {
		xsheet_blank(s, row, col);
		return;
	}
	lxw_datetime dt = { .year = t.date.y, .month = t.date.m, .day = t.date.d,
	                    .hour = t.hh, .min = t.mm };
	worksheet_write_datetime(s->ws, (lxw_row_t)row, (lxw_col_t)col, &dt,
	                         s->book->fmt[XF_DATETIME]);
	seen(s, row, col, 16);
}

static void autofilter(struct xsheet *s, int last)
{
	if (s->header_row >= 0 && s->ncols > 0)
		worksheet_autofilter(s->ws, (lxw_row_t)s->header_row, 0,
		                     (lxw_row_t)(last > s->header_row ? last : s->header_row),
		                     (lxw_col_t)(s->ncols - 1));
}

/* Set while the last data row is still the current one: constant_memory
 * refuses a range ending in a row already flushed to disk. */
void xsheet_end_data(struct xsheet *s)
{
	s->filter_last = s->last_row;
	autofilter(s, s->filter_last);
}

/* Excel's pixels for a column width in characters (at 11-point Calibri,
 * the workbook's default font) and the printable width of A4 at 96 dpi. */
static double column_pixels(int w)
{
	return (int)(w * 7.0 + 5.0);
}

static double printable_pixels(bool landscape)
{
	return ((landscape ? 11.69 : 8.27) - 2 * MARGIN_SIDE) * 96.0;
}

double xsheet_scale(const struct xsheet *s, const int *widths, int n)
{
	double total = 0;
	for (int c = 0; c < n; c++)
		total += column_pixels(widths[c]);
	double k = printable_pixels(s->book->landscape) / total;
	return k > 1 ? 1 : k;
}

void xsheet_finish(struct xsheet *s, bool filter)
{
	int widths[XSHEET_MAXCOLS];
	for (int c = 0; c < s->ncols; c++) {
		int w = s->width[c] + 2;
		widths[c] = w < 6 ? 6 : w > 60 ? 60 : w;
		worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL);
	}
	/* fitted to the page's width, no text below 9 points: a sheet wider
	 * than that prints at 9 points over more pages across */
	if (s->ncols > 0 && xsheet_scale(s, widths, s->ncols) < XSHEET_MIN_SCALE)
		worksheet_set_print_scale(s->ws, (uint16_t)(XSHEET_MIN_SCALE * 100));
	if (s->nbreaks)
		worksheet_set_h_pagebreaks(s->ws, s->breaks);
	free(s->breaks);
	s->breaks = NULL;
	s->nbreaks = 0;
	if (filter && !s->filter_last)
		autofilter(s, s->last_row);
}

void xsheet_page_break(struct xsheet *s, int row)
{
	/* Excel's limit; later breaks are left to the printer */
	if (s->nbreaks >= 1023)
		return;
	s->breaks = xrealloc(s->breaks, sizeof *s->breaks * (size_t)(s->nbreaks + 2));
	s->breaks[s->nbreaks++] = (lxw_row_t)row;
	s->breaks[s->nbreaks] = 0;
}

double xsheet_page_height(const struct xsheet *s)
{
	/* 0.75 inch margins top and bottom; at a scale below 1 more fits,
	 * so this is the least a page holds */
	return ((s->book->landscape ? 8.27 : 11.69) - 1.5) * 72.0;
}

double xsheet_row_points(int lines)
{
	return LINE_HEIGHT * lines;
}
