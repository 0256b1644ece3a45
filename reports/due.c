/* The due list as a workbook: one row per thing due, soonest first, to
 * print for the morning's round or pass on. */
#include "config.h"
#include "base/i18n.h"
#include "report/report.h"
#include "report/due_book.h"

#include <stdio.h>

static int write(struct session *s, struct xbook *b, void *ud, struct gerr *err)
{
	(void)err;
	const struct due_list *l = ud;
	char subtitle[200];
	snprintf(subtitle, sizeof subtitle, _("%s, %d rows, within %d days."), s->today, l->n,
	         DUE_DEFAULT_DAYS);
	struct xsheet sh;
	xsheet_add(b, &sh, _("Due"), subtitle);
	const char *head[] = { _("Kind"), _("Due at"), _("Days left"), _("Customer"), _("What is due"),
	                       _("Key") };
	xsheet_header(&sh, 3, head, 6);
	for (int i = 0; i < l->n; i++) {
		const struct due_row *r = &l->rows[i];
		int row = 4 + i;
		xsheet_text(&sh, row, 0, _(due_source_find(r->kind)->label), XF_TEXT);
		if (r->timed)
			xsheet_datetime(&sh, row, 1, r->due);
		else
			xsheet_date(&sh, row, 1, r->due);
		xsheet_int(&sh, row, 2, r->left_min / 1440);
		xsheet_text(&sh, row, 3, r->customer ? r->customer : "", XF_TEXT);
		xsheet_text(&sh, row, 4, r->what, XF_TEXT);
		xsheet_text(&sh, row, 5, r->key, XF_TEXT);
	}
	xsheet_finish(&sh, true);
	return GERR_OK;
}

int due_book_write(struct session *s, const struct due_list *l, const char *path, bool force,
                   struct gerr *err)
{
	return report_write(s, _("Due"), path, force, write, (void *)l, err);
}
