#include "config.h"
#include "fixture.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "core/check.h"
#include "model/form.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_internal.h"
#include "db/db.h"
#include "db/db_record.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <ftw.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FX_MAX_ASSIGN 24

struct fixture fx;

void fx_dir_setup(void)
{
	memset(&fx, 0, sizeof fx);
	cr_assert_eq(i18n_init("en"), 0);
	const char *tmp = getenv("TMPDIR");
	snprintf(fx.dir, sizeof fx.dir, "%s/gspdesk-unit-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	cr_assert_not_null(mkdtemp(fx.dir), "mkdtemp %s", fx.dir);
	fx_file(fx.path, sizeof fx.path, "office.db");
}

static int remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void fx_dir_teardown(void)
{
	if (fx.open) {
		session_close(&fx.s);
		fx.open = false;
	}
	if (fx.dir[0])
		nftw(fx.dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
	fx.dir[0] = '\0';
}

void fx_setup(void)
{
	struct gerr err;
	gerr_clear(&err);
	fx_dir_setup();
	cr_assert_eq(setenv("GSPDESK_NOW", FX_NOW, 1), 0);
	cr_assert_eq(auth_init(&err), GERR_OK, "%s", err.msg);
	cr_assert_eq(session_open(&fx.s, fx.path, SESSION_CREATE, &err), GERR_OK, "%s", err.msg);
	fx.open = true;
	/* a test database: its sessions honour $GSPDESK_NOW from here on */
	cr_assert_eq(accounts_init(&fx.s, FX_ADMIN, FX_PASSWORD, "测试医疗器械有限公司", "北京", "北京",
	                           NULL, true, &err), GERR_OK, "%s", err.msg);
	cr_assert_str_eq(fx.s.today, FX_TODAY);
	fx_login(FX_ADMIN, FX_PASSWORD);
	fx.product_id = fx_add_ok("products", "code=" FX_PRODUCT_CODE, "name=" FX_PRODUCT_NAME,
	                          "spec=" FX_PRODUCT_SPEC, "manufacturer=上海某医疗器械厂",
	                          "class=II", "sterile=yes", NULL);
	fx.customer_id = fx_add_ok("customers", "code=" FX_CUSTOMER_CODE, "name=" FX_CUSTOMER_NAME,
	                           "city=北京", "province=北京", NULL);
}

void fx_teardown(void)
{
	fx_dir_teardown();
	unsetenv("GSPDESK_NOW");
}

void fx_file(char *out, size_t n, const char *name)
{
	int k = snprintf(out, n, "%s/%s", fx.dir, name);
	cr_assert(k > 0 && (size_t)k < n, "path too long");
}

bool fx_exists(const char *path)
{
	struct stat sb;
	return lstat(path, &sb) == 0;
}

char *fx_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	size_t k;
	while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
		n += k;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	*len = n;
	return buf;
}

void fx_write(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	cr_assert_not_null(f, "cannot write %s", path);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
}

static sqlite3 *open_direct(const char *path)
{
	sqlite3 *h = NULL;
	int rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE, NULL);
	cr_assert_eq(rc, SQLITE_OK, "sqlite3_open %s: %s", path, h ? sqlite3_errmsg(h) : "?");
	sqlite3_busy_timeout(h, 5000);
	return h;
}

int fx_sql_exec(const char *path, const char *sql)
{
	sqlite3 *h = open_direct(path);
	int rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_close(h);
	return rc;
}

int64_t fx_sql_int(const char *path, const char *sql)
{
	sqlite3 *h = open_direct(path);
	sqlite3_stmt *st = NULL;
	cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql,
	             sqlite3_errmsg(h));
	cr_assert_eq(sqlite3_step(st), SQLITE_ROW, "%s: no row", sql);
	int64_t v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

void fx_sql_text_is(const char *sql, const char *expect)
{
	char *got = fx_sql_text(fx.path, sql);
	char copy[4096];
	snprintf(copy, sizeof copy, "%s", got ? got : "(NULL)");
	free(got);
	cr_assert_str_eq(copy, expect, "%s", sql);
}

