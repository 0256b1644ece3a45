/* bench/paging: program time of the sales list screen's data operations,
 * through the same pager the screen uses (src/ui/screen_list.c: sorted by
 * sale date, one window of visible rows), on a database made by bench/gen.
 *
 *   bench/paging --db PATH [--reps N] [--rows N] [--search TEXT]...
 *                [--sqlite3 PATH]
 *
 * Prints one line per operation: label, median ms, 95th percentile ms, rows
 * in the window after it (so an empty result is not mistaken for speed) and
 * the number of samples; a first line "#sqlite" gives the library version. */
#include "config.h"
#include "core/auth.h"
#include "core/form.h"
#include "core/pager.h"
#include "core/session.h"
#include "core/strbuf.h"
#include "db/db_select.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#define MAX_SEARCH 8
/* A slow operation stops after this much time (with at least MIN_REPS
 * samples), so a full-table search at 1M rows does not hold up the run. */
#define BUDGET_MS 5000.0
#define MIN_REPS 5

extern char **environ;

struct bench {
	struct session s;
	struct list_query q; /* the screen's query: all live lines by sale date */
	int rows, reps;
	double *t;           /* one sample per repetition, ms */
};

static double now_ms(void)
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

static void report(const char *label, double *t, int n, int rows)
{
	qsort(t, (size_t)n, sizeof *t, cmp_double);
	double median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	int k = (95 * n + 99) / 100 - 1; /* nearest rank */
	printf("%s\t%.3f\t%.3f\t%d\t%d\n", label, median, t[k < 0 ? 0 : k], rows, n);
	fflush(stdout);
}

/* Samples so far: i + 1; whether to stop for time. */
static bool spent(const double *t, int i)
{
	double sum = 0;
	for (int k = 0; k <= i; k++)
		sum += t[k];
	return i + 1 >= MIN_REPS && sum > BUDGET_MS;
}

static void check(int rc, const struct gerr *err, const char *what)
{
	if (rc) {
		fprintf(stderr, "paging: %s: %s\n", what, err->msg);
		exit(1);
	}
}

/* What the screen does on opening the list or changing the search: a new
 * pager and its first window. */
static void bench_open(struct bench *b, const char *label, const char *search)
{
	struct list_query q = b->q;
	q.search = search;
	int rows = 0, n = 0;
	while (n < b->reps && !(n > 0 && spent(b->t, n - 1))) {
		int i = n++;
		struct pager p;
		struct gerr err = { 0 };
		double t0 = now_ms();
		pager_init(&p, &b->s, &q, b->rows);
		int rc = pager_first(&p, &err);
		b->t[i] = now_ms() - t0;
		check(rc, &err, label);
		rows = p.nrows;
		pager_free(&p);
	}
	report(label, b->t, n, rows);
}

/* PgDn (dir 1) from the top, or PgUp (dir -1) from the end, one page per
 * repetition; at the far end the walk restarts untimed. */
static void bench_scroll(struct bench *b, const char *label, int dir)
{
	struct pager p;
	struct gerr err = { 0 };
	pager_init(&p, &b->s, &b->q, b->rows);
	check(dir > 0 ? pager_first(&p, &err) : pager_last(&p, &err), &err, label);
	for (int i = 0; i < b->reps; i++) {
		if (dir > 0 ? p.at_end : p.at_start)
			check(dir > 0 ? pager_first(&p, &err) : pager_last(&p, &err), &err, label);
		int moved;
		double t0 = now_ms();
		int rc = pager_scroll(&p, dir * b->rows, &moved, &err);
		b->t[i] = now_ms() - t0;
		check(rc, &err, label);
	}
	report(label, b->t, b->reps, p.nrows);
	pager_free(&p);
}

/* End from the top, then Home from the end: each timed on its own. */
static void bench_ends(struct bench *b)
{
	struct pager p;
	struct gerr err = { 0 };
	double *home = xcalloc((size_t)b->reps, sizeof *home);
	pager_init(&p, &b->s, &b->q, b->rows);
	check(pager_first(&p, &err), &err, "open");
	int end_rows = 0;
	for (int i = 0; i < b->reps; i++) {
		double t0 = now_ms();
		int rc = pager_last(&p, &err);
		b->t[i] = now_ms() - t0;
		check(rc, &err, "End");
		end_rows = p.nrows;
		t0 = now_ms();
		rc = pager_first(&p, &err);
		home[i] = now_ms() - t0;
		check(rc, &err, "Home");
	}
	report("End", b->t, b->reps, end_rows);
	report("Home (from End)", home, b->reps, p.nrows);
	pager_free(&p);
	free(home);
}

