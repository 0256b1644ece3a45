/* The sales lines an inspector can trust (issue 14), through records_add
 * and the commands' own functions, on hand-built ledgers. Fixture: product
 * P001 (一次性使用无菌注射器), customer C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/check.h"
#include "core/recall.h"
#include "core/trace.h"
#include "db/db_internal.h"
#include "db/db.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(sales, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

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
	cr_assert_str_eq(fx_text("sales", a, "batch"), "b2024");
	cr_assert_str_eq(fx_text("sales", c, "batch"), "Ｂ２０２４");
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
	          "checklist=开机自检 双方确认", "customer_signatory=设备科", NULL);
	/* the pump with the same serial, sold 2026-06-01, typed in lower case */
	fx_add_ok("sales", "product=U1", "qty=1", "serial=sn7", "sale_date=2026-06-01",
	          "customer=C001", NULL);
	int64_t r = fx_add_ok("service", "kind=repair", "customer=C001", "product=U1",
	                      "serial=SN7", "notified_at=2026-11-01 10:00", "description=不开机",
	                      NULL);
	/* from its own sale, not the monitor's acceptance: under warranty */
	cr_assert_str_eq(fx_text("service", r, "warranty_basis"), "sale_date");
	cr_assert_str_eq(fx_text("service", r, "warranty_from"), "2026-06-01");
	cr_assert_str_eq(fx_text("service", r, "charge"), "warranty");
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

/* ---- a serial number is one unit, sold once until it comes back ---- */

Test(sales, a_line_with_a_serial_has_quantity_one)
{
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=2", "serial=JK600-2612-0457",
	                "sale_date=2026-10-01", "customer=C001", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "qty", "Quantity: ", "serial");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 0);
}

Test(sales, a_serial_is_not_sold_twice_while_its_sale_stands)
{
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	int64_t first = fx_add_ok("sales", "product=P001", "qty=1", "serial=JK600-2612-0457",
	                          "sale_date=2026-10-01", "customer=C001", NULL);
	struct gerr err = { 0 };
	/* typed another way, the same unit */
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "serial=jk600-2612-0457 ",
	                "sale_date=2026-10-05", "customer=C2", NULL);
	fx_refused(rc, &err, GERR_INPUT, "serial",
	           "Serial no.: jk600-2612-0457 was sold on line 1 (2026-10-01, to "
	           FX_CUSTOMER_NAME ") and has not come back: a unit is sold again only after a"
	           " return of that line");
	/* a rejected return brings nothing back */
	char ref[32];
	snprintf(ref, sizeof ref, "sale=%lld", (long long)first);
	fx_add_ok("returns", ref, "qty=1", "reason=包装破损", "outcome=rejected", NULL);
	rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "serial=JK600-2612-0457",
	            "sale_date=2026-10-05", "customer=C2", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "serial", "Serial no.: ", "line 1");
	/* another product may carry the same serial number */
	fx_add_ok("products", "code=M1", "name=监护仪", NULL);
	fx_add_ok("sales", "product=M1", "qty=1", "serial=JK600-2612-0457", "sale_date=2026-10-02",
	          "customer=C2", NULL);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 2);
}

Test(sales, a_unit_that_came_back_is_sold_again_and_trace_shows_both)
{
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	int64_t first = fx_add_ok("sales", "product=P001", "qty=1", "serial=SN-1",
	                          "sale_date=2026-10-01", "customer=C001", NULL);
	char ref[32];
	snprintf(ref, sizeof ref, "sale=%lld", (long long)first);
	fx_add_ok("returns", ref, "qty=1", "reason=换货", "outcome=exchange",
	          "replacement_serial=SN9", NULL);
	int64_t second = fx_add_ok("sales", "product=P001", "qty=1", "serial=SN-1",
	                           "sale_date=2026-10-08", "customer=C2", NULL);
	struct trace t;
	struct gerr err = { 0 };
	cr_assert_eq(trace_find(&fx.s, "P001", NULL, "sn-1", &t, &err), 0, "%s", err.msg);
	cr_assert_eq(t.nsales, 2);
	cr_assert_eq(t.sales[0].id, first);
	cr_assert_eq(t.sales[1].id, second);
	cr_assert_str_eq(t.sales[1].customer_name, "乙医院");
	trace_free(&t);
	/* and now the second sale stands */
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "serial=SN-1",
	                "sale_date=2026-10-09", "customer=C001", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "serial", "Serial no.: ", "line 2 (2026-10-08, to 乙医院)");
}

