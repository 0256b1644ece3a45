/* Lists of records, paged by key: WHERE (sort, id) > (last seen) ORDER BY
 * sort, id LIMIT n, so a page costs the same at row 10 and at row 10^6. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_list.h"
#include "db/db_select.h"
#include "base/date.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool numeric(const struct field *f)
{
	return f->type == FT_INT || f->type == FT_DECIMAL || f->type == FT_BOOL;
}

/* The ORDER BY expression of the sort field; NULLs become the lowest value
 * so that row-value comparisons stay total. */
static void sort_expr(struct strbuf *sql, const struct form *form, const struct field *f)
{
	if (f->type == FT_REF) {
		const struct form *target = form_find(f->ref);
		sb_addf(sql, "ifnull(r%d.%s, '')", (int)(f - form->fields), form_ref_name(target));
	} else if (f->flags & F_REQUIRED) {
		sb_addf(sql, "t.%s", f->name);
	} else if (numeric(f)) {
		sb_addf(sql, "ifnull(t.%s, -9223372036854775807 - 1)", f->name);
	} else {
		sb_addf(sql, "ifnull(t.%s, '')", f->name);
	}
}

/* Appends the search term as a LIKE pattern with % and _ taken literally. */
static char *like_pattern(const char *s)
{
	struct strbuf b = STRBUF_INIT;
	sb_addc(&b, '%');
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			sb_addc(&b, '\\');
		sb_addc(&b, *s);
	}
	sb_addc(&b, '%');
	return sb_steal(&b);
}

enum bind_kind { B_VALUE, B_TEXT, B_INT, B_KEY };
struct bind {
	enum bind_kind kind;
	const struct field *field;
	const struct value *value;
	const char *text;
	int64_t num;
};

struct built {
	struct strbuf sql;
	struct bind binds[64];
	int nbinds;
	char *pattern, *fts;
	char *key; /* the term as a batch or serial number's key (text_key) */
	char next_day[11];
};

/* How a search finds its rows: LIKE on every row in list order, or the
 * same LIKE only on the rows the form's text index and the refs' own
 * tables name (a sort of the matches instead of a walk of the table). */
enum search_via { VIA_SCAN, VIA_INDEX };

static void add_quoted(struct strbuf *b, const char *s, size_t n)
{
	sb_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			sb_addc(b, '"');
		sb_addc(b, s[i]);
	}
	sb_add(b, "\" ");
}

/* The term as an FTS5 query naming every line that holds it, and maybe
 * some more (LIKE keeps the right ones): its trigrams side by side, taken
 * every third character plus the last, all of them quoted (so % _ and
 * any FTS5 syntax are literal). Fewer trigrams than a phrase of every
 * one: a serial number's lookup costs 1.9 ms instead of 4.5 at 1M lines. */
static char *fts_query(const char *term)
{
	int start[256], n = 0;
	for (int i = 0; term[i] && n < 256; i++)
		if (((unsigned char)term[i] & 0xC0) != 0x80)
			start[n++] = i;
	int len = (int)strlen(term);
	struct strbuf b = STRBUF_INIT;
	for (int c = 0; c + 3 <= n; c += 3) {
		int end = c + 3 < n ? start[c + 3] : len;
		add_quoted(&b, term + start[c], (size_t)(end - start[c]));
	}
	if (n % 3)
		add_quoted(&b, term + start[n - 3], (size_t)(len - start[n - 3]));
	return sb_steal(&b);
}

/* A trigram index finds only terms of three characters or more. */
static bool indexable(const struct list_query *q)
{
	if (!q->form->text_index || !q->search)
		return false;
	int chars = 0;
	for (const unsigned char *p = (const unsigned char *)q->search; *p; p++)
		chars += (*p & 0xC0) != 0x80;
	return chars >= 3;
}

static void add_bind(struct built *b, struct bind bind)
{
	if (b->nbinds < (int)(sizeof b->binds / sizeof b->binds[0]))
		b->binds[b->nbinds++] = bind;
}

/* A term of letters and digits alone may be pinyin initials (助记码): it
 * also matches a name whose characters' initials hold it (base/pinyin.h). */
static bool initials_term(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* " OR pinyin_match(COLUMN, ?)" for a name column, when the term may be
 * initials. */
static void or_initials(struct built *b, const char *term, const char *table,
                        const char *column)
{
	if (!column || !initials_term(term))
		return;
	sb_addf(&b->sql, " OR pinyin_match(%s%s, ?)", table, column);
	add_bind(b, (struct bind){ .kind = B_TEXT, .text = term });
}

/* " OR t.NAME_key = ?" for each batch or serial number: the whole number
 * however it was typed (form.h keys), by its index; the same on both ways
 * of a search, so a scan and the index give the same rows. */
static void or_keys(struct built *b, const struct form *form)
{
	for (const char *const *k = form->keys; k && *k; k++) {
		sb_addf(&b->sql, " OR t.%s_key = ?", *k);
		add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->key });
	}
}

