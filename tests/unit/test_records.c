/* Adding, editing and voiding records (core/records.h) on a fresh office
 * database: product P001 (spec 5ml) and customer C001 exist, admin is
 * logged in and today is 2026-11-27 ($GSPDESK_NOW). Audit rows are read
 * back with SQLite directly and compared with the exact JSON expected. */
#include "config.h"
#include "fixture.h"
#include "model/form.h"
#include "core/records.h"
#include "db/db_audit.h"

#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(records, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

#define SALE_BASE "product=P001", "batch=B20261101", "sale_date=2026-11-27", "customer=C001"

static const struct form *sales(void)
{
	return form_find("sales");
}

static int64_t count(const char *sql)
{
	return fx_sql_int(fx.path, sql);
}

static void audit_of_is(int64_t id, const char *action, const char *json)
{
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT changes FROM audit WHERE form = 'sales' AND record_id = %"
	         PRId64 " AND action = '%s'", id, action);
	fx_sql_text_is(sql, json);
}

/* ---- adding ---- */

Test(records, add_sale_and_read_it_back)
{
	cr_assert_eq(fx.product_id, 1);
	cr_assert_eq(fx.customer_id, 1);
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=3", "unit_price=12.50", NULL);
	struct record *r = fx_get(sales(), id);
	cr_assert_eq(r->version, 1);
	cr_assert_not(r->voided);
	cr_assert_str_eq(r->created_by, FX_ADMIN);
	cr_assert_eq(record_value(r, "qty")->num, 3);
	cr_assert_eq(record_value(r, "unit_price")->num, 1250);
	cr_assert_eq(record_value(r, "amount")->num, 3750);     /* 3 × 1250 cents */
	char *s = field_format(form_field(sales(), "amount"), record_value(r, "amount"), FMT_HUMAN);
	cr_assert_str_eq(s, "37.50");
	free(s);
	struct value *p = record_value(r, "product");
	cr_assert_eq(p->num, fx.product_id);
	cr_assert_str_eq(p->text, FX_PRODUCT_CODE);
	cr_assert_str_eq(p->label, FX_PRODUCT_NAME);
	cr_assert_eq(record_value(r, "customer")->num, fx.customer_id);
	cr_assert_str_eq(record_value(r, "customer")->label, FX_CUSTOMER_NAME);
	cr_assert_str_eq(record_value(r, "sale_date")->text, "2026-11-27");
	cr_assert(record_value(r, "serial")->null);
	record_free(r);
	/* the add row lists every given value as storage text, in form order,
	 * then the facts of the day frozen from P001 and C001 (those they have) */
	audit_of_is(id, "add",
	            "{\"product\":[null,\"1\"],\"spec\":[null,\"5ml\"],\"qty\":[null,\"3\"],"
	            "\"batch\":[null,\"B20261101\"],\"sale_date\":[null,\"2026-11-27\"],"
	            "\"customer\":[null,\"1\"],\"unit_price\":[null,\"1250\"],\"amount\":[null,\"3750\"],"
	            "\"product_name\":[null,\"" FX_PRODUCT_NAME "\"],"
	            "\"manufacturer\":[null,\"上海某医疗器械厂\"],"
	            "\"buyer_name\":[null,\"" FX_CUSTOMER_NAME "\"]}");
}

Test(records, amount_is_exact)
{
	/* 3 × 0.10 is 0.30 exactly (30 cents), not 0.30000000000000004 */
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=3", "unit_price=0.10", NULL);
	struct record *r = fx_get(sales(), id);
	cr_assert_eq(record_value(r, "amount")->num, 30);
	record_free(r);
	/* 1000000 × 999999999.99: 10^6 × 99999999999 cents = 99999999999000000 */
	id = fx_add_ok("sales", SALE_BASE, "qty=1000000", "unit_price=999999999.99", NULL);
	r = fx_get(sales(), id);
	cr_assert_eq(record_value(r, "amount")->num, 99999999999000000LL);
	record_free(r);
	/* no unit price, no amount */
	id = fx_add_ok("sales", SALE_BASE, "qty=3", NULL);
	r = fx_get(sales(), id);
	cr_assert(record_value(r, "amount")->null);
	record_free(r);
}

