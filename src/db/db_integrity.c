/* SQLite's integrity check and the text indexes' own, run on a second
 * connection in a thread of their own while check reads the audit chain
 * and replays the records: at a million sales lines they are half of
 * check's time, and the machine has a second core for them. */
#include "config.h"
#include "db/db_internal.h"
#include "db/db_check.h"
#include "base/strbuf.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct db_integrity {
	struct db *main, *own; /* own: NULL when the check runs at the finish */
	bool full;
	pthread_t thread;
	char **problems;
	int n;
	int rc;
	struct gerr err;
};

static int keep(void *ud, const char *text)
{
	struct db_integrity *j = ud;
	j->problems = xrealloc(j->problems, sizeof *j->problems * (size_t)(j->n + 1));
	j->problems[j->n++] = xstrdup(text);
	return 0;
}

static void *run(void *ud)
{
	struct db_integrity *j = ud;
	j->rc = db_check_integrity(j->own, j->full, keep, j, &j->err);
	return NULL;
}

/* A plain second connection to the same file (it only reads). */
static struct db *second(const struct db *db)
{
	struct db *own = xcalloc(1, sizeof *own);
	own->path = xstrdup(db->path);
	own->cache_cap = DB_STMT_CACHE;
	if (sqlite3_open_v2(db->path, &own->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		db_close(own);
		return NULL;
	}
	sqlite3_extended_result_codes(own->h, 1);
	sqlite3_busy_timeout(own->h, BUSY_TIMEOUT_MS);
	return own;
}

struct db_integrity *db_integrity_start(struct db *db, bool full)
{
	struct db_integrity *j = xcalloc(1, sizeof *j);
	j->main = db;
	j->full = full;
	j->own = second(db);
	if (j->own && pthread_create(&j->thread, NULL, run, j) != 0) {
		db_close(j->own);
		j->own = NULL;
	}
	return j;
}

int db_integrity_finish(struct db_integrity *j, int (*problem)(void *ud, const char *text),
                        void *ud, struct gerr *err)
{
	int rc;
	if (j->own) {
		pthread_join(j->thread, NULL);
		db_close(j->own);
		rc = j->rc;
		if (rc)
			*err = j->err;
	} else {
		rc = db_check_integrity(j->main, j->full, keep, j, err);
	}
	for (int i = 0; i < j->n; i++) {
		if (rc == GERR_OK)
			problem(ud, j->problems[i]);
		free(j->problems[i]);
	}
	free(j->problems);
	free(j);
	return rc;
}
