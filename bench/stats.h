/* bench/stats: the clock and the figures the timing programs report. */
#ifndef GSPDESK_BENCH_STATS_H
#define GSPDESK_BENCH_STATS_H

/* Milliseconds on the monotonic clock: only differences mean anything. */
double stats_now_ms(void);
/* Sorts the n > 0 samples t and gives their median and 95th percentile
 * (nearest rank). */
void stats_median_p95(double *t, int n, double *median, double *p95);

#endif
