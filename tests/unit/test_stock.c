/* Stock by batch (issue 23), derived from hand-built ledgers: accepted
 * receipt lines in, rejected ones not, an opening balance in, sales out, a
 * voided sale and a voided receipt not at all, refunds and exchanges back
 * in, an exchange's replacement out; and at the end of any day.
 * Fixture: product P001, customer C001, today 2026-11-27. */
#include "config.h"
#include "fixture.h"
#include "core/accounts.h"
#include "core/lines.h"
#include "core/receiving.h"
#include "db/db_stock.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

TestSuite(stock, .init = fx_setup, .fini = fx_teardown, .timeout = 120);

struct seen {
	int n;
	char text[8][80];
};

static int collect(void *ud, const struct stock_row *r)
{
	struct seen *s = ud;
	if (s->n < 8)
		snprintf(s->text[s->n++], sizeof s->text[0], "%s %s %s %lld", r->code,
		         r->batch ? r->batch : r->serial, r->expiry ? r->expiry : "-",
		         (long long)r->qty);
	return 0;
}

static void seen_is(int expiring, const char *const *want, int n)
{
	struct seen s = { 0 };
	struct gerr err = { 0 };
	cr_assert_eq(receiving_stock(&fx.s, 0, expiring, NULL, collect, &s, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, n, "%d rows, expected %d", s.n, n);
	for (int i = 0; i < n; i++)
		cr_expect_str_eq(s.text[i], want[i], "row %d", i);
}

/* As seen_is, on hand at the end of the day at, of units expiring within
 * expiring days of it (-1: any). */
static void seen_at(const char *at, int expiring, const char *const *want, int n)
{
	struct seen s = { 0 };
	struct gerr err = { 0 };
	cr_assert_eq(receiving_stock(&fx.s, 0, expiring, at, collect, &s, &err), 0, "%s", err.msg);
	cr_expect_eq(s.n, n, "at %s: %d rows, expected %d", at ? at : "now", s.n, n);
	for (int i = 0; i < n && i < s.n; i++)
		cr_expect_str_eq(s.text[i], want[i], "at %s, row %d", at ? at : "now", i);
}

static int64_t on_hand(const char *batch, const char *serial, int64_t exclude)
{
	int64_t qty = -1;
	struct gerr err = { 0 };
	cr_assert_eq(db_stock_on_hand(fx.s.db, 1, batch, serial, exclude, &qty, &err), 0, "%s",
	             err.msg);
	return qty;
}

/* P001 qualified; supplier S1 approved, its scope every class. */
static void qualify(void)
{
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("products", 1, "首营", 0, &err, "approved_on=2026-01-05",
	                     "approved_by=王", NULL), 0, "%s", err.msg);
	fx_add_ok("suppliers", "code=S1", "name=供货甲", "class_i=yes", "class_ii=yes",
	          "class_iii=yes", "approved_on=2026-01-02", "approved_by=李", NULL);
}

/* An office that records its receipts (stock_check on). */
static void keep_stock(void)
{
	struct gerr err = { 0 };
	cr_assert_eq(settings_set(&fx.s, "stock_check", "on", &err), 0, "%s", err.msg);
}

