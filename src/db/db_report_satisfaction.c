/* The queries of the annual satisfaction roll-up: the figures are summed
 * in SQL (GROUP BY) and the surveys streamed, so a year of a hundred
 * thousand responses never sits in memory. */
#include "config.h"
#include "core/strbuf.h"
#include "db/db_internal.h"
#include "db/db_report.h"

#include <stdlib.h>
#include <string.h>

/* The scores of 1 to 5 counted per item in one pass over the year's and
 * last year's rows: a GROUP BY sorted every score first, which was most of
 * the report's query time at a hundred thousand surveys. */
struct tally {
	int64_t item; /* 0: the overall score */
	char *name;
	int64_t count[2][5]; /* [0] this year, [1] last year */
};

static struct tally *tally_of(struct tally *t, int n, int64_t item)
{
	for (int i = 0; i < n; i++)
		if (t[i].item == item)
			return &t[i];
	return NULL; /* a retired item: not on the summary */
}

/* Counts the scores of statement st (year, item, score) into t. */
static int tally_scores(struct db *db, sqlite3_stmt *st, int year, struct tally *t, int n,
                        struct gerr *err)
{
	int rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct tally *x = tally_of(t, n, sqlite3_column_int64(st, 1));
		int score = sqlite3_column_int(st, 2); /* 1 to 5: the tables' CHECK */
		if (x && score >= 1 && score <= 5)
			x->count[sqlite3_column_int(st, 0) == year ? 0 : 1][score - 1]++;
	}
	return db_step_done(db, st, rc, err);
}

/* n, mean, satisfied (4 or 5) of one year's counts; has_mean false when none. */
static void tally_sum(const int64_t c[5], int64_t *n, double *mean, bool *has_mean,
                      int64_t *satisfied)
{
	int64_t total = 0, sum = 0;
	for (int k = 0; k < 5; k++) {
		total += c[k];
		sum += c[k] * (k + 1);
	}
	*n = total;
	*has_mean = total > 0;
	*mean = total ? (double)sum / (double)total : 0;
	if (satisfied)
		*satisfied = c[3] + c[4];
}

int db_report_sat_summary(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_stat *st), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id, name FROM survey_items WHERE voided = 0 AND active = 1"
	                        " ORDER BY ifnull(position, 1000000), id", &st, err);
	if (rc)
		return rc;
	struct tally *t = NULL;
	int n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t = xrealloc(t, sizeof *t * (size_t)(n + 1));
		t[n++] = (struct tally){ .item = sqlite3_column_int64(st, 0),
		                         .name = xstrdup(db_col_text(st, 1)) };
	}
	rc = db_step_done(db, st, rc, err);
	t = xrealloc(t, sizeof *t * (size_t)(n + 1));
	t[n] = (struct tally){ .item = 0, .name = xstrdup("") };
	if (rc == GERR_OK && (rc = db_prepare(db,
		"SELECT s.year, sc.item, sc.score FROM surveys s JOIN survey_scores sc ON sc.survey = s.id"
		" WHERE s.voided = 0 AND sc.voided = 0 AND s.year IN (?1, ?1 - 1)", &st, err)) == GERR_OK)
		rc = tally_scores(db, st, year, t, n, err);
	if (rc == GERR_OK && (rc = db_prepare(db,
		"SELECT year, 0, overall FROM surveys WHERE voided = 0 AND year IN (?1, ?1 - 1)",
		&st, err)) == GERR_OK)
		rc = tally_scores(db, st, year, &t[n], 1, err);
	for (int i = 0; rc == GERR_OK && i <= n; i++) {
		struct sat_stat s = { .item = t[i].item, .name = t[i].name };
		memcpy(s.count, t[i].count[0], sizeof s.count);
		tally_sum(t[i].count[0], &s.n, &s.mean, &s.has_mean, &s.satisfied);
		int64_t last_n;
		tally_sum(t[i].count[1], &last_n, &s.last_mean, &s.has_last, NULL);
		if (row(ud, &s))
			break;
	}
	for (int i = 0; i <= n; i++)
		free(t[i].name);
	free(t);
	return rc;
}

/* One survey's scores into the two arrays, read by their own statement:
 * a group_concat subquery in the surveys' query cost four times as much,
 * since it builds and parses a string per survey. */
static int read_scores(struct db *db, sqlite3_stmt *sc, int64_t survey, int64_t **items,
                       int64_t **scores, int *cap, int *n, struct gerr *err)
{
	int rc;
	*n = 0;
	sqlite3_bind_int64(sc, 1, survey);
	while ((rc = sqlite3_step(sc)) == SQLITE_ROW) {
		if (*n == *cap) {
			*cap = *cap ? 2 * *cap : 16;
			*items = xrealloc(*items, sizeof **items * (size_t)*cap);
			*scores = xrealloc(*scores, sizeof **scores * (size_t)*cap);
		}
		(*items)[*n] = sqlite3_column_int64(sc, 0);
		(*scores)[*n] = sqlite3_column_int64(sc, 1);
		(*n)++;
	}
	return db_step_done(db, sc, rc, err);
}

int db_report_sat_surveys(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st, *sc;
	int rc = db_prepare(db, "SELECT item, score FROM survey_scores WHERE survey = ? AND voided = 0"
	                        " ORDER BY item", &sc, err);
	if (rc == GERR_OK)
		rc = db_prepare(db,
			"SELECT s.id, c.name, s.respondent, s.date, s.overall, ifnull(s.suggestions, '')"
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
			.id = sqlite3_column_int64(st, 0), .customer = db_col_text(st, 1),
			.respondent = db_col_text(st, 2), .date = db_col_text(st, 3),
			.overall = sqlite3_column_int64(st, 4),
			.suggestions = db_col_text(st, 5),
		};
		if (read_scores(db, sc, sv.id, &items, &scores, &cap, &sv.nscores, err) != GERR_OK) {
			sqlite3_reset(st);
			free(items);
			free(scores);
			return err->code;
		}
		sv.items = items;
		sv.scores = scores;
		if (row(ud, &sv))
			break;
	}
	free(items);
	free(scores);
	return db_step_done(db, st, rc, err);
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
		if (row(ud, db_col_text(st, 0)))
			break;
	return db_step_done(db, st, rc, err);
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
			.id = sqlite3_column_int64(st, 0), .customer = db_col_text(st, 1),
			.respondent = db_col_text(st, 2), .date = db_col_text(st, 3),
			.overall = sqlite3_column_int64(st, 4),
			.suggestions = db_col_text(st, 5),
		};
		if (row(ud, &sv))
			break;
	}
	return db_step_done(db, st, rc, err);
}
