/* The due list's fast path (the live lines' expiry index, grouped in
 * SQL, the handled rows left out) against a plain reference: the same
 * rule written as a slow query over every line (NOT INDEXED), on a
 * drawn ledger, for several fixed days (the session's today set as the
 * tests' clock sets it); the implant lines short of their records too. Sale dates avoid 29 February, so SQLite's
 * '+1 year' is the rule's own year. */
#include "config.h"
#include "fixture.h"
#include "core/due.h"
#include "base/strbuf.h"

#include <criterion/criterion.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(due_ref, .init = fx_setup, .fini = fx_teardown, .timeout = 300);

static uint32_t draw(uint32_t *state, uint32_t n)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 8) % n;
}

/* Products 2..5: S1 sterile and re-sterilisable, IM a re-sterilisable
 * implant, M1 single-use, N1 an instrument. Each batch one expiry. */
static void ledger(void)
{
	fx_add_ok("products", "code=S1", "name=器械包", "sterile=yes", "resterilisable=yes", NULL);
	fx_add_ok("products", "code=IM", "name=接骨板", "implant=yes", "sterile=yes",
	          "resterilisable=yes", NULL);
	fx_add_ok("products", "code=M1", "name=口罩", "sterile=yes", "resterilisable=no", NULL);
	fx_add_ok("products", "code=N1", "name=监护仪", "sterile=no", NULL);
	fx_add_ok("customers", "code=C2", "name=乙医院", NULL);
	fx_add_ok("customers", "code=C3", "name=丙医院", NULL);
	static const char *const prods[] = { "S1", "IM", "M1", "N1" };
	static const char *const custs[] = { "C001", "C2", "C3" };
	uint32_t st = 20261127;
	struct ymd first = { 2024, 1, 1 };
	int64_t day0 = date_to_days(&first);
	for (int i = 0; i < 240; i++) {
		int p = (int)draw(&st, 4), b = (int)draw(&st, 6);
		/* batch b of any product expires 2026-05-01 + 50 b days */
		struct ymd exp0 = { 2026, 5, 1 };
		struct ymd exp = date_from_days(date_to_days(&exp0) + 50 * b);
		struct ymd sold = date_from_days(day0 + draw(&st, 800));
		if (sold.m == 2 && sold.d == 29)
			sold.d = 28;
		char a[6][64], e[11], s[11];
		date_format(&exp, e);
		date_format(&sold, s);
		snprintf(a[0], 64, "product=%s", prods[p]);
		const char *cust = custs[draw(&st, 3)];
		snprintf(a[1], 64, "customer=%s", cust);
		snprintf(a[2], 64, "qty=%u", p == 1 || p == 3 ? 1u : 1u + draw(&st, 20));
		if (p == 3)
			snprintf(a[3], 64, "serial=SN%d", i);
		else
			snprintf(a[3], 64, "batch=B%d", b);
		snprintf(a[4], 64, "sale_date=%s", s);
		snprintf(a[5], 64, "expiry=%s", e);
		int64_t id = fx_add_ok("sales", a[0], a[1], a[2], a[3], a[4], a[5], NULL);
		char sale[32], hospital[64];
		snprintf(sale, sizeof sale, "sale=%" PRId64, id);
		snprintf(hospital, sizeof hospital, "hospital=%s", cust);
		uint32_t im = p == 1 ? draw(&st, 3) : 3;
		if (im == 0)
			fx_add_ok("implants", sale, hospital, "patient=某", "use_date=2026-11-01", NULL);
		else if (im == 1) /* a record naming the batch, not the line */
			fx_add_ok("implants", "product=IM", a[3], hospital, "patient=某",
			          "use_date=2026-11-01", NULL);
		if (p != 1 && p != 3 && draw(&st, 8) == 0)
			fx_add_ok("returns", sale, "qty=1", "reason=破损", NULL);
	}
}

/* "key|units|due" of each group the reference finds, in key order. */
static char *reference(bool resterilise, const char *from, const char *to)
{
	char sql[3000];
	snprintf(sql, sizeof sql,
	         "SELECT ifnull(group_concat(line, ' '), '') FROM (SELECT k || '|' || units || '|' || due"
	         " AS line FROM (SELECT g.customer || '/' || g.product || '/' || g.number AS k,"
	         "  g.sold - (SELECT ifnull(sum(r.qty), 0) FROM returns r NOT INDEXED"
	         "   WHERE r.voided = 0 AND r.outcome IS NOT 'rejected' AND r.sale IN"
	         "   (SELECT x.id FROM sales x NOT INDEXED WHERE x.voided = 0"
	         "    AND x.customer = g.customer AND x.product = g.product"
	         "    AND coalesce(x.batch, x.serial) = g.number AND x.expiry BETWEEN '%s' AND '%s'"
	         "    AND date(x.sale_date, '+1 year') <= '%s'))"
	         "  - (SELECT count(*) FROM implants i NOT INDEXED WHERE i.voided = 0"
	         "   AND i.product = g.product AND i.hospital = g.customer"
	         "   AND coalesce(i.batch, i.serial) = g.number) AS units,"
	         "  %s AS due"
	         " FROM (SELECT s.customer, s.product, coalesce(s.batch, s.serial) AS number,"
	         "  sum(s.qty) AS sold, max(s.expiry) AS expiry, max(s.sale_date) AS last"
	         "  FROM sales s NOT INDEXED JOIN products p ON p.id = s.product"
	         "  WHERE s.voided = 0 AND s.expiry BETWEEN '%s' AND '%s'"
	         "  AND date(s.sale_date, '+1 year') <= '%s' AND %s"
	         "  GROUP BY 1, 2, 3) g) WHERE units > 0 AND due <= '%s' ORDER BY k)",
	         from, to, resterilise ? to : "9999-12-31",
	         resterilise ? "max(g.expiry, date(g.last, '+1 year'))" : "g.expiry", from, to,
	         resterilise ? to : "9999-12-31",
	         resterilise ? "p.sterile = 1 AND p.resterilisable = 1"
	                     : "(p.resterilisable = 1 OR (s.serial IS NOT NULL AND p.implant IS NOT 1))",
	         to);
	return fx_sql_text(fx.path, sql);
}

