#include "config.h"
#include "base/xlsx.h"
#include "base/xlsx_value.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <expat.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minizip/unzip.h>

#define MAX_ROW 1048576L  /* Excel's own limits */
#define MAX_COL 16384
#define MAX_CELL 131072   /* bytes: 32767 characters of up to 4 bytes */
#define SMALL_PART (16u << 20) /* workbook, relationships, styles */
#define CHUNK 65536

struct pending { /* a row parsed, not yet read */
	long line;
	struct strbuf cells; /* n NUL-terminated cells */
	int n;
};

struct xlsx {
	char *path;
	unzFile zip;
	uint64_t inflated;             /* all parts, unpacked */
	uint64_t part_done, part_size, part_packed;
	const char *part_name;
	bool date1904;
	unsigned char *xf; int nxf;    /* cellXfs index -> enum xlsx_number */
	int *fmt_ids; char **fmt_codes; int nfmts; /* custom number formats */
	char **ss; size_t nss, capss, ss_bytes;  /* shared strings */
	/* parsing */
	XML_Parser p;
	bool failed, eof;
	struct gerr *err;
	int in_v, in_t, in_is, in_si, in_rph, in_cellxfs;
	struct strbuf text;
	/* the cell and row being read */
	int col, next_col;
	char type[12];
	int style;
	struct pending row;
	long last_row;
	struct pending *queue; int nq, capq, headq;
	/* the workbook's sheets */
	char **sheet_names, **sheet_rids; int nsheets;
	char *want_rid, *sheet_target;
};

static void fail(struct xlsx *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(struct xlsx *x, const char *fmt, ...)
{
	if (x->failed)
		return;
	x->failed = true;
	x->err->code = GERR_INPUT;
	x->err->field[0] = '\0';
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->err->msg, sizeof x->err->msg, fmt, ap);
	va_end(ap);
	if (x->p)
		XML_StopParser(x->p, XML_FALSE);
}

