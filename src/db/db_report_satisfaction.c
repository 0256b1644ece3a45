/* The queries of the annual satisfaction roll-up: the figures are summed
 * in SQL (GROUP BY) and the surveys streamed, so a year of a hundred
 * thousand responses never sits in memory. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db_internal.h"
#include "db/db_report.h"

#include <stdint.h>
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

/* The year's scores, read in one pass before the surveys are listed: a
 * lookup per survey hopped through the index and a database ten times the
 * surveys' size, a third of the report's time at 100,000 surveys. A small
 * open-addressing table by survey id holds a byte a score (0: none) in a
 * slot per survey item; its size follows the year's surveys, as the
 * report's own does. */
struct score_table {
	int64_t *item;          /* the slots' item ids, ascending */
	int nitems;
	int64_t *key;           /* survey ids, 0 for a free place */
	unsigned char *score;   /* nitems a place */
	size_t cap;             /* places: a power of two */
};

static size_t place_of(const struct score_table *t, int64_t survey)
{
	size_t h = (size_t)((uint64_t)survey * 0x9E3779B97F4A7C15u >> 32) & (t->cap - 1);
	while (t->key[h] && t->key[h] != survey)
		h = (h + 1) & (t->cap - 1);
	return h;
}

static int slot_of(const struct score_table *t, int64_t item)
{
	for (int i = 0; i < t->nitems; i++)
		if (t->item[i] == item)
			return i;
	return -1;
}

static void score_table_free(struct score_table *t)
{
	free(t->item);
	free(t->key);
	free(t->score);
}

static int score_table_load(struct db *db, int year, struct score_table *t, struct gerr *err)
{
	memset(t, 0, sizeof *t);
	sqlite3_stmt *st;
	int rc = db_prepare(db, "SELECT id FROM survey_items ORDER BY id", &st, err);
	if (rc)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t->item = xrealloc(t->item, sizeof *t->item * (size_t)(t->nitems + 1));
		t->item[t->nitems++] = sqlite3_column_int64(st, 0);
	}
	if ((rc = db_step_done(db, st, rc, err)) != GERR_OK ||
	    (rc = db_prepare(db, "SELECT count(*) FROM surveys WHERE voided = 0 AND year = ?", &st,
	                     err)) != GERR_OK)
		return rc;
	sqlite3_bind_int(st, 1, year);
	int64_t n = (rc = sqlite3_step(st)) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if ((rc = db_step_done(db, st, rc, err)) != GERR_OK)
		return rc;
	for (t->cap = 16; t->cap < 2 * (size_t)n; t->cap *= 2)
		;
	t->key = xcalloc(t->cap, sizeof *t->key);
	t->score = xcalloc(t->cap * (size_t)(t->nitems ? t->nitems : 1), 1);
	if ((rc = db_prepare(db, "SELECT sc.survey, sc.item, sc.score FROM surveys s"
	                         " JOIN survey_scores sc ON sc.survey = s.id"
	                         " WHERE s.voided = 0 AND s.year = ? AND sc.voided = 0", &st, err)))
		return rc;
	sqlite3_bind_int(st, 1, year);
	size_t filled = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int k = slot_of(t, sqlite3_column_int64(st, 1));
		int score = sqlite3_column_int(st, 2); /* 1 to 5: the table's CHECK */
		if (k < 0 || score < 1 || score > 5)
			continue;
		int64_t survey = sqlite3_column_int64(st, 0);
		size_t h = place_of(t, survey);
		if (!t->key[h] && ++filled > t->cap / 2) {
			/* the report reads one snapshot (report_write): the count holds */
			sqlite3_reset(st);
			return gerr_set(err, GERR_DB, NULL, "%s", _("The surveys changed while the report was read."));
		}
		t->key[h] = survey;
		t->score[h * (size_t)t->nitems + (size_t)k] = (unsigned char)score;
	}
	return db_step_done(db, st, rc, err);
}

