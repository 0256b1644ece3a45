/* A form's records side by side with their audit rows, for `gspdesk
 * check`: one scan of the table by id merged with one scan of the audit
 * rows by (record_id, id) along the audit_record index. A query per record
 * and SQLite's JSON reader per row made check take 34 s at a million
 * sales lines. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_check.h"
#include "db/db_select.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* Strings of one record's audit rows, kept as offsets into one buffer
 * (which may move as it grows) and made pointers once all are read. */
struct arena {
	struct strbuf text;
	size_t *off; /* (size_t)-1: NULL */
	size_t n, cap;
};

static size_t arena_add(struct arena *a, const char *s, size_t len)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->off = xrealloc(a->off, a->cap * sizeof *a->off);
	}
	size_t at = (size_t)-1;
	if (s) {
		at = a->text.len;
		sb_addn(&a->text, s, len);
		sb_addc(&a->text, '\0');
	}
	a->off[a->n] = at;
	return a->n++;
}

static const char *arena_str(const struct arena *a, size_t i)
{
	return a->off[i] == (size_t)-1 ? NULL : a->text.s + a->off[i];
}

static void put_utf8(struct strbuf *b, unsigned cp)
{
	if (cp < 0x80) {
		sb_addc(b, (char)cp);
	} else if (cp < 0x800) {
		sb_addc(b, (char)(0xc0 | cp >> 6));
		sb_addc(b, (char)(0x80 | (cp & 0x3f)));
	} else {
		sb_addc(b, (char)(0xe0 | cp >> 12));
		sb_addc(b, (char)(0x80 | (cp >> 6 & 0x3f)));
		sb_addc(b, (char)(0x80 | (cp & 0x3f)));
	}
}

/* A JSON string or null as db_audit_add writes it (json_quote); false on
 * anything else, which the caller hands to SQLite's reader instead. */
static bool json_value(const char **p, struct arena *a, size_t *idx, struct strbuf *tmp)
{
	const char *s = *p;
	if (strncmp(s, "null", 4) == 0) {
		*idx = arena_add(a, NULL, 0);
		*p = s + 4;
		return true;
	}
	if (*s++ != '"')
		return false;
	sb_reset(tmp);
	for (;;) {
		const char *q = s + strcspn(s, "\"\\");
		sb_addn(tmp, s, (size_t)(q - s));
		s = q;
		if (*s == '"')
			break;
		if (*s != '\\')
			return false;
		char c = s[1];
		switch (c) {
		case '"': case '\\': case '/': sb_addc(tmp, c); break;
		case 'n': sb_addc(tmp, '\n'); break;
		case 'r': sb_addc(tmp, '\r'); break;
		case 't': sb_addc(tmp, '\t'); break;
		case 'b': sb_addc(tmp, '\b'); break;
		case 'f': sb_addc(tmp, '\f'); break;
		case 'u': {
			char hex[5] = { 0 };
			memcpy(hex, s + 2, 4);
			char *end;
			unsigned long cp = strtoul(hex, &end, 16);
			if (end != hex + 4 || cp == 0 || (cp >= 0xd800 && cp < 0xe000))
				return false;
			put_utf8(tmp, (unsigned)cp);
			s += 4;
			break;
		}
		default:
			return false;
		}
		s += 2;
	}
	*idx = arena_add(a, tmp->s ? tmp->s : "", tmp->len);
	*p = s + 1;
	return true;
}

/* {"field":[old,new],...} into triples of arena entries. */
static bool parse_changes(const char *json, struct arena *a, struct strbuf *tmp)
{
	const char *p = json;
	if (*p++ != '{')
		return false;
	if (*p == '}')
		return p[1] == '\0';
	for (;;) {
		size_t k, o, n;
		if (!json_value(&p, a, &k, tmp) || !arena_str(a, k) || *p++ != ':' || *p++ != '[' ||
		    !json_value(&p, a, &o, tmp) || *p++ != ',' || !json_value(&p, a, &n, tmp) ||
		    *p++ != ']')
			return false;
		if (*p == '}')
			return p[1] == '\0';
		if (*p++ != ',')
			return false;
	}
}