/* ---- a batch has one expiry date ---- */

Test(sales, a_second_expiry_for_a_batch_is_refused_naming_the_line)
{
	fx_add_ok("sales", "product=P001", "qty=5", "batch=B7", "expiry=2028-06-30",
	          "sale_date=2026-10-01", "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=5", "batch=b7", "expiry=2028-06-30",
	          "sale_date=2026-10-02", "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=5", "batch=B7", "sale_date=2026-10-02",
	          "customer=C001", NULL); /* no expiry given: nothing to compare */
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "batch=Ｂ７",
	                "expiry=2028-07-31", "sale_date=2026-10-03", "customer=C001", NULL);
	fx_refused(rc, &err, GERR_INPUT, "expiry",
	           "Expiry date: 2028-07-31 differs from 2028-06-30, the expiry of batch Ｂ７ on line 1"
	           " (sold 2026-10-01): one batch has one expiry date. If this batch really has two,"
	           " say why with --reason TEXT");
	/* another product's B7 is another batch */
	fx_add_ok("products", "code=P2", "name=输液器", NULL);
	fx_add_ok("sales", "product=P2", "qty=1", "batch=B7", "expiry=2028-07-31",
	          "sale_date=2026-10-03", "customer=C001", NULL);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 4);
	/* with a reason it is recorded, and the audit row keeps the reason */
	fx.s.override_reason = "厂家同批号两个有效期，见厂家说明函";
	int64_t id = fx_add_ok("sales", "product=P001", "qty=1", "batch=B7", "expiry=2028-07-31",
	                       "sale_date=2026-10-03", "customer=C001", NULL);
	fx.s.override_reason = NULL;
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT reason FROM audit WHERE form = 'sales' AND record_id = %lld",
	         (long long)id);
	fx_sql_text_is(sql, "厂家同批号两个有效期，见厂家说明函");
}

Test(sales, an_edit_leaving_the_goods_alone_is_not_judged_again)
{
	int64_t a = fx_add_ok("sales", "product=P001", "qty=5", "batch=B7", "expiry=2028-06-30",
	                      "sale_date=2026-10-01", "customer=C001", NULL);
	fx.s.override_reason = "两个有效期";
	int64_t b = fx_add_ok("sales", "product=P001", "qty=5", "batch=B7", "expiry=2028-07-31",
	                      "sale_date=2026-10-02", "customer=C001", NULL);
	fx.s.override_reason = NULL;
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("sales", b, "备注", 0, &err, "remarks=急件", NULL), 0, "%s", err.msg);
	int rc = fx_edit("sales", a, "改有效期", 0, &err, "expiry=2028-05-31", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "expiry", "Expiry date: ", "line 2");
}

/* ---- facts frozen on the day of sale ---- */

Test(sales, later_edits_of_the_product_and_buyer_leave_the_line_as_it_was)
{
	fx_add_ok("products", "code=M1", "name=监护仪", "manufacturer=迈瑞", "reg_no=国械注准20203070001",
	          "unit=台", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", "address=杭州市解放路1号", "contact=王芳",
	          "phone=0571-1234", "licence_no=浙杭药监械经营许20200001号", NULL);
	int64_t line = fx_add_ok("sales", "product=M1", "qty=1", "serial=SN1",
	                         "sale_date=2026-10-01", "customer=C2", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("products", 2, "厂家更名", 0, &err, "manufacturer=新迈瑞",
	                     "name=监护仪（新）", "reg_no=国械注准20253070002", "unit=套", NULL), 0,
	             "%s", err.msg);
	cr_assert_eq(fx_edit("customers", 2, "搬家", 0, &err, "name=乙医院（新）",
	                     "address=杭州市新路2号", "contact=李雷", "phone=0571-9999",
	                     "licence_no=新证", NULL), 0, "%s", err.msg);
	/* an edit of the line itself keeps its facts too */
	cr_assert_eq(fx_edit("sales", line, "备注", 0, &err, "remarks=已验收", NULL), 0, "%s", err.msg);
	cr_assert_str_eq(fx_text("sales", line, "product_name"), "监护仪");
	cr_assert_str_eq(fx_text("sales", line, "manufacturer"), "迈瑞");
	cr_assert_str_eq(fx_text("sales", line, "reg_no"), "国械注准20203070001");
	cr_assert_str_eq(fx_text("sales", line, "unit"), "台");
	cr_assert_str_eq(fx_text("sales", line, "buyer_name"), "乙医院");
	cr_assert_str_eq(fx_text("sales", line, "buyer_address"), "杭州市解放路1号");
	cr_assert_str_eq(fx_text("sales", line, "buyer_contact"), "王芳");
	cr_assert_str_eq(fx_text("sales", line, "buyer_phone"), "0571-1234");
	cr_assert_str_eq(fx_text("sales", line, "buyer_licence"), "浙杭药监械经营许20200001号");
	/* a new line takes today's facts; moving a line to another buyer takes his */
	int64_t later = fx_add_ok("sales", "product=M1", "qty=1", "serial=SN2",
	                          "sale_date=2026-10-02", "customer=C2", NULL);
	cr_assert_str_eq(fx_text("sales", later, "manufacturer"), "新迈瑞");
	cr_assert_eq(fx_edit("sales", line, "开错客户", 0, &err, "customer=C001", NULL), 0, "%s",
	             err.msg);
	cr_assert_str_eq(fx_text("sales", line, "buyer_name"), FX_CUSTOMER_NAME);
	cr_assert_str_eq(fx_text("sales", line, "manufacturer"), "迈瑞"); /* the product stayed */
}