Test(stock, worked_by_hand)
{
	qualify();
	keep_stock();
	int64_t r1 = fx_add_ok("receipts", "date=2026-10-01", "supplier=S1", NULL);
	char rid[32];
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r1);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=10", "batch=A1",
	          "expiry=2028-01-31", NULL);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=3", "batch=A1",
	          "conclusion=rejected", "reject_reason=破损", NULL);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=6", "batch=A2",
	          "expiry=2027-02-28", NULL);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=1", "serial=SN9", NULL);
	int64_t r2 = fx_add_ok("receipts", "date=2026-01-01", "kind=opening", NULL);
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r2);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=4", "batch=A0",
	          "expiry=2026-12-31", NULL);
	/* a receipt voided with its lines counts for nothing */
	int64_t r3 = fx_add_ok("receipts", "date=2026-10-02", "supplier=S1", NULL);
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r3);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=50", "batch=A1", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(lines_void(&fx.s, form_find("receipts"), r3, "录错", 0, &err), 0, "%s",
	             err.msg);

	int64_t s1 = fx_add_ok("sales", "product=P001", "qty=6", "batch=a1",
	                       "sale_date=2026-10-10", "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=2", "batch=A2", "sale_date=2026-10-10",
	          "customer=C001", NULL);
	fx_add_ok("sales", "product=P001", "qty=1", "serial=sn9", "sale_date=2026-10-10",
	          "customer=C001", NULL);
	char sale[32];
	snprintf(sale, sizeof sale, "sale=%lld", (long long)s1);
	fx_add_ok("returns", sale, "qty=2", "reason=多发", "outcome=refund", NULL);
	fx_add_ok("returns", sale, "qty=1", "reason=换货", "outcome=exchange",
	          "replacement_batch=A2", NULL);
	fx_add_ok("returns", sale, "qty=1", "reason=不退", "outcome=rejected", NULL);

	/* A0: opening 4
	 * A1: 10 (the 3 rejected and the voided 50 left out) - 6 + 2 refunded
	 *     + 1 exchanged back (the rejected return not) = 7
	 * A2: 6 - 2 sold - 1 given out in the exchange = 3
	 * SN9: 1 - 1 = 0, not listed */
	const char *want[] = { "P001 A0 2026-12-31 4", "P001 A2 2027-02-28 3",
		               "P001 A1 2028-01-31 7" };
	seen_is(-1, want, 3);
	/* today 2026-11-27 + 92 days = 2027-02-27: A2 expires the day after */
	seen_is(92, want, 1);
	seen_is(93, want, 2);
	cr_assert_eq(on_hand("Ａ１", NULL, 0), 7);
	cr_assert_eq(on_hand("A1", NULL, s1), 10); /* without sale s1, its returns go too */
	cr_assert_eq(on_hand(NULL, "SN9", 0), 0);
}

Test(stock, the_setting_refuses_a_sale_beyond_stock)
{
	qualify();
	int64_t r1 = fx_add_ok("receipts", "date=2026-10-01", "supplier=S1", NULL);
	char rid[32];
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r1);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=5", "batch=A1", NULL);
	struct gerr err = { 0 };
	/* off (the default): sold without receipts */
	cr_assert_eq(fx_add("sales", NULL, &err, "product=P001", "qty=9", "batch=Z9",
	                    "sale_date=2026-10-10", "customer=C001", NULL), 0, "%s", err.msg);
	cr_assert_eq(settings_set(&fx.s, "stock_check", "on", &err), 0, "%s", err.msg);
	int64_t id;
	int rc = fx_add("sales", &id, &err, "product=P001", "qty=6", "batch=A1",
	                "sale_date=2026-10-10", "customer=C001", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty",
	           "Quantity: 6 is more than the 5 on hand of A1 (库存不足): receive the goods first");
	int64_t s = fx_add_ok("sales", "product=P001", "qty=5", "batch=A1", "sale_date=2026-10-10",
	                      "customer=C001", NULL);
	/* its own edit counts its new quantity, not its old one besides */
	cr_assert_eq(fx_edit("sales", s, "改数", 0, &err, "qty=4", NULL), 0, "%s", err.msg);
	rc = fx_edit("sales", s, "改数", 0, &err, "qty=6", NULL);
	fx_refused(rc, &err, GERR_INPUT, "qty",
	           "Quantity: 6 is more than the 5 on hand of A1 (库存不足): receive the goods first");
}

static int count_q(void *ud, const struct qualification *q)
{
	struct seen *s = ud;
	if (s->n < 8)
		snprintf(s->text[s->n++], sizeof s->text[0], "%s %s %s", q->form, q->code, q->expiry);
	return 0;
}