int db_report_sat_surveys(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_survey *sv), void *ud,
                          struct gerr *err)
{
	struct score_table t;
	int rc = score_table_load(db, year, &t, err);
	sqlite3_stmt *st;
	if (rc == GERR_OK)
		rc = db_prepare(db,
			"SELECT s.id, c.name, s.respondent, s.date, s.overall, ifnull(s.suggestions, '')"
			" FROM customers c JOIN surveys s ON s.customer = c.id"
			" WHERE s.voided = 0 AND s.year = ?1"
			" ORDER BY c.name, c.id, s.date, s.id", &st, err);
	if (rc) {
		score_table_free(&t);
		return rc;
	}
	sqlite3_bind_int(st, 1, year);
	int64_t *items = xcalloc((size_t)t.nitems + 1, sizeof *items);
	int64_t *scores = xcalloc((size_t)t.nitems + 1, sizeof *scores);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_survey sv = {
			.id = sqlite3_column_int64(st, 0), .customer = db_col_text(st, 1),
			.respondent = db_col_text(st, 2), .date = db_col_text(st, 3),
			.overall = sqlite3_column_int64(st, 4),
			.suggestions = db_col_text(st, 5),
			.items = items, .scores = scores,
		};
		size_t h = place_of(&t, sv.id);
		for (int k = 0; t.key[h] && k < t.nitems; k++) {
			unsigned char score = t.score[h * (size_t)t.nitems + (size_t)k];
			if (score) {
				items[sv.nscores] = t.item[k];
				scores[sv.nscores++] = score;
			}
		}
		if (row(ud, &sv))
			break;
	}
	free(items);
	free(scores);
	score_table_free(&t);
	return db_step_done(db, st, rc, err);
}

int db_report_sat_ranking(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_rank *r), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT c.name, count(*), (SELECT avg(sc.score) FROM survey_scores sc"
		"   JOIN surveys t ON t.id = sc.survey WHERE sc.voided = 0 AND t.voided = 0"
		"   AND t.year = ?1 AND t.customer = c.id) AS m, avg(s.overall)"
		" FROM surveys s JOIN customers c ON c.id = s.customer"
		" WHERE s.voided = 0 AND s.year = ?1"
		" GROUP BY c.id ORDER BY m IS NULL, m, c.name, c.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_rank r = { db_col_text(st, 0), sqlite3_column_int64(st, 1),
		                      sqlite3_column_double(st, 2), sqlite3_column_double(st, 3) };
		if (row(ud, &r))
			break;
	}
	return db_step_done(db, st, rc, err);
}

int db_report_sat_response(struct db *db, int year, int64_t *surveyed, int64_t *bought,
                           struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT count(*), ifnull(sum(EXISTS (SELECT 1 FROM surveys s WHERE s.customer = c.id"
		"                                   AND s.voided = 0 AND s.year = ?1)), 0)"
		" FROM customers c WHERE c.voided = 0"
		" AND EXISTS (SELECT 1 FROM sales x WHERE x.customer = c.id AND x.voided = 0"
		"             AND x.sale_date BETWEEN printf('%04d-01-01', ?1) AND printf('%04d-12-31', ?1))",
		&st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*bought = sqlite3_column_int64(st, 0);
		*surveyed = sqlite3_column_int64(st, 1);
	}
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

int db_report_sat_actions(struct db *db, int year,
                          int (*row)(void *ud, const struct sat_action *a), void *ud,
                          struct gerr *err)
{
	sqlite3_stmt *st;
	int rc = db_prepare(db,
		"SELECT a.id, i.name, a.finding, a.action, a.owner, a.due_date, a.status, a.done_date"
		" FROM survey_actions a LEFT JOIN survey_items i ON i.id = a.item"
		" WHERE a.voided = 0 AND a.year = ?1"
		" ORDER BY a.item IS NOT NULL, ifnull(i.position, 0), i.id, a.due_date, a.id", &st, err);
	if (rc)
		return rc;
	sqlite3_bind_int(st, 1, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct sat_action a = {
			.id = sqlite3_column_int64(st, 0), .item = db_col_opt(st, 1),
			.finding = db_col_text(st, 2), .action = db_col_text(st, 3),
			.owner = db_col_text(st, 4), .due_date = db_col_text(st, 5),
			.status = db_col_text(st, 6), .done_date = db_col_opt(st, 7),
		};
		if (row(ud, &a))
			break;
	}
	return db_step_done(db, st, rc, err);
}
