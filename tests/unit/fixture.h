/* Test helpers: private temporary folders, direct SQLite access to a
 * database file, and a logged-in session on a fresh office database with
 * one product and one customer. Criterion runs each test in its own
 * process, so the one global fixture is per test. */
#ifndef GSPDESK_TEST_FIXTURE_H
#define GSPDESK_TEST_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/records.h"
#include "core/session.h"

#define FX_NOW "2026-11-27T10:00"
#define FX_TODAY "2026-11-27"
#define FX_ADMIN "admin"
#define FX_PASSWORD "admin-pass-2026"
#define FX_AT "2026-01-01T00:00:00Z"   /* created_at of rows written directly */

/* The product and customer every records test starts with. */
#define FX_PRODUCT_CODE "P001"
#define FX_PRODUCT_NAME "一次性使用无菌注射器"
#define FX_PRODUCT_SPEC "5ml"
#define FX_CUSTOMER_CODE "C001"
#define FX_CUSTOMER_NAME "北京市第一人民医院"

struct fixture {
	char dir[512];   /* a private temporary folder, removed by the teardown */
	char path[600];  /* dir/office.db */
	struct session s;
	bool open;
	int64_t product_id, customer_id;
};

extern struct fixture fx;

/* Folder only: test_db opens databases itself. */
void fx_dir_setup(void);
void fx_dir_teardown(void);
/* dir + session_open(SESSION_CREATE) + accounts_init + login as admin +
 * FX_PRODUCT and FX_CUSTOMER; $GSPDESK_NOW is FX_NOW. */
void fx_setup(void);
void fx_teardown(void);

/* "<fx.dir>/<name>" into out. */
void fx_file(char *out, size_t n, const char *name);
bool fx_exists(const char *path);
/* Whole file, malloc'd; *len gets its size. NULL when it cannot be read. */
char *fx_read(const char *path, size_t *len);
void fx_write(const char *path, const void *data, size_t len);

/* Runs SQL on the file through a separate connection. */
int fx_sql_exec(const char *path, const char *sql);
int64_t fx_sql_int(const char *path, const char *sql);
/* First column of the first row, malloc'd; NULL for SQL NULL or no row. */
char *fx_sql_text(const char *path, const char *sql);
/* Fails the test unless sql on fx.path gives exactly expect. */
void fx_sql_text_is(const char *sql, const char *expect);

/* Takes the file at path back to schema version (the migrations after
 * it undone, newest first, each by the undo fixture.c keeps for it) and
 * marks it so, to test how an upgrade fills older rows; 0 on success.
 * A new migration adds its undo there. */
int fx_undo_to(const char *path, int version);

/* Closes the fixture's database, takes it back before the migration whose
 * SQL holds marker (and those after it: fx_undo_to; numbers change at a
 * merge, texts do not) and opens it again, upgraded, as admin. */
void fx_reopen_before(const char *marker);
/* Fails the test unless check finds nothing (its findings logged). */
void fx_check_clean(void);

/* records_add of "field=value" strings ending with NULL; *id may be NULL. */
int fx_add(const char *form, int64_t *id, struct gerr *err, ...) __attribute__((sentinel));
/* The same, failing the test unless it succeeds. */
int64_t fx_add_ok(const char *form, ...) __attribute__((sentinel));
/* records_edit of "field=value" strings ending with NULL. */
int fx_edit(const char *form, int64_t id, const char *reason, int64_t expect_version,
            struct gerr *err, ...) __attribute__((sentinel));
/* Logs the fixture session in as name. */
void fx_login(const char *name, const char *password);
void fx_user_add(const char *name, const char *role, const char *password);
struct record *fx_get(const struct form *form, int64_t id);
/* A text field of record id as stored, "(null)" for NULL; the next call
 * overwrites it. */
const char *fx_text(const char *form, int64_t id, const char *field);
/* Fails the test unless rc is code and err names field; msg, when not
 * NULL, is the exact message. fx_refused_has checks its start and words. */
void fx_refused(int rc, const struct gerr *err, int code, const char *field, const char *msg);
void fx_refused_has(int rc, const struct gerr *err, int code, const char *field,
                    const char *prefix, const char *words);

/* Rows written with db_record_insert on db (no session, no audit):
 * refs are given as ids; "" leaves a field empty. */
int64_t fx_insert_product(struct db *db, const char *code, const char *name, const char *cls,
                          const char *implant);
int64_t fx_insert_customer(struct db *db, const char *code, const char *name);
int64_t fx_insert_sale(struct db *db, int64_t product, int64_t customer, const char *date);
int64_t fx_insert_sale_expiring(struct db *db, int64_t product, int64_t customer,
                                const char *expiry);

#endif