enum xlsx_kind xlsx_sniff(const char *path)
{
	unsigned char b[8] = { 0 };
	FILE *f = fopen(path, "rb");
	size_t n = f ? fread(b, 1, sizeof b, f) : 0;
	if (f)
		fclose(f);
	if (n >= 4 && memcmp(b, "PK\3\4", 4) == 0)
		return XLSX_ZIP;
	if (n == 8 && memcmp(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
		return XLSX_OLE;
	return XLSX_NOT;
}

static const char *attr(const XML_Char **a, const char *name)
{
	for (; a && a[0]; a += 2)
		if (strcmp(a[0], name) == 0)
			return a[1];
	return NULL;
}

/* ---- parts of the zip, read through an expat parser ---- */

static int part_open(struct xlsx *x, const char *name, bool *found)
{
	*found = false;
	if (unzLocateFile(x->zip, name, 0) != UNZ_OK)
		return 0;
	unz_file_info64 info;
	if (unzGetCurrentFileInfo64(x->zip, &info, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK) {
		fail(x, _("%s is not an Excel workbook (.xlsx): its part %s cannot be read."), x->path,
		     name);
		return -1;
	}
	if (info.flag & 1) {
		fail(x, _("%s is an encrypted workbook: save it again without a password, then import it."),
		     x->path);
		return -1;
	}
	if (unzOpenCurrentFile(x->zip) != UNZ_OK) {
		fail(x, _("%s is not an Excel workbook (.xlsx): its part %s cannot be read."), x->path,
		     name);
		return -1;
	}
	x->part_name = name;
	x->part_done = 0;
	x->part_size = info.uncompressed_size;
	x->part_packed = info.compressed_size;
	*found = true;
	return 0;
}

/* Feeds the next chunk of the open part to x->p: 1 fed, 0 at its end, -1. */
static int part_feed(struct xlsx *x, uint64_t limit)
{
	char buf[CHUNK];
	int n = unzReadCurrentFile(x->zip, buf, sizeof buf);
	if (n < 0) {
		fail(x, _("%s is not an Excel workbook (.xlsx): its part %s is damaged."), x->path,
		     x->part_name);
		return -1;
	}
	x->part_done += (uint64_t)n;
	x->inflated += (uint64_t)n;
	if (x->part_done > limit || x->inflated > XLSX_MAX_INFLATE ||
	    (x->part_done > SMALL_PART && x->part_done / XLSX_MAX_RATIO > x->part_packed)) {
		fail(x, _("%s: its part %s unpacks to more than this program reads (a zip bomb?): refused."),
		     x->path, x->part_name);
		return -1;
	}
	if (XML_Parse(x->p, buf, n, n == 0) == XML_STATUS_ERROR) {
		if (!x->failed)
			fail(x, _("%s: its part %s is not well-formed XML (line %lu): %s"), x->path,
			     x->part_name, (unsigned long)XML_GetCurrentLineNumber(x->p),
			     XML_ErrorString(XML_GetErrorCode(x->p)));
		return -1;
	}
	return x->failed ? -1 : n > 0;
}

static void XMLCALL no_dtd(void *ud, const XML_Char *name, const XML_Char *sys,
                           const XML_Char *pub, int subset)
{
	(void)name, (void)sys, (void)pub, (void)subset;
	struct xlsx *x = ud;
	fail(x, _("%s: its part %s declares a DTD (XML entities): refused."), x->path, x->part_name);
}

static void XMLCALL text(void *ud, const XML_Char *s, int len)
{
	struct xlsx *x = ud;
	if (!(x->in_v || (x->in_t && !x->in_rph)))
		return;
	if (x->text.len + (size_t)len > MAX_CELL)
		fail(x, _("%s: a cell of %s holds more text than Excel allows: refused."), x->path,
		     x->part_name);
	else
		sb_addn(&x->text, s, (size_t)len);
}

static XML_Parser parser(struct xlsx *x, XML_StartElementHandler start,
                         XML_EndElementHandler end)
{
	if (x->p)
		XML_ParserFree(x->p);
	x->p = XML_ParserCreate("UTF-8");
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, start, end);
	XML_SetCharacterDataHandler(x->p, text);
	XML_SetStartDoctypeDeclHandler(x->p, no_dtd);
	return x->p;
}

/* A small part read whole; a missing one is fine unless required. */
static int read_part(struct xlsx *x, const char *name, bool required, uint64_t limit,
                     XML_StartElementHandler start, XML_EndElementHandler end)
{
	bool found;
	if (part_open(x, name, &found) < 0)
		return -1;
	if (!found) {
		if (required)
			fail(x, _("%s is not an Excel workbook (.xlsx): it has no %s."), x->path, name);
		return required ? -1 : 0;
	}
	parser(x, start, end);
	int rc;
	while ((rc = part_feed(x, limit)) > 0)
		;
	unzCloseCurrentFile(x->zip);
	return rc;
}

/* ---- workbook, relationships, styles, shared strings ---- */

static void push(char ***v, int *n, const char *s)
{
	*v = xrealloc(*v, sizeof **v * (size_t)(*n + 1));
	(*v)[(*n)++] = xstrdup(s ? s : "");
}

static void XMLCALL wb_start(void *ud, const XML_Char *el, const XML_Char **a)
{
	struct xlsx *x = ud;
	if (strcmp(el, "workbookPr") == 0) {
		const char *v = attr(a, "date1904");
		x->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	} else if (strcmp(el, "sheet") == 0) {
		const char *rid = NULL;
		for (const XML_Char **p = a; p && p[0]; p += 2)
			if (strcmp(p[0], "id") == 0 || (strlen(p[0]) > 3 && strcmp(p[0] + strlen(p[0]) - 3, ":id") == 0))
				rid = p[1];
		int n = x->nsheets;
		push(&x->sheet_names, &n, attr(a, "name"));
		push(&x->sheet_rids, &x->nsheets, rid);
	}
}

static void XMLCALL rel_start(void *ud, const XML_Char *el, const XML_Char **a)
{
	struct xlsx *x = ud;
	const char *id = attr(a, "Id"), *target = attr(a, "Target");
	if (strcmp(el, "Relationship") != 0 || !id || !target || !x->want_rid ||
	    strcmp(id, x->want_rid) != 0)
		return;
	free(x->sheet_target);
	struct strbuf b = STRBUF_INIT;
	if (target[0] == '/')
		sb_add(&b, target + 1);
	else
		sb_addf(&b, "xl/%s", target);
	x->sheet_target = sb_steal(&b);
}

static void XMLCALL no_end(void *ud, const XML_Char *el)
{
	(void)ud, (void)el;
}

static void XMLCALL st_start(void *ud, const XML_Char *el, const XML_Char **a)
{
	struct xlsx *x = ud;
	if (strcmp(el, "numFmt") == 0 && attr(a, "numFmtId")) {
		x->fmt_ids = xrealloc(x->fmt_ids, sizeof *x->fmt_ids * (size_t)(x->nfmts + 1));
		x->fmt_ids[x->nfmts] = atoi(attr(a, "numFmtId"));
		push(&x->fmt_codes, &x->nfmts, attr(a, "formatCode"));
	} else if (strcmp(el, "cellXfs") == 0) {
		x->in_cellxfs = 1;
	} else if (strcmp(el, "xf") == 0 && x->in_cellxfs) {
		const char *id = attr(a, "numFmtId");
		int n = id ? atoi(id) : 0;
		enum xlsx_number k = xlsx_builtin_number(n);
		for (int i = 0; i < x->nfmts; i++)
			if (x->fmt_ids[i] == n)
				k = xlsx_format_number(x->fmt_codes[i]);
		x->xf = xrealloc(x->xf, (size_t)x->nxf + 1);
		x->xf[x->nxf++] = (unsigned char)k;
	}
}

static void XMLCALL st_end(void *ud, const XML_Char *el)
{
	struct xlsx *x = ud;
	if (strcmp(el, "cellXfs") == 0)
		x->in_cellxfs = 0;
}

static void XMLCALL ss_start(void *ud, const XML_Char *el, const XML_Char **a)
{
	(void)a;
	struct xlsx *x = ud;
	if (strcmp(el, "si") == 0) {
		x->in_si = 1;
		sb_reset(&x->text);
	} else if (strcmp(el, "t") == 0 && x->in_si) {
		x->in_t = 1;
	} else if (strcmp(el, "rPh") == 0) {
		x->in_rph = 1; /* a phonetic reading, not the text */
	}
}

static void XMLCALL ss_end(void *ud, const XML_Char *el)
{
	struct xlsx *x = ud;
	if (strcmp(el, "t") == 0) {
		x->in_t = 0;
	} else if (strcmp(el, "rPh") == 0) {
		x->in_rph = 0;
	} else if (strcmp(el, "si") == 0) {
		x->in_si = 0;
		if (x->nss == x->capss) {
			x->capss = x->capss ? x->capss * 2 : 256;
			x->ss = xrealloc(x->ss, sizeof *x->ss * x->capss);
		}
		x->ss_bytes += x->text.len + 1;
		x->ss[x->nss++] = xstrndup(x->text.s ? x->text.s : "", x->text.len);
		if (x->ss_bytes > XLSX_MAX_STRINGS)
			fail(x, _("%s: its part %s unpacks to more than this program reads (a zip bomb?): refused."),
			     x->path, x->part_name);
	}
}

/* ---- the sheet ---- */

static void cell_value(struct xlsx *x, struct strbuf *out)
{
	const char *v = x->text.s ? x->text.s : "";
	if (strcmp(x->type, "s") == 0) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		if (*v && !*end && i < x->nss)
			sb_add(out, x->ss[i]);
		else
			fail(x, _("%s: row %ld names a shared string that the workbook does not have."),
			     x->path, x->row.line);
		return;
	}
	if (strcmp(x->type, "b") == 0) {
		sb_add(out, strcmp(v, "1") == 0 ? "yes" : "no");
		return;
	}
	if (strcmp(x->type, "d") == 0 && strlen(v) >= 16 && v[10] == 'T') { /* ISO 8601 */
		if (strncmp(v + 11, "00:00", 5) == 0)
			sb_addn(out, v, 10);
		else
			sb_addf(out, "%.10s %.5s", v, v + 11);
		return;
	}
	char *end;
	double d = strtod(v, &end);
	if (*v && !*end && (strcmp(x->type, "n") == 0 || !x->type[0]))
		xlsx_number_text(d, x->style >= 0 && x->style < x->nxf ? (enum xlsx_number)x->xf[x->style]
		                                                     : XLSX_NUMBER,
		                 x->date1904, out);
	else /* str, inlineStr, e: the text as it is */
		sb_add(out, v);
}

/* "BC12" -> column 54 (0-based), row 12; false when malformed or too far. */
static bool cell_ref(const char *r, int *col, long *row)
{
	int c = 0, letters = 0;
	for (; *r >= 'A' && *r <= 'Z' && letters < 4; r++, letters++)
		c = c * 26 + (*r - 'A' + 1);
	char *end;
	long n = strtol(r, &end, 10);
	*col = c - 1;
	*row = n;
	return letters > 0 && *end == '\0' && c <= MAX_COL && n >= 1 && n <= MAX_ROW;
}

static void XMLCALL sh_start(void *ud, const XML_Char *el, const XML_Char **a)
{
	struct xlsx *x = ud;
	if (strcmp(el, "row") == 0) {
		const char *r = attr(a, "r");
		long n = r ? strtol(r, NULL, 10) : x->last_row + 1;
		if (n < 1 || n > MAX_ROW || n <= x->last_row)
			fail(x, _("%s: a row number of the sheet is out of order or beyond Excel's limits: refused."),
			     x->path);
		x->row.line = x->last_row = n;
		x->row.n = 0;
		sb_reset(&x->row.cells);
		x->next_col = 0;
	} else if (strcmp(el, "c") == 0) {
		const char *r = attr(a, "r"), *t = attr(a, "t"), *s = attr(a, "s");
		long row = x->row.line;
		int col = x->next_col;
		if ((r && !cell_ref(r, &col, &row)) || row != x->row.line || col < x->next_col ||
		    col >= MAX_COL)
			fail(x, _("%s: row %ld: a cell is out of order or beyond Excel's limits: refused."),
			     x->path, x->row.line);
		x->col = col;
		snprintf(x->type, sizeof x->type, "%s", t ? t : "");
		x->style = s ? atoi(s) : -1;
		sb_reset(&x->text);
	} else if (strcmp(el, "v") == 0) {
		x->in_v = 1;
	} else if (strcmp(el, "is") == 0) {
		x->in_is = 1;
	} else if (strcmp(el, "t") == 0 && x->in_is) {
		x->in_t = 1;
	} else if (strcmp(el, "rPh") == 0) {
		x->in_rph = 1;
	}
}

static void XMLCALL sh_end(void *ud, const XML_Char *el)
{
	struct xlsx *x = ud;
	if (strcmp(el, "v") == 0) {
		x->in_v = 0;
	} else if (strcmp(el, "t") == 0) {
		x->in_t = 0;
	} else if (strcmp(el, "is") == 0) {
		x->in_is = 0;
	} else if (strcmp(el, "rPh") == 0) {
		x->in_rph = 0;
	} else if (strcmp(el, "c") == 0 && !x->failed) {
		for (; x->next_col < x->col; x->next_col++, x->row.n++)
			sb_addc(&x->row.cells, '\0'); /* the cells left out: empty */
		cell_value(x, &x->row.cells);
		sb_addc(&x->row.cells, '\0');
		x->row.n++;
		x->next_col = x->col + 1;
	} else if (strcmp(el, "row") == 0 && x->row.n > 0 && !x->failed) {
		if (x->nq == x->capq) {
			x->capq = x->capq ? x->capq * 2 : 64;
			x->queue = xrealloc(x->queue, sizeof *x->queue * (size_t)x->capq);
			memset(x->queue + x->nq, 0, sizeof *x->queue * (size_t)(x->capq - x->nq));
		}
		struct pending *q = &x->queue[x->nq++];
		q->line = x->row.line;
		q->n = x->row.n;
		sb_reset(&q->cells);
		sb_addn(&q->cells, x->row.cells.s, x->row.cells.len);
	}
}

/* ---- opening ---- */

static int find_sheet(struct xlsx *x, const char *sheet)
{
	int k = sheet ? -1 : 0;
	for (int i = 0; sheet && i < x->nsheets; i++)
		if (strcmp(x->sheet_names[i], sheet) == 0)
			k = i;
	if (x->nsheets == 0 || k < 0) {
		struct strbuf names = STRBUF_INIT;
		for (int i = 0; i < x->nsheets; i++)
			sb_addf(&names, "%s%s", i ? ", " : "", x->sheet_names[i]);
		if (x->nsheets == 0)
			fail(x, _("%s is not an Excel workbook (.xlsx): it has no sheet."), x->path);
		else
			fail(x, _("%s has no sheet \"%s\"; its sheets: %s"), x->path, sheet, sb_str(&names));
		sb_free(&names);
		return -1;
	}
	x->want_rid = x->sheet_rids[k];
	return 0;
}

int xlsx_open(const char *path, const char *sheet, struct xlsx **out, struct gerr *err)
{
	*out = NULL;
	enum xlsx_kind kind = xlsx_sniff(path);
	if (kind == XLSX_OLE)
		/* an encrypted .xlsx is an OLE file too, with an EncryptedPackage */
		return gerr_set(err, GERR_INPUT, NULL,
		                _("%s is an Excel 97-2003 (.xls) file or an encrypted workbook: save it"
		                  " as .xlsx without a password, or as CSV, then import it."), path);
	struct xlsx *x = xcalloc(1, sizeof *x);
	x->path = xstrdup(path);
	x->err = err;
	x->zip = kind == XLSX_ZIP ? unzOpen64(path) : NULL;
	if (!x->zip) {
		gerr_set(err, GERR_INPUT, NULL, _("%s is not an Excel workbook (.xlsx)."), path);
		xlsx_close(x);
		return GERR_INPUT;
	}
	bool found = false;
	if (read_part(x, "xl/workbook.xml", true, SMALL_PART, wb_start, no_end) < 0 ||
	    find_sheet(x, sheet) < 0 ||
	    read_part(x, "xl/_rels/workbook.xml.rels", true, SMALL_PART, rel_start, no_end) < 0 ||
	    read_part(x, "xl/styles.xml", false, SMALL_PART, st_start, st_end) < 0 ||
	    read_part(x, "xl/sharedStrings.xml", false, XLSX_MAX_STRINGS, ss_start, ss_end) < 0) {
		xlsx_close(x);
		return GERR_INPUT;
	}
	if (!x->sheet_target || part_open(x, x->sheet_target, &found) < 0 || !found) {
		if (!x->failed)
			fail(x, _("%s is not an Excel workbook (.xlsx): it has no %s."), path,
			     x->sheet_target ? x->sheet_target : "xl/worksheets");
		xlsx_close(x);
		return GERR_INPUT;
	}
	x->in_t = x->in_rph = x->in_si = 0;
	parser(x, sh_start, sh_end);
	*out = x;
	return GERR_OK;
}

int xlsx_read(struct xlsx *x, struct csv_row *row, struct gerr *err)
{
	x->err = err;
	while (x->headq == x->nq) {
		if (x->eof)
			return 0;
		x->headq = x->nq = 0;
		int rc = part_feed(x, XLSX_MAX_INFLATE);
		if (rc < 0)
			return -1;
		x->eof = rc == 0;
	}
	struct pending *q = &x->queue[x->headq++];
	csv_row_start(row, q->line);
	const char *c = q->cells.s;
	for (int i = 0; i < q->n; i++) {
		size_t len = strlen(c);
		csv_row_add(row, c, len);
		c += len + 1;
	}
	csv_row_finish(row);
	return 1;
}

void xlsx_progress(const struct xlsx *x, size_t *done, size_t *total)
{
	*done = (size_t)x->part_done;
	*total = (size_t)(x->part_size > x->part_done ? x->part_size : x->part_done);
}

void xlsx_close(struct xlsx *x)
{
	if (!x)
		return;
	if (x->p)
		XML_ParserFree(x->p);
	if (x->zip) {
		unzCloseCurrentFile(x->zip);
		unzClose(x->zip);
	}
	for (size_t i = 0; i < x->nss; i++)
		free(x->ss[i]);
	for (int i = 0; i < x->nfmts; i++)
		free(x->fmt_codes[i]);
	for (int i = 0; i < x->nsheets; i++)
		free(x->sheet_names[i]), free(x->sheet_rids[i]);
	for (int i = 0; i < x->capq; i++)
		sb_free(&x->queue[i].cells);
	free(x->queue);
	sb_free(&x->row.cells);
	sb_free(&x->text);
	free(x->ss);
	free(x->fmt_ids);
	free(x->fmt_codes);
	free(x->sheet_names);
	free(x->sheet_rids);
	free(x->xf);
	free(x->sheet_target);
	free(x->path);
	free(x);
}
