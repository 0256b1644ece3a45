#include "config.h"
#include "report/blocks.h"
#include "base/i18n.h"

#include <stdio.h>
#include <string.h>

/* Points of a page kept free: the printer's rows may be a little taller
 * than reckoned. */
#define PAGE_SLACK 24.0
/* The title row's points: its font is larger than the body's */
#define TITLE_POINTS 24.0
/* A block's head (facts and column titles) and its first lines */
#define HEAD_POINTS 64.0
#define FIRST_LINES 3

void xblocks_add(struct xbook *b, struct xblocks *k, const char *name, const char *subtitle)
{
	memset(k, 0, sizeof *k);
	xsheet_add(b, &k->sheet, name, subtitle);
	worksheet_repeat_rows(k->sheet.ws, 0, 1);
	k->row = 3;
	/* every page repeats the title and subtitle rows */
	k->room = xsheet_page_height(&k->sheet) - PAGE_SLACK - TITLE_POINTS - xsheet_row_points(2);
}

static void new_page(struct xblocks *k)
{
	xsheet_page_break(&k->sheet, k->row);
	k->used = 0;
}

enum xblocks_at xblocks_place(struct xblocks *k, bool new_block, int lines,
                              void (*close)(void *ud), void *ud)
{
	if (new_block) {
		if (k->blocks++)
			close(ud);
		if (k->used + HEAD_POINTS + xsheet_row_points(FIRST_LINES) > k->room)
			new_page(k);
		return XB_NEW;
	}
	if (k->used + xsheet_row_points(lines) <= k->room)
		return XB_SAME;
	new_page(k);
	return XB_CONTINUED;
}

void xblocks_fact(struct xblocks *k, int col, const char *label, const char *value,
                  bool continued)
{
	char text[400];
	/* TRANSLATORS: a field's label and its value on a report */
	snprintf(text, sizeof text, _("%s: %s"), label, value);
	if (continued) {
		size_t n = strlen(text);
		/* TRANSLATORS: after the block's facts on a page that goes on with its block */
		snprintf(text + n, sizeof text - n, " %s", _("(continued)"));
	}
	xsheet_text(&k->sheet, k->row, col, text, XF_SUBTITLE);
}

void xblocks_titles(struct xblocks *k, const char *const *titles, int n)
{
	k->row++;
	for (int c = 0; c < n; c++)
		xsheet_text(&k->sheet, k->row, c, titles[c], XF_HEADER);
	k->used += xsheet_row_points(1) + xsheet_row_points(xsheet_lines(&k->sheet, k->row));
	k->row++;
}

int xblocks_lines(const struct xblocks *k, const char *const *texts, int n)
{
	int lines = 1;
	for (int c = 0; c < n; c++) {
		int l = texts[c] ? xsheet_text_lines(&k->sheet, c, texts[c], XF_TEXT) : 1;
		lines = l > lines ? l : lines;
	}
	return lines;
}

void xblocks_next(struct xblocks *k, int lines)
{
	k->used += xsheet_row_points(lines);
	k->row++;
}

void xblocks_wrap(struct xblocks *k, const int (*wrap)[2], int n)
{
	for (int i = 0; i < n; i++)
		xsheet_wrap(&k->sheet, wrap[i][0], wrap[i][1]);
}

void xblocks_finish(struct xblocks *k, void (*close)(void *ud), void *ud, const char *note)
{
	if (k->blocks)
		close(ud);
	if (note)
		xsheet_text(&k->sheet, k->row, 0, note, XF_SUBTITLE);
	xsheet_finish(&k->sheet, false);
}

void xblocks_end(struct xblocks *k, int lines)
{
	k->row += 2;
	k->used += xsheet_row_points(lines) + xsheet_row_points(1);
}
