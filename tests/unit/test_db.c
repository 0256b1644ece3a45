/* The storage layer (db/db.h): opening, refusing foreign files untouched,
 * upgrading older schemas, the no-delete triggers and keyset lists. The
 * tests read the file back through their own SQLite connection. */
#include "config.h"
#include "fixture.h"
#include "core/records.h"
#include "db/db_internal.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_list.h"
#include "db/db_record.h"

#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

TestSuite(db, .init = fx_dir_setup, .fini = fx_dir_teardown);

#define AT FX_AT

static struct db *open_ok(const char *path, enum db_open_mode mode)
{
	struct db *db = NULL;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(db_open(path, mode, &db, &err), GERR_OK, "db_open %s: %s", path, err.msg);
	cr_assert_not_null(db);
	return db;
}

/* db_open must refuse path with GERR_DB and leave its bytes as they were. */
static void refused_untouched(const char *path, enum db_open_mode mode, const char *words)
{
	size_t before_len = 0, after_len = 0;
	char *before = fx_read(path, &before_len);
	cr_assert_not_null(before);
	struct db *db = (struct db *)1;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(db_open(path, mode, &db, &err), GERR_DB, "%s was opened", path);
	cr_assert_null(db);
	cr_assert_not_null(strstr(err.msg, words), "message \"%s\" lacks \"%s\"", err.msg, words);
	char *after = fx_read(path, &after_len);
	cr_assert_not_null(after);
	cr_assert_eq(after_len, before_len, "%s changed size", path);
	cr_assert_eq(memcmp(before, after, before_len), 0, "%s changed", path);
	static const char *const sidecars[] = { "-wal", "-shm", "-journal" };
	for (int i = 0; i < 3; i++) {
		char side[700];
		snprintf(side, sizeof side, "%s%s", path, sidecars[i]);
		cr_assert_not(fx_exists(side), "%s was left behind", side);
	}
	free(before);
	free(after);
}

