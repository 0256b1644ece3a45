/* Bulk writes and the text indexes. A form's insert trigger indexes each
 * new record as a segment of its own (SQLite 3.40's FTS5 flushes at every
 * statement: some 60 µs a line, twice the rest of an import's insert), so
 * an import pauses the trigger inside its transaction and indexes all its
 * records in one statement before it commits. The write lock it holds
 * keeps every other writer out meanwhile, and a rollback restores the
 * trigger with everything else. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_text_index.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>

int db_text_index_pause(struct db *db, const struct form *form, struct text_pause *p,
                        struct gerr *err)
{
	p->trigger_sql = NULL;
	p->from_id = 0;
	if (!form->text_index)
		return GERR_OK;
	/* the names come from the form's const table, never from input */
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT (SELECT sql FROM sqlite_master WHERE type = 'trigger'"
	         " AND name = '%s_search_insert'), (SELECT ifnull(max(id), 0) FROM %s)",
	         form->name, form->name);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql, &st, err);
	if (rc)
		return rc;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		p->trigger_sql = db_col_dup(st, 0);
		p->from_id = sqlite3_column_int64(st, 1);
	}
	rc = db_step_done(db, st, rc, err);
	if (rc == GERR_OK && p->trigger_sql) {
		snprintf(sql, sizeof sql, "DROP TRIGGER %s_search_insert", form->name);
		rc = db_exec(db, sql, err);
	}
	return rc;
}

int db_text_index_resume(struct db *db, const struct form *form, struct text_pause *p,
                         struct gerr *err)
{
	if (!p->trigger_sql)
		return GERR_OK;
	/* the index's columns: the form's searched text fields, in order, as
	 * migration 9 made them */
	struct strbuf cols = STRBUF_INIT, sql = STRBUF_INIT;
	for (int i = 0; i < form->nfields; i++)
		if (form->fields[i].type != FT_REF && (form->fields[i].flags & F_SEARCH))
			sb_addf(&cols, ", %s", form->fields[i].name);
	sb_addf(&sql, "INSERT INTO %s_search (rowid%s) SELECT id%s FROM %s WHERE id > ?",
	        form->name, sb_str(&cols), sb_str(&cols), form->name);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, err);
	if (rc == GERR_OK) {
		sqlite3_bind_int64(st, 1, p->from_id);
		rc = db_step_done(db, st, sqlite3_step(st), err);
	}
	if (rc == GERR_OK)
		rc = db_exec(db, p->trigger_sql, err);
	free(p->trigger_sql);
	p->trigger_sql = NULL;
	sb_free(&cols);
	sb_free(&sql);
	return rc;
}
