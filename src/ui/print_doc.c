/* ^P: the selected or open record as its paper document (report/docs.h),
 * the same workbook `gspdesk print KIND ID -o FILE` writes. */
#include "config.h"
#include "ui/ui.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "report/docs.h"

#include <stdlib.h>
#include <string.h>

#define MAX_KINDS 8

/* The document kinds of form's records, in the docs' order. */
static int kinds_of(const struct form *form, const struct doc_kind **out)
{
	int n = 0, count;
	const struct doc_kind *const *all = docs_all(&count);
	for (int i = 0; i < count && n < MAX_KINDS; i++)
		if (strcmp(all[i]->form, form->name) == 0)
			out[n++] = all[i];
	return n;
}

bool ui_printable(const struct form *form)
{
	const struct doc_kind *k[MAX_KINDS];
	return form && kinds_of(form, k) > 0;
}

void ui_print_record(struct ui *ui, const struct form *form, int64_t id)
{
	const struct doc_kind *k[MAX_KINDS];
	int n = kinds_of(form, k), pick = 0;
	if (n == 0)
		return;
	if (n > 1) { /* a training session: the roster to sign, or its record */
		const char *titles[MAX_KINDS];
		for (int i = 0; i < n; i++)
			titles[i] = _(k[i]->title);
		if ((pick = ui_choose(ui, _("Print which document?"), titles, n, 0)) < 0)
			return;
	}
	struct strbuf name = STRBUF_INIT;
	sb_addf(&name, "%s-%lld.xlsx", k[pick]->name, (long long)id);
	char *path = NULL;
	bool force = false;
	bool ok = ui_ask_file(ui, sb_str(&name), &path, &force);
	sb_free(&name);
	if (!ok)
		return;
	struct gerr err = { 0 };
	ui_written(ui, doc_print(&ui->s, k[pick], id, path, force, &err), &err, path);
	free(path);
}