Test(db, create_new_file_gives_latest_schema)
{
	char path[700];
	fx_file(path, sizeof path, "office/data/office.db");   /* folders do not exist yet */
	mode_t old = umask(0);     /* 0600 must come from gspdesk, not from the umask */
	struct db *db = open_ok(path, DB_OPEN_CREATE);
	umask(old);
	cr_assert_geq(db_latest_version(), 1);
	cr_assert_eq(db_schema_version(db), db_latest_version());
	struct stat sb;
	cr_assert_eq(stat(path, &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0600, "mode %o", (unsigned)(sb.st_mode & 07777));
	char dir[700];
	fx_file(dir, sizeof dir, "office/data");
	cr_assert_eq(stat(dir, &sb), 0);
	cr_assert_eq(sb.st_mode & 07777, 0700, "folder mode %o", (unsigned)(sb.st_mode & 07777));
	db_close(db);
	cr_assert_eq(fx_sql_int(path, "PRAGMA user_version"), db_latest_version());
	cr_assert_eq(fx_sql_int(path, "PRAGMA application_id"), 0x47535044); /* "GSPD" */
	char *jm = fx_sql_text(path, "PRAGMA journal_mode");
	cr_assert_str_eq(jm, "wal");   /* WAL is kept in the file itself */
	free(jm);
}

Test(db, foreign_keys_are_on)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	/* foreign_keys is per connection: ask gspdesk's own */
	sqlite3_stmt *st;
	cr_assert_eq(sqlite3_prepare_v2(db->h, "PRAGMA foreign_keys", -1, &st, NULL), SQLITE_OK);
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
	cr_assert_eq(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	/* and it bites: a sale naming product 999, which does not exist */
	const struct form *sales = form_find("sales");
	struct record *r = record_new(sales);
	struct assign a[] = { { "qty", "1" }, { "batch", "B1" }, { "sale_date", "2026-01-02" } };
	struct gerr err;
	cr_assert_eq(records_apply(r, a, 3, &err), GERR_OK, "%s", err.msg);
	value_set_num(record_value(r, "product"), 999);
	value_set_num(record_value(r, "customer"), 999);
	cr_assert_eq(db_record_insert(db, r, "tester", AT, &err), GERR_DB);
	record_free(r);
	db_close(db);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM sales"), 0);
}

Test(db, create_on_empty_existing_file)
{
	fx_write(fx.path, "", 0);
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	cr_assert_eq(db_schema_version(db), db_latest_version());
	db_close(db);
}

Test(db, existing_mode_refuses_empty_file)
{
	fx_write(fx.path, "", 0);
	refused_untouched(fx.path, DB_OPEN_EXISTING, "is empty");
}

Test(db, text_file_refused_untouched)
{
	static const char csv[] = "产品,数量\n注射器,3\n输液器,10\n这不是数据库,也不应被改写\n";
	fx_write(fx.path, csv, sizeof csv - 1);
	refused_untouched(fx.path, DB_OPEN_CREATE, "is not a gspdesk database");
	refused_untouched(fx.path, DB_OPEN_EXISTING, "is not a gspdesk database");
	fx_write(fx.path, "hi", 2);   /* shorter than SQLite's 16-byte header */
	refused_untouched(fx.path, DB_OPEN_CREATE, "is not a gspdesk database");
}

Test(db, damaged_database_refused_untouched)
{
	/* a gspdesk file cut after its first page, as an interrupted copy leaves it */
	db_close(open_ok(fx.path, DB_OPEN_CREATE));
	cr_assert_eq(truncate(fx.path, 4096), 0);
	refused_untouched(fx.path, DB_OPEN_EXISTING, "damaged");
	cr_assert_eq(truncate(fx.path, 100), 0);   /* the header alone */
	refused_untouched(fx.path, DB_OPEN_CREATE, "damaged");
}

Test(db, other_application_sqlite_refused_untouched)
{
	sqlite3 *h;
	cr_assert_eq(sqlite3_open(fx.path, &h), SQLITE_OK);
	cr_assert_eq(sqlite3_exec(h, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');",
	                          NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	cr_assert_eq(fx_sql_int(fx.path, "PRAGMA application_id"), 0);
	refused_untouched(fx.path, DB_OPEN_CREATE, "is not a gspdesk database");
	refused_untouched(fx.path, DB_OPEN_EXISTING, "is not a gspdesk database");
}

Test(db, newer_schema_refused_untouched)
{
	db_close(open_ok(fx.path, DB_OPEN_CREATE));
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", db_latest_version() + 1);
	cr_assert_eq(fx_sql_exec(fx.path, sql), SQLITE_OK);
	refused_untouched(fx.path, DB_OPEN_EXISTING, "newer gspdesk");
	refused_untouched(fx.path, DB_OPEN_CREATE, "newer gspdesk");
	cr_assert_eq(fx_sql_int(fx.path, "PRAGMA user_version"), db_latest_version() + 1);
}

Test(db, existing_mode_on_missing_path_creates_nothing)
{
	char dir[700], path[700];
	fx_file(dir, sizeof dir, "nowhere");
	fx_file(path, sizeof path, "nowhere/office.db");
	struct db *db = (struct db *)1;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(db_open(path, DB_OPEN_EXISTING, &db, &err), GERR_DB);
	cr_assert_null(db);
	cr_assert_not_null(strstr(err.msg, "There is no database"), "%s", err.msg);
	cr_assert_not(fx_exists(path));
	cr_assert_not(fx_exists(dir));
	gerr_clear(&err);
	cr_assert_eq(db_open(fx.path, DB_OPEN_EXISTING, &db, &err), GERR_DB);
	cr_assert_not(fx_exists(fx.path));
}

Test(db, directory_refused)
{
	struct db *db = NULL;
	struct gerr err;
	cr_assert_eq(db_open(fx.dir, DB_OPEN_CREATE, &db, &err), GERR_DB);
	cr_assert_null(db);
}

Test(db, migration_from_each_earlier_version)
{
	int latest = db_latest_version();
	cr_assert_eq(latest, db_migration_count);
	for (int k = 0; k < latest; k++) {
		char path[700], name[32];
		snprintf(name, sizeof name, "v%d.db", k);
		fx_file(path, sizeof path, name);
		sqlite3 *h;
		cr_assert_eq(sqlite3_open(path, &h), SQLITE_OK);
		db_migration_functions(h);
		for (int v = 0; v < k; v++)
			cr_assert_eq(sqlite3_exec(h, db_migrations[v], NULL, NULL, NULL), SQLITE_OK,
			             "migration %d: %s", v + 1, sqlite3_errmsg(h));
		char sql[128];
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d; PRAGMA user_version = %d",
		         GSPDESK_APPLICATION_ID, k);
		cr_assert_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
		if (k >= 1)   /* version 1 has settings: data from then must survive */
			cr_assert_eq(sqlite3_exec(h, "INSERT INTO settings VALUES ('company', '旧公司')",
			                          NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(h);

		struct db *db = open_ok(path, DB_OPEN_EXISTING);
		cr_assert_eq(db_schema_version(db), latest, "from version %d", k);
		db_close(db);
		cr_assert_eq(fx_sql_int(path, "PRAGMA user_version"), latest);
		cr_assert_eq(fx_sql_int(path, "PRAGMA application_id"), GSPDESK_APPLICATION_ID);
		int n;
		const struct form *const *forms = forms_all(&n);
		for (int i = 0; i < n; i++) {
			snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
			         " AND name = '%s'", forms[i]->name);
			cr_assert_eq(fx_sql_int(path, sql), 1, "no table %s after upgrading from %d",
			             forms[i]->name, k);
		}
		if (k >= 1) {
			char *v = fx_sql_text(path, "SELECT value FROM settings WHERE key = 'company'");
			cr_assert_str_eq(v, "旧公司");
			free(v);
		}
	}
}

/* ---- triggers ---- */

Test(db, delete_refused_by_triggers)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	int64_t p = fx_insert_product(db, "P1", "注射器", "II", "no");
	int64_t c = fx_insert_customer(db, "C1", "第一医院");
	fx_insert_sale(db, p, c, "2026-01-02");
	db_close(db);
	static const char *const tables[] = { "sales", "products", "customers" };
	for (int i = 0; i < 3; i++) {
		char sql[96];
		snprintf(sql, sizeof sql, "DELETE FROM %s", tables[i]);
		cr_assert_eq(fx_sql_exec(fx.path, sql), SQLITE_CONSTRAINT, "%s was deleted", tables[i]);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
		cr_assert_eq(fx_sql_int(fx.path, sql), 1);
	}
}

Test(db, audit_is_append_only)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	struct audit_change c = { "qty", (char *)"10", (char *)"12" };
	struct gerr err;
	cr_assert_eq(db_audit_add(db, "tester", "sales", 1, "edit", &c, 1, "typo", &err), GERR_OK,
	             "%s", err.msg);
	db_close(db);
	cr_assert_eq(fx_sql_exec(fx.path, "UPDATE audit SET reason = 'rewritten'"), SQLITE_CONSTRAINT);
	cr_assert_eq(fx_sql_exec(fx.path, "DELETE FROM audit"), SQLITE_CONSTRAINT);
	cr_assert_eq(fx_sql_int(fx.path, "SELECT count(*) FROM audit WHERE form = 'sales'"), 1);
	char *reason = fx_sql_text(fx.path, "SELECT reason FROM audit WHERE form = 'sales'");
	cr_assert_str_eq(reason, "typo");
	free(reason);
	char *changes = fx_sql_text(fx.path, "SELECT changes FROM audit WHERE form = 'sales'");
	cr_assert_str_eq(changes, "{\"qty\":[\"10\",\"12\"]}");
	free(changes);
}

/* ---- lists ---- */

struct pages {
	const struct list_query *q;
	int64_t ids[64];
	int n;
	struct list_key key;
};

static int page_row(void *ud, const struct record *r)
{
	struct pages *p = ud;
	cr_assert_lt(p->n, 64);
	p->ids[p->n++] = r->id;
	db_list_key(p->q, r, &p->key);
	return 0;
}

/* Fetches the whole list page by page; returns the number of pages that
 * had rows. Each page holds at most q->limit rows. */
static int page_through(struct db *db, struct list_query *q, struct pages *p)
{
	memset(p, 0, sizeof *p);
	p->q = q;
	p->key.sortval.null = true;
	q->after = NULL;
	int pages = 0;
	for (;;) {
		int before = p->n;
		struct gerr err;
		cr_assert_eq(db_list(db, q, page_row, p, &err), GERR_OK, "%s", err.msg);
		int got = p->n - before;
		cr_assert_leq(got, q->limit);
		if (got == 0)
			break;
		pages++;
		q->after = &p->key;
		cr_assert_lt(pages, 100, "paging does not end");
	}
	value_clear(&p->key.sortval);
	return pages;
}

static void ids_are(const struct pages *p, const int64_t *expect, int n)
{
	cr_assert_eq(p->n, n, "got %d rows, expected %d", p->n, n);
	for (int i = 0; i < n; i++)
		cr_assert_eq(p->ids[i], expect[i], "row %d is id %lld, expected %lld", i,
		             (long long)p->ids[i], (long long)expect[i]);
}

/* 25 products, ids 1..25: class cycles NULL, I, II, III by id mod 4,
 * implant NULL, no, yes by id mod 3. */
static struct db *twenty_five(void)
{
	static const char *const cls[] = { "", "I", "II", "III" };
	static const char *const imp[] = { "", "no", "yes" };
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	struct gerr err;
	cr_assert_eq(db_begin(db, &err), GERR_OK);
	for (int i = 1; i <= 25; i++) {
		char code[16], name[32];
		snprintf(code, sizeof code, "P%02d", i);
		snprintf(name, sizeof name, "产品%02d", 26 - i);
		cr_assert_eq(fx_insert_product(db, code, name, cls[i % 4], imp[i % 3]), i);
	}
	cr_assert_eq(db_commit(db, &err), GERR_OK);
	return db;
}

static int statement_traced(unsigned type, void *ud, void *stmt, void *sql)
{
	(void)type;
	(void)stmt;
	int *counts = ud;
	if (strcasestr(sql, "OFFSET"))
		counts[0]++;
	if (strcasestr(sql, "LIMIT"))
		counts[1]++;
	return 0;
}

Test(db, list_pages_by_key_without_offset)
{
	struct db *db = twenty_five();
	int counts[2] = { 0, 0 };
	sqlite3_trace_v2(db->h, SQLITE_TRACE_STMT, statement_traced, counts);
	struct list_query q = { .form = form_find("products"), .limit = 10 };
	struct pages p;
	cr_assert_eq(page_through(db, &q, &p), 3);   /* 10 + 10 + 5 */
	int64_t expect[25];
	for (int i = 0; i < 25; i++)
		expect[i] = i + 1;
	ids_are(&p, expect, 25);
	sqlite3_trace_v2(db->h, 0, NULL, NULL);
	cr_assert_eq(counts[0], 0, "a list used OFFSET");
	cr_assert_eq(counts[1], 4, "each of the 4 queries should carry LIMIT");
	db_close(db);
}

Test(db, list_pages_sorted_with_ties_and_nulls)
{
	struct db *db = twenty_five();
	/* class ascending, NULL first ('' < 'I' < 'II' < 'III'), ties by id */
	static const int64_t expect[25] = { 4, 8, 12, 16, 20, 24, 1, 5, 9, 13, 17, 21, 25,
	                                    2, 6, 10, 14, 18, 22, 3, 7, 11, 15, 19, 23 };
	const struct form *products = form_find("products");
	for (int limit = 1; limit <= 12; limit++) {
		struct list_query q = { .form = products, .sort = form_field(products, "class"),
		                        .limit = limit };
		struct pages p;
		int pages = page_through(db, &q, &p);
		cr_assert_eq(pages, (25 + limit - 1) / limit, "limit %d", limit);
		ids_are(&p, expect, 25);
	}
	db_close(db);
}

Test(db, list_pages_descending)
{
	struct db *db = twenty_five();
	static const int64_t expect[25] = { 23, 19, 15, 11, 7, 3, 22, 18, 14, 10, 6, 2,
	                                    25, 21, 17, 13, 9, 5, 1, 24, 20, 16, 12, 8, 4 };
	const struct form *products = form_find("products");
	struct list_query q = { .form = products, .sort = form_field(products, "class"),
	                        .descending = true, .limit = 10 };
	struct pages p;
	cr_assert_eq(page_through(db, &q, &p), 3);
	ids_are(&p, expect, 25);
	db_close(db);
}

Test(db, list_pages_numeric_sort_with_nulls)
{
	struct db *db = twenty_five();
	/* implant: NULL (ids 3, 6, ..), then no = 0 (1, 4, ..), then yes = 1 (2, 5, ..) */
	static const int64_t expect[25] = { 3, 6, 9, 12, 15, 18, 21, 24, 1, 4, 7, 10, 13,
	                                    16, 19, 22, 25, 2, 5, 8, 11, 14, 17, 20, 23 };
	const struct form *products = form_find("products");
	struct list_query q = { .form = products, .sort = form_field(products, "implant"),
	                        .limit = 4 };
	struct pages p;
	cr_assert_eq(page_through(db, &q, &p), 7);   /* 6 × 4 + 1 */
	ids_are(&p, expect, 25);
	db_close(db);
}

Test(db, list_pages_by_name)
{
	struct db *db = twenty_five();
	/* names run 产品25 (id 1) down to 产品01 (id 25): by name is id 25 .. 1 */
	int64_t expect[25];
	for (int i = 0; i < 25; i++)
		expect[i] = 25 - i;
	const struct form *products = form_find("products");
	struct list_query q = { .form = products, .sort = form_field(products, "name"), .limit = 10 };
	struct pages p;
	cr_assert_eq(page_through(db, &q, &p), 3);
	ids_are(&p, expect, 25);
	db_close(db);
}

Test(db, list_pages_by_ref_name_and_nullable_date)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	int64_t p = fx_insert_product(db, "P1", "注射器", "II", "no");
	int64_t c1 = fx_insert_customer(db, "C1", "北京市第一人民医院");
	int64_t c2 = fx_insert_customer(db, "C2", "上海仁济医院");
	/* ids 1..6 alternate c1, c2; expiry NULL, 2027-01-01, NULL, 2026-12-31, 2027-01-01, NULL */
	static const char *const expiry[] = { "", "2027-01-01", "", "2026-12-31", "2027-01-01", "" };
	for (int i = 0; i < 6; i++)
		cr_assert_eq(fx_insert_sale_expiring(db, p, i % 2 ? c2 : c1, expiry[i]), i + 1);
	const struct form *sales = form_find("sales");
	/* by the buyer's name: 上 (U+4E0A) sorts before 北 (U+5317), so c2's rows first */
	struct list_query q = { .form = sales, .sort = form_field(sales, "customer"), .limit = 4 };
	struct pages pg;
	cr_assert_eq(page_through(db, &q, &pg), 2);
	ids_are(&pg, (const int64_t[]){ 2, 4, 6, 1, 3, 5 }, 6);
	/* by expiry: the empty ones first, then 2026-12-31, then 2027-01-01 */
	struct list_query q2 = { .form = sales, .sort = form_field(sales, "expiry"), .limit = 2 };
	cr_assert_eq(page_through(db, &q2, &pg), 3);
	ids_are(&pg, (const int64_t[]){ 1, 3, 6, 4, 2, 5 }, 6);
	q2.descending = true;
	cr_assert_eq(page_through(db, &q2, &pg), 3);
	ids_are(&pg, (const int64_t[]){ 5, 2, 4, 6, 3, 1 }, 6);
	db_close(db);
}

