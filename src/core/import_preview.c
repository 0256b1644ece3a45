/* The first rows of a file to import and how its columns map to fields,
 * for the import screen to show before anything is written. */
#include "config.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "core/import.h"
#include "core/import_source.h"

#include <stdlib.h>
#include <string.h>

int import_preview(const struct import_opts *o, int max_rows, struct import_preview *p,
                   struct gerr *err)
{
	memset(p, 0, sizeof *p);
	enum encoding used;
	struct import_source src;
	struct csv_row row = { 0 };
	int got = 0, rc = import_source_open(o, &src, &used, err);
	if (rc == GERR_OK)
		rc = import_source_header(&src, o->form, &row, err);
	if (rc == GERR_OK) {
		p->ncols = row.n;
		p->titles = xcalloc((size_t)row.n, sizeof *p->titles);
		p->field = xcalloc((size_t)row.n, sizeof *p->field);
		for (int i = 0; i < row.n; i++) {
			p->titles[i] = xstrdup(row.cells[i]);
			p->field[i] = import_column(o->form, row.cells[i]);
		}
		p->rows = xcalloc((size_t)max_rows + 1, sizeof *p->rows);
		p->lines = xcalloc((size_t)max_rows + 1, sizeof *p->lines);
		while (p->nrows < max_rows && (got = import_source_next(&src, &row, err)) > 0) {
			char **cells = xcalloc((size_t)p->ncols + 1, sizeof *cells);
			for (int i = 0; i < p->ncols; i++)
				cells[i] = xstrdup(i >= row.n ? "" : src.xl ? row.cells[i]
				                                           : csv_unguard(row.cells[i]));
			p->lines[p->nrows] = row.line;
			p->rows[p->nrows++] = cells;
		}
		if (got < 0)
			rc = GERR_INPUT;
	}
	csv_row_free(&row);
	import_source_close(&src);
	if (rc)
		import_preview_free(p);
	return rc;
}

void import_preview_free(struct import_preview *p)
{
	for (int i = 0; i < p->ncols; i++)
		free(p->titles[i]);
	for (int r = 0; r < p->nrows; r++) {
		for (int i = 0; i < p->ncols; i++)
			free(p->rows[r][i]);
		free(p->rows[r]);
	}
	free(p->titles);
	free(p->field);
	free(p->rows);
	free(p->lines);
	memset(p, 0, sizeof *p);
}