Test(sales, frozen_facts_cannot_be_typed)
{
	struct gerr err = { 0 };
	int rc = fx_add("sales", NULL, &err, "product=P001", "qty=1", "batch=B1",
	                "sale_date=2026-10-01", "customer=C001", "manufacturer=冒牌", NULL);
	fx_refused_has(rc, &err, GERR_INPUT, "manufacturer", "Manufacturer: ", "computed");
}

/* ---- the upgrade: lines already there get keys and today's facts ---- */

Test(sales, the_upgrade_fills_the_keys_and_facts_of_existing_lines_with_audit_rows)
{
	int mine = 0; /* the migration that brought the keys (not numbered here) */
	while (mine < db_migration_count && !strstr(db_migrations[mine], "ADD COLUMN batch_key"))
		mine++;
	cr_assert_lt(mine, db_migration_count);
	char path[700];
	fx_file(path, sizeof path, "old.db");
	sqlite3 *h;
	cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
	for (int v = 0; v < mine; v++)
		cr_assert_eq(sqlite3_exec(h, db_migrations[v], NULL, NULL, NULL), SQLITE_OK, "%s",
		             sqlite3_errmsg(h));
	char sql[200];
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
	         GSPDESK_APPLICATION_ID, mine);
	cr_assert_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(h,
	        "INSERT INTO products (created_at, created_by, code, name, manufacturer, reg_no, unit)"
	        " VALUES ('" FX_AT "', 'a', 'M1', '监护仪', '迈瑞', '国械注准1', '台');"
	        "INSERT INTO customers (created_at, created_by, code, name, address, licence_no)"
	        " VALUES ('" FX_AT "', 'a', 'C1', '甲医院', '杭州', '许1');"
	        "INSERT INTO sales (created_at, created_by, product, qty, batch, sale_date, customer)"
	        " VALUES ('" FX_AT "', 'a', 1, 2, ' ｂ２０２４', '2026-01-05', 1);",
	        NULL, NULL, NULL), SQLITE_OK, "%s", sqlite3_errmsg(h));
	sqlite3_close(h);
	struct db *db = NULL;
	struct gerr err = { 0 };
	cr_assert_eq(db_open(path, DB_OPEN_EXISTING, &db, &err), GERR_OK, "%s", err.msg);
	db_close(db);
	char *got = fx_sql_text(path, "SELECT batch_key || '|' || product_name || '|' || manufacturer"
	                              " || '|' || reg_no || '|' || unit || '|' || buyer_name || '|' ||"
	                              " buyer_address || '|' || buyer_licence FROM sales");
	cr_assert_str_eq(got, "B2024|监护仪|迈瑞|国械注准1|台|甲医院|杭州|许1");
	free(got);
	got = fx_sql_text(path, "SELECT user || '|' || action || '|' || record_id || '|' ||"
	                        " json_extract(changes, '$.manufacturer[1]') FROM audit"
	                        " WHERE form = 'sales'");
	cr_assert_str_eq(got, "upgrade|upgrade|1|迈瑞");
	free(got);
	cr_assert_eq(fx_sql_int(path, "SELECT count(*) FROM temp.sqlite_master"), 0);
}

