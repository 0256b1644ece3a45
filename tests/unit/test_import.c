/* The importer's core (core/import.h) on a fresh office database: P001 and
 * C001 exist, admin is logged in, today is 2026-11-27. Expected messages
 * and line numbers are worked out by hand from the CSV text of each test. */
#include "config.h"
#include "fixture.h"
#include "core/import.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(import, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static int run(const char *csv, bool dry, bool create, struct import_result *res, struct gerr *err)
{
	struct import_opts o = { .form = form_find("sales"), .path = "t.csv", .dry_run = dry,
	                         .create_missing = create };
	memset(res, 0, sizeof *res);
	return import_text(&fx.s, &o, csv, strlen(csv), res, err);
}

Test(import, columns_by_name_label_and_paper_words)
{
	const struct form *f = form_find("sales");
	int batch = form_field_index(f, "batch"), customer = form_field_index(f, "customer");
	cr_assert_eq(import_column(f, "batch"), batch);
	cr_assert_eq(import_column(f, " BATCH "), batch);
	cr_assert_eq(import_column(f, "Batch no."), batch);
	cr_assert_eq(import_column(f, "批号"), batch);
	cr_assert_eq(import_column(f, "去向"), customer);
	cr_assert_eq(import_column(f, "amount"), IMPORT_IGNORED);  /* computed */
	cr_assert_eq(import_column(f, "id"), IMPORT_IGNORED);
	cr_assert_eq(import_column(f, ""), IMPORT_IGNORED);
	cr_assert_eq(import_column(f, "序号"), IMPORT_UNKNOWN);
	cr_assert_eq(import_column(form_find("products"), "生产厂"),
	             form_field_index(form_find("products"), "manufacturer"));
}

Test(import, one_bad_row_writes_nothing)
{
	struct import_result res;
	struct gerr err = { 0 };
	/* line 2 good, line 3 qty 0, line 4 good */
	int rc = run("批号,数量,产品名称,销售日期,去向\n"
	             "B1,1,P001,2026-11-01,C001\n"
	             "B2,0,P001,2026-11-01,C001\n"
	             "B3,2,P001,2026-11-02,C001\n", false, false, &res, &err);
	cr_assert_eq(rc, GERR_INPUT);
	cr_assert_str_eq(sb_str(&res.errors), "line 3, column 数量: must be at least 1\n");
	cr_assert_str_eq(err.msg, "Rows refused: 1. Nothing was imported.");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 0);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form = 'sales'"), 0);
	import_result_free(&res);
}

Test(import, good_rows_one_import_entry_and_an_add_each)
{
	struct import_result res;
	struct gerr err = { 0 };
	int rc = run("批号,数量,产品名称,销售日期,去向\r\n"
	             "B1,1,P001,2026-11-01,C001\r\n"
	             "B3,2,一次性使用无菌注射器,2026-11-02,北京市第一人民医院\r\n", false, false, &res, &err);
	cr_assert_eq(rc, GERR_OK, "%s %s", err.msg, sb_str(&res.errors));
	cr_assert_eq(res.rows, 2);
	/* the product named by code and by name is the same record, id 1 */
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales WHERE product = 1 AND customer = 1"), 2);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form = 'sales' AND action = 'add'"), 2);
	fx_sql_text_is("SELECT changes FROM audit WHERE action = 'import'",
	               "{\"file\":[null,\"t.csv\"],\"rows\":[null,\"2\"],\"encoding\":[null,\"auto\"]}");
	import_result_free(&res);
}

Test(import, dry_run_and_create_missing)
{
	struct import_result res;
	struct gerr err = { 0 };
	const char *csv = "批号,数量,产品名称,销售日期,去向\nB1,1,新产品,2026-11-01,C001\nB2,1,新产品,2026-11-01,C001\n";
	cr_assert_eq(run(csv, true, true, &res, &err), GERR_OK, "%s", sb_str(&res.errors));
	cr_assert_str_eq(sb_str(&res.created), "Products: 新产品\n");  /* once, not per row */
	cr_assert_eq(res.rows, 2);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM products"), 1);
	import_result_free(&res);
	cr_assert_eq(run(csv, false, false, &res, &err), GERR_INPUT);
	cr_assert_eq(res.nerrors, 2);
	import_result_free(&res);
}

/* An import indexes its lines for the list search in one statement at the
 * end (the per-line trigger paused in its transaction); afterwards the
 * trigger is back, and a refused import leaves index and trigger as they
 * were. Checked with FTS5's own MATCH on the trigram index. */
Test(import, lines_reach_the_text_index_and_the_trigger_comes_back)
{
	fx_add_ok("sales", "product=P001", "qty=1", "batch=OLD777", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	struct import_result res;
	struct gerr err = { 0 };
	int rc = run("批号,数量,产品名称,销售日期,去向,备注\n"
	             "IMP555,1,P001,2026-11-01,C001,急诊加急\n"
	             "IMP556,2,P001,2026-11-02,C001,\n", false, false, &res, &err);
	cr_assert_eq(rc, GERR_OK, "%s %s", err.msg, sb_str(&res.errors));
	import_result_free(&res);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search WHERE sales_search MATCH 'IMP55'"), 2);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search WHERE sales_search MATCH '急诊加'"), 1);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search WHERE sales_search MATCH 'OLD777'"), 1,
	             "the line before the import is indexed once, not again");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sqlite_master WHERE name = 'sales_search_insert'"), 1);
	/* a line added after the import is indexed by the trigger again */
	fx_add_ok("sales", "product=P001", "qty=1", "batch=NEW888", "sale_date=2026-11-03",
	          "customer=C001", NULL);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search WHERE sales_search MATCH 'NEW888'"), 1);
	/* refused: nothing indexed, the trigger still there */
	rc = run("批号,数量,产品名称,销售日期,去向\n"
	         "BAD111,1,P001,2026-11-01,C001\n"
	         "BAD112,0,P001,2026-11-01,C001\n", false, false, &res, &err);
	cr_assert_eq(rc, GERR_INPUT);
	import_result_free(&res);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search WHERE sales_search MATCH 'BAD11'"), 0);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sqlite_master WHERE name = 'sales_search_insert'"), 1);
	/* and FTS5's own check agrees with the table (no error is ok) */
	cr_assert_eq(fx_sql_exec(fx.path, "INSERT INTO sales_search (sales_search, rank) VALUES ('integrity-check', 1)"), 0);
}