Test(records, amount_cannot_be_given)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, SALE_BASE, "qty=3", "amount=37.50", NULL);
	fx_refused(rc, &err, GERR_INPUT, "amount", "Amount: is computed and cannot be given");
	rc = fx_add("sales", NULL, &err, SALE_BASE, "qty=3", "colour=red", NULL);
	fx_refused(rc, &err, GERR_USAGE, "colour", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 0);
}

Test(records, spec_defaults_from_product)
{
	int64_t a = fx_add_ok("sales", SALE_BASE, "qty=1", NULL);
	int64_t b = fx_add_ok("sales", SALE_BASE, "qty=1", "spec=10ml", NULL);
	int64_t c = fx_add_ok("sales", SALE_BASE, "qty=1", "spec=  ", NULL);  /* blank is empty */
	fx_add_ok("products", "code=P002", "name=医用口罩", NULL);             /* no spec */
	int64_t d = fx_add_ok("sales", "product=P002", "batch=B1", "sale_date=2026-11-27",
	                      "customer=C001", "qty=1", NULL);
	struct record *r = fx_get(sales(), a);
	cr_assert_str_eq(record_value(r, "spec")->text, FX_PRODUCT_SPEC);
	record_free(r);
	r = fx_get(sales(), b);
	cr_assert_str_eq(record_value(r, "spec")->text, "10ml");
	record_free(r);
	r = fx_get(sales(), c);
	cr_assert_str_eq(record_value(r, "spec")->text, FX_PRODUCT_SPEC);
	record_free(r);
	r = fx_get(sales(), d);
	cr_assert(record_value(r, "spec")->null);
	record_free(r);
}

Test(records, batch_or_serial_needed)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, "product=P001", "sale_date=2026-11-27", "customer=C001",
	                "qty=1", NULL);
	fx_refused(rc, &err, GERR_INPUT, "batch",
	        "Batch no.: give the batch number, the serial number or both");
	fx_add_ok("sales", "product=P001", "serial=SN-0001", "sale_date=2026-11-27",
	          "customer=C001", "qty=1", NULL);
	fx_add_ok("sales", SALE_BASE, "serial=SN-0002", "qty=1", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 2);
}

Test(records, expiry_not_before_sale_date)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, SALE_BASE, "qty=1", "expiry=2026-11-26", NULL);
	fx_refused(rc, &err, GERR_INPUT, "expiry",
	        "Expiry date: is before the sale date 2026-11-27: an expired product may not be sold");
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "customer=C001", "qty=1",
	            "sale_date=2026/1/15", "expiry=20260114", NULL);
	fx_refused(rc, &err, GERR_INPUT, "expiry",
	        "Expiry date: is before the sale date 2026-01-15: an expired product may not be sold");
	/* the last day of validity is still sellable */
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=1", "expiry=2026-11-27", NULL);
	struct record *r = fx_get(sales(), id);
	cr_assert_str_eq(record_value(r, "expiry")->text, "2026-11-27");
	record_free(r);
	/* another batch: its own expiry (one batch has one) */
	fx_add_ok("sales", "product=P001", "batch=B20261102", "sale_date=2026-11-27",
	          "customer=C001", "qty=1", "expiry=2028/6/30", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 2);
}

Test(records, sale_date_not_in_the_future)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "customer=C001", "qty=1",
	                "sale_date=2026-11-28", NULL);
	fx_refused(rc, &err, GERR_INPUT, "sale_date",
	        "Sale date: 2026-11-28 is in the future (today is 2026-11-27)");
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "customer=C001", "qty=1",
	            "sale_date=2027-01-01", NULL);
	fx_refused(rc, &err, GERR_INPUT, "sale_date", NULL);
	fx_add_ok("sales", SALE_BASE, "qty=1", NULL);                 /* today */
	fx_add_ok("sales", "product=P001", "batch=B1", "customer=C001", "qty=1",
	          "sale_date=2020-02-29", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 2);
}