/* "id|units missing" of each implant line sold on or before sold_by
 * short of its records: those naming the line, or naming none but its
 * serial or batch at its hospital. */
static char *implant_reference(const char *sold_by)
{
	char sql[1500];
	snprintf(sql, sizeof sql,
	         "SELECT ifnull(group_concat(line, ' '), '') FROM (SELECT s.id || '|' ||"
	         " (s.qty - (SELECT count(*) FROM implants i NOT INDEXED WHERE i.voided = 0"
	         "  AND (i.sale = s.id OR (i.sale IS NULL AND i.product = s.product"
	         "  AND i.hospital = s.customer AND (i.serial = s.serial OR i.batch = s.batch)))))"
	         " AS line, s.id FROM sales s NOT INDEXED JOIN products p ON p.id = s.product"
	         " WHERE p.implant = 1 AND s.voided = 0 AND s.sale_date <= '%s'"
	         " ORDER BY s.id) WHERE line NOT LIKE '%%|0' AND line NOT LIKE '%%|-%%'",
	         sold_by);
	return fx_sql_text(fx.path, sql);
}

/* The fast path's implant rows: "key|missing" (the facts), by line. */
static char *implant_fast(int days)
{
	struct due_list l;
	struct gerr err = { 0 };
	struct due_query q = { .days = days, .window = 90, .kind = "implant" };
	cr_assert_eq(due_collect(&fx.s, &q, &l, &err), 0, "%s", err.msg);
	for (int i = 1; i < l.n; i++)
		for (int j = i; j > 0 && strtol(l.rows[j - 1].key, NULL, 10) >
		                         strtol(l.rows[j].key, NULL, 10); j--) {
			struct due_row t = l.rows[j];
			l.rows[j] = l.rows[j - 1];
			l.rows[j - 1] = t;
		}
	struct strbuf b = STRBUF_INIT;
	for (int i = 0; i < l.n; i++)
		sb_addf(&b, "%s%s|%s", i ? " " : "", l.rows[i].key, l.rows[i].facts);
	due_list_free(&l);
	return sb_steal(&b);
}

/* The same of the fast path's rows of kind. */
static char *fast(const char *kind, int days, int window)
{
	struct due_list l;
	struct gerr err = { 0 };
	struct due_query q = { .days = days, .window = window, .kind = kind };
	cr_assert_eq(due_collect(&fx.s, &q, &l, &err), 0, "%s", err.msg);
	/* in key order, as the reference */
	for (int i = 1; i < l.n; i++)
		for (int j = i; j > 0 && strcmp(l.rows[j - 1].key, l.rows[j].key) > 0; j--) {
			struct due_row t = l.rows[j];
			l.rows[j] = l.rows[j - 1];
			l.rows[j - 1] = t;
		}
	struct strbuf b = STRBUF_INIT;
	for (int i = 0; i < l.n; i++) {
		const char *x = strstr(l.rows[i].what, "×");
		cr_assert_not_null(x, "%s", l.rows[i].what);
		sb_addf(&b, "%s%s|%ld|%s", i ? " " : "", l.rows[i].key, strtol(x + strlen("×"), NULL, 10),
		        l.rows[i].due);
	}
	due_list_free(&l);
	return sb_steal(&b);
}

static void set_today(const char *iso)
{
	cr_assert_eq(date_parse(iso, &fx.s.now.date), DATE_OK);
	snprintf(fx.s.today, sizeof fx.s.today, "%s", iso);
}

Test(due_ref, the_fast_path_finds_what_a_full_scan_finds)
{
	ledger();
	static const struct { const char *today; int days, window; } cases[] = {
		{ "2026-11-27", 30, 90 }, { "2026-06-15", 30, 90 }, { "2026-09-01", 60, 30 },
		{ "2027-01-10", 0, 365 }, { "2026-05-01", 365, 0 },
	};
	int nonempty = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		set_today(cases[i].today);
		struct ymd t = fx.s.now.date;
		struct ymd h = date_from_days(date_to_days(&t) + cases[i].days);
		struct ymd f = date_from_days(date_to_days(&t) - cases[i].window);
		char today[11], horizon[11], from[11];
		date_format(&t, today);
		date_format(&h, horizon);
		date_format(&f, from);
		char *want = reference(true, from, horizon), *got = fast("resterilise", cases[i].days,
		                                                         cases[i].window);
		cr_assert_str_eq(got, want, "re-sterilisation on %s", today);
		nonempty += *want != '\0';
		free(want);
		free(got);
		struct ymd sb = date_from_days(date_to_days(&h) - 90);
		char sold_by[11];
		date_format(&sb, sold_by);
		want = implant_reference(sold_by);
		got = implant_fast(cases[i].days);
		cr_assert_str_eq(got, want, "implant lines on %s", today);
		nonempty += *want != '\0';
		free(want);
		free(got);
		want = reference(false, today, horizon);
		got = fast("expiring", cases[i].days, cases[i].window);
		cr_assert_str_eq(got, want, "expiring on %s", today);
		nonempty += *want != '\0';
		free(want);
		free(got);
	}
	cr_assert_geq(nonempty, 9, "the cases find rows");
}
