/* The CSV reader and writer (base/csv.h) on hand-made inputs. Each
 * expected row and line number is counted by hand from the input text:
 * line numbers are those a spreadsheet user sees, so a record whose quoted
 * cell spans two lines makes the next record start two lines further. */
#include "config.h"
#include "base/csv.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

struct parsed {
	int nrows;
	long lines[16];
	int ncells[16];
	char *cells[16][8];
	int rc;            /* last csv_read result: 0 end, -1 refused */
	struct gerr err;
};

/* The cells parse() copies, freed after each test (the sanitizer run
 * counts a leak in a test as a failure). */
static char *owned[256];
static int nowned;

static char *keep(const char *s)
{
	char *d = strdup(s);
	cr_assert(nowned < 256);
	owned[nowned++] = d;
	return d;
}

static char *keep_free(char *s)
{
	cr_assert(nowned < 256);
	owned[nowned++] = s;
	return s;
}

static void free_owned(void)
{
	while (nowned)
		free(owned[--nowned]);
}

TestSuite(csv, .fini = free_owned);

static struct parsed parse(const char *text, size_t len)
{
	struct parsed p = { 0 };
	struct csv_reader r;
	struct csv_row row = { 0 };
	csv_reader_init(&r, text, len);
	while ((p.rc = csv_read(&r, &row, &p.err)) == 1 && p.nrows < 16) {
		p.lines[p.nrows] = row.line;
		p.ncells[p.nrows] = row.n;
		for (int i = 0; i < row.n && i < 8; i++)
			p.cells[p.nrows][i] = keep(row.cells[i]);
		p.nrows++;
	}
	csv_row_free(&row);
	return p;
}

#define PARSE(lit) parse(lit, sizeof(lit) - 1)

Test(csv, plain_rows_and_lines)
{
	struct parsed p = PARSE("a,b,c\n1,2,3\n");
	cr_assert_eq(p.rc, 0);
	cr_assert_eq(p.nrows, 2);
	cr_assert_eq(p.ncells[0], 3);
	cr_assert_str_eq(p.cells[0][0], "a");
	cr_assert_str_eq(p.cells[1][2], "3");
	cr_assert_eq(p.lines[0], 1);
	cr_assert_eq(p.lines[1], 2);
}

Test(csv, quotes_doubled_quotes_and_commas)
{
	struct parsed p = PARSE("\"x,y\",\"say \"\"hi\"\"\",\"\"\n");
	cr_assert_eq(p.rc, 0);
	cr_assert_eq(p.nrows, 1);
	cr_assert_eq(p.ncells[0], 3);
	cr_assert_str_eq(p.cells[0][0], "x,y");
	cr_assert_str_eq(p.cells[0][1], "say \"hi\"");
	cr_assert_str_eq(p.cells[0][2], "");
}

Test(csv, newline_inside_quotes_counts_lines)
{
	/* line 1 header, lines 2-3 one record, line 4 the next */
	struct parsed p = PARSE("h1,h2\r\n\"two\r\nlines\",x\r\nlast,y\r\n");
	cr_assert_eq(p.rc, 0);
	cr_assert_eq(p.nrows, 3);
	cr_assert_str_eq(p.cells[1][0], "two\nlines");
	cr_assert_eq(p.lines[1], 2);
	cr_assert_eq(p.lines[2], 4);
	cr_assert_str_eq(p.cells[2][1], "y");
}

Test(csv, bom_blank_lines_and_no_final_break)
{
	/* BOM skipped; line 2 blank, lines 3 and 5 records, trailing blanks */
	struct parsed p = PARSE("\xEF\xBB\xBF" "名称,数量\n\n甲,1\r\n\r\n乙,2");
	cr_assert_eq(p.rc, 0);
	cr_assert_eq(p.nrows, 3);
	cr_assert_str_eq(p.cells[0][0], "名称");
	cr_assert_eq(p.lines[1], 3);
	cr_assert_eq(p.lines[2], 5);
	cr_assert_str_eq(p.cells[2][1], "2");
	struct parsed q = PARSE("a\n\n\n\r\n");
	cr_assert_eq(q.nrows, 1);
	cr_assert_eq(q.rc, 0);
}

