/* The generic record layer: SQL built from a form's field table. Column and
 * table names come from the compiled-in forms, never from input; every
 * value is bound. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_record.h"
#include "db/db_select.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int db_bind_value(sqlite3_stmt *st, int idx, const struct field *f, const struct value *v)
{
	if (v->null)
		return sqlite3_bind_null(st, idx);
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
	case FT_REF:
		return sqlite3_bind_int64(st, idx, v->num);
	default:
		return sqlite3_bind_text(st, idx, v->text ? v->text : "", -1, SQLITE_TRANSIENT);
	}
}

void db_column_value(sqlite3_stmt *st, int col, const struct field *f, struct value *v)
{
	value_clear(v);
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return;
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
	case FT_REF:
		value_set_num(v, sqlite3_column_int64(st, col));
		break;
	default:
		value_set_text(v, (const char *)sqlite3_column_text(st, col));
	}
}

void db_meta_columns(struct strbuf *sql, const char *alias)
{
	static const char *const names[DB_META_COLUMNS] = {
		"id", "version", "voided", "void_reason", "created_at", "created_by", "updated_at",
		"updated_by"
	};
	for (int i = 0; i < DB_META_COLUMNS; i++)
		sb_addf(sql, "%s%s%s", i ? ", " : "", alias, names[i]);
}

void db_meta_read(sqlite3_stmt *st, struct db_meta *m)
{
	*m = (struct db_meta){ .id = sqlite3_column_int64(st, 0),
	                       .version = sqlite3_column_int64(st, 1),
	                       .voided = sqlite3_column_int(st, 2) != 0,
	                       .void_reason = db_col_opt(st, 3),
	                       .created_at = db_col_opt(st, 4),
	                       .created_by = db_col_opt(st, 5),
	                       .updated_at = db_col_opt(st, 6),
	                       .updated_by = db_col_opt(st, 7) };
}

static char *dup_opt(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void db_select_columns(struct strbuf *sql, const struct form *form)
{
	sb_add(sql, "SELECT ");
	db_meta_columns(sql, "t.");
	for (int i = 0; i < form->nfields; i++)
		sb_addf(sql, ", t.%s", form->fields[i].name);
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->type != FT_REF)
			continue;
		const struct form *target = form_find(f->ref);
		sb_addf(sql, ", r%d.%s, r%d.%s", i, form_ref_code(target), i, form_ref_name(target));
	}
	sb_addf(sql, " FROM %s t", form->name);
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->type == FT_REF)
			sb_addf(sql, " LEFT JOIN %s r%d ON r%d.id = t.%s", f->ref, i, i, f->name);
	}
}

struct record *db_select_row(sqlite3_stmt *st, const struct form *form)
{
	struct record *r = record_new(form);
	struct db_meta m;
	db_meta_read(st, &m);
	r->id = m.id;
	r->version = m.version;
	r->voided = m.voided;
	r->void_reason = dup_opt(m.void_reason);
	r->created_at = dup_opt(m.created_at);
	r->created_by = dup_opt(m.created_by);
	r->updated_at = dup_opt(m.updated_at);
	r->updated_by = dup_opt(m.updated_by);
	int col = DB_META_COLUMNS + form->nfields;
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		db_column_value(st, DB_META_COLUMNS + i, f, &r->v[i]);
		if (f->type == FT_REF) {
			if (!r->v[i].null) {
				r->v[i].text = db_col_dup(st, col);
				r->v[i].label = db_col_dup(st, col + 1);
			}
			col += 2;
		}
	}
	return r;
}

/* A form's own statements have the same text every time: it is built once
 * per form and kind and kept for the life of the program, since building
 * it cost as much as a bulk import's insert itself. */
enum form_sql { FS_GET, FS_INSERT, FS_UPDATE, FS_VOID, FS_KINDS };
#define FORM_SQL_SLOTS 128 /* four kinds of every form, with room */

static void build_get(struct strbuf *sql, const struct form *form)
{
	db_select_columns(sql, form);
	sb_add(sql, " WHERE t.id = ?");
}

static int nkeys(const struct form *form)
{
	int n = 0;
	while (form->keys && form->keys[n])
		n++;
	return n;
}

/* The key columns' values follow the fields', bound by bind_keys. */
static void build_insert(struct strbuf *sql, const struct form *form)
{
	sb_addf(sql, "INSERT INTO %s (created_at, created_by", form->name);
	for (int i = 0; i < form->nfields; i++)
		sb_addf(sql, ", %s", form->fields[i].name);
	for (int k = 0; k < nkeys(form); k++)
		sb_addf(sql, ", %s_key", form->keys[k]);
	sb_add(sql, ") VALUES (?, ?");
	for (int i = 0; i < form->nfields + nkeys(form); i++)
		sb_add(sql, ", ?");
	sb_add(sql, ")");
}

