#include "config.h"
#include "core/import_source.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HEADER_SEARCH 20

bool import_is_workbook(const char *path)
{
	size_t n = strlen(path);
	return xlsx_sniff(path) != XLSX_NOT || (n > 4 && strcasecmp(path + n - 4, ".xls") == 0) ||
	       (n > 5 && (strcasecmp(path + n - 5, ".xlsx") == 0 ||
	                  strcasecmp(path + n - 5, ".xlsm") == 0));
}

int import_read(const struct import_opts *o, char **data, size_t *len, enum encoding *used,
                struct gerr *err)
{
	FILE *f = fopen(o->path, "rb");
	if (!f)
		return gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), o->path, strerror(errno));
	struct strbuf b = STRBUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_addn(&b, chunk, n);
	int failed = ferror(f) ? errno : 0;
	fclose(f);
	if (failed) {
		sb_free(&b);
		return gerr_set(err, GERR_INPUT, NULL, _("Cannot read %s: %s"), o->path, strerror(failed));
	}
	*len = b.len;
	*data = b.s ? sb_steal(&b) : xstrdup("");
	int rc = encoding_to_utf8(o->encoding, data, len, used, err);
	if (rc) {
		free(*data);
		*data = NULL;
	}
	return rc;
}

void import_source_text(struct import_source *src, const char *data, size_t len)
{
	memset(src, 0, sizeof *src);
	src->data = data;
	src->len = len;
	csv_reader_init(&src->csv, data, len);
}

int import_source_open(const struct import_opts *o, struct import_source *src,
                       enum encoding *used, struct gerr *err)
{
	import_source_text(src, "", 0);
	if (import_is_workbook(o->path)) {
		*used = ENC_UTF8; /* the XML of a workbook */
		return xlsx_open(o->path, o->sheet, &src->xl, err);
	}
	if (o->sheet)
		return gerr_set(err, GERR_USAGE, "sheet",
		                _("%s is not a workbook: --sheet is for .xlsx files."), o->path);
	char *text = NULL;
	size_t len = 0;
	int rc = import_read(o, &text, &len, used, err);
	if (rc == GERR_OK) {
		import_source_text(src, text, len);
		src->owned = text;
	}
	return rc;
}

int import_source_next(struct import_source *src, struct csv_row *row, struct gerr *err)
{
	return src->xl ? xlsx_read(src->xl, row, err) : csv_read(&src->csv, row, err);
}

/* It names two of the form's fields (one, when it holds one cell). */
static bool names_fields(const struct form *form, const struct csv_row *row)
{
	int named = 0, filled = 0;
	for (int c = 0; c < row->n; c++) {
		filled += row->cells[c][0] != '\0';
		named += row->cells[c][0] && import_column(form, row->cells[c]) != IMPORT_UNKNOWN;
	}
	return named >= 2 || (named == 1 && filled == 1);
}

int import_source_header(struct import_source *src, const struct form *form,
                         struct csv_row *header, struct gerr *err)
{
	int got = import_source_next(src, header, err);
	for (int n = 1; src->xl && got == 1 && !names_fields(form, header); n++) {
		if (n == HEADER_SEARCH)
			return gerr_set(err, GERR_INPUT, NULL,
			                _("No header row: none of the first %d rows of the sheet names the"
			                  " columns; see: gspdesk forms %s"), HEADER_SEARCH, form->name);
		got = import_source_next(src, header, err);
	}
	if (got == 0)
		return gerr_set(err, GERR_INPUT, NULL, "%s",
		                _("The file is empty: its first line must name the columns."));
	return got < 0 ? GERR_INPUT : GERR_OK;
}

void import_source_progress(const struct import_source *src, size_t *done, size_t *total)
{
	*done = (size_t)(src->csv.p - src->data);
	*total = src->len;
	if (src->xl)
		xlsx_progress(src->xl, done, total);
}

void import_source_close(struct import_source *src)
{
	xlsx_close(src->xl);
	free(src->owned);
	memset(src, 0, sizeof *src);
}
