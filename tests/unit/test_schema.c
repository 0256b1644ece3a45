/* Each form's table as the migrations make it (a fresh database) against
 * its form file: every field has a column of its kind (text for text,
 * dates, times and choices; integer for numbers, money, yes/no and refs),
 * and the other columns are only the bookkeeping ones every record table
 * carries (db/db_migrate.c) and a NAME_key column for each of its keys. A
 * form with a text index has NAME_search over its searched text fields,
 * in order (db/db_text_index.c). */
#include "config.h"
#include "fixture.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TestSuite(schema, .init = fx_setup, .fini = fx_teardown, .timeout = 60);

static const char *const bookkeeping[] = {
	"id", "version", "voided", "void_reason", "created_at", "created_by", "updated_at",
	"updated_by", NULL,
};

static const char *kind_of(enum ftype t)
{
	switch (t) {
	case FT_TEXT: case FT_DATE: case FT_DATETIME: case FT_ENUM: return "TEXT";
	case FT_INT: case FT_DECIMAL: case FT_BOOL: case FT_REF: return "INTEGER";
	}
	return "?";
}

static bool is_key_column(const struct form *f, const char *column)
{
	char name[64];
	for (const char *const *k = f->keys; k && *k; k++) {
		snprintf(name, sizeof name, "%s_key", *k);
		if (strcmp(name, column) == 0)
			return true;
	}
	return false;
}

static bool is_bookkeeping(const char *column)
{
	for (const char *const *b = bookkeeping; *b; b++)
		if (strcmp(*b, column) == 0)
			return true;
	return false;
}

/* "name type,name type,..." of table, in column order; malloc'd. */
static char *columns_of(const char *table)
{
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT group_concat(name || ' ' || type, ',') FROM"
	         " (SELECT name, type FROM pragma_table_info('%s') ORDER BY cid)", table);
	return fx_sql_text(fx.path, sql);
}

Test(schema, every_field_has_its_column_and_nothing_else_is_there)
{
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++) {
		const struct form *f = all[i];
		char *cols = columns_of(f->name);
		cr_assert_not_null(cols, "no table %s", f->name);
		bool seen[128] = { false };
		cr_assert_lt(f->nfields, 128);
		char *save = NULL;
		for (char *c = strtok_r(cols, ",", &save); c; c = strtok_r(NULL, ",", &save)) {
			char *type = strchr(c, ' ');
			cr_assert_not_null(type);
			*type++ = '\0';
			int fi = form_field_index(f, c);
			if (fi >= 0) {
				seen[fi] = true;
				cr_expect_str_eq(type, kind_of(f->fields[fi].type), "%s.%s is %s", f->name, c,
				                 type);
			} else {
				cr_expect(is_bookkeeping(c) || is_key_column(f, c),
				          "%s.%s: a column that is no field of the form", f->name, c);
			}
		}
		for (int k = 0; k < f->nfields; k++)
			cr_expect(seen[k], "%s.%s: a field without a column", f->name, f->fields[k].name);
		free(cols);
	}
}

Test(schema, a_text_index_holds_the_searched_text_fields)
{
	int n, indexed = 0;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++) {
		const struct form *f = all[i];
		char table[80], want[512] = "", sql[200];
		snprintf(table, sizeof table, "%s_search", f->name);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_master WHERE name = '%s'", table);
		int64_t exists = fx_sql_int(fx.path, sql);
		cr_expect_eq(exists, f->text_index ? 1 : 0, "%s: text index %s", f->name,
		             exists ? "without text_index" : "missing");
		if (!f->text_index || !exists)
			continue;
		indexed++;
		for (int k = 0; k < f->nfields; k++)
			if (f->fields[k].type != FT_REF && (f->fields[k].flags & F_SEARCH))
				snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
				         want[0] ? "," : "", f->fields[k].name);
		snprintf(sql, sizeof sql, "SELECT group_concat(name, ',') FROM"
		         " (SELECT name FROM pragma_table_info('%s') ORDER BY cid)", table);
		fx_sql_text_is(sql, want);
	}
	cr_expect_gt(indexed, 0, "no form has a text index: the test saw nothing");
}
