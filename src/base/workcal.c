#include "config.h"
#include "base/workcal.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* A run of days of one kind, as the notices list them: "off 02-15 to
 * 02-23" (weekend days inside the run included), "work 02-14". */
struct run {
	struct ymd from, to;
	enum workcal_kind kind;
};

#define OFF(y1, m1, d1, y2, m2, d2) { { y1, m1, d1 }, { y2, m2, d2 }, WORKCAL_HOLIDAY }
#define WORK(y, m, d) { { y, m, d }, { y, m, d }, WORKCAL_WORKDAY }

static const struct run runs_2024[] = {
	OFF(2023, 12, 30, 2024, 1, 1), OFF(2024, 2, 10, 2024, 2, 17), OFF(2024, 4, 4, 2024, 4, 6),
	OFF(2024, 5, 1, 2024, 5, 5), OFF(2024, 6, 8, 2024, 6, 10), OFF(2024, 9, 15, 2024, 9, 17),
	OFF(2024, 10, 1, 2024, 10, 7),
	WORK(2024, 2, 4), WORK(2024, 2, 18), WORK(2024, 4, 7), WORK(2024, 4, 28),
	WORK(2024, 5, 11), WORK(2024, 9, 14), WORK(2024, 9, 29), WORK(2024, 10, 12),
};
static const struct run runs_2025[] = {
	OFF(2025, 1, 1, 2025, 1, 1), OFF(2025, 1, 28, 2025, 2, 4), OFF(2025, 4, 4, 2025, 4, 6),
	OFF(2025, 5, 1, 2025, 5, 5), OFF(2025, 5, 31, 2025, 6, 2), OFF(2025, 10, 1, 2025, 10, 8),
	WORK(2025, 1, 26), WORK(2025, 2, 8), WORK(2025, 4, 27), WORK(2025, 9, 28), WORK(2025, 10, 11),
};
static const struct run runs_2026[] = {
	OFF(2026, 1, 1, 2026, 1, 3), OFF(2026, 2, 15, 2026, 2, 23), OFF(2026, 4, 4, 2026, 4, 6),
	OFF(2026, 5, 1, 2026, 5, 5), OFF(2026, 6, 19, 2026, 6, 21), OFF(2026, 9, 25, 2026, 9, 27),
	OFF(2026, 10, 1, 2026, 10, 7),
	WORK(2026, 1, 4), WORK(2026, 2, 14), WORK(2026, 2, 28), WORK(2026, 5, 9),
	WORK(2026, 9, 20), WORK(2026, 10, 10),
};

static const struct {
	int year;
	const char *notice;
	const struct run *runs;
	int nruns;
} years[] = {
	{ 2024, "国办发明电〔2023〕7号", runs_2024, (int)(sizeof runs_2024 / sizeof runs_2024[0]) },
	{ 2025, "国办发明电〔2024〕12号", runs_2025, (int)(sizeof runs_2025 / sizeof runs_2025[0]) },
	{ 2026, "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）", runs_2026,
	  (int)(sizeof runs_2026 / sizeof runs_2026[0]) },
};

#define NYEARS ((int)(sizeof years / sizeof years[0]))

static int by_day(const void *a, const void *b)
{
	return date_compare(&((const struct workcal_day *)a)->day, &((const struct workcal_day *)b)->day);
}

/* The runs unrolled into days, each year once, on first use: the rules
 * ask about single days. */
static struct {
	struct workcal_day *days;
	int n;
} shipped[NYEARS];

static void unroll(int i)
{
	if (shipped[i].days)
		return;
	int n = 0;
	for (int r = 0; r < years[i].nruns; r++)
		n += (int)(date_to_days(&years[i].runs[r].to) - date_to_days(&years[i].runs[r].from)) + 1;
	struct workcal_day *days = xcalloc((size_t)n, sizeof *days);
	int k = 0;
	for (int r = 0; r < years[i].nruns; r++)
		for (int64_t d = date_to_days(&years[i].runs[r].from); d <= date_to_days(&years[i].runs[r].to); d++)
			days[k++] = (struct workcal_day){ date_from_days(d), years[i].runs[r].kind };
	qsort(days, (size_t)n, sizeof *days, by_day);
	shipped[i].n = n;
	shipped[i].days = days;
}

const struct workcal_day *workcal_shipped(int y, int *n, const char **notice)
{
	for (int i = 0; i < NYEARS; i++) {
		if (years[i].year != y)
			continue;
		unroll(i);
		*n = shipped[i].n;
		if (notice)
			*notice = years[i].notice;
		return shipped[i].days;
	}
	*n = 0;
	if (notice)
		*notice = NULL;
	return NULL;
}

void workcal_init(struct workcal *c, const struct workcal_day *added, int nadded)
{
	c->nadded = nadded;
	c->added = NULL;
	if (nadded > 0) {
		c->added = xcalloc((size_t)nadded, sizeof *c->added);
		memcpy(c->added, added, sizeof *added * (size_t)nadded);
		qsort(c->added, (size_t)nadded, sizeof *c->added, by_day);
	}
}

void workcal_free(struct workcal *c)
{
	free(c->added);
	c->added = NULL;
	c->nadded = 0;
}

bool workcal_known(const struct workcal *c, int y)
{
	int n;
	if (workcal_shipped(y, &n, NULL))
		return true;
	for (int i = 0; i < c->nadded; i++)
		if (c->added[i].day.y == y)
			return true;
	return false;
}

static const struct workcal_day *find(const struct workcal_day *days, int n, const struct ymd *d)
{
	struct workcal_day key = { *d, WORKCAL_HOLIDAY };
	return n > 0 ? bsearch(&key, days, (size_t)n, sizeof *days, by_day) : NULL;
}

bool workcal_is_workday(const struct workcal *c, const struct ymd *d)
{
	const struct workcal_day *hit = find(c->added, c->nadded, d);
	if (!hit) {
		/* a run may start in the year before (2024's New Year began
		 * on 2023-12-30): look in both years' days */
		for (int y = d->y; y <= d->y + 1 && !hit; y++) {
			int n;
			const struct workcal_day *days = workcal_shipped(y, &n, NULL);
			hit = find(days, n, d);
		}
	}
	if (hit)
		return hit->kind == WORKCAL_WORKDAY;
	return date_weekday(d) < 5;
}

struct ymd workcal_add(const struct workcal *c, const struct ymd *d, int n)
{
	int64_t days = date_to_days(d);
	struct ymd r = *d;
	while (n > 0) {
		r = date_from_days(++days);
		if (workcal_is_workday(c, &r))
			n--;
	}
	return r;
}

struct workcal_entry *workcal_year(const struct workcal *c, int y, int *n, int *nworkdays)
{
	struct workcal_entry *out = NULL;
	*n = *nworkdays = 0;
	for (int64_t k = date_to_days(&(struct ymd){ y, 1, 1 });; k++) {
		struct ymd d = date_from_days(k);
		if (d.y != y)
			break;
		bool work = workcal_is_workday(c, &d);
		*nworkdays += work;
		bool added = find(c->added, c->nadded, &d) != NULL;
		if (!added && work == (date_weekday(&d) < 5))
			continue; /* an ordinary day */
		out = xrealloc(out, sizeof *out * (size_t)(*n + 1));
		out[(*n)++] = (struct workcal_entry){
			{ d, work ? WORKCAL_WORKDAY : WORKCAL_HOLIDAY }, added
		};
	}
	return out;
}