/* One audit row kept while its record's rows are read: arena indexes. */
struct kept_row {
	int64_t id;
	size_t at, user, action, reason;
	size_t first, nchanges; /* triples from first on */
};

struct scan {
	struct db *db;
	struct arena a;
	struct strbuf tmp;
	struct kept_row *rows;
	size_t nrows, rows_cap;
	struct audit_row *out;
	struct audit_change *changes;
	size_t out_cap, changes_cap;
};

static const char *col(sqlite3_stmt *st, int i, size_t *len)
{
	*len = (size_t)sqlite3_column_bytes(st, i);
	return (const char *)sqlite3_column_text(st, i);
}

/* The audit row under st (record_id, id, at, user, action, reason, changes). */
static int keep_row(struct scan *sc, sqlite3_stmt *st, struct gerr *err)
{
	if (sc->nrows == sc->rows_cap) {
		sc->rows_cap = sc->rows_cap ? sc->rows_cap * 2 : 16;
		sc->rows = xrealloc(sc->rows, sc->rows_cap * sizeof *sc->rows);
	}
	struct kept_row *k = &sc->rows[sc->nrows++];
	size_t len;
	const char *s;
	k->id = sqlite3_column_int64(st, 1);
	s = col(st, 2, &len), k->at = arena_add(&sc->a, s, len);
	s = col(st, 3, &len), k->user = arena_add(&sc->a, s, len);
	s = col(st, 4, &len), k->action = arena_add(&sc->a, s, len);
	s = col(st, 5, &len), k->reason = arena_add(&sc->a, s, len);
	k->first = sc->a.n;
	const char *json = (const char *)sqlite3_column_text(st, 6);
	if (json && parse_changes(json, &sc->a, &sc->tmp)) {
		k->nchanges = (sc->a.n - k->first) / 3;
		return GERR_OK;
	}
	/* not as this program writes it: SQLite's reader decides */
	sc->a.n = k->first;
	struct audit_change *c = NULL;
	int n = 0;
	int rc = db_audit_changes(sc->db, json ? json : "{}", &c, &n, err);
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		arena_add(&sc->a, c[i].field, strlen(c[i].field));
		arena_add(&sc->a, c[i].old_value, c[i].old_value ? strlen(c[i].old_value) : 0);
		arena_add(&sc->a, c[i].new_value, c[i].new_value ? strlen(c[i].new_value) : 0);
	}
	k->nchanges = rc == GERR_OK ? (size_t)n : 0;
	db_audit_changes_free(c, n);
	return rc;
}

/* The kept rows as the callers' structs. */
static void make_rows(struct scan *sc)
{
	size_t nc = 0;
	for (size_t i = 0; i < sc->nrows; i++)
		nc += sc->rows[i].nchanges;
	if (sc->nrows > sc->out_cap) {
		sc->out_cap = sc->nrows;
		sc->out = xrealloc(sc->out, sc->out_cap * sizeof *sc->out);
	}
	if (nc > sc->changes_cap) {
		sc->changes_cap = nc;
		sc->changes = xrealloc(sc->changes, sc->changes_cap * sizeof *sc->changes);
	}
	struct audit_change *c = sc->changes;
	for (size_t i = 0; i < sc->nrows; i++) {
		const struct kept_row *k = &sc->rows[i];
		sc->out[i] = (struct audit_row){ k->id, arena_str(&sc->a, k->at),
		                                 arena_str(&sc->a, k->user),
		                                 arena_str(&sc->a, k->action),
		                                 arena_str(&sc->a, k->reason), c, (int)k->nchanges };
		for (size_t j = 0; j < k->nchanges; j++, c++) {
			size_t t = k->first + 3 * j;
			c->field = arena_str(&sc->a, t);
			c->old_value = (char *)arena_str(&sc->a, t + 1);
			c->new_value = (char *)arena_str(&sc->a, t + 2);
		}
	}
}