/* The search condition via the index: the trigram index names a superset
 * of the lines whose text fields hold the term (it folds more than ASCII
 * case), LIKE keeps exactly those; a ref matches when its target's code or
 * name does, looked up once in the target's own table. */
static void search_via_index(struct built *b, const struct form *form, const char *term)
{
	struct strbuf *sql = &b->sql;
	b->fts = fts_query(term);
	sb_addf(sql, " AND ((t.id IN (SELECT rowid FROM %s_search WHERE %s_search MATCH ?) AND (0",
	        form->name, form->name);
	add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->fts });
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->type != FT_REF && (f->flags & F_SEARCH)) {
			sb_addf(sql, " OR t.%s LIKE ? ESCAPE '\\'", f->name);
			add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
		}
	}
	sb_add(sql, "))");
	or_keys(b, form);
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->type != FT_REF)
			continue;
		const struct form *target = form_find(f->ref);
		sb_addf(sql, " OR t.%s IN (SELECT id FROM %s WHERE %s LIKE ? ESCAPE '\\' OR %s LIKE ? ESCAPE '\\'",
		        f->name, target->name, form_ref_code(target), form_ref_name(target));
		add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
		add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
		or_initials(b, term, "", target->name_field);
		sb_add(sql, ")");
	}
	or_initials(b, term, "t.", form->name_field);
	sb_add(sql, ")");
}

/* A filter on a batch or serial number compares its key (form.h keys). */
static bool keyed(const struct form *form, const struct field *f)
{
	for (const char *const *k = form->keys; k && *k; k++)
		if (strcmp(*k, f->name) == 0)
			return true;
	return false;
}

static void build_where(struct built *b, const struct list_query *q, enum search_via via)
{
	const struct form *form = q->form;
	struct strbuf *sql = &b->sql;
	sb_add(sql, " WHERE 1");
	if (!q->include_voided)
		sb_add(sql, " AND t.voided = 0");
	for (int i = 0; i < q->nfilters; i++) {
		const struct list_filter *fl = &q->filters[i];
		if (fl->value.null) {
			sb_addf(sql, " AND t.%s IS NULL", fl->field->name);
		} else if (keyed(form, fl->field)) {
			sb_addf(sql, " AND t.%s_key = ?", fl->field->name);
			add_bind(b, (struct bind){ .kind = B_KEY, .text = fl->value.text });
		} else {
			sb_addf(sql, " AND t.%s = ?", fl->field->name);
			add_bind(b, (struct bind){ .kind = B_VALUE, .field = fl->field, .value = &fl->value });
		}
	}
	if (q->via) {
		sb_addf(sql, " AND t.%s IN (SELECT id FROM %s WHERE voided = 0 AND %s = ?)",
		        q->via->field->name, q->via->field->ref, q->via->via->name);
		add_bind(b, (struct bind){ .kind = B_VALUE, .field = q->via->via, .value = &q->via->value });
	}
	const struct field *df = form->date_field ? form_field(form, form->date_field) : NULL;
	if (df && q->since) {
		sb_addf(sql, " AND t.%s >= ?", df->name);
		add_bind(b, (struct bind){ .kind = B_TEXT, .text = q->since });
	}
	if (df && q->until) {
		/* a datetime on the last day is still inside the range */
		struct ymd d;
		if (df->type == FT_DATETIME && date_parse(q->until, &d) == DATE_OK) {
			struct ymd next = date_from_days(date_to_days(&d) + 1);
			date_format(&next, b->next_day);
			sb_addf(sql, " AND t.%s < ?", df->name);
			add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->next_day });
		} else {
			sb_addf(sql, " AND t.%s <= ?", df->name);
			add_bind(b, (struct bind){ .kind = B_TEXT, .text = q->until });
		}
	}
	if (q->search && *q->search) {
		b->pattern = like_pattern(q->search);
		b->key = text_key(q->search);
		if (via == VIA_INDEX) {
			search_via_index(b, form, q->search);
			return;
		}
		sb_add(sql, " AND (0");
		for (int i = 0; i < form->nfields; i++) {
			const struct field *f = &form->fields[i];
			if (f->type == FT_REF) {
				const struct form *target = form_find(f->ref);
				sb_addf(sql, " OR r%d.%s LIKE ? ESCAPE '\\' OR r%d.%s LIKE ? ESCAPE '\\'",
				        i, form_ref_code(target), i, form_ref_name(target));
				add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
				add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
				char alias[16];
				snprintf(alias, sizeof alias, "r%d.", i);
				or_initials(b, q->search, alias, target->name_field);
			} else if (f->flags & F_SEARCH) {
				sb_addf(sql, " OR t.%s LIKE ? ESCAPE '\\'", f->name);
				add_bind(b, (struct bind){ .kind = B_TEXT, .text = b->pattern });
			}
		}
		or_keys(b, form);
		or_initials(b, q->search, "t.", form->name_field);
		sb_add(sql, ")");
	}
}