Test(records, required_fields)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, SALE_BASE, NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty", "Quantity: is required");
	rc = fx_add("sales", NULL, &err, "batch=B1", "sale_date=2026-11-27", "customer=C001",
	            "qty=1", NULL);
	fx_refused(rc, &err, GERR_INPUT, "product", "Product: is required");
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "customer=C001", "qty=1", NULL);
	fx_refused(rc, &err, GERR_INPUT, "sale_date", "Sale date: is required");
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	            "qty=1", NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer", "Destination: is required");
	rc = fx_add("sales", NULL, &err, SALE_BASE, "qty= ", NULL);   /* blank is not given */
	fx_refused(rc, &err, GERR_INPUT, "qty", "Quantity: is required");
	rc = fx_add("customers", NULL, &err, "code=C009", NULL);
	fx_refused(rc, &err, GERR_INPUT, "name", "Customer name: is required");
	cr_assert_eq(count("SELECT count(*) FROM sales"), 0);
}

/* ---- refs ---- */

Test(records, ref_by_code_or_exact_name)
{
	int64_t a = fx_add_ok("sales", SALE_BASE, "qty=1", NULL);
	int64_t b = fx_add_ok("sales", "product=" FX_PRODUCT_NAME, "batch=B1", "sale_date=2026-11-27",
	                      "customer=" FX_CUSTOMER_NAME, "qty=1", NULL);
	int64_t c = fx_add_ok("sales", "product=  P001 ", "batch=B1", "sale_date=2026-11-27",
	                      "customer=\xE3\x80\x80" FX_CUSTOMER_NAME, "qty=1", NULL);
	int64_t ids[] = { a, b, c };
	for (int i = 0; i < 3; i++) {
		struct record *r = fx_get(sales(), ids[i]);
		cr_assert_eq(record_value(r, "product")->num, fx.product_id);
		cr_assert_eq(record_value(r, "customer")->num, fx.customer_id);
		record_free(r);
	}
}

Test(records, ref_unknown_name_refused)
{
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	                "qty=1", "customer=不存在的医院", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "customer", "Destination: ", "\"不存在的医院\"");
	/* exact names only: a part of the name is not enough */
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	            "qty=1", "customer=北京市", NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer", NULL);
	rc = fx_add("sales", NULL, &err, "product=P999", "batch=B1", "sale_date=2026-11-27",
	            "qty=1", "customer=C001", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "product", "Product: ", "\"P999\"");
	cr_assert_eq(count("SELECT count(*) FROM sales"), 0);
}

Test(records, ref_ambiguous_name_asks_for_code)
{
	fx_add_ok("customers", "code=C002", "name=同名诊所", "city=天津", NULL);
	int64_t c3 = fx_add_ok("customers", "code=C003", "name=同名诊所", "city=石家庄", NULL);
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	                "qty=1", "customer=同名诊所", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "customer", "Destination: ", "\"同名诊所\"");
	cr_assert_not_null(strstr(err.msg, "give its code"), "%s", err.msg);
	int64_t id = fx_add_ok("sales", "product=P001", "batch=B1", "sale_date=2026-11-27", "qty=1",
	                       "customer=C003", NULL);
	struct record *r = fx_get(sales(), id);
	cr_assert_eq(record_value(r, "customer")->num, c3);
	record_free(r);
}

Test(records, voided_customer_not_resolvable)
{
	int64_t c2 = fx_add_ok("customers", "code=C002", "name=停业诊所", NULL);
	struct gerr err;
	cr_assert_eq(records_void(&fx.s, form_find("customers"), c2, "已停业", 0, &err), GERR_OK,
	             "%s", err.msg);
	int rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	                "qty=1", "customer=C002", NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer", NULL);
	rc = fx_add("sales", NULL, &err, "product=P001", "batch=B1", "sale_date=2026-11-27",
	            "qty=1", "customer=停业诊所", NULL);
	fx_refused(rc, &err, GERR_INPUT, "customer", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 0);
}

/* ---- unique codes ---- */

