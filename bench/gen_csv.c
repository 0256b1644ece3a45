/* The generated sales lines as files, read back from the table in id
 * order: DIR/sales.csv as an office's sheet for `gspdesk import sales`
 * (the paper form's column titles, product and customer by code, prices
 * in yuan; the amount is left out, the program computes it) and
 * DIR/sales_raw.csv as the table's own columns in table order, no header,
 * for the sqlite3 shell's `.import` into an empty copy of the schema. */
#include "config.h"
#include "bench/gen.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* One CSV field (RFC 4180): quoted when it holds a comma, quote or line
 * break; NULL is empty. */
static void csv_field(FILE *f, const char *s, bool first)
{
	if (!first)
		fputc(',', f);
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/* Every row of sql as a CSV line; column money (or -1) in fen as yuan. */
static int write_rows(sqlite3 *h, const char *sql, int money, FILE *f)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "csv");
	int ncol = sqlite3_column_count(st), step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < ncol; i++) {
			char yuan[32];
			const char *v = (const char *)sqlite3_column_text(st, i);
			if (i == money && v) {
				int64_t fen = sqlite3_column_int64(st, i);
				snprintf(yuan, sizeof yuan, "%" PRId64 ".%02d", fen / 100, (int)(fen % 100));
				v = yuan;
			}
			csv_field(f, v, i == 0);
		}
		fputc('\n', f);
	}
	sqlite3_finalize(st);
	return step == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "csv");
}

static int write_file(sqlite3 *h, const char *dir, const char *name, const char *header,
                      const char *sql, int money)
{
	struct strbuf path = STRBUF_INIT;
	sb_addf(&path, "%s/%s", dir, name);
	FILE *f = fopen(sb_str(&path), "w");
	int rc = SQLITE_OK;
	if (!f) {
		perror(sb_str(&path));
		rc = SQLITE_CANTOPEN;
	}
	if (rc == SQLITE_OK) {
		if (header)
			fputs(header, f);
		rc = write_rows(h, sql, money, f);
		if (fclose(f) != 0 && rc == SQLITE_OK) {
			perror(sb_str(&path));
			rc = SQLITE_IOERR;
		}
	}
	sb_free(&path);
	return rc;
}

int gen_csv(sqlite3 *h, const char *dir)
{
	int rc = write_file(h, dir, "sales.csv",
	                    "产品名称,规格型号,数量,批号,序列号,有效期限,销售日期,去向,单价,备注\n",
	                    "SELECT p.code, s.spec, s.qty, s.batch, s.serial, s.expiry, s.sale_date,"
	                    " c.code, s.unit_price, s.remarks FROM sales s"
	                    " JOIN products p ON p.id = s.product"
	                    " JOIN customers c ON c.id = s.customer ORDER BY s.id", 8);
	if (rc == SQLITE_OK)
		rc = write_file(h, dir, "sales_raw.csv", NULL, "SELECT * FROM sales ORDER BY id", -1);
	return rc;
}