/* The keyset condition: rows strictly after q->after in q's order. */
static void build_key(struct built *b, const struct list_query *q)
{
	struct strbuf *sql = &b->sql;
	if (!q->after)
		return;
	const char *cmp = q->descending ? "<" : ">";
	if (q->sort) {
		sb_add(sql, " AND (");
		sort_expr(sql, q->form, q->sort);
		/* COLLATE on the id (a no-op for integers) lets SQLite 3.40 seek
		 * on both key columns of an index ending in the rowid, not
		 * just the first: a page then costs the same at any depth */
		sb_addf(sql, ", t.id) %s (?, ? COLLATE BINARY)", cmp);
		const struct value *sv = &q->after->sortval;
		if (numeric(q->sort))
			add_bind(b, (struct bind){ .kind = B_INT, .num = sv->null ? INT64_MIN : sv->num });
		else
			add_bind(b, (struct bind){ .kind = B_TEXT, .text = sv->text ? sv->text : "" });
	} else {
		sb_addf(sql, " AND t.id %s ?", cmp);
	}
	add_bind(b, (struct bind){ .kind = B_INT, .num = q->after->id });
}

static void build_sort(struct built *b, const struct list_query *q)
{
	const char *dir = q->descending ? " DESC" : "";
	sb_add(&b->sql, " ORDER BY ");
	if (q->sort) {
		sort_expr(&b->sql, q->form, q->sort);
		sb_addf(&b->sql, "%s, ", dir);
	}
	sb_addf(&b->sql, "t.id%s", dir);
}

static void build_limit(struct built *b, const struct list_query *q)
{
	if (q->limit > 0) {
		sb_add(&b->sql, " LIMIT ?");
		add_bind(b, (struct bind){ .kind = B_INT, .num = q->limit });
	}
}

static void add_joins(struct strbuf *sql, const struct form *form)
{
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		if (f->type == FT_REF)
			sb_addf(sql, " LEFT JOIN %s r%d ON r%d.id = t.%s", f->ref, i, i, f->name);
	}
}

/* The whole statement. Via the index, the page's ids are chosen first and
 * only their rows read in full: every match is sorted, and carrying just
 * its id and sort key through the sort halves the time at 26k matches. */
static void build_select(struct built *b, const struct list_query *q, enum search_via via)
{
	db_select_columns(&b->sql, q->form);
	if (via == VIA_INDEX) {
		sb_addf(&b->sql, " WHERE t.id IN (SELECT t.id FROM %s t", q->form->name);
		add_joins(&b->sql, q->form);
	}
	build_where(b, q, via);
	build_key(b, q);
	build_sort(b, q);
	build_limit(b, q);
	if (via == VIA_INDEX) {
		sb_add(&b->sql, ")");
		build_sort(b, q);
	}
}

static void bind_all(sqlite3_stmt *st, const struct built *b)
{
	for (int i = 0; i < b->nbinds; i++) {
		const struct bind *x = &b->binds[i];
		if (x->kind == B_VALUE)
			db_bind_value(st, i + 1, x->field, x->value);
		else if (x->kind == B_TEXT)
			sqlite3_bind_text(st, i + 1, x->text, -1, SQLITE_TRANSIENT);
		else if (x->kind == B_KEY)
			db_bind_key(st, i + 1, x->text);
		else
			sqlite3_bind_int64(st, i + 1, x->num);
	}
}

/* Passes the rows on and keeps the last one's key: a scan cut short goes
 * on from there via the index. */
struct relay {
	const struct list_query *q;
	int (*row)(void *ud, const struct record *r);
	void *ud;
	struct list_key last;
	int n;
	bool stopped;
};

/* The progress handler's period, in VM steps: coarse enough to cost
 * nothing, fine enough for a budget of a few thousand steps. */
#define TICK 1000

static int tick(void *ud)
{
	long *left = ud;
	*left -= TICK;
	return *left < 0;
}