static void record_row(sqlite3_stmt *st, const struct form *form, const char **v,
                       struct replay_record *r)
{
	struct db_meta m;
	db_meta_read(st, &m);
	for (int i = 0; i < form->nfields; i++)
		v[i] = db_col_opt(st, DB_META_COLUMNS + i);
	*r = (struct replay_record){ .id = m.id, .version = m.version, .voided = m.voided,
	                             .void_reason = m.void_reason, .created_at = m.created_at,
	                             .created_by = m.created_by, .updated_at = m.updated_at,
	                             .updated_by = m.updated_by, .v = v };
}

static int prepare_both(struct db *db, const struct form *form, sqlite3_stmt **t,
                        sqlite3_stmt **a, struct gerr *err)
{
	/* names from the form's const table, never from input */
	struct strbuf sql = STRBUF_INIT;
	sb_add(&sql, "SELECT ");
	db_meta_columns(&sql, "");
	for (int i = 0; i < form->nfields; i++)
		sb_addf(&sql, ", \"%s\"", form->fields[i].name);
	sb_addf(&sql, " FROM \"%s\" ORDER BY id", form->name);
	int rc = sqlite3_prepare_v2(db->h, sb_str(&sql), -1, t, NULL) == SQLITE_OK
	                 ? GERR_OK
	                 : db_fail(db, err);
	sb_free(&sql);
	if (rc == GERR_OK &&
	    sqlite3_prepare_v2(db->h, "SELECT record_id, id, at, user, action, reason, changes"
	                              " FROM audit WHERE form = ? AND record_id IS NOT NULL"
	                              " ORDER BY record_id, id", -1, a, NULL) != SQLITE_OK)
		rc = db_fail(db, err);
	if (rc == GERR_OK)
		sqlite3_bind_text(*a, 1, form->name, -1, SQLITE_STATIC);
	return rc;
}

int db_replay_scan(struct db *db, const struct form *form,
                   int (*each)(void *ud, int64_t record_id, const struct replay_record *r,
                               const struct audit_row *rows, int nrows),
                   void *ud, struct gerr *err)
{
	sqlite3_stmt *t = NULL, *a = NULL;
	int rc = prepare_both(db, form, &t, &a, err);
	struct scan sc = { .db = db };
	const char **v = xcalloc((size_t)form->nfields + 1, sizeof *v);
	int ts = rc == GERR_OK ? sqlite3_step(t) : SQLITE_DONE;
	int as = rc == GERR_OK ? sqlite3_step(a) : SQLITE_DONE;
	while (rc == GERR_OK && (ts == SQLITE_ROW || as == SQLITE_ROW)) {
		int64_t tid = ts == SQLITE_ROW ? sqlite3_column_int64(t, 0) : INT64_MAX;
		int64_t aid = as == SQLITE_ROW ? sqlite3_column_int64(a, 0) : INT64_MAX;
		int64_t id = tid < aid ? tid : aid;
		sc.nrows = 0;
		sc.a.n = 0;
		sb_reset(&sc.a.text);
		while (rc == GERR_OK && as == SQLITE_ROW && sqlite3_column_int64(a, 0) == id) {
			rc = keep_row(&sc, a, err);
			as = sqlite3_step(a);
		}
		if (rc)
			break;
		make_rows(&sc);
		struct replay_record r;
		if (tid == id)
			record_row(t, form, v, &r);
		if (each(ud, id, tid == id ? &r : NULL, sc.out, (int)sc.nrows))
			break;
		if (tid == id)
			ts = sqlite3_step(t);
	}
	if (rc == GERR_OK && ((ts != SQLITE_ROW && ts != SQLITE_DONE) ||
	                      (as != SQLITE_ROW && as != SQLITE_DONE)))
		rc = db_fail(db, err);
	sqlite3_finalize(t);
	sqlite3_finalize(a);
	free(v);
	free(sc.a.off);
	sb_free(&sc.a.text);
	sb_free(&sc.tmp);
	free(sc.rows);
	free(sc.out);
	free(sc.changes);
	return rc;
}