Test(stock, licences_and_certificates_expiring)
{
	fx_add_ok("suppliers", "code=S1", "name=甲", "licence_expiry=2027-01-20", NULL);
	fx_add_ok("suppliers", "code=S2", "name=乙", "licence_expiry=2027-06-30", NULL);
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("products", 1, "换证", 0, &err, "cert_expiry=2026-11-01", NULL), 0,
	             "%s", err.msg);
	cr_assert_eq(fx_edit("customers", 1, "换证", 0, &err, "licence_expiry=2026-12-27", NULL), 0,
	             "%s", err.msg);
	struct seen s = { 0 };
	/* within 60 days of 2026-11-27: up to 2027-01-26, the expired product too */
	cr_assert_eq(receiving_expiring(&fx.s, 60, count_q, &s, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 3);
	cr_expect_str_eq(s.text[0], "products P001 2026-11-01");
	cr_expect_str_eq(s.text[1], "customers C001 2026-12-27");
	cr_expect_str_eq(s.text[2], "suppliers S1 2027-01-20");
}

/* Stock at the end of a day: each move counts from its own day, a
 * receipt's received, a sale's sold, a return's closed (an open one from
 * its sale's day, as the stock of now counts it). Moves of P001, A1
 * expiring 2028-01-31, B1 2027-06-30 (so B1 is listed first):
 *   2026-01-01 opening A1 +3            A1  3
 *   2026-03-01 received A1 +10 (+2 rejected, left out)  13
 *   2026-04-10 sold A1 -4                              9
 *   2026-05-20 refund of it closed A1 +1              10
 *   2026-06-01 received A1 +5, B1 +8    A1 15  B1 8
 *   2026-07-15 sold A1 -6, B1 -3; an open refund of 1 of the A1 sale
 *              (no closed date: from the sale's day)   A1 10  B1 5
 *   2026-08-01 refund of 2 of the A1 sale closed       A1 12  B1 5
 *   2026-09-01 exchange of 1 of the B1 sale closed: B1 +1 back, A1 -1
 *              given out instead                       A1 11  B1 6 */
