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
 * Prints tab-separated lines: back (median, p95 ms), fresh (median, p95
 * ms), screen (median, p95 ms, rows). */
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

static void report(const char *what, double *t, int reps, int rows)
{
	double median, p95;
	stats_median_p95(t, reps, &median, &p95);
	if (rows >= 0)
		printf("%s\t%.2f\t%.2f\t%d\n", what, median, p95, rows);
	else
		printf("%s\t%.2f\t%.2f\n", what, median, p95);
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
	check(auth_init(&err), &err, "libsodium");
	check(session_open(&s, path, DB_OPEN_EXISTING, &err), &err, path);
	check(session_login(&s, "admin", "bench-pass", &err), &err, "login");
	double *t = xcalloc((size_t)reps, sizeof *t);
	struct due_cache cache = { 0 };
	struct list_query page = { .form = form_find("sales"), .limit = 18 };
	for (int k = 0; k < reps; k++) {
		int rows = 0;
		check(records_list(&s, &page, stats_count_row, &rows, &err), &err, "list");
		double t0 = stats_now_ms();
		check(due_counts(&s, &cache, &err), &err, "counts");
		t[k] = stats_now_ms() - t0;
	}
	report("back", t, reps, -1);
	for (int k = 0; k < reps; k++) {
		cache.valid = false;
		double t0 = stats_now_ms();
		check(due_counts(&s, &cache, &err), &err, "counts");
		t[k] = stats_now_ms() - t0;
	}
	report("fresh", t, reps, -1);
	int rows = 0;
	for (int k = 0; k < reps; k++) {
		struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1 };
		struct due_list l;
		double t0 = stats_now_ms();
		check(due_collect(&s, &q, &l, &err), &err, "collect");
		t[k] = stats_now_ms() - t0;
		rows = l.n;
		due_list_free(&l);
	}
	report("screen", t, reps, rows);
	free(t);
	session_close(&s);
	return 0;
}