char *fx_sql_text(const char *path, const char *sql)
{
	sqlite3 *h = open_direct(path);
	sqlite3_stmt *st = NULL;
	cr_assert_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK, "%s: %s", sql,
	             sqlite3_errmsg(h));
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(h);
	return out;
}

/* Copies the NULL-terminated "field=value" arguments into a and bufs. */
static int collect(va_list ap, struct assign *a, char **bufs)
{
	int n = 0;
	const char *s;
	while ((s = va_arg(ap, const char *)) != NULL) {
		cr_assert_lt(n, FX_MAX_ASSIGN, "too many assignments");
		bufs[n] = strdup(s);
		struct gerr err;
		cr_assert_eq(assign_parse(bufs[n], &a[n], &err), GERR_OK, "bad assignment %s", s);
		n++;
	}
	return n;
}

static void free_bufs(char **bufs, int n)
{
	for (int i = 0; i < n; i++)
		free(bufs[i]);
}

static int add_v(const char *form, int64_t *id, struct gerr *err, va_list ap)
{
	const struct form *f = form_find(form);
	cr_assert_not_null(f, "no form %s", form);
	struct assign a[FX_MAX_ASSIGN];
	char *bufs[FX_MAX_ASSIGN];
	int n = collect(ap, a, bufs);
	int64_t got = 0;
	gerr_clear(err);
	int rc = records_add(&fx.s, f, a, n, &got, err);
	free_bufs(bufs, n);
	if (id)
		*id = rc == GERR_OK ? got : 0;
	return rc;
}

int fx_add(const char *form, int64_t *id, struct gerr *err, ...)
{
	va_list ap;
	va_start(ap, err);
	int rc = add_v(form, id, err, ap);
	va_end(ap);
	return rc;
}

int64_t fx_add_ok(const char *form, ...)
{
	struct gerr err;
	int64_t id = 0;
	va_list ap;
	va_start(ap, form);
	int rc = add_v(form, &id, &err, ap);
	va_end(ap);
	cr_assert_eq(rc, GERR_OK, "adding to %s failed: %s", form, err.msg);
	cr_assert_gt(id, 0);
	return id;
}

int fx_edit(const char *form, int64_t id, const char *reason, int64_t expect_version,
            struct gerr *err, ...)
{
	const struct form *f = form_find(form);
	cr_assert_not_null(f, "no form %s", form);
	struct assign a[FX_MAX_ASSIGN];
	char *bufs[FX_MAX_ASSIGN];
	va_list ap;
	va_start(ap, err);
	int n = collect(ap, a, bufs);
	va_end(ap);
	gerr_clear(err);
	int rc = records_edit(&fx.s, f, id, a, n, reason, expect_version, err);
	free_bufs(bufs, n);
	return rc;
}

struct record *fx_get(const struct form *form, int64_t id)
{
	struct record *r = NULL;
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(records_get(&fx.s, form, id, &r, &err), GERR_OK, "%s", err.msg);
	return r;
}

const char *fx_text(const char *form, int64_t id, const char *field)
{
	static char buf[256];
	struct record *r = fx_get(form_find(form), id);
	const struct value *v = record_value(r, field);
	snprintf(buf, sizeof buf, "%s", v->null ? "(null)" : v->text);
	record_free(r);
	return buf;
}

void fx_user_add(const char *name, const char *role, const char *password)
{
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(accounts_add(&fx.s, name, role, password, &err), GERR_OK, "%s", err.msg);
}

void fx_refused(int rc, const struct gerr *err, int code, const char *field, const char *msg)
{
	cr_assert_eq(rc, code, "rc %d, expected %d (%s)", rc, code, err->msg);
	cr_assert_str_eq(err->field, field, "field \"%s\" (%s)", err->field, err->msg);
	if (msg)
		cr_assert_str_eq(err->msg, msg);
}

