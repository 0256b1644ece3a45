/* A list search through a form's text index (db_list.c) gives exactly the
 * rows, in exactly the order, of the LIKE scan. The scan's budget is set
 * per test: LONG_MAX is the scan alone, 0 the index at once, the values
 * between hand over from one to the other somewhere.
 *
 * The lines (ids in the order added; list order is sale date, then id):
 *   1..30  P2 纱布敷料 to C2 天津康复诊所, batches F01..F30, 2026-01-01..30:
 *          none holds any term searched below
 *   31  batch xb24q                  2026-10-01
 *   32  batch L1, to C001 北京市第一人民医院  2026-09-01
 *   33  serial SN9%_1                2026-10-02
 *   34  serial SN9ab1                2026-10-02
 *   35  batch L2, remarks Äpfel geliefert    2026-10-03
 *   36  batch B24-9, voided          2026-10-04
 *   37  batch L3, remarks 送第一人民医院急诊   2026-08-15
 *   38  P001 (spec 5ml), batch b240  2026-10-05
 *   39  batch L4, spec B24型         2026-11-01
 *   40..99  as 1..30, batches G01..G60, 2026-10-01: after 31, before 38
 *   100 batch L5, remarks say "NEAR(x y)" OR *   2026-10-06
 * so the matches are rare and come after thirty lines that are not, with
 * sixty more between the first two (room for a scan to be cut there). */
#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "core/pager.h"
#include "fixture.h"
#include "db/db_list.h"

static const struct form *sales;

static void add_line(const char *date, const char *product, const char *customer,
                     const char *field, const char *value, const char *field2, const char *value2)
{
	char d[40], p[40], c[40], f[120], f2[120];
	snprintf(d, sizeof d, "sale_date=%s", date);
	snprintf(p, sizeof p, "product=%s", product);
	snprintf(c, sizeof c, "customer=%s", customer);
	snprintf(f, sizeof f, "%s=%s", field, value);
	if (field2)
		snprintf(f2, sizeof f2, "%s=%s", field2, value2);
	fx_add_ok("sales", d, p, c, "qty=1", f, field2 ? f2 : NULL, NULL);
}

static void setup(void)
{
	fx_setup();
	sales = form_find("sales");
	fx_add_ok("products", "code=P2", "name=纱布敷料", "spec=10cm", NULL);
	fx_add_ok("customers", "code=C2", "name=天津康复诊所", NULL);
	for (int i = 1; i <= 30; i++) {
		char date[24], batch[16];
		snprintf(date, sizeof date, "2026-01-%02d", i);
		snprintf(batch, sizeof batch, "F%02d", i);
		add_line(date, "P2", "C2", "batch", batch, NULL, NULL);
	}
	add_line("2026-10-01", "P2", "C2", "batch", "xb24q", NULL, NULL);
	add_line("2026-09-01", "P2", "C001", "batch", "L1", NULL, NULL);
	add_line("2026-10-02", "P2", "C2", "serial", "SN9%_1", NULL, NULL);
	add_line("2026-10-02", "P2", "C2", "serial", "SN9ab1", NULL, NULL);
	add_line("2026-10-03", "P2", "C2", "batch", "L2", "remarks", "Äpfel geliefert");
	add_line("2026-10-04", "P2", "C2", "batch", "B24-9", NULL, NULL);
	add_line("2026-08-15", "P2", "C2", "batch", "L3", "remarks", "送第一人民医院急诊");
	add_line("2026-10-05", "P001", "C2", "batch", "b240", NULL, NULL);
	add_line("2026-11-01", "P2", "C2", "batch", "L4", "spec", "B24型");
	for (int i = 1; i <= 60; i++) {
		char batch[16];
		snprintf(batch, sizeof batch, "G%02d", i);
		add_line("2026-10-01", "P2", "C2", "batch", batch, NULL, NULL);
	}
	add_line("2026-10-06", "P2", "C2", "batch", "L5", "remarks", "say \"NEAR(x y)\" OR *");
	struct gerr err = { 0 };
	cr_assert_eq(records_void(&fx.s, sales, 36, "wrong line", 0, &err), GERR_OK, "%s", err.msg);
}