Test(csv, empty_cells_and_long_rows)
{
	struct parsed p = PARSE(",,\n");
	cr_assert_eq(p.nrows, 1);
	cr_assert_eq(p.ncells[0], 3);
	cr_assert_str_eq(p.cells[0][2], "");
	/* 40 cells: past the first allocation of 16 */
	char text[200] = "";
	for (int i = 0; i < 40; i++)
		strcat(text, i ? ",v" : "v");
	struct csv_reader r;
	struct csv_row row = { 0 };
	struct gerr err = { 0 };
	csv_reader_init(&r, text, strlen(text));
	cr_assert_eq(csv_read(&r, &row, &err), 1);
	cr_assert_eq(row.n, 40);
	cr_assert_str_eq(row.cells[39], "v");
	csv_row_free(&row);
}

Test(csv, unclosed_quote_names_its_line)
{
	struct parsed p = PARSE("a,b\nc,\"open\nmore\n");
	cr_assert_eq(p.rc, -1);
	cr_assert_eq(p.nrows, 1);
	cr_assert_str_eq(p.err.msg, "line 2: a quoted field opened here is never closed");
}

Test(csv, stray_quotes_refused)
{
	struct parsed p = PARSE("a\nb\"c\n");
	cr_assert_eq(p.rc, -1);
	cr_assert(strncmp(p.err.msg, "line 2: a quote inside a field", 30) == 0, "%s", p.err.msg);
	struct parsed q = PARSE("\"ab\"c,d\n");
	cr_assert_eq(q.rc, -1);
	cr_assert(strncmp(q.err.msg, "line 1: text after the closing quote", 36) == 0, "%s", q.err.msg);
}

Test(csv, writer_quotes_what_needs_it)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *cells[] = { "plain", "a,b", "say \"hi\"", "two\nlines", " pad", NULL };
	csv_write_row(f, cells, 6, CSV_CRLF);
	csv_write_row(f, cells, 1, 0);
	fclose(f);
	cr_assert_str_eq(buf, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\nplain\n");
	/* and it reads back as written */
	struct parsed p = parse(buf, len);
	cr_assert_eq(p.nrows, 2);
	cr_assert_str_eq(p.cells[0][2], "say \"hi\"");
	cr_assert_str_eq(p.cells[0][3], "two\nlines");
	cr_assert_str_eq(p.cells[0][4], " pad");
	cr_assert_eq(p.lines[1], 3);
	free(buf);
	/* a cell that starts with a BOM is quoted (found by fuzz_csv) */
	buf = NULL;
	f = open_memstream(&buf, &len);
	const char *bom[] = { "\xEF\xBB\xBFx" };
	csv_write_row(f, bom, 1, 0);
	fclose(f);
	cr_assert_str_eq(buf, "\"\xEF\xBB\xBFx\"\n");
	free(buf);
}

/* ---- encodings (base/encoding.h): the GB18030 bytes are made here with
 * iconv from UTF-8 text, as Excel on Chinese Windows would save them ---- */
#include "base/encoding.h"
#include <iconv.h>

static char *to_gb18030(const char *utf8, size_t *len)
{
	iconv_t cd = iconv_open("GB18030", "UTF-8");
	cr_assert_neq(cd, (iconv_t)-1);
	size_t inleft = strlen(utf8), outleft = inleft * 2 + 4;
	char *out = malloc(outleft), *o = out, *in = (char *)utf8;
	cr_assert_neq(iconv(cd, &in, &inleft, &o, &outleft), (size_t)-1);
	iconv_close(cd);
	*len = (size_t)(o - out);
	return out;
}

Test(encoding, auto_takes_gb18030_when_not_utf8)
{
	const char *text = "批号,数量\nB1,3\n";
	size_t len;
	char *data = to_gb18030(text, &len);
	/* four Chinese characters: 2 bytes each in GB18030, 3 in UTF-8 */
	cr_assert_eq(len, strlen(text) - 4);
	cr_assert_not(encoding_utf8_valid(data, len));
	enum encoding used = ENC_AUTO;
	struct gerr err = { 0 };
	cr_assert_eq(encoding_to_utf8(ENC_AUTO, &data, &len, &used, &err), GERR_OK);
	cr_assert_eq(used, ENC_GB18030);
	cr_assert_eq(len, strlen(text));
	cr_assert(memcmp(data, text, len) == 0);
	free(data);
}