static void build_update(struct strbuf *sql, const struct form *form)
{
	sb_addf(sql, "UPDATE %s SET version = version + 1, updated_at = ?, updated_by = ?",
	        form->name);
	for (int i = 0; i < form->nfields; i++)
		sb_addf(sql, ", %s = ?", form->fields[i].name);
	for (int k = 0; k < nkeys(form); k++)
		sb_addf(sql, ", %s_key = ?", form->keys[k]);
	sb_add(sql, " WHERE id = ? AND version = ?");
}

/* Binds the record's fields from parameter first on, then their keys;
 * returns the next parameter's number. */
static int bind_fields(sqlite3_stmt *st, int first, const struct record *r)
{
	const struct form *form = r->form;
	for (int i = 0; i < form->nfields; i++)
		db_bind_value(st, first++, &form->fields[i], &r->v[i]);
	for (int k = 0; k < nkeys(form); k++) {
		const struct value *v = &r->v[form_field_index(form, form->keys[k])];
		if (v->null)
			sqlite3_bind_null(st, first++);
		else
			sqlite3_bind_text(st, first++, text_key(v->text), -1, free);
	}
	return first;
}

static void build_void(struct strbuf *sql, const struct form *form)
{
	sb_addf(sql, "UPDATE %s SET version = version + 1, voided = 1, void_reason = ?,"
	             " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
	        form->name);
}

static const char *form_sql(const struct form *form, enum form_sql kind)
{
	static struct {
		const struct form *form;
		enum form_sql kind;
		char *sql;
	} slot[FORM_SQL_SLOTS];
	static int nslots;
	static void (*const build[FS_KINDS])(struct strbuf *, const struct form *) = {
		build_get, build_insert, build_update, build_void,
	};
	for (int i = 0; i < nslots; i++)
		if (slot[i].form == form && slot[i].kind == kind)
			return slot[i].sql;
	if (nslots == FORM_SQL_SLOTS) /* never with today's forms: the last slot is reused */
		free(slot[--nslots].sql);
	struct strbuf sql = STRBUF_INIT;
	build[kind](&sql, form);
	slot[nslots].form = form;
	slot[nslots].kind = kind;
	slot[nslots].sql = sb_steal(&sql);
	return slot[nslots++].sql;
}

static int not_found(const struct form *form, int64_t id, struct gerr *err)
{
	return gerr_set(err, GERR_INPUT, "id", _("There is no record %" PRId64 " in %s."), id,
	                _(form->title));
}

/* Binds the record's id to st and steps to its row; the caller reads it
 * and resets st. */
static int step_to_record(struct db *db, sqlite3_stmt *st, const struct form *form, int64_t id,
                          struct gerr *err)
{
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	return rc == SQLITE_ROW ? GERR_OK : rc == SQLITE_DONE ? not_found(form, id, err)
	                                                      : db_fail(db, err);
}

int db_record_get(struct db *db, const struct form *form, int64_t id, struct record **out,
                  struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, form_sql(form, FS_GET), &st, err);
	if (rc)
		return rc;
	if ((rc = step_to_record(db, st, form, id, err)) == GERR_OK)
		*out = db_select_row(st, form);
	sqlite3_reset(st);
	return rc;
}

int db_record_field(struct db *db, const struct form *form, int64_t id, const struct field *f,
                    struct value *out, struct gerr *err)
{
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE id = ?", f->name, form->name);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	if ((rc = step_to_record(db, st, form, id, err)) == GERR_OK)
		db_column_value(st, 0, f, out);
	sqlite3_reset(st);
	return rc;
}

int db_record_insert(struct db *db, struct record *r, const char *user, const char *at,
                     struct gerr *err)
{
	const struct form *form = r->form;
	sqlite3_stmt *st;
	int rc = db_prepare(db, form_sql(form, FS_INSERT), &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, user, -1, SQLITE_TRANSIENT);
	bind_fields(st, 3, r);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc)
		return rc;
	r->id = sqlite3_last_insert_rowid(db->h);
	r->version = 1;
	return GERR_OK;
}

/* The caller read the record inside this transaction, so a stale version
 * here means a bug upstream; the check keeps an overwrite impossible. */
static int version_conflict(struct gerr *err)
{
	return gerr_set(err, GERR_INPUT, "version", "%s",
	                _("Someone else saved this record first: nothing was saved. Open it again."));
}

