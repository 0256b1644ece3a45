/* bench/picker: program time of one keystroke in the product or customer
 * picker (src/ui/screen_picker.c): the same list query, a search by code,
 * name or pinyin initials sorted by code, one screen of rows, on a
 * database made by bench/gen (2,000 customers, 500 products by default).
 *
 *   bench/picker --db PATH [--reps N] [--form customers|products] TEXT...
 *
 * Prints one line per search text: the text, the median and 95th
 * percentile ms of wall time, the median ms of this process's CPU time
 * (what a shared, loaded machine does not inflate) and the rows found,
 * tab-separated. Issue 19's goal: at most 10 ms a keystroke. */
#include "config.h"
#include "core/auth.h"
#include "model/form.h"
#include "core/records.h"
#include "core/session.h"
#include "base/strbuf.h"
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check(int rc, const struct gerr *err, const char *what)
{
	stats_check(rc, err, "picker", what);
}

int main(int argc, char **argv)
{
	const char *path = NULL, *form = "customers";
	int reps = 50, i = 1;
	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (strcmp(argv[i], "--db") == 0)
			path = argv[i + 1];
		else if (strcmp(argv[i], "--reps") == 0 && atoi(argv[i + 1]) > 0)
			reps = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--form") == 0)
			form = argv[i + 1];
		else
			break;
	}
	if (!path || i >= argc || !form_find(form)) {
		fprintf(stderr, "usage: picker --db PATH [--reps N] [--form customers|products] TEXT...\n");
		return 2;
	}
	struct gerr err = { 0 };
	struct session s;
	stats_open(&s, path, "picker");
	double *t = xcalloc((size_t)reps, sizeof *t), *c = xcalloc((size_t)reps, sizeof *c);
	for (; i < argc; i++) {
		/* the picker's query: 18 rows of a 24-line terminal, by code */
		struct list_query q = { .form = form_find(form), .search = argv[i], .limit = 18 };
		q.sort = form_field(q.form, q.form->code_field);
		int rows = 0;
		for (int k = 0; k < reps; k++) {
			rows = 0;
			double t0 = stats_now_ms(), c0 = stats_cpu_ms();
			check(records_list(&s, &q, stats_count_row, &rows, &err), &err, argv[i]);
			c[k] = stats_cpu_ms() - c0;
			t[k] = stats_now_ms() - t0;
		}
		double median, p95, cpu, cpu95;
		stats_median_p95(t, reps, &median, &p95);
		stats_median_p95(c, reps, &cpu, &cpu95);
		printf("%s\t%.2f\t%.2f\t%.2f\t%d\n", argv[i], median, p95, cpu, rows);
	}
	free(t);
	free(c);
	session_close(&s);
	return 0;
}