/* The key of the line in the middle of the list, for the reference query. */
static int middle_key(const char *path, char date[11], long long *id)
{
	sqlite3 *h;
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(h, "SELECT sale_date, id FROM sales WHERE voided = 0"
		                           " ORDER BY sale_date, id LIMIT 1"
		                           " OFFSET (SELECT count(*) / 2 FROM sales)", -1, &st, NULL);
	if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		snprintf(date, 11, "%s", (const char *)sqlite3_column_text(st, 0));
		*id = sqlite3_column_int64(st, 1);
	} else {
		fprintf(stderr, "paging: middle key: %s\n", sqlite3_errmsg(h));
		rc = SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	return rc;
}

/* The sqlite3 shell running the very query db_list builds for a PgDn (the
 * statement text of src/db/db_list.c with the key written in), as a whole
 * process each time: what a user reaching for the shell would wait. */
static void bench_shell(struct bench *b, const char *shell, const char *path)
{
	char date[11];
	long long id;
	if (middle_key(path, date, &id) != SQLITE_OK)
		return;
	struct strbuf sql = STRBUF_INIT;
	db_select_columns(&sql, b->q.form);
	sb_addf(&sql, " WHERE 1 AND t.voided = 0 AND (t.sale_date, t.id) > ('%s', %lld)"
	              " ORDER BY t.sale_date, t.id LIMIT %d;", date, id, b->rows + 1);
	char *argv[] = { (char *)"sqlite3", (char *)"-readonly", (char *)path,
	                 (char *)sb_str(&sql), NULL };
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	int n = b->reps < 20 ? b->reps : 20; /* a process each: fewer runs do */
	for (int i = 0; i < n; i++) {
		pid_t pid;
		int status;
		double t0 = now_ms();
		if (posix_spawnp(&pid, shell, &fa, NULL, argv, environ) != 0 ||
		    waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
			fprintf(stderr, "paging: %s failed on the reference query\n", shell);
			n = 0;
			break;
		}
		b->t[i] = now_ms() - t0;
	}
	if (n)
		report("sqlite3 shell, same PgDn query (whole process)", b->t, n, b->rows + 1);
	posix_spawn_file_actions_destroy(&fa);
	sb_free(&sql);
}

static int usage(void)
{
	fprintf(stderr, "usage: paging --db PATH [--reps N] [--rows N] [--search TEXT]..."
	                " [--sqlite3 PATH]\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *path = NULL, *shell = NULL, *search[MAX_SEARCH];
	int nsearch = 0;
	struct bench b = { .rows = 20, .reps = 50 };
	for (int i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			return usage();
		const char *a = argv[i], *v = argv[++i];
		if (strcmp(a, "--db") == 0)
			path = v;
		else if (strcmp(a, "--reps") == 0 && atoi(v) > 0)
			b.reps = atoi(v);
		else if (strcmp(a, "--rows") == 0 && atoi(v) > 0)
			b.rows = atoi(v);
		else if (strcmp(a, "--search") == 0 && nsearch < MAX_SEARCH)
			search[nsearch++] = v;
		else if (strcmp(a, "--sqlite3") == 0)
			shell = v;
		else
			return usage();
	}
	if (!path)
		return usage();
	struct gerr err = { 0 };
	check(auth_init(&err), &err, "libsodium");
	check(session_open(&b.s, path, DB_OPEN_EXISTING, &err), &err, path);
	check(session_login(&b.s, "admin", "bench-pass", &err), &err, "login");
	/* the list screen's default order: the form's date field, ascending */
	b.q.form = form_find("sales");
	b.q.sort = form_field(b.q.form, b.q.form->date_field);
	b.t = xcalloc((size_t)b.reps, sizeof *b.t);
	printf("#sqlite\t%s\n", sqlite3_libversion());

	bench_open(&b, "open (first page)", NULL);
	bench_scroll(&b, "PgDn", 1);
	bench_ends(&b);
	bench_scroll(&b, "PgUp (from End)", -1);
	for (int i = 0; i < nsearch; i++) {
		char label[160];
		snprintf(label, sizeof label, "search \"%s\"", search[i]);
		bench_open(&b, label, search[i]);
	}
	if (shell && *shell)
		bench_shell(&b, shell, path);

	free(b.t);
	session_close(&b.s);
	return 0;
}