static int count_row(void *ud, const struct record *r)
{
	struct pages *p = ud;
	cr_assert_lt(p->n, 64);
	p->ids[p->n++] = r->id;
	return 0;
}

static void search_finds(struct db *db, const struct form *form, const char *term,
                         const int64_t *expect, int n)
{
	struct list_query q = { .form = form, .search = term };
	struct pages p;
	memset(&p, 0, sizeof p);
	struct gerr err;
	cr_assert_eq(db_list(db, &q, count_row, &p, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(p.n, n, "search \"%s\" found %d rows, expected %d", term, p.n, n);
	for (int i = 0; i < n; i++)
		cr_assert_eq(p.ids[i], expect[i], "search \"%s\" row %d", term, i);
	int64_t count = -1;
	cr_assert_eq(db_list_count(db, &q, &count, &err), GERR_OK);
	cr_assert_eq(count, n, "count of \"%s\"", term);
}

Test(db, search_takes_percent_and_underscore_literally)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	fx_insert_product(db, "S1", "葡萄糖注射液 50%", "II", "no");
	fx_insert_product(db, "S2", "葡萄糖注射液 500ml", "II", "no");
	fx_insert_product(db, "S3", "氯化钠 5_0 型", "II", "no");
	fx_insert_product(db, "S4", "氯化钠 510 型", "II", "no");
	fx_insert_product(db, "S5", "目录 a\\b", "II", "no");
	const struct form *products = form_find("products");
	/* as LIKE wildcards "50%" would also match 500ml, "5_0" 500ml and 510 */
	search_finds(db, products, "50%", (const int64_t[]){ 1 }, 1);
	search_finds(db, products, "%", (const int64_t[]){ 1 }, 1);
	search_finds(db, products, "5_0", (const int64_t[]){ 3 }, 1);
	search_finds(db, products, "_", (const int64_t[]){ 3 }, 1);
	search_finds(db, products, "\\", (const int64_t[]){ 5 }, 1);
	search_finds(db, products, "葡萄糖", (const int64_t[]){ 1, 2 }, 2);
	search_finds(db, products, "s4", (const int64_t[]){ 4 }, 1);   /* the code, any case */
	search_finds(db, products, "无此产品", NULL, 0);
	db_close(db);
}

Test(db, since_until_and_ref_search)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	int64_t p = fx_insert_product(db, "P1", "注射器", "II", "no");
	int64_t c1 = fx_insert_customer(db, "C1", "北京市第一人民医院");
	int64_t c2 = fx_insert_customer(db, "C2", "上海仁济医院");
	fx_insert_sale(db, p, c1, "2025-01-31");   /* id 1 */
	fx_insert_sale(db, p, c2, "2025-02-01");   /* id 2 */
	fx_insert_sale(db, p, c1, "2025-02-28");   /* id 3 */
	fx_insert_sale(db, p, c2, "2025-03-01");   /* id 4 */
	const struct form *sales = form_find("sales");
	struct {
		const char *since, *until;
		int64_t ids[4];
		int n;
	} cases[] = {
		{ "2025-02-01", "2025-02-28", { 2, 3 }, 2 },   /* both ends inclusive */
		{ "2025-02-01", NULL, { 2, 3, 4 }, 3 },
		{ NULL, "2025-02-01", { 1, 2 }, 2 },
		{ "2025-03-02", NULL, { 0 }, 0 },
		{ "2025-01-31", "2025-01-31", { 1 }, 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct list_query q = { .form = sales, .since = cases[i].since, .until = cases[i].until };
		struct pages pg;
		memset(&pg, 0, sizeof pg);
		struct gerr err;
		cr_assert_eq(db_list(db, &q, count_row, &pg, &err), GERR_OK, "%s", err.msg);
		cr_assert_eq(pg.n, cases[i].n, "case %zu: %d rows", i, pg.n);
		for (int k = 0; k < pg.n; k++)
			cr_assert_eq(pg.ids[k], cases[i].ids[k], "case %zu row %d", i, k);
	}
	/* the search reaches the buyer's name through the ref */
	search_finds(db, sales, "仁济", (const int64_t[]){ 2, 4 }, 2);
	search_finds(db, sales, "C1", (const int64_t[]){ 1, 3 }, 2);
	db_close(db);
}

Test(db, voided_rows_listed_only_when_asked)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	fx_insert_product(db, "P1", "甲", "I", "no");
	int64_t id2 = fx_insert_product(db, "P2", "乙", "I", "no");
	fx_insert_product(db, "P3", "丙", "I", "no");
	const struct form *products = form_find("products");
	struct record *r = NULL;
	struct gerr err;
	cr_assert_eq(db_record_get(db, products, id2, &r, &err), GERR_OK);
	cr_assert_eq(db_record_void(db, r, "录入错误", "tester", AT, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(r->version, 2);
	record_free(r);
	struct list_query q = { .form = products };
	struct pages p;
	memset(&p, 0, sizeof p);
	cr_assert_eq(db_list(db, &q, count_row, &p, &err), GERR_OK);
	ids_are(&p, (const int64_t[]){ 1, 3 }, 2);
	q.include_voided = true;
	memset(&p, 0, sizeof p);
	cr_assert_eq(db_list(db, &q, count_row, &p, &err), GERR_OK);
	ids_are(&p, (const int64_t[]){ 1, 2, 3 }, 3);
	int64_t n = 0;
	cr_assert_eq(db_list_count(db, &q, &n, &err), GERR_OK);
	cr_assert_eq(n, 3);
	db_close(db);
}

Test(db, update_with_stale_version_refused)
{
	struct db *db = open_ok(fx.path, DB_OPEN_CREATE);
	int64_t id = fx_insert_product(db, "P1", "注射器", "II", "no");
	const struct form *products = form_find("products");
	struct record *a = NULL, *b = NULL;
	struct gerr err;
	cr_assert_eq(db_record_get(db, products, id, &a, &err), GERR_OK);
	cr_assert_eq(db_record_get(db, products, id, &b, &err), GERR_OK);
	value_set_text(record_value(a, "name"), "注射器 A");
	cr_assert_eq(db_record_update(db, a, "tester", AT, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(a->version, 2);
	value_set_text(record_value(b, "name"), "注射器 B");   /* b still has version 1 */
	gerr_clear(&err);
	cr_assert_eq(db_record_update(db, b, "tester", AT, &err), GERR_INPUT);
	cr_assert_str_eq(err.field, "version");
	record_free(a);
	record_free(b);
	db_close(db);
	char *name = fx_sql_text(fx.path, "SELECT name FROM products WHERE id = 1");
	cr_assert_str_eq(name, "注射器 A");
	free(name);
}

/* The statement cache (db_prepare) with room for two: a statement being
 * stepped is neither evicted nor handed out again. */
static const char *const count_to_5 =
	"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n";

static sqlite3_stmt *prepare_ok(struct db *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(db_prepare(db, sql, &st, &err), GERR_OK, "%s: %s", sql, err.msg);
	return st;
}

static struct db *open_cache_of_two(void)
{
	char path[700];
	fx_file(path, sizeof path, "cache.db");
	struct db *db = open_ok(path, DB_OPEN_CREATE);
	db->cache_cap = 2;
	return db;
}

static bool cached(const struct db *db, const sqlite3_stmt *st)
{
	for (int i = 0; i < db->ncache; i++)
		if (db->cache[i].stmt == st)
			return true;
	return false;
}

Test(db, stmt_cache_keeps_a_statement_being_stepped)
{
	struct db *db = open_cache_of_two();
	sqlite3_stmt *outer = prepare_ok(db, count_to_5);
	cr_assert_eq(sqlite3_step(outer), SQLITE_ROW);
	cr_assert_eq(sqlite3_column_int(outer, 0), 1);
	/* a row callback preparing more than the cache holds */
	char sql[40];
	for (int k = 0; k < 6; k++) {
		snprintf(sql, sizeof sql, "SELECT %d", k);
		sqlite3_stmt *st = prepare_ok(db, sql);
		cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
		cr_assert_eq(sqlite3_column_int(st, 0), k);
		sqlite3_reset(st);
	}
	cr_assert(cached(db, outer), "the statement being stepped was evicted");
	for (int want = 2; want <= 5; want++) {
		cr_assert_eq(sqlite3_step(outer), SQLITE_ROW);
		cr_assert_eq(sqlite3_column_int(outer, 0), want);
	}
	cr_assert_eq(sqlite3_step(outer), SQLITE_DONE);
	cr_assert_leq(db->ncache, 3, "the cache kept %d statements for room for 2", db->ncache);
	db_close(db);
}

Test(db, stmt_cache_same_query_inside_its_own_rows)
{
	struct db *db = open_cache_of_two();
	sqlite3_stmt *outer = prepare_ok(db, count_to_5);
	cr_assert_eq(sqlite3_step(outer), SQLITE_ROW);
	sqlite3_stmt *inner = prepare_ok(db, count_to_5);
	cr_assert_neq(inner, outer, "the statement being stepped was handed out again");
	int sum = 0;
	while (sqlite3_step(inner) == SQLITE_ROW)
		sum += sqlite3_column_int(inner, 0);
	cr_assert_eq(sum, 15);   /* 1 + 2 + 3 + 4 + 5 */
	cr_assert_eq(sqlite3_step(outer), SQLITE_ROW);
	cr_assert_eq(sqlite3_column_int(outer, 0), 2, "the outer rows were restarted");
	sqlite3_reset(outer);
	/* once both are idle the same text finds one of them again */
	sqlite3_stmt *again = prepare_ok(db, count_to_5);
	cr_assert(again == outer || again == inner);
	db_close(db);
}

Test(db, stmt_cache_stays_within_its_room)
{
	struct db *db = open_cache_of_two();
	char sql[40];
	for (int k = 0; k < 10; k++) {
		snprintf(sql, sizeof sql, "SELECT %d", k);
		sqlite3_stmt *st = prepare_ok(db, sql);
		cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
		cr_assert_eq(sqlite3_column_int(st, 0), k);
		sqlite3_reset(st);
	}
	cr_assert_eq(db->ncache, 2);
	db_close(db);
}
