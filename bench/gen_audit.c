/* The generated records' audit rows: one 'add' row per record, exactly as
 * records_insert and db_audit_add write it (the form's non-empty fields in
 * form order as {"field":[null,"stored text"]}, at = the record's
 * created_at, chained by core/chain), so `gspdesk check` replays every
 * record from its row and verifies the chain. The rows are read back from
 * the tables rather than built while generating: what check compares is
 * what was stored. */
#include "config.h"
#include "bench/gen.h"
#include "base/chain.h"
#include "model/form.h"
#include "base/json.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <string.h>

/* In the order a record of one kind comes before another entered the
 * same second: the master data, then the lines and what refers to them. */
static const char *const tables[] = {
	"customers", "products", "suppliers", "receipts", "receipt_lines", "sales", "surveys",
	"survey_scores", "complaints", "quality", "service", "implants", "due_handled",
};
#define NTABLES ((int)(sizeof tables / sizeof tables[0]))

/* SELECT of one record's fields by id, in form order. */
static int prepare_record(sqlite3 *h, const struct form *f, sqlite3_stmt **st)
{
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "SELECT ");
	for (int i = 0; i < f->nfields; i++)
		sb_addf(&b, "%s\"%s\"", i ? ", " : "", f->fields[i].name);
	sb_addf(&b, " FROM \"%s\" WHERE id = ?", f->name);
	int rc = sqlite3_prepare_v2(h, sb_str(&b), -1, st, NULL);
	sb_free(&b);
	return rc == SQLITE_OK ? SQLITE_OK : gen_fail(h, f->name);
}

/* The changes JSON of db_audit_add for a new record: integers, decimals,
 * booleans and refs are stored as integers, whose text is the field's
 * storage text; the rest is stored as its text. */
static void changes_json(const struct form *f, sqlite3_stmt *st, struct strbuf *json)
{
	sb_reset(json);
	sb_addc(json, '{');
	bool first = true;
	for (int i = 0; i < f->nfields; i++) {
		if (sqlite3_column_type(st, i) == SQLITE_NULL)
			continue;
		if (!first)
			sb_addc(json, ',');
		first = false;
		json_quote(json, f->fields[i].name);
		sb_add(json, ":[");
		json_quote(json, NULL);
		sb_addc(json, ',');
		json_quote(json, (const char *)sqlite3_column_text(st, i));
		sb_addc(json, ']');
	}
	sb_addc(json, '}');
}

/* The office was set up before its first record, as audit times only go
 * forward: the setup's rows, and the user and survey items they made,
 * are dated an hour before the first customer, and the setup's chain is
 * hashed again. The chain goes on from its last row. */
static int chain_tail(sqlite3 *h, int64_t *id, char prev[CHAIN_HEX])
{
	sqlite3_stmt *st = NULL, *set = NULL;
	*id = 0;
	prev[0] = '\0';
	int rc = sqlite3_exec(h, "CREATE TEMP TABLE setup_at AS SELECT strftime('%Y-%m-%dT%H:%M:%SZ',"
	                         " min(created_at), '-1 hour') AS at FROM customers;"
	                         " UPDATE audit SET at = (SELECT at FROM setup_at);"
	                         " UPDATE users SET created_at = (SELECT at FROM setup_at);"
	                         " UPDATE survey_items SET created_at = (SELECT at FROM setup_at);"
	                         " DROP TABLE setup_at",
	                      NULL, NULL, NULL);
	if (rc != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT id, at, user, form, record_id, action, changes, reason, hash"
	                          " FROM audit ORDER BY id", -1, &st, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "UPDATE audit SET hash = ? WHERE id = ?", -1, &set, NULL) !=
	            SQLITE_OK) {
		sqlite3_finalize(st);
		return gen_fail(h, "audit setup");
	}
	while (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		if (sqlite3_column_type(st, 8) == SQLITE_NULL)
			continue; /* the schema's own rows, before the chain */
		struct chain_row row = { *id, (const char *)sqlite3_column_text(st, 1),
		                         (const char *)sqlite3_column_text(st, 2),
		                         (const char *)sqlite3_column_text(st, 3),
		                         sqlite3_column_int64(st, 4),
		                         (const char *)sqlite3_column_text(st, 5),
		                         (const char *)sqlite3_column_text(st, 6),
		                         (const char *)sqlite3_column_text(st, 7), NULL };
		char hash[CHAIN_HEX];
		chain_hash(&row, prev, hash);
		memcpy(prev, hash, CHAIN_HEX);
		sqlite3_bind_text(set, 1, hash, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(set, 2, *id);
		rc = sqlite3_step(set) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "audit setup");
		sqlite3_reset(set);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(set);
	return rc;
}

