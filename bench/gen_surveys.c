/* Satisfaction surveys: n of the last year and n/10 of the year before
 * (the report's last-year column), in date order, customers drawn with the
 * sales' skew, one respondent per customer and year answering once (the
 * form's unique rule), a score for every active survey item (the lines the
 * form requires) mostly 4 or 5 and near the overall score, and a
 * suggestion on about 15%. */
#include "config.h"
#include "bench/gen.h"
#include "base/date.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#define DAY (24 * 60)
#define MAX_ITEMS 64

static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",
	"周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑" };
static const char *const given[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
	"勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "晓红" };
static const char *const desks[] = { "设备科", "护理部", "采购中心", "器械科", "院办", "检验科",
	"手术室", "质控科" };
#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *const suggestions[] = {
	"希望缩短急用产品的配送时间", "建议增加节假日值班联系人", "售后工程师响应及时，继续保持",
	"希望提供更多产品操作培训", "发票开具希望更及时", "建议随货附上检验报告复印件",
	"价格希望更有竞争力", "对账单希望每月按时提供", "新产品资料希望提前发送", NULL,
};

/* The k-th respondent of customer c in a year: distinct for k below the
 * number of names, since the stride is prime to it. */
static void respondent(int64_t k, int c, char *out, size_t size)
{
	int names = NELEM(surnames) * NELEM(given) * NELEM(desks);
	int x = (int)((k * 1597 + (int64_t)c * 31) % names);
	int len = snprintf(out, size, "%s%s（%s）", surnames[x % NELEM(surnames)],
	                   given[x / NELEM(surnames) % NELEM(given)],
	                   desks[x / NELEM(surnames) / NELEM(given)]);
	if (k >= names)
		snprintf(out + len, size - (size_t)len, "%" PRId64, k / names + 1);
}

/* 2%, 4%, 12%, 40%, 42% for 1..5. */
static int overall_draw(struct rng *r)
{
	int u = rng_range(r, 1, 100);
	return u <= 2 ? 1 : u <= 6 ? 2 : u <= 18 ? 3 : u <= 58 ? 4 : 5;
}

/* An item's score: the overall score, or one off it now and then. */
static int item_score(struct rng *r, int overall)
{
	int u = rng_range(r, 1, 100);
	int s = overall + (u <= 60 ? 0 : u <= 80 ? -1 : u <= 95 ? 1 : -2);
	return s < 1 ? 1 : s > 5 ? 5 : s;
}

static int active_items(sqlite3 *h, int64_t *items, int *n)
{
	sqlite3_stmt *st;
	*n = 0;
	if (sqlite3_prepare_v2(h, "SELECT id FROM survey_items WHERE active = 1 AND voided = 0"
	                          " ORDER BY position, id", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "survey_items");
	while (*n < MAX_ITEMS && sqlite3_step(st) == SQLITE_ROW)
		items[(*n)++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return SQLITE_OK;
}

struct year_run {
	int year;
	int64_t count, from, to; /* days */
};

static int one_year(struct gen_world *w, struct rng *r, const struct year_run *y,
                    sqlite3_stmt *head, sqlite3_stmt *line, const int64_t *items, int nitems)
{
	int64_t *answered = xcalloc((size_t)w->ncust, sizeof *answered);
	int rc = SQLITE_OK;
	for (int64_t i = 0; i < y->count && rc == SQLITE_OK; i++) {
		int64_t day = y->from + i * (y->to - y->from + 1) / y->count;
		int64_t at = day * DAY + 8 * 60 + rng_range(r, 0, 570);
		if (at > gen_now(w))
			at = gen_now(w) - rng_range(r, 0, 60);
		int c = zipf_draw(&w->zc, r);
		char who[96], date[11], stamp[21];
		respondent(answered[c]++, c, who, sizeof who);
		gen_day_text(day, date);
		gen_stamp(at, stamp);
		int overall = overall_draw(r);
		sqlite3_bind_text(head, 1, stamp, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(head, 3, y->year);
		sqlite3_bind_int64(head, 4, c + 1);
		sqlite3_bind_text(head, 5, who, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(head, 6, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(head, 7, overall);
		if (rng_range(r, 1, 100) <= 15)
			sqlite3_bind_text(head, 8, gen_pick(r, suggestions), -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(head, 8);
		rc = sqlite3_step(head) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "surveys");
		sqlite3_reset(head);
		int64_t survey = sqlite3_last_insert_rowid(w->h);
		for (int k = 0; k < nitems && rc == SQLITE_OK; k++) {
			sqlite3_bind_text(line, 1, stamp, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(line, 3, survey);
			sqlite3_bind_int64(line, 4, items[k]);
			sqlite3_bind_int(line, 5, item_score(r, overall));
			rc = sqlite3_step(line) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "survey_scores");
			sqlite3_reset(line);
		}
	}
	free(answered);
	return rc;
}

int gen_surveys(struct gen_world *w, int64_t n)
{
	int64_t items[MAX_ITEMS];
	int nitems;
	int rc = active_items(w->h, items, &nitems);
	if (rc || n == 0)
		return rc;
	sqlite3_stmt *head = NULL, *line = NULL;
	if (sqlite3_prepare_v2(w->h, "INSERT INTO surveys (created_at, created_by, year, customer,"
	                             " respondent, date, overall, suggestions)"
	                             " VALUES (?,?,?,?,?,?,?,?)", -1, &head, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(w->h, "INSERT INTO survey_scores (created_at, created_by, survey,"
	                             " item, score) VALUES (?,?,?,?,?)", -1, &line, NULL) != SQLITE_OK) {
		sqlite3_finalize(head);
		return gen_fail(w->h, "surveys");
	}
	sqlite3_bind_text(head, 2, GEN_USER, -1, SQLITE_STATIC);
	sqlite3_bind_text(line, 2, GEN_USER, -1, SQLITE_STATIC);
	struct rng r = { w->seed ^ 0x5a715fac5a715facu };
	struct ymd last = date_from_days(w->end);
	/* the forms come back from the first working days of January on */
	struct ymd jan_prev = { last.y - 1, 1, 5 }, dec_prev = { last.y - 1, 12, 31 },
	           jan = { last.y, 1, 5 };
	const struct year_run years[] = {
		{ last.y - 1, n / 10, date_to_days(&jan_prev), date_to_days(&dec_prev) },
		{ last.y, n, date_to_days(&jan), w->end },
	};
	for (int y = 0; y < 2 && rc == SQLITE_OK; y++)
		if (years[y].count > 0)
			rc = one_year(w, &r, &years[y], head, line, items, nitems);
	sqlite3_finalize(head);
	sqlite3_finalize(line);
	return rc;
}
