#include "config.h"
#include "stats.h"
#include "base/err.h"
#include "core/auth.h"
#include "core/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

double stats_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double stats_cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void stats_median_p95(double *t, int n, double *median, double *p95)
{
	qsort(t, (size_t)n, sizeof *t, cmp_double);
	*median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	*p95 = t[(95 * n + 99) / 100 - 1];
}

void stats_check(int rc, const struct gerr *err, const char *prog, const char *what)
{
	if (rc) {
		fprintf(stderr, "%s: %s: %s\n", prog, what, err->msg);
		exit(1);
	}
}

void stats_open(struct session *s, const char *path, const char *prog)
{
	struct gerr err = { 0 };
	stats_check(auth_init(&err), &err, prog, "libsodium");
	stats_check(session_open(s, path, SESSION_EXISTING, &err), &err, prog, path);
	stats_check(session_login(s, "admin", "bench-pass", &err), &err, prog, "login");
}

int stats_count_row(void *ud, const struct record *r)
{
	(void)r;
	(*(int *)ud)++;
	return 0;
}
