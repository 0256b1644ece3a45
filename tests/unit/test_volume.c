/* What a trace, a product's stock and saving a sales line read when the
 * ledger holds many lines of other goods: SQLite's virtual-machine steps,
 * counted by a progress handler, stay about what a few lines cost rather
 * than growing with the ledger. The statements once read every line (the
 * index sales_live_date gave their order; "?1 = 0 OR product = ?1" kept
 * a product's index unused): 4,096 other lines made tens of thousands
 * of steps. Fixture: product P001, customer C001. */
#include "config.h"
#include "fixture.h"
#include "core/accounts.h"
#include "core/receiving.h"
#include "core/trace.h"
#include "db/db_internal.h"

#include <criterion/criterion.h>
#include <sqlite3.h>

TestSuite(volume, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

#define STEP 100   /* steps between two calls of the handler */
#define LIMIT 80   /* 8,000 steps: a few lines read, never 4,096 */

static int calls;

static int count_call(void *ud)
{
	(void)ud;
	calls++;
	return 0;
}

/* 4,096 live lines of product P002, batch OLD, all of one day: copies of
 * one line made by doubling, written straight into the file. */
static void other_goods(void)
{
	fx_add_ok("products", "code=P002", "name=医用纱布", NULL);
	fx_add_ok("sales", "product=P002", "qty=1", "batch=OLD", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	cr_assert_eq(fx_sql_exec(fx.path,
	                         "CREATE TEMP TABLE t AS SELECT * FROM sales;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "INSERT INTO t SELECT * FROM t; INSERT INTO t SELECT * FROM t;"
	                         "UPDATE t SET id = 1 + rowid; INSERT INTO sales SELECT * FROM t;"),
	             0);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales WHERE voided = 0"), 4097);
	sqlite3_progress_handler(fx.s.db->h, STEP, count_call, NULL);
}

static int ignore(void *ud, const struct stock_row *r)
{
	(void)ud;
	(void)r;
	return 0;
}

Test(volume, a_trace_reads_its_own_lines)
{
	other_goods();
	fx_add_ok("sales", "product=P001", "qty=2", "batch=NEW", "sale_date=2026-11-01",
	          "customer=C001", NULL);
	calls = 0;
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, NULL, "NEW", NULL, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 1);
	trace_free(&t);
	cr_assert_eq(trace_find(&fx.s, NULL, NULL, "NOPE", &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 0);
	trace_free(&t);
	cr_assert_lt(calls, LIMIT, "two traces took %d00 steps", calls);
}

Test(volume, a_products_stock_reads_its_own_lines)
{
	other_goods();
	fx_add_ok("sales", "product=P001", "qty=2", "batch=NEW", "sale_date=2026-11-01",
	          "customer=C001", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(settings_set(&fx.s, "stock_check", "on", &err), 0, "%s", err.msg);
	calls = 0;
	cr_assert_eq(receiving_stock(&fx.s, fx.product_id, -1, NULL, ignore, NULL, &err), 0, "%s",
	             err.msg);
	cr_assert_lt(calls, LIMIT, "the stock of P001 took %d00 steps", calls);
}

Test(volume, saving_a_line_reads_its_batch_not_the_ledger)
{
	other_goods();
	calls = 0;
	/* its checks: the batch's expiry, the serial sold once, stock */
	fx_add_ok("sales", "product=P001", "qty=2", "batch=NEW", "expiry=2028-01-31",
	          "sale_date=2026-11-01", "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=1", "serial=SN1", "sale_date=2026-11-01",
	          "customer=C001", NULL);
	cr_assert_lt(calls, 2 * LIMIT, "two saves took %d00 steps", calls);
}
