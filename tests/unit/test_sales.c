/* The sales lines an inspector can trust (issue 14), through records_add
 * and the commands' own functions, on hand-built ledgers. Fixture: product
 * P001 (一次性使用无菌注射器), customer C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/recall.h"
#include "core/trace.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(sales, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static const char *text_of(const char *form, int64_t id, const char *field)
{
	static char buf[256];
	struct record *r = fx_get(form_find(form), id);
	const struct value *v = record_value(r, field);
	snprintf(buf, sizeof buf, "%s", v->null ? "(null)" : v->text);
	record_free(r);
	return buf;
}

/* ---- batch and serial numbers compared as people mean them ---- */

Test(sales, trace_finds_a_batch_however_it_was_typed)
{
	int64_t a = fx_add_ok("sales", "product=P001", "qty=2", "batch=b2024",
	                      "sale_date=2026-10-01", "customer=C001", NULL);
	int64_t b = fx_add_ok("sales", "product=P001", "qty=3", "batch= B2024 ",
	                      "sale_date=2026-10-02", "customer=C001", NULL);
	int64_t c = fx_add_ok("sales", "product=P001", "qty=4", "batch=Ｂ２０２４",
	                      "sale_date=2026-10-03", "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=5", "batch=B2025", "sale_date=2026-10-04",
	          "customer=C001", NULL);
	const char *asked[] = { "B2024", "b2024", " Ｂ２０２４\xe3\x80\x80" };
	for (int i = 0; i < 3; i++) {
		struct trace t;
		struct gerr err = { 0 };
		cr_assert_eq(trace_find(&fx.s, "P001", asked[i], NULL, &t, &err), 0, "%s", err.msg);
		cr_assert_eq(t.nsales, 3, "trace \"%s\"", asked[i]);
		cr_assert_eq(t.sales[0].id, a);
		cr_assert_eq(t.sales[1].id, b);
		cr_assert_eq(t.sales[2].id, c);
		cr_assert_eq(t.total_qty, 9); /* 2 + 3 + 4; B2025's 5 left out */
		trace_free(&t);
	}
	/* stored as typed (the spaces around are trimmed by every input) */
	cr_assert_str_eq(text_of("sales", a, "batch"), "b2024");
	cr_assert_str_eq(text_of("sales", c, "batch"), "Ｂ２０２４");
}

Test(sales, trace_by_serial_ignores_case)
{
	int64_t a = fx_add_ok("sales", "product=P001", "qty=1", "serial=jk600-2612-0457",
	                      "sale_date=2026-10-01", "customer=C001", NULL);
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, NULL, NULL, "JK600-2612-0457", &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 1);
	cr_assert_eq(t.sales[0].id, a);
	trace_free(&t);
}

Test(sales, a_recall_stops_the_batch_however_it_is_typed)
{
	fx_add_ok("sales", "product=P001", "qty=2", "batch=B2024", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	int64_t id;
	int n;
	struct gerr err = { 0 };
	cr_assert_eq(recall_open(&fx.s, "P001", "b2024", NULL, "II", "包装破损", &id, &n, &err), 0,
	             "%s", err.msg);
	cr_assert_eq(n, 1); /* the buyer of B2024, found from "b2024" */
	const char *typed[] = { "batch=b2024", "batch= B2024 ", "batch=Ｂ２０２４" };
	for (int i = 0; i < 3; i++) {
		memset(&err, 0, sizeof err);
		int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", typed[i],
		                "sale_date=2026-11-01", "customer=C001", NULL);
		fx_refused_has(rc, &err, GERR_INPUT, "batch", "Batch no.: ", "recall");
	}
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 1);
}

Test(sales, warranty_acceptance_is_found_by_product_and_serial)
{
	fx_add_ok("products", "code=M1", "name=监护仪", NULL);
	fx_add_ok("products", "code=U1", "name=输液泵", NULL);
	/* the monitor with serial SN7 was accepted in 2025-01-10 */
	fx_add_ok("service", "kind=install", "customer=C001", "product=M1", "serial=SN7",
	          "notified_at=2025-01-02 09:00", "accepted_on=2025-01-10", "description=安装",
	          NULL);
	/* the pump with the same serial, sold 2026-06-01, typed in lower case */
	fx_add_ok("sales", "product=U1", "qty=1", "serial=sn7", "sale_date=2026-06-01",
	          "customer=C001", NULL);
	int64_t r = fx_add_ok("service", "kind=repair", "customer=C001", "product=U1",
	                      "serial=SN7", "notified_at=2026-11-01 10:00", "description=不开机",
	                      NULL);
	/* from its own sale, not the monitor's acceptance: under warranty */
	cr_assert_str_eq(text_of("service", r, "warranty_basis"), "sale_date");
	cr_assert_str_eq(text_of("service", r, "warranty_from"), "2026-06-01");
	cr_assert_str_eq(text_of("service", r, "charge"), "warranty");
}

Test(sales, key_columns_follow_an_edit)
{
	int64_t a = fx_add_ok("sales", "product=P001", "qty=2", "batch=b1", "sale_date=2026-10-01",
	                      "customer=C001", NULL);
	fx_sql_text_is("SELECT batch_key FROM sales WHERE id = 1", "B1");
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("sales", a, "typo", 0, &err, "batch=ｂ２", NULL), 0, "%s", err.msg);
	fx_sql_text_is("SELECT batch_key FROM sales WHERE id = 1", "B2");
}