/* One step under a budget of VM steps (*left, LONG_MAX: none), counted
 * across the statement's steps; SQLITE_INTERRUPT when it is spent. Only
 * around the step: the row callback may run statements of its own. */
static int step(struct db *db, sqlite3_stmt *st, long *left)
{
	if (*left == LONG_MAX)
		return sqlite3_step(st);
	sqlite3_progress_handler(db->h, TICK, tick, left);
	int rc = sqlite3_step(st);
	sqlite3_progress_handler(db->h, 0, NULL, NULL);
	return rc;
}

/* Runs q's statement; *cut says the budget ran out before the end. A read
 * interrupted this way leaves the transaction as it was. */
static int run(struct db *db, const struct list_query *q, enum search_via via, long steps,
               struct relay *rl, bool *cut, struct gerr *err)
{
	struct built b = { .sql = STRBUF_INIT };
	build_select(&b, q, via);
	sqlite3_stmt *st;
	*cut = false;
	int rc = db_prepare(db, sb_str(&b.sql), &st, err);
	if (rc == GERR_OK) {
		bind_all(st, &b);
		while (!rl->stopped && (rc = step(db, st, &steps)) == SQLITE_ROW) {
			struct record *r = db_select_row(st, q->form);
			db_list_key(rl->q, r, &rl->last);
			rl->n++;
			rl->stopped = rl->row(rl->ud, r) != 0;
			record_free(r);
		}
		*cut = rc == SQLITE_INTERRUPT;
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE || *cut ? GERR_OK : db_fail(db, err);
		sqlite3_reset(st);
	}
	sb_free(&b.sql);
	free(b.pattern);
	free(b.fts);
	free(b.key);
	return rc;
}

/* A search of a form with a text index: a scan in list order finds a
 * frequent term at once, and the index a rare or late one, whose scan
 * would read the whole table (bench/README.md). The scan gets a budget;
 * when it runs out before the page is full, the index query goes on after
 * the last row the scan gave, in the same order, so the rows are the same
 * as the scan's alone. */
int db_list(struct db *db, const struct list_query *q,
            int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err)
{
	struct relay rl = { .q = q, .row = row, .ud = ud, .last = { .sortval = { .null = true } } };
	long steps = indexable(q) ? db->scan_steps : LONG_MAX;
	bool cut = true;
	int rc = steps > 0 ? run(db, q, VIA_SCAN, steps, &rl, &cut, err) : GERR_OK;
	if (rc == GERR_OK && cut && !rl.stopped && (q->limit <= 0 || rl.n < q->limit)) {
		struct list_query rest = *q;
		if (rl.n > 0)
			rest.after = &rl.last;
		if (q->limit > 0)
			rest.limit = q->limit - rl.n;
		rc = run(db, &rest, VIA_INDEX, LONG_MAX, &rl, &cut, err);
	}
	value_clear(&rl.last.sortval);
	return rc;
}

void db_set_scan_steps(struct db *db, long steps)
{
	db->scan_steps = steps < 0 ? 0 : steps;
}

int db_list_count(struct db *db, const struct list_query *q, int64_t *count, struct gerr *err)
{
	struct built b = { .sql = STRBUF_INIT };
	sb_addf(&b.sql, "SELECT count(*) FROM %s t", q->form->name);
	/* the refs' tables only where a condition reads them: SQLite keeps
	 * a LEFT JOIN it could drop, five times the cost at 1M lines */
	if ((q->search && *q->search && !indexable(q)) || (q->sort && q->sort->type == FT_REF))
		add_joins(&b.sql, q->form);
	build_where(&b, q, indexable(q) ? VIA_INDEX : VIA_SCAN);
	build_key(&b, q);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&b.sql), &st, err);
	if (rc == GERR_OK) {
		bind_all(st, &b);
		if (sqlite3_step(st) == SQLITE_ROW) {
			*count = sqlite3_column_int64(st, 0);
			rc = GERR_OK;
		} else {
			rc = db_fail(db, err);
		}
		sqlite3_reset(st);
	}
	sb_free(&b.sql);
	free(b.pattern);
	free(b.fts);
	free(b.key);
	return rc;
}

void db_list_key(const struct list_query *q, const struct record *r, struct list_key *key)
{
	value_clear(&key->sortval);
	key->id = r->id;
	if (!q->sort)
		return;
	const struct value *v = &r->v[q->sort - q->form->fields];
	if (q->sort->type == FT_REF)
		value_set_text(&key->sortval, v->label ? v->label : "");
	else
		value_copy(&key->sortval, v);
}
