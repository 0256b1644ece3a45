/* Trace (core/trace.h) on a hand-built ledger: batch B1 of the implant P2
 * sold to three customers (2 + 3 + 1 units), one unit implanted in a
 * patient; around it the lines trace must leave out: a voided B1 line,
 * another batch, and a B1 of another product (kept only without --product). */
#include "config.h"
#include "fixture.h"
#include "core/trace.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(trace, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

static int64_t l1, l2, l3, other_product_line;

static void ledger(void)
{
	fx_add_ok("products", "code=P2", "name=起搏器", "implant=yes", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", "address=杭州市解放路1号", "contact=王芳",
	          "phone=0571-1234", NULL);
	fx_add_ok("customers", "code=C3", "name=丙诊所", NULL);
	l1 = fx_add_ok("sales", "product=P2", "qty=2", "batch=B1", "sale_date=2026-10-01",
	               "customer=C001", NULL);
	l2 = fx_add_ok("sales", "product=P2", "qty=3", "batch=B1", "sale_date=2026-10-02",
	               "customer=C2", NULL);
	l3 = fx_add_ok("sales", "product=P2", "qty=1", "batch=B1", "sale_date=2026-10-03",
	               "customer=C3", NULL);
	int64_t wrong = fx_add_ok("sales", "product=P2", "qty=7", "batch=B1",
	                          "sale_date=2026-10-04", "customer=C3", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(records_void(&fx.s, form_find("sales"), wrong, "typed twice", 0, &err), 0);
	fx_add_ok("sales", "product=P2", "qty=5", "batch=B2", "sale_date=2026-10-03",
	          "customer=C3", NULL);
	other_product_line = fx_add_ok("sales", "product=P001", "qty=10", "batch=B1",
	                               "sale_date=2026-09-01", "customer=C3", NULL);
	fx_add_ok("implants", "sale=2", "hospital=C2", "patient=张三", "patient_id=ZY001",
	          "use_date=2026-10-05", NULL);
}

Test(trace, batch_lists_the_three_buyers_and_the_patient)
{
	ledger();
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, "P2", "B1", NULL, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 3); /* the voided line, B2 and P001's B1 are left out */
	cr_assert_eq(t.sales[0].id, l1);
	cr_assert_str_eq(t.sales[0].customer_name, FX_CUSTOMER_NAME);
	cr_assert_eq(t.sales[1].id, l2);
	cr_assert_str_eq(t.sales[1].customer_name, "乙医院");
	cr_assert_str_eq(t.sales[1].address, "杭州市解放路1号");
	cr_assert_str_eq(t.sales[1].contact, "王芳");
	cr_assert_str_eq(t.sales[1].phone, "0571-1234");
	cr_assert_str_eq(t.sales[1].sale_date, "2026-10-02");
	cr_assert_eq(t.sales[2].id, l3);
	cr_assert_eq(t.total_qty, 6); /* 2 + 3 + 1; the voided 7 not counted */
	cr_assert_eq(t.nimplants, 1);
	cr_assert_eq(t.implants[0].sale_id, l2);
	cr_assert_str_eq(t.implants[0].hospital, "乙医院");
	cr_assert_str_eq(t.implants[0].patient, "张三");
	cr_assert_str_eq(t.implants[0].use_date, "2026-10-05");
	cr_assert_str_eq(t.implants[0].batch, "B1"); /* copied from its sales line */
	trace_free(&t);
}

Test(trace, without_product_every_product_of_the_batch)
{
	ledger();
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, NULL, "B1", NULL, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 4);
	cr_assert_eq(t.sales[0].id, other_product_line); /* 2026-09-01 sorts first */
	cr_assert_eq(t.total_qty, 16); /* 10 + 2 + 3 + 1 */
	trace_free(&t);
}

Test(trace, by_serial)
{
	fx_add_ok("sales", "product=P001", "qty=1", "serial=SN-9", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=1", "serial=SN-10", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, NULL, NULL, "SN-9", &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 1);
	cr_assert_str_eq(t.sales[0].serial, "SN-9");
	cr_assert_eq(t.total_qty, 1);
	trace_free(&t);
}

Test(trace, needs_exactly_one_number_and_a_known_product)
{
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, NULL, NULL, NULL, &t, &err), GERR_USAGE);
	cr_assert_eq(trace_find(&fx.s, NULL, "B1", "S1", &t, &err), GERR_USAGE);
	fx_refused(trace_find(&fx.s, "NOPE", "B1", NULL, &t, &err), &err, GERR_INPUT, "product",
	           NULL);
}

/* The implant form: a sales line is named by its id, and its product,
 * batch and serial are copied; without one, product and a number. */
Test(trace, implant_by_sale_line_id)
{
	ledger();
	struct record *r = fx_get(form_find("implants"), 1);
	struct value *sale = record_value(r, "sale");
	cr_assert_eq(sale->num, l2);
	cr_assert_str_eq(sale->text, "2");
	cr_assert_str_eq(record_value(r, "product")->text, "P2");
	cr_assert_str_eq(record_value(r, "batch")->text, "B1");
	cr_assert(record_value(r, "serial")->null);
	record_free(r);
	struct gerr err = { 0 };
	fx_refused(fx_add("implants", NULL, &err, "sale=99", "hospital=C001", "patient=李四",
	                  "use_date=2026-10-05", NULL), &err, GERR_INPUT, "sale", NULL);
	fx_refused(fx_add("implants", NULL, &err, "sale=4", "hospital=C001", "patient=李四",
	                  "use_date=2026-10-05", NULL), &err, GERR_INPUT, "sale", NULL); /* void */
	fx_refused(fx_add("implants", NULL, &err, "hospital=C001", "patient=李四",
	                  "use_date=2026-10-05", NULL), &err, GERR_INPUT, "product", NULL);
	fx_refused(fx_add("implants", NULL, &err, "product=P2", "hospital=C001", "patient=李四",
	                  "use_date=2026-10-05", NULL), &err, GERR_INPUT, "batch", NULL);
	/* a serial number never sold is not implanted (issue 14) */
	fx_refused(fx_add("implants", NULL, &err, "product=P2", "serial=SN-1", "hospital=C001",
	                  "patient=李四", "use_date=2026-10-05", NULL), &err, GERR_INPUT, "serial",
	           "Serial no.: SN-1: no standing sale of this product has it");
	int64_t id = 0;
	cr_assert_eq(fx_add("implants", &id, &err, "product=P2", "batch=b1", "hospital=C001",
	                    "patient=李四", "use_date=2026-10-05", NULL), 0, "%s", err.msg);
	cr_assert_eq(id, 2);
}
