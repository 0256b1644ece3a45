/* bench/due: program time of the due list (issue 17) on a database made
 * by bench/gen: the menu's counts when the user comes back from a list
 * (due_counts after a page of the sales list: nothing changed, so the
 * kept counts, checked against the file's change stamp), the same counted
 * afresh (the first menu after login, or after a change), and the due
 * screen's rows (due_collect, what the screen draws its first page from).
 * Core time, without the drawing: curses adds well under a millisecond a
 * page (the paging figures).
 *
 *   bench/due --db PATH [--reps N]
 *
 * Prints tab-separated lines: back, fresh, screen, each with the median
 * and p95 ms of wall time and the median ms of this process's CPU time
 * (what a shared, loaded machine does not inflate); screen adds its rows. */
#include "config.h"
#include "core/auth.h"
#include "core/due.h"
#include "core/records.h"
#include "core/session.h"
#include "base/strbuf.h"
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(int rc, const struct gerr *err, const char *what)
{
	stats_check(rc, err, "due", what);
}

static void report(const char *what, double *t, double *c, int reps, int rows)
{
	double median, p95, cpu, cpu95;
	stats_median_p95(t, reps, &median, &p95);
	stats_median_p95(c, reps, &cpu, &cpu95);
	printf("%s\t%.2f\t%.2f\t%.2f", what, median, p95, cpu);
	if (rows >= 0)
		printf("\t%d", rows);
	putchar('\n');
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	int reps = 20;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--db") == 0)
			path = argv[i + 1];
		else if (strcmp(argv[i], "--reps") == 0 && atoi(argv[i + 1]) > 0)
			reps = atoi(argv[i + 1]);
	}
	if (!path) {
		fprintf(stderr, "usage: due --db PATH [--reps N]\n");
		return 2;
	}
	struct gerr err = { 0 };
	struct session s;
	stats_open(&s, path, "due");
	double *t = xcalloc((size_t)reps, sizeof *t), *c = xcalloc((size_t)reps, sizeof *c);
	struct due_cache cache = { 0 };
	struct list_query page = { .form = form_find("sales"), .limit = 18 };
	/* the menu after login counted them: coming back is what is timed */
	check(due_counts(&s, &cache, &err), &err, "counts");
	for (int k = 0; k < reps; k++) {
		int rows = 0;
		check(records_list(&s, &page, stats_count_row, &rows, &err), &err, "list");
		double t0 = stats_now_ms(), c0 = stats_cpu_ms();
		check(due_counts(&s, &cache, &err), &err, "counts");
		c[k] = stats_cpu_ms() - c0;
		t[k] = stats_now_ms() - t0;
	}
	report("back", t, c, reps, -1);
	if (cache.counted != 1) /* the list wrote something, or the stamp moved */
		fprintf(stderr, "due: counted %d times coming back, not once\n", cache.counted);
	for (int k = 0; k < reps; k++) {
		cache.valid = false;
		double t0 = stats_now_ms(), c0 = stats_cpu_ms();
		check(due_counts(&s, &cache, &err), &err, "counts");
		c[k] = stats_cpu_ms() - c0;
		t[k] = stats_now_ms() - t0;
	}
	report("fresh", t, c, reps, -1);
	int rows = 0;
	for (int k = 0; k < reps; k++) {
		struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1 };
		struct due_list l;
		double t0 = stats_now_ms(), c0 = stats_cpu_ms();
		check(due_collect(&s, &q, &l, &err), &err, "collect");
		c[k] = stats_cpu_ms() - c0;
		t[k] = stats_now_ms() - t0;
		rows = l.n;
		due_list_free(&l);
	}
	report("screen", t, c, reps, rows);
	free(t);
	free(c);
	session_close(&s);
	return 0;
}