Test(records, unique_product_code_on_add)
{
	struct gerr err;
	int rc = fx_add("products", NULL, &err, "code=P001", "name=另一种产品", NULL);
	fx_refused(rc, &err, GERR_INPUT, "code", "Product code: \"P001\" is already used by another record");
	/* a voided product keeps its code */
	int64_t p2 = fx_add_ok("products", "code=P002", "name=旧产品", NULL);
	cr_assert_eq(records_void(&fx.s, form_find("products"), p2, "停产", 0, &err), GERR_OK);
	rc = fx_add("products", NULL, &err, "code=P002", "name=新产品", NULL);
	fx_refused(rc, &err, GERR_INPUT, "code", NULL);
	cr_assert_eq(count("SELECT count(*) FROM products"), 2);
}

Test(records, unique_product_code_on_edit)
{
	int64_t p2 = fx_add_ok("products", "code=P002", "name=医用口罩", NULL);
	struct gerr err;
	int rc = fx_edit("products", p2, "改代码", 0, &err, "code=P001", NULL);
	fx_refused(rc, &err, GERR_INPUT, "code", "Product code: \"P001\" is already used by another record");
	fx_sql_text_is("SELECT code FROM products WHERE id = 2", "P002");
	/* its own code with another change is fine */
	cr_assert_eq(fx_edit("products", p2, "改名", 0, &err, "code=P002", "name=医用外科口罩", NULL),
	             GERR_OK, "%s", err.msg);
	cr_assert_eq(fx_edit("products", p2, "改代码", 0, &err, "code=P003", NULL), GERR_OK, "%s",
	             err.msg);
	fx_sql_text_is("SELECT code FROM products WHERE id = 2", "P003");
}

/* ---- editing ---- */

Test(records, edit_audits_changed_fields_only)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	/* batch is given again unchanged: it stays out of the audit row */
	cr_assert_eq(fx_edit("sales", id, "数量录错", 1, &err, "qty=12", "batch=B20261101", NULL),
	             GERR_OK, "%s", err.msg);
	audit_of_is(id, "edit", "{\"qty\":[\"10\",\"12\"]}");
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT reason FROM audit WHERE action = 'edit' AND record_id = %"
	         PRId64, id);
	fx_sql_text_is(sql, "数量录错");
	snprintf(sql, sizeof sql, "SELECT version FROM sales WHERE id = %" PRId64, id);
	cr_assert_eq(count(sql), 2);
	snprintf(sql, sizeof sql, "SELECT updated_by FROM sales WHERE id = %" PRId64, id);
	fx_sql_text_is(sql, FX_ADMIN);
	struct record *r = fx_get(sales(), id);
	cr_assert_eq(record_value(r, "qty")->num, 12);
	cr_assert_eq(r->version, 2);
	record_free(r);
}

Test(records, edit_audit_keeps_nulls_and_line_breaks)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=1", "remarks=旧备注", NULL);
	struct gerr err;
	/* serial from nothing to SN-1, remarks from one line to two, in form order */
	cr_assert_eq(fx_edit("sales", id, "补序列号", 0, &err, "remarks=第一行\n第二行",
	                     "serial=SN-1", NULL), GERR_OK, "%s", err.msg);
	audit_of_is(id, "edit",
	            "{\"serial\":[null,\"SN-1\"],\"remarks\":[\"旧备注\",\"第一行\\n第二行\"]}");
	/* and back to nothing: the new value is JSON null */
	cr_assert_eq(fx_edit("sales", id, "清空备注", 0, &err, "remarks=", NULL), GERR_OK, "%s",
	             err.msg);
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT changes FROM audit WHERE record_id = %" PRId64
	         " AND reason = '清空备注'", id);
	fx_sql_text_is(sql, "{\"remarks\":[\"第一行\\n第二行\",null]}");
}

Test(records, edit_unknown_record_refused)
{
	struct gerr err;
	int rc = fx_edit("sales", 99, "改", 0, &err, "qty=2", NULL);
	fx_refused(rc, &err, GERR_INPUT, "id", NULL);
	gerr_clear(&err);
	rc = records_void(&fx.s, sales(), 99, "作废", 0, &err);
	fx_refused(rc, &err, GERR_INPUT, "id", NULL);
}

