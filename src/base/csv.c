#include "config.h"
#include "base/csv.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

void csv_reader_init(struct csv_reader *r, const char *data, size_t len)
{
	r->p = data;
	r->end = data + len;
	r->line = 1;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		r->p += 3;
}

/* Room for cell k's offset and k + 1 cells. */
static void grow(struct csv_row *row, int k)
{
	if (k < row->cap)
		return;
	row->cap = row->cap ? row->cap * 2 : 16;
	row->offs = xrealloc(row->offs, sizeof *row->offs * (size_t)row->cap);
	row->cells = xrealloc(row->cells, sizeof *row->cells * (size_t)row->cap);
}

static void end_cell(struct csv_row *row)
{
	sb_addc(&row->buf, '\0');
	row->n++;
	grow(row, row->n);
	row->offs[row->n] = row->buf.len;
}

/* A line break at p: its length (CRLF 2, LF or lone CR 1), else 0. */
static size_t line_break(const char *p, const char *end)
{
	if (*p == '\n')
		return 1;
	if (*p == '\r')
		return p + 1 < end && p[1] == '\n' ? 2 : 1;
	return 0;
}

/* C strings end at a NUL: a field holding one would be cut short, silently. */
static int nul_refused(struct csv_reader *r, const struct csv_row *row, const char *at,
                       struct gerr *err)
{
	r->p = at;
	gerr_set(err, GERR_INPUT, NULL,
	         _("line %ld, column %d: the field holds a NUL byte (character 0), which is not text; remove it"),
	         r->line, row->n + 1);
	return -1;
}

int csv_read(struct csv_reader *r, struct csv_row *row, struct gerr *err)
{
	size_t nl;
	/* blank lines between or after records are not records */
	while (r->p < r->end && (nl = line_break(r->p, r->end)) != 0) {
		r->p += nl;
		r->line++;
	}
	if (r->p >= r->end)
		return 0;
	row->n = 0;
	row->line = r->line;
	sb_reset(&row->buf);
	grow(row, 0);
	row->offs[0] = 0;
	const char *p = r->p, *end = r->end;
	for (;;) {
		if (p < end && *p == '"') {
			long opened = r->line;
			p++;
			for (;;) {
				if (p >= end) {
					r->p = p;
					gerr_set(err, GERR_INPUT, NULL,
					         _("line %ld: a quoted field opened here is never closed"), opened);
					return -1;
				}
				const char *q = p;
				while (q < end && *q != '"' && *q != '\n' && *q != '\r' && *q)
					q++;
				if (q < end && !*q)
					return nul_refused(r, row, q, err);
				sb_addn(&row->buf, p, (size_t)(q - p));
				p = q;
				if (p >= end)
					continue;
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						sb_addc(&row->buf, '"');
						p += 2;
						continue;
					}
					p++;
					break;
				}
				/* a line break inside quotes belongs to the cell, as LF */
				nl = line_break(p, end);
				sb_addc(&row->buf, '\n');
				p += nl;
				r->line++;
			}
			if (p < end && *p != ',' && !line_break(p, end)) {
				r->p = p;
				gerr_set(err, GERR_INPUT, NULL,
				         _("line %ld: text after the closing quote of a field; a quote inside a field is written twice (\"\")"),
				         r->line);
				return -1;
			}
		} else {
			const char *q = p;
			while (q < end && *q != ',' && *q != '\n' && *q != '\r' && *q != '"' && *q)
				q++;
			if (q < end && !*q)
				return nul_refused(r, row, q, err);
			if (q < end && *q == '"') {
				r->p = q;
				gerr_set(err, GERR_INPUT, NULL,
				         _("line %ld: a quote inside a field that does not start with one; quote the whole field and write the quote twice (\"\")"),
				         r->line);
				return -1;
			}
			sb_addn(&row->buf, p, (size_t)(q - p));
			p = q;
		}
		end_cell(row);
		if (p >= end)
			break;
		if (*p == ',') {
			p++;
			continue;
		}
		p += line_break(p, end);
		r->line++;
		break;
	}
	r->p = p;
	for (int i = 0; i < row->n; i++)
		row->cells[i] = row->buf.s + row->offs[i];
	return 1;
}

void csv_row_start(struct csv_row *row, long line)
{
	row->n = 0;
	row->line = line;
	sb_reset(&row->buf);
	grow(row, 0);
	row->offs[0] = 0;
}

void csv_row_add(struct csv_row *row, const char *text, size_t len)
{
	sb_addn(&row->buf, text, len);
	end_cell(row);
}

void csv_row_finish(struct csv_row *row)
{
	for (int i = 0; i < row->n; i++)
		row->cells[i] = row->buf.s + row->offs[i];
}

void csv_row_free(struct csv_row *row)
{
	sb_free(&row->buf);
	free(row->offs);
	free(row->cells);
	memset(row, 0, sizeof *row);
}

/* -12, +3.5: numbers, which a spreadsheet reads as numbers, not formulas. */
static bool plain_number(const char *c)
{
	c++; /* the sign */
	bool digits = false, dot = false;
	for (; *c; c++) {
		if (*c >= '0' && *c <= '9')
			digits = true;
		else if (*c == '.' && !dot)
			dot = true;
		else
			return false;
	}
	return digits;
}

static bool formula_start(char c)
{
	return c && strchr("=+-@\t\r", c) != NULL;
}

const char *csv_guard(const char *cell, char **copy)
{
	*copy = NULL;
	if (!(formula_start(cell[0]) && !((cell[0] == '-' || cell[0] == '+') && plain_number(cell))) &&
	    cell[0] != '\'')
		return cell;
	size_t n = strlen(cell);
	*copy = xmalloc(n + 2);
	(*copy)[0] = '\'';
	memcpy(*copy + 1, cell, n + 1);
	return *copy;
}

const char *csv_unguard(const char *cell)
{
	return cell[0] == '\'' && (formula_start(cell[1]) || cell[1] == '\'') ? cell + 1 : cell;
}

void csv_write_row(FILE *out, const char *const *cells, int n, int flags)
{
	for (int i = 0; i < n; i++) {
		char *copy = NULL;
		const char *c = cells[i] ? cells[i] : "";
		if (!(flags & CSV_RAW))
			c = csv_guard(c, &copy);
		/* a leading BOM is quoted too, or a reader would take it for the file's */
		bool quote = strpbrk(c, ",\"\r\n") != NULL || (*c && (c[0] == ' ' || c[strlen(c) - 1] == ' ')) ||
		             strncmp(c, "\xEF\xBB\xBF", 3) == 0;
		if (i)
			fputc(',', out);
		if (!quote) {
			fputs(c, out);
		} else {
			fputc('"', out);
			for (; *c; c++) {
				if (*c == '"')
					fputc('"', out);
				fputc(*c, out);
			}
			fputc('"', out);
		}
		free(copy);
	}
	fputs(flags & CSV_CRLF ? "\r\n" : "\n", out);
}