int gen_audit(sqlite3 *h)
{
	const struct form *forms[NTABLES];
	sqlite3_stmt *get[NTABLES] = { 0 }, *order = NULL, *ins = NULL;
	int64_t id;
	char prev[CHAIN_HEX];
	int rc = chain_tail(h, &id, prev);
	struct strbuf sql = STRBUF_INIT;
	sb_add(&sql, "SELECT k, id, created_at, created_by FROM (");
	for (int k = 0; k < NTABLES && rc == SQLITE_OK; k++) {
		forms[k] = form_find(tables[k]);
		rc = prepare_record(h, forms[k], &get[k]);
		sb_addf(&sql, "%sSELECT %d AS k, id, created_at, created_by FROM \"%s\"",
		        k ? " UNION ALL " : "", k, tables[k]);
	}
	/* entry order, as the program would have written them */
	sb_add(&sql, ") ORDER BY created_at, k, id");
	if (rc == SQLITE_OK && sqlite3_prepare_v2(h, sb_str(&sql), -1, &order, NULL) != SQLITE_OK)
		rc = gen_fail(h, "audit order");
	if (rc == SQLITE_OK &&
	    sqlite3_prepare_v2(h, "INSERT INTO audit (id, at, user, form, record_id, action,"
	                          " changes, reason, hash) VALUES (?,?,?,?,?,'add',?,NULL,?)",
	                       -1, &ins, NULL) != SQLITE_OK)
		rc = gen_fail(h, "audit");
	struct strbuf json = STRBUF_INIT;
	int step = SQLITE_DONE;
	while (rc == SQLITE_OK && (step = sqlite3_step(order)) == SQLITE_ROW) {
		int k = sqlite3_column_int(order, 0);
		int64_t record = sqlite3_column_int64(order, 1);
		const char *at = (const char *)sqlite3_column_text(order, 2);
		const char *user = (const char *)sqlite3_column_text(order, 3);
		sqlite3_bind_int64(get[k], 1, record);
		if (sqlite3_step(get[k]) != SQLITE_ROW) {
			rc = gen_fail(h, tables[k]);
			break;
		}
		changes_json(forms[k], get[k], &json);
		sqlite3_reset(get[k]);
		struct chain_row row = { ++id, at, user, tables[k], record, "add", sb_str(&json),
		                         NULL, NULL };
		char hash[CHAIN_HEX];
		chain_hash(&row, prev, hash);
		memcpy(prev, hash, CHAIN_HEX);
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_text(ins, 2, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 3, user, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 4, tables[k], -1, SQLITE_STATIC);
		sqlite3_bind_int64(ins, 5, record);
		sqlite3_bind_text(ins, 6, sb_str(&json), -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 7, hash, -1, SQLITE_STATIC);
		rc = sqlite3_step(ins) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "audit");
		sqlite3_reset(ins);
	}
	if (rc == SQLITE_OK && step != SQLITE_DONE)
		rc = gen_fail(h, "audit order");
	sb_free(&json);
	sb_free(&sql);
	sqlite3_finalize(ins);
	sqlite3_finalize(order);
	for (int k = 0; k < NTABLES; k++)
		sqlite3_finalize(get[k]);
	return rc;
}