Test(records, edit_recomputes_amount)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", "unit_price=12.50", NULL);
	struct gerr err;
	cr_assert_eq(fx_edit("sales", id, "数量录错", 0, &err, "qty=12", NULL), GERR_OK, "%s", err.msg);
	/* 10 × 1250 = 12500 cents before, 12 × 1250 = 15000 after */
	audit_of_is(id, "edit", "{\"qty\":[\"10\",\"12\"],\"amount\":[\"12500\",\"15000\"]}");
}

Test(records, edit_needs_a_reason)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	int rc = fx_edit("sales", id, NULL, 0, &err, "qty=12", NULL);
	fx_refused(rc, &err, GERR_USAGE, "reason", NULL);
	rc = fx_edit("sales", id, "", 0, &err, "qty=12", NULL);
	fx_refused(rc, &err, GERR_USAGE, "reason", NULL);
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE action = 'edit'"), 0);
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1001);   /* qty 10, version 1 */
}

Test(records, edit_refuses_stale_version)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	cr_assert_eq(fx_edit("sales", id, "第一次", 1, &err, "qty=11", NULL), GERR_OK, "%s", err.msg);
	/* a second screen still holding version 1 */
	int rc = fx_edit("sales", id, "第二次", 1, &err, "qty=13", NULL);
	fx_refused(rc, &err, GERR_INPUT, "version", NULL);
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1102);   /* qty 11, version 2 */
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE action = 'edit'"), 1);
	cr_assert_eq(fx_edit("sales", id, "第二次", 2, &err, "qty=13", NULL), GERR_OK, "%s", err.msg);
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1303);
}

Test(records, edit_with_nothing_changed_refused)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	int rc = fx_edit("sales", id, "无", 0, &err, "qty=10", "sale_date=2026/11/27", NULL);
	cr_assert_eq(rc, GERR_INPUT, "%s", err.msg);
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE action = 'edit'"), 0);
	cr_assert_eq(count("SELECT version FROM sales"), 1);
}

Test(records, edit_checks_rules_again)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	int rc = fx_edit("sales", id, "改日期", 0, &err, "sale_date=2026-11-28", NULL);
	fx_refused(rc, &err, GERR_INPUT, "sale_date", NULL);
	rc = fx_edit("sales", id, "清空批号", 0, &err, "batch=", NULL);
	fx_refused(rc, &err, GERR_INPUT, "batch", NULL);
	rc = fx_edit("sales", id, "清空数量", 0, &err, "qty=", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty", "Quantity: is required");
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1001);
}

Test(records, voided_record_cannot_change)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	cr_assert_eq(records_void(&fx.s, sales(), id, "重复录入", 0, &err), GERR_OK, "%s", err.msg);
	int rc = fx_edit("sales", id, "改数量", 0, &err, "qty=12", NULL);
	fx_refused(rc, &err, GERR_INPUT, "id", NULL);
	gerr_clear(&err);
	rc = records_void(&fx.s, sales(), id, "再作废", 0, &err);
	fx_refused(rc, &err, GERR_INPUT, "id", NULL);
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1002);   /* the void only */
}

/* ---- voiding ---- */

Test(records, void_keeps_the_row_and_audits_the_reason)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	struct gerr err;
	int rc = records_void(&fx.s, sales(), id, NULL, 0, &err);
	fx_refused(rc, &err, GERR_USAGE, "reason", NULL);
	gerr_clear(&err);
	rc = records_void(&fx.s, sales(), id, "重复", 5, &err);   /* it is at version 1 */
	fx_refused(rc, &err, GERR_INPUT, "version", NULL);
	cr_assert_eq(records_void(&fx.s, sales(), id, "客户退货，重复录入", 1, &err), GERR_OK, "%s",
	             err.msg);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 1);
	cr_assert_eq(count("SELECT voided * 10 + version FROM sales"), 12);   /* voided 1, version 2 */
	fx_sql_text_is("SELECT void_reason FROM sales", "客户退货，重复录入");
	audit_of_is(id, "void", "{\"voided\":[\"0\",\"1\"]}");
	fx_sql_text_is("SELECT reason FROM audit WHERE action = 'void'", "客户退货，重复录入");
	struct record *r = fx_get(sales(), id);
	cr_assert(r->voided);
	cr_assert_str_eq(r->void_reason, "客户退货，重复录入");
	record_free(r);
}