static void teardown(void)
{
	fx_teardown();
}

TestSuite(search, .init = setup, .fini = teardown);

struct ids {
	int64_t id[64];
	int n;
};

static int collect(void *ud, const struct record *r)
{
	struct ids *ids = ud;
	if (ids->n < 64)
		ids->id[ids->n++] = r->id;
	return 0;
}

/* The list's order: sort field and direction. */
static const char *sort_by = "sale_date";
static bool sort_desc;

/* All matches of term in the list's order, with the given scan budget. */
static struct ids search(const char *term, long steps)
{
	db_set_scan_steps(fx.s.db, steps);
	struct list_query q = { .form = sales, .search = term,
	                        .sort = form_field(sales, sort_by), .descending = sort_desc };
	struct ids ids = { .n = 0 };
	struct gerr err = { 0 };
	cr_assert_eq(records_list(&fx.s, &q, collect, &ids, &err), GERR_OK, "%s", err.msg);
	return ids;
}

static void expect(const char *what, struct ids got, const int64_t *want, int n)
{
	cr_assert_eq(got.n, n, "%s: %d rows, expected %d", what, got.n, n);
	for (int i = 0; i < n; i++)
		cr_assert_eq(got.id[i], want[i], "%s: row %d is %lld, expected %lld", what, i,
		             (long long)got.id[i], (long long)want[i]);
}

/* Every budget gives want: the scan alone, the index alone, and budgets
 * of 1000 steps (one tick of the progress handler) up to 10000, which cut
 * the scan all along this table (some 40 steps a row, 4000 in all). */
static void expect_all_ways(const char *term, const int64_t *want, int n)
{
	char what[160];
	snprintf(what, sizeof what, "\"%s\" by the scan", term);
	expect(what, search(term, LONG_MAX), want, n);
	snprintf(what, sizeof what, "\"%s\" by the index", term);
	expect(what, search(term, 0), want, n);
	for (long steps = 1000; steps <= 10000; steps += 1000) {
		snprintf(what, sizeof what, "\"%s\" by %ld steps of scan, then the index", term, steps);
		expect(what, search(term, steps), want, n);
	}
}

/* 31 xb24q (10-01), 38 b240 (10-05), 39 spec B24型 (11-01): ASCII case
 * folded as LIKE does; 36 B24-9 is voided */
Test(search, ascii_case_and_voided)
{
	static const int64_t want[] = { 31, 38, 39 };
	expect_all_ways("B24", want, 3);
	expect_all_ways("b24", want, 3);
}

/* 37 by its remarks (08-15), 32 by its customer's name (09-01) */
Test(search, chinese_in_text_and_ref_name)
{
	static const int64_t want[] = { 37, 32 };
	expect_all_ways("第一人民医院", want, 2);
}

/* % and _ are the characters themselves: 33 SN9%_1 holds 9%_, 34 SN9ab1
 * would match it as a LIKE wildcard */
Test(search, percent_and_underscore_literal)
{
	static const int64_t want[] = { 33 };
	expect_all_ways("9%_", want, 1);
	expect_all_ways("%_1", want, 1);
	expect_all_ways("%", want, 1);
	expect_all_ways("_", want, 1);
}

/* Quotes and FTS5 query syntax in a term are characters like any other */
Test(search, fts_syntax_literal)
{
	static const int64_t want[] = { 100 };
	expect_all_ways("\"NEAR(x", want, 1);
	expect_all_ways("y)\" OR *", want, 1);
	expect_all_ways("OR *", want, 1);
	expect_all_ways("NEAR(x z)", NULL, 0);
}

/* LIKE folds ASCII only: "äpfel" does not find 35's Äpfel, though the
 * trigram index (folding Unicode) names the line as a candidate */
