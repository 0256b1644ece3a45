#include "config.h"
#include "cli/output.h"
#include "base/json.h"
#include "model/record.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

bool out_format_parse(const char *s, enum out_format *out)
{
	static const char *names[] = { "table", "csv", "json" };
	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum out_format)i;
			return true;
		}
	return false;
}

struct table {
	int ncols, nrows;
	char **headers;
	char ***rows;
};

struct table *table_new(int ncols, const char *const *headers)
{
	struct table *t = xcalloc(1, sizeof *t);
	t->ncols = ncols;
	t->headers = xcalloc((size_t)ncols, sizeof *t->headers);
	for (int i = 0; i < ncols; i++)
		t->headers[i] = xstrdup(headers[i]);
	return t;
}

void table_add(struct table *t, char **cells)
{
	t->rows = xrealloc(t->rows, sizeof *t->rows * (size_t)(t->nrows + 1));
	t->rows[t->nrows++] = cells;
}

/* Line breaks inside a cell would break the grid: show them as spaces;
 * any other control character (text edited into the file) written out. */
static char *one_line(const char *s)
{
	char *c = xstrdup(s);
	for (char *p = c; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	char *safe = text_printable(c, false);
	free(c);
	return safe;
}

static void print_row(FILE *out, char **cells, const int *widths, int ncols)
{
	struct strbuf line = STRBUF_INIT;
	for (int i = 0; i < ncols; i++) {
		char *c = one_line(cells[i]);
		text_fit(&line, c, widths[i], i < ncols - 1);
		free(c);
		if (i < ncols - 1)
			sb_add(&line, "  ");
	}
	/* no trailing blanks: scripts compare lines */
	while (line.len && line.s[line.len - 1] == ' ')
		line.s[--line.len] = '\0';
	fprintf(out, "%s\n", sb_str(&line));
	sb_free(&line);
}

void table_print(const struct table *t, FILE *out)
{
	int *widths = xcalloc((size_t)t->ncols, sizeof *widths);
	for (int i = 0; i < t->ncols; i++) {
		widths[i] = text_width(t->headers[i]);
		for (int r = 0; r < t->nrows; r++) {
			char *c = one_line(t->rows[r][i]);
			int w = text_width(c);
			free(c);
			if (w > widths[i])
				widths[i] = w;
		}
	}
	print_row(out, t->headers, widths, t->ncols);
	for (int r = 0; r < t->nrows; r++)
		print_row(out, t->rows[r], widths, t->ncols);
	free(widths);
}

void table_free(struct table *t)
{
	if (!t)
		return;
	for (int i = 0; i < t->ncols; i++)
		free(t->headers[i]);
	for (int r = 0; r < t->nrows; r++) {
		for (int i = 0; i < t->ncols; i++)
			free(t->rows[r][i]);
		free(t->rows[r]);
	}
	free(t->headers);
	free(t->rows);
	free(t);
}

void out_line(FILE *out, const char *text, bool multiline)
{
	char *safe = text_printable(text, multiline);
	fprintf(out, "%s\n", safe);
	free(safe);
}

void out_json_value(struct strbuf *b, const struct field *f, const struct value *v)
{
	if (v->null) {
		sb_add(b, "null");
		return;
	}
	char *text = field_format(f, v, FMT_MACHINE);
	if (f->type == FT_INT || f->type == FT_DECIMAL)
		sb_add(b, text); /* "12.50" is a valid JSON number as it stands */
	else if (f->type == FT_BOOL)
		sb_add(b, v->num ? "true" : "false");
	else
		json_quote(b, text);
	free(text);
}