struct history {
	char action[8][16], user[8][32], reason[8][64];
	int nchanges[8];
	char first_change[8][64];
	int n;
};

static int history_row(void *ud, const struct audit_row *a)
{
	struct history *h = ud;
	cr_assert_lt(h->n, 8);
	snprintf(h->action[h->n], 16, "%s", a->action);
	snprintf(h->user[h->n], 32, "%s", a->user);
	snprintf(h->reason[h->n], 64, "%s", a->reason ? a->reason : "");
	h->nchanges[h->n] = a->nchanges;
	if (a->nchanges > 0)
		snprintf(h->first_change[h->n], 64, "%s:%s->%s", a->changes[0].field,
		         a->changes[0].old_value ? a->changes[0].old_value : "NULL",
		         a->changes[0].new_value ? a->changes[0].new_value : "NULL");
	h->n++;
	return 0;
}

Test(records, history_add_edit_void_in_order)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	fx_user_add("li.clerk", "clerk", "clerk-pass-2026");
	fx_login("li.clerk", "clerk-pass-2026");
	struct gerr err;
	cr_assert_eq(fx_edit("sales", id, "数量录错", 0, &err, "qty=12", NULL), GERR_OK, "%s", err.msg);
	fx_login(FX_ADMIN, FX_PASSWORD);
	cr_assert_eq(records_void(&fx.s, sales(), id, "重复录入", 0, &err), GERR_OK, "%s", err.msg);
	struct history h;
	memset(&h, 0, sizeof h);
	cr_assert_eq(records_history(&fx.s, sales(), id, history_row, &h, &err), GERR_OK, "%s",
	             err.msg);
	cr_assert_eq(h.n, 3);
	cr_assert_str_eq(h.action[0], "add");
	cr_assert_str_eq(h.user[0], FX_ADMIN);
	cr_assert_str_eq(h.reason[0], "");
	/* product spec qty batch sale_date customer, and the facts of the day:
	 * product_name manufacturer buyer_name */
	cr_assert_eq(h.nchanges[0], 9);
	cr_assert_str_eq(h.first_change[0], "product:NULL->1");
	cr_assert_str_eq(h.action[1], "edit");
	cr_assert_str_eq(h.user[1], "li.clerk");
	cr_assert_str_eq(h.reason[1], "数量录错");
	cr_assert_eq(h.nchanges[1], 1);
	cr_assert_str_eq(h.first_change[1], "qty:10->12");
	cr_assert_str_eq(h.action[2], "void");
	cr_assert_str_eq(h.user[2], FX_ADMIN);
	cr_assert_str_eq(h.reason[2], "重复录入");
	cr_assert_str_eq(h.first_change[2], "voided:0->1");
}

Test(records, describe_stored_values)
{
	const struct form *f = sales();
	char *s = records_describe(&fx.s, form_field(f, "product"), "1");
	cr_assert_str_eq(s, FX_PRODUCT_CODE " " FX_PRODUCT_NAME);
	free(s);
	s = records_describe(&fx.s, form_field(f, "unit_price"), "1250");
	cr_assert_str_eq(s, "12.50");
	free(s);
	s = records_describe(&fx.s, form_field(f, "qty"), NULL);
	cr_assert_str_eq(s, "");
	free(s);
}

/* ---- failures and permissions ---- */