Test(search, non_ascii_case_as_like)
{
	static const int64_t want[] = { 35 };
	expect_all_ways("Äpfel", want, 1);
	expect_all_ways("pfel", want, 1);
	expect_all_ways("äpfel", NULL, 0);
	expect_all_ways("no such thing", NULL, 0);
}

/* Terms of one and two characters have no trigram: the scan alone, same
 * rows. B2: 31, 38, 39 as B24; 医: 37 (remarks), 32 (customer) */
Test(search, short_terms)
{
	static const int64_t b2[] = { 31, 38, 39 };
	static const int64_t yi[] = { 37, 32 };
	expect_all_ways("B2", b2, 3);
	expect_all_ways("医", yi, 2);
	expect_all_ways("第一", yi, 2);
}

/* Sorted by a ref (the customer's name, as the screen's sort key does):
 * 32 北京市第一人民医院 before 37 天津康复诊所 (北 U+5317 < 天 U+5929),
 * and after it descending */
Test(search, sorted_by_customer_either_way)
{
	static const int64_t up[] = { 32, 37 }, down[] = { 37, 32 };
	sort_by = "customer";
	expect_all_ways("第一人民医院", up, 2);
	sort_desc = true;
	expect_all_ways("第一人民医院", down, 2);
}

/* A ref's code: C001 is line 32's customer, P001 line 38's product */
Test(search, ref_codes)
{
	static const int64_t c001[] = { 32 };
	static const int64_t p001[] = { 38 };
	expect_all_ways("C001", c001, 1);
	expect_all_ways("P001", p001, 1);
}

/* The budget really hands over: with 31 and 39 taken out of the index
 * (not the table), the scan alone still finds 31, 38, 39 and the index
 * alone 38; a scan cut after giving 31 goes on via the index after 31
 * and so gives 31, 38 — seen for some budget, and every budget gives one
 * of the three. */
Test(search, scan_hands_over_after_its_last_row)
{
	cr_assert_eq(fx_sql_exec(fx.path,
	                         "INSERT INTO sales_search (sales_search, rowid, spec, batch, serial, remarks)"
	                         " SELECT 'delete', id, spec, batch, serial, remarks FROM sales"
	                         " WHERE id IN (31, 39)"), 0);
	static const int64_t scan[] = { 31, 38, 39 }, both[] = { 31, 38 }, index[] = { 38 };
	expect("scan", search("B24", LONG_MAX), scan, 3);
	expect("index", search("B24", 0), index, 1);
	bool handed = false;
	for (long steps = 1000; steps <= 10000; steps += 1000) {
		struct ids got = search("B24", steps);
		if (got.n == 2) {
			expect("handed over", got, both, 2);
			handed = true;
		} else if (got.n == 1) {
			expect("index at once", got, index, 1);
		} else {
			expect("scan to the end", got, scan, 3);
		}
	}
	cr_assert(handed, "no budget cut the scan after line 31");
}

/* The index follows edits: 39's spec B24型 becomes C7型, 34's serial
 * SN9ab1 becomes XY7788; a void leaves it alone */
Test(search, index_follows_edits)
{
	struct gerr err = { 0 };
	cr_assert_eq(fx_edit("sales", 39, "typo", 0, &err, "spec=C7型", NULL), GERR_OK, "%s", err.msg);
	cr_assert_eq(fx_edit("sales", 34, "typo", 0, &err, "serial=XY7788", NULL), GERR_OK, "%s", err.msg);
	static const int64_t b24[] = { 31, 38 }, xy[] = { 34 };
	expect("B24 after the edit", search("B24", 0), b24, 2);
	expect("XY77 after the edit", search("XY77", 0), xy, 1);
	expect("SN9ab after the edit", search("SN9ab", 0), NULL, 0);
	cr_assert_eq(records_void(&fx.s, sales, 34, "wrong line", 0, &err), GERR_OK, "%s", err.msg);
	expect("XY77 voided", search("XY77", 0), NULL, 0);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales_search"
	                                 " WHERE sales_search MATCH '\"XY77\"'"), 1);
}

