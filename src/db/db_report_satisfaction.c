/* The queries of the annual satisfaction roll-up: the figures are summed
 * in SQL (GROUP BY) and the surveys streamed, so a year of a hundred
 * thousand responses never sits in memory. */
#include "config.h"
#include "core/strbuf.h"
#include "db/db_internal.h"
#include "db/db_report.h"

#include <stdlib.h>

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

static int finish(struct db *db, sqlite3_stmt *st, int rc, struct gerr *err)
{
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? GERR_OK : db_fail(db, err);
	sqlite3_reset(st);
	return rc;
}

/* The year's figures (a) and last year's mean (b) per item, then the same
 * for the overall score as item 0, last. */
#define SAT_COUNTS(v) \
	"count(*) AS n, avg(" v ") AS m, sum(" v " >= 4) AS sat, sum(" v " = 1) AS c1," \
	" sum(" v " = 2) AS c2, sum(" v " = 3) AS c3, sum(" v " = 4) AS c4, sum(" v " = 5) AS c5"
#define SAT_COLS \
	" ifnull(a.n, 0), a.m, ifnull(a.sat, 0), ifnull(a.c1, 0), ifnull(a.c2, 0)," \
	" ifnull(a.c3, 0), ifnull(a.c4, 0), ifnull(a.c5, 0), b.m"

int db_report_sat_summary(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_stat *st), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"WITH agg AS (SELECT sc.item AS item, s.year AS y, " SAT_COUNTS("sc.score")
		"  FROM surveys s JOIN survey_scores sc ON sc.survey = s.id"
		"  WHERE s.voided = 0 AND sc.voided = 0 AND s.year IN (?1, ?1 - 1)"
		"  GROUP BY sc.item, s.year),"
		" ov AS (SELECT year AS y, " SAT_COUNTS("overall")
		"  FROM surveys WHERE voided = 0 AND year IN (?1, ?1 - 1) GROUP BY year)"
		" SELECT i.id AS id, i.name," SAT_COLS ", 0 AS k, ifnull(i.position, 1000000) AS pos"
		" FROM survey_items i LEFT JOIN agg a ON a.item = i.id AND a.y = ?1"
		" LEFT JOIN agg b ON b.item = i.id AND b.y = ?1 - 1"
		" WHERE i.voided = 0 AND i.active = 1"
		" UNION ALL"
		" SELECT 0, ''," SAT_COLS ", 1, 0"
		" FROM (SELECT 1) LEFT JOIN ov a ON a.y = ?1 LEFT JOIN ov b ON b.y = ?1 - 1"
		" ORDER BY k, pos, id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_stat s = {
			.item = sqlite3_column_int64(st, 0), .name = col(st, 1),
			.n = sqlite3_column_int64(st, 2),
			.has_mean = sqlite3_column_type(st, 3) != SQLITE_NULL,
			.mean = sqlite3_column_double(st, 3),
			.satisfied = sqlite3_column_int64(st, 4),
			.has_last = sqlite3_column_type(st, 10) != SQLITE_NULL,
			.last_mean = sqlite3_column_double(st, 10),
		};
		for (int k = 0; k < 5; k++)
			s.count[k] = sqlite3_column_int64(st, 5 + k);
		if (row(ud, &s))
			break;
	}
	return finish(db, st, rc, err);
}

/* "item:score,item:score" from group_concat into the two arrays. */
static int parse_scores(const char *text, int64_t **items, int64_t **scores, int *cap)
{
	int n = 0;
	for (const char *p = text; *p;) {
		char *end;
		long long item = strtoll(p, &end, 10);
		if (*end != ':')
			break;
		long long score = strtoll(end + 1, &end, 10);
		if (n == *cap) {
			*cap = *cap ? 2 * *cap : 16;
			*items = xrealloc(*items, sizeof **items * (size_t)*cap);
			*scores = xrealloc(*scores, sizeof **scores * (size_t)*cap);
		}
		(*items)[n] = item;
		(*scores)[n] = score;
		n++;
		p = *end == ',' ? end + 1 : end;
	}
	return n;
}

int db_report_sat_surveys(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT s.id, c.name, s.respondent, s.date, s.overall, ifnull(s.suggestions, ''),"
		" ifnull((SELECT group_concat(sc.item || ':' || sc.score) FROM survey_scores sc"
		"         WHERE sc.survey = s.id AND sc.voided = 0), '')"
		" FROM customers c JOIN surveys s ON s.customer = c.id"
		" WHERE s.voided = 0 AND s.year = ?1"
		" ORDER BY c.name, c.id, s.date, s.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	int64_t *items = NULL, *scores = NULL;
	int cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_survey sv = {
			.id = sqlite3_column_int64(st, 0), .customer = col(st, 1),
			.respondent = col(st, 2), .date = col(st, 3),
			.overall = sqlite3_column_int64(st, 4), .suggestions = col(st, 5),
		};
		sv.nscores = parse_scores(col(st, 6), &items, &scores, &cap);
		sv.items = items;
		sv.scores = scores;
		if (row(ud, &sv))
			break;
	}
	free(items);
	free(scores);
	return finish(db, st, rc, err);
}

int db_report_sat_unsurveyed(struct db *db, int year,
                             int (*row)(void *ud, const char *customer), void *ud,
                             struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT c.name FROM customers c WHERE c.voided = 0"
		" AND EXISTS (SELECT 1 FROM sales x WHERE x.customer = c.id AND x.voided = 0"
		"             AND x.sale_date BETWEEN printf('%04d-01-01', ?1) AND printf('%04d-12-31', ?1))"
		" AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.customer = c.id AND s.voided = 0"
		"                 AND s.year = ?1)"
		" ORDER BY c.name, c.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (row(ud, col(st, 0)))
			break;
	return finish(db, st, rc, err);
}

int db_report_sat_suggestions(struct db *db, int year,
                              int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                              struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT s.id, c.name, s.respondent, s.date, s.overall, s.suggestions"
		" FROM surveys s JOIN customers c ON c.id = s.customer"
		" WHERE s.voided = 0 AND s.year = ?1 AND trim(ifnull(s.suggestions, '')) <> ''"
		" ORDER BY s.date, s.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_survey sv = {
			.id = sqlite3_column_int64(st, 0), .customer = col(st, 1),
			.respondent = col(st, 2), .date = col(st, 3),
			.overall = sqlite3_column_int64(st, 4), .suggestions = col(st, 5),
		};
		if (row(ud, &sv))
			break;
	}
	return finish(db, st, rc, err);
}