Test(stock, at_the_end_of_a_day)
{
	qualify();
	keep_stock();
	int64_t r0 = fx_add_ok("receipts", "date=2026-01-01", "kind=opening", NULL);
	int64_t r1 = fx_add_ok("receipts", "date=2026-03-01", "supplier=S1", NULL);
	int64_t r2 = fx_add_ok("receipts", "date=2026-06-01", "supplier=S1", NULL);
	char rid[32];
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r0);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=3", "batch=A1", "expiry=2028-01-31",
	          NULL);
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r1);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=10", "batch=A1", "expiry=2028-01-31",
	          NULL);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=2", "batch=A1", "conclusion=rejected",
	          "reject_reason=破损", NULL);
	snprintf(rid, sizeof rid, "receipt=%lld", (long long)r2);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=5", "batch=A1", "expiry=2028-01-31",
	          NULL);
	fx_add_ok("receipt_lines", rid, "product=P001", "qty=8", "batch=B1", "expiry=2027-06-30",
	          NULL);
	int64_t s1 = fx_add_ok("sales", "product=P001", "qty=4", "batch=A1", "sale_date=2026-04-10",
	                       "customer=C001", NULL);
	int64_t s2 = fx_add_ok("sales", "product=P001", "qty=6", "batch=A1", "sale_date=2026-07-15",
	                       "customer=C001", NULL);
	int64_t s3 = fx_add_ok("sales", "product=P001", "qty=3", "batch=B1", "sale_date=2026-07-15",
	                       "customer=C001", NULL);
	char sale[32];
	snprintf(sale, sizeof sale, "sale=%lld", (long long)s1);
	fx_add_ok("returns", sale, "qty=1", "reason=多发", "outcome=refund", "own_product=yes",
	          "closed_date=2026-05-20", NULL);
	snprintf(sale, sizeof sale, "sale=%lld", (long long)s2);
	fx_add_ok("returns", sale, "qty=2", "reason=多发", "outcome=refund", "own_product=yes",
	          "closed_date=2026-08-01", NULL);
	fx_add_ok("returns", sale, "qty=1", "reason=多发", "outcome=refund", NULL);
	snprintf(sale, sizeof sale, "sale=%lld", (long long)s3);
	fx_add_ok("returns", sale, "qty=1", "reason=换货", "outcome=exchange", "own_product=yes",
	          "replacement_batch=A1", "closed_date=2026-09-01", NULL);

	seen_at("2025-12-31", -1, NULL, 0);
	seen_at("2026-01-01", -1, (const char *[]){ "P001 A1 2028-01-31 3" }, 1);
	seen_at("2026-04-09", -1, (const char *[]){ "P001 A1 2028-01-31 13" }, 1);
	seen_at("2026-04-10", -1, (const char *[]){ "P001 A1 2028-01-31 9" }, 1);
	seen_at("2026-05-19", -1, (const char *[]){ "P001 A1 2028-01-31 9" }, 1);
	seen_at("2026-05-20", -1, (const char *[]){ "P001 A1 2028-01-31 10" }, 1);
	seen_at("2026-07-14", -1,
	        (const char *[]){ "P001 B1 2027-06-30 8", "P001 A1 2028-01-31 15" }, 2);
	seen_at("2026-07-15", -1,
	        (const char *[]){ "P001 B1 2027-06-30 5", "P001 A1 2028-01-31 10" }, 2);
	seen_at("2026-08-31", -1,
	        (const char *[]){ "P001 B1 2027-06-30 5", "P001 A1 2028-01-31 12" }, 2);
	const char *last[] = { "P001 B1 2027-06-30 6", "P001 A1 2028-01-31 11" };
	seen_at("2026-09-01", -1, last, 2);
	seen_at(NULL, -1, last, 2);
	/* expiring counts from the day asked about: from 2026-09-01, 215 days
	 * reach 2027-04-04, before B1's expiry; from today (2026-11-27) they
	 * reach 2027-06-30 (34 + 31 + 28 + 31 + 30 + 31 + 30 days), B1's own */
	seen_at("2026-09-01", 215, NULL, 0);
	seen_at(NULL, 215, last, 1);
	/* stock is known up to today: a day to come is refused, not answered
	 * with today's figures */
	struct seen s = { 0 };
	struct gerr err = { 0 };
	cr_assert_eq(receiving_stock(&fx.s, 0, -1, "2026-11-28", collect, &s, &err), GERR_INPUT);
	cr_assert_str_eq(err.msg, "2026-11-28 is in the future (today is 2026-11-27)");
	cr_assert_eq(s.n, 0);
}

/* stock_check off (the default): the office records no receipts, so its
 * figures would be its sales below zero; none are given, and the message
 * says why. */
Test(stock, not_kept_while_receipts_are_not_recorded)
{
	fx_add_ok("sales", "product=P001", "qty=4", "batch=Z1", "sale_date=2026-10-10",
	          "customer=C001", NULL);
	struct seen s = { 0 };
	struct gerr err = { 0 };
	int rc = receiving_stock(&fx.s, 0, -1, NULL, collect, &s, &err);
	fx_refused(rc, &err, GERR_INPUT, "stock_check",
	           "Stock is not kept: receipts are not recorded here (the setting stock_check is off;"
	           " turn it on once every delivery is entered as a receipt).");
	cr_expect_eq(s.n, 0, "no row");
	keep_stock();
	cr_assert_eq(receiving_stock(&fx.s, 0, -1, NULL, collect, &s, &err), 0, "%s", err.msg);
	cr_assert_eq(s.n, 1);
	cr_expect_str_eq(s.text[0], "P001 Z1 - -4", "on: the 4 sold without a receipt show");
}