void fx_refused_has(int rc, const struct gerr *err, int code, const char *field,
                    const char *prefix, const char *words)
{
	fx_refused(rc, err, code, field, NULL);
	cr_assert_eq(strncmp(err->msg, prefix, strlen(prefix)), 0,
	             "\"%s\" does not start with \"%s\"", err->msg, prefix);
	cr_assert_not_null(strstr(err->msg, words), "\"%s\" lacks \"%s\"", err->msg, words);
}

void fx_login(const char *name, const char *password)
{
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(session_login(&fx.s, name, password, &err), GERR_OK, "login %s: %s", name,
	             err.msg);
}

/* ---- records written through the storage layer, no session ---- */

static int64_t insert_direct(struct db *db, const char *form, const struct assign *a, int n,
                             int64_t product, int64_t customer)
{
	const struct form *f = form_find(form);
	struct record *r = record_new(f);
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(records_apply(r, a, n, &err), GERR_OK, "%s", err.msg);
	if (product)
		value_set_num(record_value(r, "product"), product);
	if (customer)
		value_set_num(record_value(r, "customer"), customer);
	cr_assert_eq(db_record_insert(db, r, "tester", FX_AT, &err), GERR_OK, "%s", err.msg);
	int64_t id = r->id;
	record_free(r);
	return id;
}

int64_t fx_insert_product(struct db *db, const char *code, const char *name,
                          const char *cls, const char *implant)
{
	struct assign a[] = { { "code", code }, { "name", name }, { "class", cls },
	                      { "implant", implant } };
	return insert_direct(db, "products", a, 4, 0, 0);
}

int64_t fx_insert_customer(struct db *db, const char *code, const char *name)
{
	struct assign a[] = { { "code", code }, { "name", name } };
	return insert_direct(db, "customers", a, 2, 0, 0);
}

int64_t fx_insert_sale(struct db *db, int64_t product, int64_t customer, const char *date)
{
	struct assign a[] = { { "qty", "2" }, { "batch", "20260101" }, { "sale_date", date } };
	return insert_direct(db, "sales", a, 3, product, customer);
}

int64_t fx_insert_sale_expiring(struct db *db, int64_t product, int64_t customer,
                                const char *expiry)
{
	struct assign a[] = { { "qty", "2" }, { "batch", "20260101" }, { "sale_date", "2026-01-02" },
	                      { "expiry", expiry } };
	return insert_direct(db, "sales", a, 4, product, customer);
}

/* what issue 14's migration added: the batch and serial keys, the
 * frozen facts, returned_at */
#define UNDO_KEYS_AND_FACTS \
	" DROP INDEX sales_batch; DROP INDEX sales_serial; DROP INDEX sales_product;" \
	" DROP INDEX implants_batch; DROP INDEX implants_serial; DROP INDEX service_serial;" \
	" ALTER TABLE sales DROP COLUMN batch_key; ALTER TABLE sales DROP COLUMN serial_key;" \
	" ALTER TABLE sales DROP COLUMN product_name; ALTER TABLE sales DROP COLUMN manufacturer;" \
	" ALTER TABLE sales DROP COLUMN reg_no; ALTER TABLE sales DROP COLUMN unit;" \
	" ALTER TABLE sales DROP COLUMN buyer_name; ALTER TABLE sales DROP COLUMN buyer_address;" \
	" ALTER TABLE sales DROP COLUMN buyer_contact; ALTER TABLE sales DROP COLUMN buyer_phone;" \
	" ALTER TABLE sales DROP COLUMN buyer_licence;" \
	" ALTER TABLE implants DROP COLUMN batch_key; ALTER TABLE implants DROP COLUMN serial_key;" \
	" ALTER TABLE recalls DROP COLUMN batch_key; ALTER TABLE recalls DROP COLUMN serial_key;" \
	" ALTER TABLE service DROP COLUMN serial_key;" \
	" ALTER TABLE recall_recipients DROP COLUMN returned_at;" \
	" CREATE INDEX sales_batch ON sales (batch); CREATE INDEX sales_serial ON sales (serial);" \
	" CREATE INDEX sales_product ON sales (product, batch);" \
	" CREATE INDEX implants_batch ON implants (batch); CREATE INDEX implants_serial ON implants (serial);" \
	" CREATE INDEX service_serial ON service (serial, kind);"

