/* The customer archive (core/archive.h): C001 bought three lines (2, 3 and
 * 1 units at 10.00: 60.00 in all), one was voided (left out), C2 bought one;
 * one implant used at C001; C001 a recipient of one recall. */
#include "config.h"
#include "fixture.h"
#include "core/archive.h"
#include "core/lines.h"
#include "core/recall.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(archive, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

struct seen {
	int64_t ids[16];
	int n;
};

static int note(void *ud, const struct record *r)
{
	struct seen *s = ud;
	s->ids[s->n++] = r->id;
	return 0;
}

static const struct archive_section *section(const char *form)
{
	int n;
	const struct archive_section *all = archive_sections(&n);
	for (int i = 0; i < n; i++)
		if (strcmp(all[i].form, form) == 0)
			return &all[i];
	return NULL;
}

Test(archive, one_customer_everything_newest_first)
{
	fx_add_ok("products", "code=P2", "name=起搏器", "implant=yes", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	int64_t a = fx_add_ok("sales", "product=P2", "qty=2", "batch=B1", "sale_date=2026-10-01",
	                      "customer=C001", "unit_price=10", NULL);
	int64_t b = fx_add_ok("sales", "product=P2", "qty=3", "batch=B1", "sale_date=2026-10-20",
	                      "customer=C001", "unit_price=10", NULL);
	int64_t c = fx_add_ok("sales", "product=P2", "qty=1", "batch=B2", "sale_date=2026-10-10",
	                      "customer=C001", "unit_price=10", NULL);
	int64_t v = fx_add_ok("sales", "product=P2", "qty=9", "batch=B2", "sale_date=2026-10-11",
	                      "customer=C001", "unit_price=10", NULL);
	fx_add_ok("sales", "product=P2", "qty=4", "batch=B1", "sale_date=2026-10-02", "customer=C2", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(records_void(&fx.s, form_find("sales"), v, "wrong customer", 0, &err), 0);
	fx_add_ok("implants", "sale=1", "hospital=C001", "patient=张三", "use_date=2026-10-05", NULL);
	int64_t rid = 0;
	cr_assert_eq(recall_open(&fx.s, "P2", "B1", NULL, "II", "破损", &rid, NULL, &err), 0, "%s", err.msg);

	struct seen s = { 0 };
	struct archive_totals t;
	cr_assert_eq(archive_rows(&fx.s, section("sales"), fx.customer_id, note, &s, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 3);
	cr_assert_eq(s.ids[0], b); /* 10-20, 10-10, 10-01 */
	cr_assert_eq(s.ids[1], c);
	cr_assert_eq(s.ids[2], a);
	cr_assert_eq(t.rows, 3);
	cr_assert_eq(t.sum[0], 6);    /* 2 + 3 + 1 units */
	cr_assert_eq(t.sum[1], 6000); /* 60.00 in cents */

	memset(&s, 0, sizeof s);
	cr_assert_eq(archive_rows(&fx.s, section("implants"), fx.customer_id, note, &s, &t, &err), 0);
	cr_assert_eq(s.n, 1);

	memset(&s, 0, sizeof s);
	cr_assert_eq(archive_rows(&fx.s, section("recall_recipients"), fx.customer_id, note, &s, &t, &err), 0);
	cr_assert_eq(s.n, 1);
	cr_assert_eq(t.sum[0], 5); /* B1 sold to C001: 2 + 3 */
}

/* Every section picks its rows by a reference to the customers and sorts
 * by a field its form has: a typo here would show nothing, silently. */
Test(archive, sections_name_real_fields)
{
	int n;
	const struct archive_section *all = archive_sections(&n);
	for (int i = 0; i < n; i++) {
		const struct form *f = form_find(all[i].form);
		cr_assert_not_null(f, "%s", all[i].form);
		const struct field *by = form_field(f, all[i].field);
		cr_assert_not_null(by, "%s.%s", all[i].form, all[i].field);
		cr_assert_str_eq(by->ref, "customers", "%s.%s", all[i].form, all[i].field);
		if (all[i].sort)
			cr_assert_not_null(form_field(f, all[i].sort), "%s.%s", all[i].form, all[i].sort);
	}
}

/* The after-sales sections: C001's complaint, quality record, service
 * ticket and operator training, and not C2's complaint. */
Test(archive, after_sales_sections)
{
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	int64_t mine = fx_add_ok("complaints", "received_at=2026-11-20 09:30", "customer=C001",
	                         "content=外包装破损", NULL);
	fx_add_ok("complaints", "received_at=2026-11-21 09:30", "customer=C2", "content=乙的", NULL);
	fx_add_ok("quality", "date=2026-11-18", "product=P001", "customer=C001",
	          "performance=运行良好", "tracked_by=李工", NULL);
	fx_add_ok("service", "kind=repair", "customer=C001", "product=P001",
	          "notified_at=2026-11-26 10:00", "description=不开机", NULL);
	fx_add_ok("training", "date=2026-11-02", "topic=血糖仪操作", "kind=customer",
	          "customer=C001", "trainer=王工", "hours=2", NULL);
	struct gerr err = { 0 };
	struct archive_totals t;
	struct seen s = { 0 };
	cr_assert_eq(archive_rows(&fx.s, section("complaints"), fx.customer_id, note, &s, &t, &err), 0,
	             "%s", err.msg);
	cr_assert_eq(s.n, 1);
	cr_assert_eq(s.ids[0], mine);
	const char *one_each[] = { "quality", "service", "training" };
	for (int i = 0; i < 3; i++) {
		memset(&s, 0, sizeof s);
		cr_assert_eq(archive_rows(&fx.s, section(one_each[i]), fx.customer_id, note, &s, &t, &err),
		             0, "%s: %s", one_each[i], err.msg);
		cr_assert_eq(s.n, 1, "%s", one_each[i]);
		cr_assert_eq(t.rows, 1, "%s", one_each[i]);
	}
}

/* The supplier archive: S1's receipts (2026-10-01 and 2026-10-05), their
 * lines through the receipt (10 + 3 + 5 = 18 units, 3 of them rejected),
 * not S2's receipt nor S1's voided one; its licence expires 2027-01-10,
 * 30 + 14 = 44 days after today 2026-11-27. */
Test(archive, a_supplier_its_receipts_lines_and_rejections)
{
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("products", 1, "首营", 0, &err, "approved_on=2026-01-05",
	                     "approved_by=王", NULL), 0, "%s", err.msg);
	int64_t s1 = fx_add_ok("suppliers", "code=S1", "name=供货甲", "licence_expiry=2027-01-10",
	                       "class_i=yes", "class_ii=yes", "class_iii=yes",
	                       "approved_on=2026-01-02", "approved_by=李", NULL);
	fx_add_ok("suppliers", "code=S2", "name=供货乙", "class_i=yes", "class_ii=yes",
	          "class_iii=yes", "approved_on=2026-01-02", "approved_by=李", NULL);
	int64_t r1 = fx_add_ok("receipts", "date=2026-10-01", "supplier=S1", NULL);
	int64_t r2 = fx_add_ok("receipts", "date=2026-10-05", "supplier=S1", NULL);
	int64_t r3 = fx_add_ok("receipts", "date=2026-10-03", "supplier=S2", NULL);
	int64_t r4 = fx_add_ok("receipts", "date=2026-10-04", "supplier=S1", NULL);
	char rid[4][32];
	int64_t ids[4] = { r1, r2, r3, r4 };
	for (int i = 0; i < 4; i++)
		snprintf(rid[i], sizeof rid[i], "receipt=%lld", (long long)ids[i]);
	int64_t a = fx_add_ok("receipt_lines", rid[0], "product=P001", "qty=10", "batch=A1", NULL);
	int64_t b = fx_add_ok("receipt_lines", rid[0], "product=P001", "qty=3", "batch=A1",
	                      "conclusion=rejected", "reject_reason=破损", NULL);
	int64_t c = fx_add_ok("receipt_lines", rid[1], "product=P001", "qty=5", "batch=A2", NULL);
	fx_add_ok("receipt_lines", rid[2], "product=P001", "qty=7", "batch=A3", NULL);
	fx_add_ok("receipt_lines", rid[3], "product=P001", "qty=9", "batch=A4",
	          "conclusion=rejected", "reject_reason=重复", NULL);
	cr_assert_eq(lines_void(&fx.s, form_find("receipts"), r4, "录错", 0, &err), 0, "%s",
	             err.msg);

	int n;
	const struct archive_section *secs = archive_sections_of("suppliers", &n);
	cr_assert_eq(n, 3, "receipts, their lines, the rejected lines: %d", n);
	cr_expect_str_eq(secs[0].form, "receipts");
	cr_expect_str_eq(secs[1].form, "receipt_lines");
	cr_expect_str_eq(secs[2].form, "receipt_lines");
	cr_expect_str_eq(secs[2].title, "Rejected lines");
	for (int i = 0; i < 3; i++)
		cr_expect(archive_visible(&fx.s, &secs[i]));

	struct seen s = { 0 };
	struct archive_totals t;
	cr_assert_eq(archive_rows(&fx.s, &secs[0], s1, note, &s, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 2, "S1's two live receipts, not S2's nor the voided");
	cr_expect_eq(s.ids[0], r2, "newest first");
	cr_expect_eq(s.ids[1], r1);

	memset(&s, 0, sizeof s);
	cr_assert_eq(archive_rows(&fx.s, &secs[1], s1, note, &s, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 3, "the lines of S1's live receipts: %d", s.n);
	cr_expect_eq(s.ids[0], c, "newest first");
	cr_expect_eq(s.ids[1], b);
	cr_expect_eq(s.ids[2], a);
	cr_expect_eq(t.rows, 3);
	cr_expect_eq(t.sum[0], 18, "10 + 3 + 5 units");

	memset(&s, 0, sizeof s);
	cr_assert_eq(archive_rows(&fx.s, &secs[2], s1, note, &s, &t, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 1, "one rejected line, not the voided receipt's");
	cr_expect_eq(s.ids[0], b);
	cr_expect_eq(t.sum[0], 3);

	/* the customer archive has none of these */
	const struct archive_section *cust = archive_sections(&n);
	for (int i = 0; i < n; i++)
		cr_expect(strncmp(cust[i].form, "receipt", 7) != 0, "%s", cust[i].form);

	struct record *r = NULL;
	cr_assert_eq(records_get(&fx.s, form_find("suppliers"), s1, &r, &err), 0, "%s", err.msg);
	char *licence = archive_licence(&fx.s, r);
	cr_expect_str_eq(licence, "Licence status: expires within 60 days, 44 days to expiry");
	free(licence);
	record_free(r);
	cr_assert_eq(records_get(&fx.s, form_find("suppliers"), s1 + 1, &r, &err), 0, "%s", err.msg);
	licence = archive_licence(&fx.s, r);
	cr_expect_str_eq(licence, "Licence status: missing", "S2 has no expiry");
	free(licence);
	record_free(r);
}