Test(records, failed_add_leaves_no_row_and_no_audit)
{
	int64_t sales_before = count("SELECT count(*) FROM sales");
	int64_t audit_before = count("SELECT count(*) FROM audit");
	struct gerr err;
	cr_assert_neq(fx_add("sales", NULL, &err, "product=P001", "batch=B1", "customer=C001",
	                     "qty=1", "sale_date=2026-11-28", NULL), GERR_OK);
	cr_assert_neq(fx_add("sales", NULL, &err, SALE_BASE, "qty=0", NULL), GERR_OK);
	cr_assert_neq(fx_add("sales", NULL, &err, "product=P001", "batch=B1", "qty=1",
	                     "sale_date=2026-11-27", "customer=nobody", NULL), GERR_OK);
	cr_assert_neq(fx_add("products", NULL, &err, "code=P001", "name=重复", NULL), GERR_OK);
	cr_assert_eq(count("SELECT count(*) FROM sales"), sales_before);
	cr_assert_eq(count("SELECT count(*) FROM audit"), audit_before);
	cr_assert_eq(count("SELECT count(*) FROM products"), 1);
	/* and the session still works afterwards: no transaction was left open */
	fx_add_ok("sales", SALE_BASE, "qty=1", NULL);
	cr_assert_eq(count("SELECT count(*) FROM audit"), audit_before + 1);
}

Test(records, add_and_edit_are_all_or_nothing)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=10", NULL);
	/* From now on the audit row of a sale cannot be written: the sale row
	 * written just before it in the same transaction must go too. */
	cr_assert_eq(fx_sql_exec(fx.path, "CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit"
	                         " WHEN NEW.form = 'sales'"
	                         " BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END;"),
	             0);
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, SALE_BASE, "qty=5", NULL);
	cr_assert_eq(rc, GERR_DB, "rc %d: %s", rc, err.msg);
	rc = fx_edit("sales", id, "数量录错", 0, &err, "qty=12", NULL);
	cr_assert_eq(rc, GERR_DB, "rc %d: %s", rc, err.msg);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 1);
	cr_assert_eq(count("SELECT qty * 100 + version FROM sales"), 1001);   /* qty 10, version 1 */
	cr_assert_eq(count("SELECT count(*) FROM audit WHERE form = 'sales'"), 1);   /* the add */
}

Test(records, manager_may_view_but_not_add)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=1", NULL);
	fx_user_add("wang.gm", "manager", "manager-pass-2026");
	fx_login("wang.gm", "manager-pass-2026");
	int64_t audit_before = count("SELECT count(*) FROM audit");
	struct gerr err;
	int rc = fx_add("sales", NULL, &err, SALE_BASE, "qty=2", NULL);
	fx_refused(rc, &err, GERR_AUTH, "", NULL);
	rc = fx_edit("sales", id, "改", 0, &err, "qty=2", NULL);
	fx_refused(rc, &err, GERR_AUTH, "", NULL);
	cr_assert_eq(count("SELECT count(*) FROM sales"), 1);
	cr_assert_eq(count("SELECT count(*) FROM audit"), audit_before);
	struct record *r = fx_get(sales(), id);   /* viewing is allowed */
	record_free(r);
}

Test(records, clerk_may_not_void)
{
	int64_t id = fx_add_ok("sales", SALE_BASE, "qty=1", NULL);
	fx_user_add("li.clerk", "clerk", "clerk-pass-2026");
	fx_login("li.clerk", "clerk-pass-2026");
	struct gerr err;
	gerr_clear(&err);
	fx_refused(records_void(&fx.s, sales(), id, "不要了", 0, &err), &err, GERR_AUTH, "", NULL);
	cr_assert_eq(count("SELECT voided FROM sales"), 0);
}

Test(records, add_without_login_refused)
{
	/* a second session on the same file that never logged in */
	struct session s2;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(session_open(&s2, fx.path, SESSION_EXISTING, &err), GERR_OK, "%s", err.msg);
	char arg[] = "qty=1";
	struct assign a;
	cr_assert_eq(assign_parse(arg, &a, &err), GERR_OK);
	int64_t id = 0;
	int rc = records_add(&s2, sales(), &a, 1, &id, &err);
	cr_assert_eq(rc, GERR_AUTH, "rc %d: %s", rc, err.msg);
	session_close(&s2);
}