int db_record_update(struct db *db, struct record *r, const char *user, const char *at,
                     struct gerr *err)
{
	const struct form *form = r->form;
	sqlite3_stmt *st;
	int rc = db_prepare(db, form_sql(form, FS_UPDATE), &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, user, -1, SQLITE_TRANSIENT);
	int next = bind_fields(st, 3, r);
	sqlite3_bind_int64(st, next, r->id);
	sqlite3_bind_int64(st, next + 1, r->version);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc)
		return rc;
	if (sqlite3_changes(db->h) != 1)
		return version_conflict(err);
	r->version++;
	return GERR_OK;
}

int db_record_void(struct db *db, struct record *r, const char *reason, const char *user,
                   const char *at, struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, form_sql(r->form, FS_VOID), &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, reason, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, user, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, r->id);
	sqlite3_bind_int64(st, 5, r->version);
	rc = db_step_done(db, st, sqlite3_step(st), err);
	if (rc)
		return rc;
	if (sqlite3_changes(db->h) != 1)
		return version_conflict(err);
	r->version++;
	r->voided = true;
	free(r->void_reason);
	r->void_reason = xstrdup(reason);
	return GERR_OK;
}

/* Runs sql (at most two ids, text bound to ?1): *id the last, *count how
 * many. */
static int count_ids(struct db *db, const char *sql, const char *text, int64_t *id, int *count,
                     struct gerr *err)
{
	sqlite3_stmt *st;
	*count = 0;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		(*count)++;
	}
	return db_step_done(db, st, rc, err);
}

/* Finds live records whose column equals text; *count says how many
 * (0, 1 or 2 meaning "more than one"). */
static int find_by(struct db *db, const struct form *target, const char *column,
                   const char *text, int64_t *id, int *count, struct gerr *err)
{
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT id FROM %s WHERE %s = ?1 AND voided = 0 LIMIT 2",
	         target->name, column);
	return count_ids(db, sql, text, id, count, err);
}

/* The same, ASCII letters in either case: a code typed in lower case. */
static int find_by_nocase(struct db *db, const struct form *target, const char *column,
                          const char *text, int64_t *id, int *count, struct gerr *err)
{
	char sql[180];
	snprintf(sql, sizeof sql,
	         "SELECT id FROM %s WHERE %s = ?1 COLLATE NOCASE AND voided = 0 LIMIT 2",
	         target->name, column);
	return count_ids(db, sql, text, id, count, err);
}

/* A product or customer named by its 助记码 (the office's own, any case)
 * or the pinyin initials of its whole name, as a list search finds it:
 * 一次性使用注射器 is "ycxsyzsq". Letters and digits only; at most two ids
 * counted. */
static int find_by_initials(struct db *db, const struct form *target, const char *text,
                            int64_t *id, int *count, struct gerr *err)
{
	*count = 0;
	if (!*text || strspn(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") !=
	                  strlen(text))
		return GERR_OK;
	char sql[240];
	snprintf(sql, sizeof sql,
	         "SELECT id FROM %s WHERE voided = 0 AND (lower(mnemonic) = lower(?1) OR"
	         " pinyin_whole(%s, ?1)) LIMIT 2",
	         target->name, target->name_field);
	return count_ids(db, sql, text, id, count, err);
}

/* Says whether the code or name is void or unknown, so a clerk knows which. */
static int ref_missing(struct db *db, const struct field *f, const struct form *target,
                       const char *text, struct gerr *err)
{
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE (%s = ?1 OR %s = ?1) AND voided = 1 LIMIT 1",
	         target->name, form_ref_code(target), form_ref_name(target));
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return field_refuse(err, f, _("\"%s\" in %s is void and cannot be used"), text,
		                    _(target->title));
	if (rc != SQLITE_DONE)
		return db_fail(db, err);
	if (!target->code_field) /* named by number: a sales line */
		return field_refuse(err, f, _("%s has no record number %s"), _(target->title), text);
	return field_refuse(err, f, _("nothing in %s has the code or name \"%s\""), _(target->title),
	                    text);
}

