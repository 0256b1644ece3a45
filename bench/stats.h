/* bench/stats: the clock and the figures the timing programs report. */
#ifndef GSPDESK_BENCH_STATS_H
#define GSPDESK_BENCH_STATS_H

/* Milliseconds on the monotonic clock: only differences mean anything. */
double stats_now_ms(void);
/* Milliseconds of this process's CPU time (what a loaded machine does not
 * inflate). */
double stats_cpu_ms(void);
/* Sorts the n > 0 samples t and gives their median and 95th percentile
 * (nearest rank). */
void stats_median_p95(double *t, int n, double *median, double *p95);

struct gerr;
struct record;
/* Exits with the error's message, prog: what: message, unless rc is 0. */
void stats_check(int rc, const struct gerr *err, const char *prog, const char *what);
struct session;
/* Opens the database at path and logs in as bench/gen's administrator, or
 * exits with prog's message. */
void stats_open(struct session *s, const char *path, const char *prog);
/* A records_list row callback counting into the int ud. */
int stats_count_row(void *ud, const struct record *r);

#endif