/* what issue 15's migration added: the quality flag, the attendee's
 * customer, the staff register, the returns', events' and service
 * tickets' new fields */
#define UNDO_AFTERSALES \
	"ALTER TABLE quality DROP COLUMN problems_found;" \
	" DROP INDEX attendees_person; ALTER TABLE attendees DROP COLUMN customer;" \
	" ALTER TABLE returns DROP COLUMN supplier_contact;" \
	" ALTER TABLE returns DROP COLUMN supplier_outcome;" \
	" ALTER TABLE returns DROP COLUMN replacement_serial;" \
	" ALTER TABLE returns DROP COLUMN replacement_batch;" \
	" DROP TABLE staff;" \
	" ALTER TABLE events DROP COLUMN purchasing_notified_at;" \
	" ALTER TABLE events DROP COLUMN engineer_notified_at;" \
	" ALTER TABLE service DROP COLUMN checklist; ALTER TABLE service DROP COLUMN handed_over;" \
	" ALTER TABLE service DROP COLUMN customer_signatory;" \
	" ALTER TABLE service DROP COLUMN feedback; ALTER TABLE service DROP COLUMN parts_used;" \
	" ALTER TABLE service DROP COLUMN cost;"

/* what issue 14's second migration added: the keys of complaints, quality
 * visits, events and an exchange's replacement */
#define UNDO_MORE_KEYS \
	"DROP INDEX complaints_batch; DROP INDEX complaints_serial;" \
	" DROP INDEX quality_batch; DROP INDEX quality_serial;" \
	" DROP INDEX events_batch; DROP INDEX events_serial;" \
	" DROP INDEX returns_replacement_batch; DROP INDEX returns_replacement_serial;" \
	" ALTER TABLE complaints DROP COLUMN batch_key; ALTER TABLE complaints DROP COLUMN serial_key;" \
	" ALTER TABLE quality DROP COLUMN batch_key; ALTER TABLE quality DROP COLUMN serial_key;" \
	" ALTER TABLE events DROP COLUMN batch_key; ALTER TABLE events DROP COLUMN serial_key;" \
	" ALTER TABLE returns DROP COLUMN replacement_batch_key;" \
	" ALTER TABLE returns DROP COLUMN replacement_serial_key;"

/* the list_sorts migration, and the login log without logouts */
#define UNDO_LIST_SORTS \
	"DROP TABLE list_sorts; ALTER TABLE logins RENAME TO logins_after;" \
	" CREATE TABLE logins (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL," \
	" event TEXT NOT NULL CHECK (event IN ('login','failed','locked','refused'))," \
	" detail TEXT);" \
	" INSERT INTO logins SELECT id, at, user, event, detail FROM logins_after" \
	" WHERE event <> 'logout';" \
	" DROP TABLE logins_after; CREATE INDEX logins_user ON logins (user, id);" \
	" CREATE TRIGGER logins_no_update BEFORE UPDATE ON logins" \
	" BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;" \
	" CREATE TRIGGER logins_no_delete BEFORE DELETE ON logins" \
	" BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;"

/* Each migration's undo, found by a text of its SQL, so that migrations
 * renumbered at a merge keep theirs. */
