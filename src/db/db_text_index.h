/* Text indexes around bulk writes (db_text_index.c). */
#ifndef GSPDESK_DB_TEXT_INDEX_H
#define GSPDESK_DB_TEXT_INDEX_H

#include <stdint.h>

#include "base/err.h"
#include "model/form.h"

struct db;

/* Inside a write transaction: stops indexing new records of form one by
 * one (nothing when the form has no text index)... */
struct text_pause {
	char *trigger_sql; /* NULL: nothing paused */
	int64_t from_id;   /* records after this one are the bulk write's */
};
int db_text_index_pause(struct db *db, const struct form *form, struct text_pause *p,
                        struct gerr *err);
/* ...and indexes those written since in one statement, then indexes one by
 * one again. Call it before the commit; a rollback needs nothing. */
int db_text_index_resume(struct db *db, const struct form *form, struct text_pause *p,
                         struct gerr *err);

#endif
