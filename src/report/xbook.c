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

void xsheet_add(struct xbook *b, struct xsheet *s, const char *name, const char *subtitle)
{
	memset(s, 0, sizeof *s);
	s->book = b;
	s->header_row = -1;
	s->tall_row = -1;
	s->ws = workbook_add_worksheet(b->wb, sheet_name(b, name));
	worksheet_set_paper(s->ws, 9); /* A4 */
	worksheet_set_margins(s->ws, 0.5, 0.5, 0.75, 0.75);
	worksheet_fit_to_pages(s->ws, 1, 0);
	worksheet_center_horizontally(s->ws);
	struct strbuf h = STRBUF_INIT;
	sb_add(&h, "&L");
	add_escaped(&h, b->company);
	sb_add(&h, "&R");
	add_escaped(&h, b->title);
	worksheet_set_header(s->ws, sb_str(&h));
	sb_reset(&h);
	/* the paper names the chain it was printed from: a chain rewritten
	 * later no longer holds this head (gspdesk check --against) */
	if (b->head[0]) {
		/* TRANSLATORS: the printed page's footer, small, left: "ID HASH" */
		sb_add(&h, "&L&6");
		sb_addf(&h, _("Audit chain head %s"), b->head);
	}
	/* TRANSLATORS: the printed page's footer; &P is the page, &N the count */
	sb_addf(&h, "&C%s", _("Page &P of &N"));
	worksheet_set_footer(s->ws, sb_str(&h));
	sb_free(&h);
	worksheet_write_string(s->ws, 0, 0, b->title, b->fmt[XF_TITLE]);
	worksheet_set_row(s->ws, 0, 24, NULL);
	if (subtitle)
		worksheet_write_string(s->ws, 1, 0, subtitle, b->fmt[XF_SUBTITLE]);
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

/* Column titles wrap: a long one ("Days to written reply") needs only its
 * longest word's width, or HEADER_WIDTH, not a column as wide as itself. */
#define HEADER_WIDTH 12
#define LINE_HEIGHT 15.0 /* points, a line at 11 points */
#define MAX_HEIGHT 409.0 /* Excel's tallest row */

static int header_width(const char *title)
{
	int whole = text_width(title), word = 0;
	if (whole <= HEADER_WIDTH)
		return whole;
	for (const char *p = title; *p;) {
		size_t n = strcspn(p, " ");
		char *w = xstrndup(p, n);
		int k = text_width(w);
		free(w);
		if (k > word)
			word = k;
		p += n + (p[n] == ' ');
	}
	return word > HEADER_WIDTH ? word : HEADER_WIDTH;
}

/* Neither Excel nor LibreOffice grows a row for wrapped text on opening:
 * the row is given the height of its longest cell's lines. */
static void tall(struct xsheet *s, int row, int width, int line)
{
	int lines = (width + line - 1) / line;
	if (s->tall_row != row)
		s->tall_lines = 1;
	s->tall_row = row;
	if (lines > s->tall_lines) {
		s->tall_lines = lines;
		double h = LINE_HEIGHT * lines;
		worksheet_set_row(s->ws, (lxw_row_t)row, h > MAX_HEIGHT ? MAX_HEIGHT : h, NULL);
	}
}

void xsheet_header(struct xsheet *s, int row, const char *const *titles, int n)
{
	for (int i = 0; i < n; i++) {
		worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)i, titles[i], s->book->fmt[XF_HEADER]);
		int w = header_width(titles[i]);
		seen(s, row, i, w);
		tall(s, row, text_width(titles[i]), w);
	}
	s->header_row = row;
	worksheet_freeze_panes(s->ws, (lxw_row_t)(row + 1), 0);
	worksheet_repeat_rows(s->ws, 0, (lxw_row_t)row);
}

#define WRAP_WIDTH 18

void xsheet_text(struct xsheet *s, int row, int col, const char *text, enum xfmt f)
{
	worksheet_write_string(s->ws, (lxw_row_t)row, (lxw_col_t)col, text ? text : "", s->book->fmt[f]);
	/* titles span the sheet: they must not widen their first column; long
	 * text wraps at WRAP_WIDTH rather than stretch its column */
	int w = f == XF_TITLE || f == XF_SUBTITLE ? 0 : text_width(text ? text : "");
	seen(s, row, col, f == XF_WRAP && w > WRAP_WIDTH ? WRAP_WIDTH : w);
	if (f == XF_WRAP)
		tall(s, row, w, WRAP_WIDTH);
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

void xsheet_finish(struct xsheet *s, bool filter)
{
	int total = 0;
	for (int c = 0; c < s->ncols; c++) {
		int w = s->width[c] + 2;
		w = w < 6 ? 6 : w > 60 ? 60 : w;
		worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, w, NULL);
		total += w;
	}
	/* about 95 character widths fit across A4 portrait at this font */
	if (total > 95)
		worksheet_set_landscape(s->ws);
	if (filter && !s->filter_last)
		autofilter(s, s->last_row);
}
