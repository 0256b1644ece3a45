/* bench/save: program time of saving one sales line, the way the form
 * screen and `gspdesk add` save it: records_add (validation, refs, rules,
 * one BEGIN IMMEDIATE transaction with its audit row, a durable commit),
 * on a database made by bench/gen, logged in as its administrator.
 *
 *   bench/save --db PATH --product CODE --customer CODE --batch B
 *              [--expiry DATE] [--reps N]
 *
 * Prints "MEDIAN_MS<TAB>P95_MS<TAB>N". Each sample adds a new line (the
 * lines stay: run it on a copy, or last). */
#include "config.h"
#include "core/auth.h"
#include "model/form.h"
#include "core/records.h"
#include "core/session.h"
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(void)
{
	fprintf(stderr, "usage: save --db PATH --product CODE --customer CODE --batch B"
	                " [--expiry DATE] [--reps N]\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *path = NULL, *product = NULL, *customer = NULL, *batch = NULL, *expiry = NULL;
	int reps = 200;
	for (int i = 1; i + 1 < argc; i += 2) {
		const char *a = argv[i], *v = argv[i + 1];
		if (strcmp(a, "--db") == 0)
			path = v;
		else if (strcmp(a, "--product") == 0)
			product = v;
		else if (strcmp(a, "--customer") == 0)
			customer = v;
		else if (strcmp(a, "--batch") == 0)
			batch = v;
		else if (strcmp(a, "--expiry") == 0)
			expiry = v;
		else if (strcmp(a, "--reps") == 0)
			reps = atoi(v);
		else
			return usage();
	}
	if (argc % 2 == 0 || !path || !product || !customer || !batch || reps < 1)
		return usage();
	struct gerr err = { 0 };
	struct session s;
	if (auth_init(&err) || session_open(&s, path, SESSION_EXISTING, &err) ||
	    session_login(&s, "admin", "bench-pass", &err)) {
		fprintf(stderr, "save: %s: %s\n", path, err.msg);
		return 1;
	}
	const struct form *sales = form_find("sales");
	double *t = malloc(sizeof *t * (size_t)reps);
	for (int i = 0; i < reps; i++) {
		char qty[16];
		snprintf(qty, sizeof qty, "%d", i % 9 + 1);
		struct assign a[] = {
			{ "product", product }, { "customer", customer }, { "batch", batch },
			{ "qty", qty }, { "sale_date", s.today }, { "expiry", expiry },
		};
		int n = expiry && *expiry ? 6 : 5;
		int64_t id;
		double t0 = stats_now_ms();
		int rc = records_add(&s, sales, a, n, &id, &err);
		t[i] = stats_now_ms() - t0;
		if (rc) {
			fprintf(stderr, "save: %s\n", err.msg);
			return 1;
		}
	}
	double median, p95;
	stats_median_p95(t, reps, &median, &p95);
	printf("%.3f\t%.3f\t%d\n", median, p95, reps);
	free(t);
	session_close(&s);
	return 0;
}