static const struct {
	const char *marker, *undo;
} undos[] = {
	{ "ADD COLUMN supplier_name",
	  "ALTER TABLE receipts DROP COLUMN supplier_name;"
	  " ALTER TABLE receipt_lines DROP COLUMN manufacturer;" },
	{ "CREATE TABLE list_sorts", UNDO_LIST_SORTS },
	{ "CREATE TABLE survey_actions", "DROP TABLE survey_actions;" },
	{ "CREATE TABLE suppliers",
	  "DROP TABLE receipt_lines; DROP TABLE receipts; DROP TABLE suppliers;"
	  " ALTER TABLE products DROP COLUMN cert_expiry; ALTER TABLE products DROP COLUMN registrant;"
	  " ALTER TABLE products DROP COLUMN mfr_licence; ALTER TABLE products DROP COLUMN storage;"
	  " ALTER TABLE products DROP COLUMN approved_on; ALTER TABLE products DROP COLUMN approved_by;"
	  " ALTER TABLE customers DROP COLUMN licence_expiry;"
	  " ALTER TABLE customers DROP COLUMN licence_scope;" },
	{ "CREATE TABLE due_handled",
	  "DROP TABLE due_handled; DROP INDEX sales_live_expiry; DROP INDEX complaints_open;"
	  " DROP INDEX sales_live_product; DROP INDEX implants_live_sale;"
	  " DROP INDEX implants_loose_batch; DROP INDEX implants_loose_serial;"
	  " ALTER TABLE products DROP COLUMN resterilisable;" },
	/* before the first keys' undo: its text holds their marker too */
	{ "ALTER TABLE complaints ADD COLUMN batch_key", UNDO_MORE_KEYS },
	{ "CREATE VIRTUAL TABLE sales_search",
	  "DROP TRIGGER sales_search_insert; DROP TRIGGER sales_search_update;"
	  " DROP TABLE sales_search;" },
	{ "CREATE TABLE holidays", "DROP TABLE holidays;" },
	{ "VALUES ('office_id'", "DELETE FROM settings WHERE key = 'office_id';" },
	{ "ADD COLUMN batch_key", UNDO_KEYS_AND_FACTS },
	{ "CREATE INDEX sales_live_date", "DROP INDEX sales_live_date;" },
	{ "ADD COLUMN mnemonic",
	  "DROP INDEX products_udi_di; ALTER TABLE products DROP COLUMN udi_di;"
	  " ALTER TABLE products DROP COLUMN mnemonic; ALTER TABLE customers DROP COLUMN mnemonic;" },
	{ "ADD COLUMN problems_found", UNDO_AFTERSALES },
};

int fx_undo_to(const char *path, int version)
{
	struct strbuf sql = STRBUF_INIT;
	for (int i = db_latest_version() - 1; i >= version; i--) {
		size_t k = 0;
		while (k < sizeof undos / sizeof undos[0] && !strstr(db_migrations[i], undos[k].marker))
			k++;
		cr_assert_lt(k, sizeof undos / sizeof undos[0], "no undo for migration %d", i + 1);
		sb_add(&sql, undos[k].undo);
	}
	sb_addf(&sql, " PRAGMA user_version = %d;", version);
	int rc = fx_sql_exec(path, sb_str(&sql));
	sb_free(&sql);
	return rc;
}

static void log_finding(void *ud, const struct check_finding *f)
{
	(void)ud;
	cr_log_error("%s", f->text);
}

void fx_check_clean(void)
{
	struct check_summary sum = { 0 };
	struct gerr err = { 0 };
	cr_assert_eq(check_database(&fx.s, log_finding, NULL, &sum, &err), GERR_OK, "%s", err.msg);
	cr_assert_eq(sum.findings, 0, "check found %d things (logged above)", (int)sum.findings);
}

void fx_reopen_before(const char *marker)
{
	int mine = 0;
	while (mine < db_migration_count && !strstr(db_migrations[mine], marker))
		mine++;
	cr_assert_lt(mine, db_migration_count, "no migration holds \"%s\"", marker);
	session_close(&fx.s);
	fx.open = false;
	cr_assert_eq(fx_undo_to(fx.path, mine), 0);
	struct gerr err = { 0 };
	cr_assert_eq(session_open(&fx.s, fx.path, SESSION_EXISTING, &err), GERR_OK, "%s", err.msg);
	fx.open = true;
	fx_login(FX_ADMIN, FX_PASSWORD);
}