/* A ref to a form without a code (a sales line) names the record by its id. */
static int resolve_id(struct db *db, const struct field *f, const struct form *target,
                      struct value *v, struct gerr *err)
{
	char *end;
	long long id = strtoll(v->text, &end, 10);
	if (*v->text < '0' || *v->text > '9' || *end || id <= 0)
		return field_refuse(err, f, _("give the number (ID) of a record of %s, not \"%s\""),
		                    _(target->title), v->text);
	struct record *r = NULL;
	int rc = db_record_get(db, target, id, &r, NULL);
	if (rc)
		return field_refuse(err, f, _("there is no record %lld in %s"), id, _(target->title));
	bool voided = r->voided;
	record_free(r);
	if (voided)
		return field_refuse(err, f, _("record %lld in %s is void and cannot be used"), id,
		                    _(target->title));
	char text[24];
	snprintf(text, sizeof text, "%lld", id);
	value_set_num(v, id);
	v->text = xstrdup(text);
	return GERR_OK;
}

int db_ref_resolve(struct db *db, const struct field *f, const struct form *target,
                   struct value *v, struct gerr *err)
{
	if (!target->code_field)
		return resolve_id(db, f, target, v, err);
	int64_t id = 0;
	int count = 0, rc = GERR_OK;
	bool numeric = v->text[0] && strspn(v->text, "0123456789") == strlen(v->text);
	if (v->text[0] == '#') /* "#12": the record with id 12, whatever its code */
		rc = find_by(db, target, "id", v->text + 1, &id, &count, err);
	else
		rc = find_by(db, target, form_ref_code(target), v->text, &id, &count, err);
	if (rc == GERR_OK && count == 0 && v->text[0] != '#') /* hc05 is HC05 */
		rc = find_by_nocase(db, target, form_ref_code(target), v->text, &id, &count, err);
	if (rc == GERR_OK && count == 0 && v->text[0] != '#' && target->name_field)
		rc = find_by(db, target, target->name_field, v->text, &id, &count, err);
	bool by_initials = false;
	if (rc == GERR_OK && count == 0 && v->text[0] != '#' && form_field(target, "mnemonic")) {
		rc = find_by_initials(db, target, v->text, &id, &count, err);
		by_initials = count > 0;
	}
	/* a form without unique codes of its own (training) is named by its
	 * number; a customer's or product's number is never taken for its code */
	if (rc == GERR_OK && count == 0 && numeric && target->code_field &&
	    !(form_field(target, target->code_field)->flags & F_UNIQUE))
		rc = find_by(db, target, "id", v->text, &id, &count, err);
	if (rc)
		return rc;
	if (count == 0)
		return ref_missing(db, f, target, v->text, err);
	if (count > 1)
		return field_refuse(err, f, by_initials
		                    ? _("more than one record of %s has the 助记码 or pinyin initials \"%s\": give its code")
		                    : _("more than one record of %s is named \"%s\": give its code"),
		                    _(target->title), v->text);
	struct record *r = NULL;
	if ((rc = db_record_get(db, target, id, &r, err)) != GERR_OK)
		return rc;
	value_set_num(v, id);
	if (target->code_field) {
		const struct value *code = record_value(r, target->code_field);
		const struct value *name = record_value(r, target->name_field);
		v->text = xstrdup(code->text ? code->text : "");
		v->label = xstrdup(name->text ? name->text : "");
	} else {
		char buf[24];
		snprintf(buf, sizeof buf, "%" PRId64, id);
		v->text = xstrdup(buf);
		v->label = xstrdup(buf);
	}
	record_free(r);
	return GERR_OK;
}

int db_value_taken(struct db *db, const struct form *form, const struct field *f,
                   const struct value *v, int64_t exclude_id, bool *taken, struct gerr *err)
{
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT 1 FROM %s WHERE %s = ? AND id <> ? LIMIT 1",
	         form->name, f->name);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	db_bind_value(st, 1, f, v);
	sqlite3_bind_int64(st, 2, exclude_id);
	rc = sqlite3_step(st);
	*taken = rc == SQLITE_ROW;
	return db_step_done(db, st, rc, err);
}

int db_values_taken(struct db *db, const struct form *form, const int *idx,
                    const struct value *v, int n, int64_t exclude_id, bool *taken,
                    struct gerr *err)
{
	struct strbuf sql = STRBUF_INIT;
	sb_addf(&sql, "SELECT 1 FROM %s WHERE voided = 0 AND id <> ?", form->name);
	for (int i = 0; i < n; i++)
		sb_addf(&sql, " AND %s = ?", form->fields[idx[i]].name);
	sb_add(&sql, " LIMIT 1");
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, err);
	sb_free(&sql);
	if (rc)
		return rc;
	sqlite3_bind_int64(st, 1, exclude_id);
	for (int i = 0; i < n; i++)
		db_bind_value(st, 2 + i, &form->fields[idx[i]], &v[idx[i]]);
	rc = sqlite3_step(st);
	*taken = rc == SQLITE_ROW;
	return db_step_done(db, st, rc, err);
}