/* ---- implants come from standing sales of implant products ---- */

Test(sales, an_implant_is_an_implant_product_from_a_standing_sale)
{
	fx_add_ok("products", "code=IM1", "name=髋关节假体", "implant=yes", NULL);
	fx_add_ok("products", "code=M1", "name=监护仪", "implant=no", NULL);
	int64_t line = fx_add_ok("sales", "product=IM1", "qty=2", "batch=H1", "sale_date=2026-10-10",
	                         "customer=C001", NULL);
	fx_add_ok("sales", "product=M1", "qty=1", "serial=MS1", "sale_date=2026-10-10",
	          "customer=C001", NULL);
	struct gerr err = { 0 };
	/* a monitor is not an implant */
	fx_refused(fx_add("implants", NULL, &err, "sale=2", "hospital=C001", "patient=张三",
	                  "use_date=2026-10-12", NULL), &err, GERR_INPUT, "product",
	           "Product: is not an implant (植入) in Products: only implanted products are"
	           " recorded here");
	/* used the day before it was sold */
	fx_refused(fx_add("implants", NULL, &err, "sale=1", "hospital=C001", "patient=张三",
	                  "use_date=2026-10-09", NULL), &err, GERR_INPUT, "use_date",
	           "Date of use: 2026-10-09 is before the sale date 2026-10-10 of line 1");
	/* the line is of another product than the one named */
	fx_add_ok("products", "code=IM2", "name=膝关节假体", "implant=yes", NULL);
	fx_refused(fx_add("implants", NULL, &err, "sale=1", "product=IM2", "hospital=C001",
	                  "patient=张三", "use_date=2026-10-12", NULL), &err, GERR_INPUT, "sale",
	           "Sales line: line 1 is not a standing sale of this product");
	/* two units: two records, the third refused */
	fx_add_ok("implants", "sale=1", "hospital=C001", "patient=张三", "use_date=2026-10-10", NULL);
	fx_add_ok("implants", "product=IM1", "batch=ｈ１", "hospital=C001", "patient=李四",
	          "use_date=2026-10-11", NULL); /* no line given: not counted on line 1 */
	fx_add_ok("implants", "sale=1", "hospital=C001", "patient=王五", "use_date=2026-10-12", NULL);
	fx_refused(fx_add("implants", NULL, &err, "sale=1", "hospital=C001", "patient=赵六",
	                  "use_date=2026-10-13", NULL), &err, GERR_INPUT, "sale",
	           "Sales line: line 1 sold 2 units and already has 2 implant records");
	/* a voided line is no standing sale */
	cr_assert_eq(records_void(&fx.s, form_find("sales"), line, "开错", 0, &err), 0, "%s", err.msg);
	fx_refused(fx_add("implants", NULL, &err, "product=IM1", "batch=H1", "hospital=C001",
	                  "patient=钱七", "use_date=2026-10-13", NULL), &err, GERR_INPUT, "batch",
	           "Batch no.: H1: no standing sale of this product has it");
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM implants"), 3);
}

Test(sales, an_upgraded_office_passes_check)
{
	int mine = 0;
	while (mine < db_migration_count && !strstr(db_migrations[mine], "ADD COLUMN batch_key"))
		mine++;
	fx_add_ok("sales", "product=P001", "qty=2", "batch=b7", "sale_date=2026-10-01",
	          "customer=C001", NULL);
	/* renamed before the upgrade: the line's add row says the old name, the
	 * upgrade fills the new one, and its audit row says so (else check
	 * would find the stored name differing from the audit trail's) */
	struct gerr e = { 0 };
	cr_assert_eq(fx_edit("products", 1, "改名", 0, &e, "name=注射器新名", NULL), 0, "%s", e.msg);
	session_close(&fx.s);
	fx.open = false;
	cr_assert_eq(fx_undo_to(fx.path, mine), 0);
	struct gerr err = { 0 };
	cr_assert_eq(session_open(&fx.s, fx.path, SESSION_EXISTING, &err), GERR_OK, "%s", err.msg);
	fx.open = true;
	fx_login(FX_ADMIN, FX_PASSWORD);
	fx_sql_text_is("SELECT batch_key || '|' || product_name FROM sales", "B7|注射器新名");
	fx_sql_text_is("SELECT count(*) FROM audit WHERE user = 'upgrade'", "1");
	fx_check_clean();
}