/* The screen's window after a search, by the index: size 2 over 31, 38,
 * 39; PgDn moves one row, End shows the last two, PgUp goes back one */
Test(search, paging_after_a_search)
{
	long budgets[] = { 0, 3000, LONG_MAX };
	for (int k = 0; k < 3; k++) {
		db_set_scan_steps(fx.s.db, budgets[k]);
		struct list_query q = { .form = sales, .search = "B24",
		                        .sort = form_field(sales, "sale_date") };
		struct pager p;
		struct gerr err = { 0 };
		int moved = 0;
		pager_init(&p, &fx.s, &q, 2);
		cr_assert_eq(pager_first(&p, &err), GERR_OK, "%s", err.msg);
		cr_assert_eq(p.nrows, 2);
		cr_assert_eq(p.rows[0]->id, 31);
		cr_assert_eq(p.rows[1]->id, 38);
		cr_assert_not(p.at_end);
		cr_assert_eq(pager_scroll(&p, 2, &moved, &err), GERR_OK);
		cr_assert_eq(moved, 1);
		cr_assert_eq(p.rows[0]->id, 38);
		cr_assert_eq(p.rows[1]->id, 39);
		cr_assert(p.at_end);
		cr_assert_eq(pager_first(&p, &err), GERR_OK);
		cr_assert_eq(pager_last(&p, &err), GERR_OK);
		cr_assert_eq(p.rows[0]->id, 38);
		cr_assert_eq(p.rows[1]->id, 39);
		cr_assert_eq(pager_scroll(&p, -2, &moved, &err), GERR_OK);
		cr_assert_eq(moved, -1);
		cr_assert_eq(p.rows[0]->id, 31);
		cr_assert_eq(p.rows[1]->id, 38);
		cr_assert(p.at_start);
		pager_free(&p);
	}
}

/* The index holds exactly each indexed form's F_SEARCH text fields, in
 * order: a field added to the search without a migration would be missed */
Test(search, index_columns_are_the_forms_search_fields)
{
	int n;
	const struct form *const *forms = forms_all(&n);
	for (int i = 0; i < n; i++) {
		const struct form *f = forms[i];
		if (!f->text_index)
			continue;
		char want[512] = "", sql[256];
		for (int j = 0; j < f->nfields; j++)
			if (f->fields[j].type != FT_REF && (f->fields[j].flags & F_SEARCH)) {
				strcat(want, want[0] ? "," : "");
				strcat(want, f->fields[j].name);
			}
		snprintf(sql, sizeof sql, "SELECT group_concat(name, ',') FROM"
		         " (SELECT name FROM pragma_table_info('%s_search') ORDER BY cid)", f->name);
		fx_sql_text_is(sql, want);
	}
}

/* Migration 9 indexes the lines already there: the index and its
 * triggers taken away and the file marked as version 8, a line added
 * meanwhile (101, serial MIG777) is found by the index after reopening */
Test(search, migration_indexes_existing_lines)
{
	session_close(&fx.s);
	fx.open = false;
	/* back to schema 8: what migration 9 and those after it made goes */
	cr_assert_eq(fx_undo_to(fx.path, 8), 0);
	cr_assert_eq(fx_sql_exec(fx.path, "INSERT INTO sales (created_at, created_by, product, qty,"
	                                  " serial, sale_date, customer)"
	                                  " VALUES ('" FX_AT "', 'admin', 1, 1, 'MIG777', '2026-02-01', 1)"),
	             0);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sales_search%'"), 0);
	struct gerr err = { 0 };
	cr_assert_eq(session_open(&fx.s, fx.path, SESSION_EXISTING, &err), GERR_OK, "%s", err.msg);
	fx.open = true;
	fx_login(FX_ADMIN, FX_PASSWORD);
	static const int64_t mig[] = { 101 }, b24[] = { 31, 38, 39 };
	expect("MIG777 by the index", search("MIG777", 0), mig, 1);
	expect("B24 by the index", search("B24", 0), b24, 3);
}