Test(encoding, auto_keeps_valid_utf8)
{
	char *data = strdup("批号\n");
	size_t len = strlen(data);
	enum encoding used = ENC_AUTO;
	struct gerr err = { 0 };
	cr_assert_eq(encoding_to_utf8(ENC_AUTO, &data, &len, &used, &err), GERR_OK);
	cr_assert_eq(used, ENC_UTF8);
	cr_assert_str_eq(data, "批号\n");
	free(data);
}

Test(encoding, utf8_asked_but_not_given_names_the_line)
{
	size_t len;
	char *gb = to_gb18030("a\nb\n批号\n", &len);
	enum encoding used;
	struct gerr err = { 0 };
	cr_assert_eq(encoding_to_utf8(ENC_UTF8, &gb, &len, &used, &err), GERR_INPUT);
	/* the first non-UTF-8 byte is on line 3 */
	cr_assert(strncmp(err.msg, "line 3: not UTF-8 text", 22) == 0, "%s", err.msg);
	free(gb);
}

Test(encoding, broken_gb18030_names_the_line)
{
	/* 0xFF never starts a GB18030 character; a lone 0x81 at the end is cut */
	char *bad = strdup("x\n\xFF\n");
	size_t len = strlen(bad);
	enum encoding used;
	struct gerr err = { 0 };
	cr_assert_eq(encoding_to_utf8(ENC_GB18030, &bad, &len, &used, &err), GERR_INPUT);
	cr_assert_str_eq(err.msg, "line 2: these bytes are neither UTF-8 nor GB18030 text");
	free(bad);
	char *cut = strdup("x\n\x81");
	len = strlen(cut);
	cr_assert_eq(encoding_to_utf8(ENC_AUTO, &cut, &len, &used, &err), GERR_INPUT);
	cr_assert_str_eq(err.msg, "line 2: the file ends inside a GB18030 character");
	free(cut);
}

Test(encoding, names)
{
	enum encoding e;
	cr_assert(encoding_parse("GBK", &e) && e == ENC_GB18030);
	cr_assert(encoding_parse("utf-8", &e) && e == ENC_UTF8);
	cr_assert(encoding_parse("auto", &e) && e == ENC_AUTO);
	cr_assert_not(encoding_parse("latin1", &e));
}

/* Issue 16: "ab\0cd" became "ab" with no word. The NUL is in the second
 * field of the record on line 2, plain or quoted. */
Test(csv, nul_refused_with_line_and_column)
{
	struct parsed p = PARSE("a,b\nx,ab\0cd\n");
	cr_assert_eq(p.rc, -1);
	cr_assert_eq(p.nrows, 1);
	cr_assert(strncmp(p.err.msg, "line 2, column 2: the field holds a NUL byte", 44) == 0, "%s",
	          p.err.msg);
	struct parsed q = PARSE("\"a\",\"b\n\0\"\n");
	cr_assert_eq(q.rc, -1);
	cr_assert(strncmp(q.err.msg, "line 2, column 2:", 17) == 0, "%s", q.err.msg);
}

static char *written(const char *const *cells, int n, int flags)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	csv_write_row(f, cells, n, flags);
	fclose(f);
	return keep_free(buf);
}

/* OWASP: = + - @ tab CR at the start get a quote; so does a leading quote,
 * so that the import can tell which quote it must drop. Plain signed
 * numbers are numbers, not formulas. */
Test(csv, formulas_guarded_unless_raw)
{
	const char *cells[] = { "=1+2", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx", "'q", "-12.5", "+3",
	                        "a=b", "-" };
	cr_assert_str_eq(written(cells, 11, 0),
	                 "'=1+2,'+cmd,'-x,'@SUM(A1),'\tx,\"'\rx\",''q,-12.5,+3,a=b,'-\n");
	cr_assert_str_eq(written(cells, 4, CSV_RAW), "=1+2,+cmd,-x,@SUM(A1)\n");
	for (int i = 0; i < 11; i++) {
		char *copy;
		const char *g = csv_guard(cells[i], &copy);
		cr_assert_str_eq(csv_unguard(g), cells[i], "cell %d", i);
		free(copy);
	}
	/* what a person typed stays as typed, but for a quote csv_guard puts */
	cr_assert_str_eq(csv_unguard("'abc"), "'abc");
	cr_assert_str_eq(csv_unguard("''abc"), "'abc");
	cr_assert_str_eq(csv_unguard("'=x"), "=x");
}
