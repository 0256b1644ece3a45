/* The customer archive (core/archive.h): C001 bought three lines (2, 3 and
 * 1 units at 10.00: 60.00 in all), one was voided (left out), C2 bought one;
 * one implant used at C001; C001 a recipient of one recall. */
#include "config.h"
#include "fixture.h"
#include "core/archive.h"
#include "core/recall.h"

#include <criterion/criterion.h>
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
