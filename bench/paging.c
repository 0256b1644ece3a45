/* bench/paging: program time of the sales list screen's data operations,
 * through the same pager the screen uses (src/ui/screen_list.c: sorted by
 * sale date, one window of visible rows), on databases made by bench/gen.
 *
 *   bench/paging --db PATH [--db PATH]... [--reps N] [--rows N]
 *                [--search TEXT]... [--sqlite3 PATH]
 *
 * With several databases the samples alternate between them in blocks
 * (ten on A, ten on B, ten on A, ...), so that other work on the machine
 * weighs on each alike and their ratio stays meaningful on a shared one.
 *
 * Prints a first line "#sqlite<TAB>version", then one line per operation:
 * its label, then for each database the median ms, 95th percentile ms, the
 * rows in the window after it (so an empty result is not mistaken for
 * speed) and the number of samples, tab-separated. */
#include "config.h"
#include "core/auth.h"
#include "model/form.h"
#include "core/pager.h"
#include "core/session.h"
#include "base/strbuf.h"
#include "db/db_select.h"
#include "stats.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#define MAX_DB 4
#define MAX_SEARCH 8
/* A slow operation stops after this much time on one database (with at
 * least MIN_REPS samples), so a full-table search at 1M rows does not hold
 * up the run. */
#define BUDGET_MS 5000.0
#define MIN_REPS 5
/* Samples in a row on one database before the next takes its turn: short
 * enough that a passing load meets both, long enough that the other's
 * pages in the CPU caches cost only the first of them. */
#define BLOCK 10
/* the reference runs a process per sample: fewer do */
#define SHELL_REPS 20

extern char **environ;

enum op { OP_OPEN, OP_PGDN, OP_END, OP_HOME, OP_PGUP, OP_SHELL };

struct target {
	const char *path;
	struct session s;
	struct pager down, up, ends; /* the windows the walks keep between samples */
	char *shell_sql;             /* the reference query, NULL without one */
	double *t, total;            /* samples of the current operation, ms */
	int rows;                    /* rows shown after the last sample */
};

struct bench {
	struct target tg[MAX_DB];
	int ntg;
	struct list_query q; /* the screen's query: all live lines by sale date */
	int rows, reps;
	const char *shell;
};

static void check(int rc, const struct gerr *err, const char *what)
{
	if (rc) {
		fprintf(stderr, "paging: %s: %s\n", what, err->msg);
		exit(1);
	}
}

static void spawn_shell(const struct bench *b, struct target *tg)
{
	char *argv[] = { (char *)"sqlite3", (char *)"-readonly", (char *)tg->path,
	                 tg->shell_sql, NULL };
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	pid_t pid;
	int status;
	if (posix_spawnp(&pid, b->shell, &fa, NULL, argv, environ) != 0 ||
	    waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "paging: %s failed on the reference query\n", b->shell);
		exit(1);
	}
	posix_spawn_file_actions_destroy(&fa);
	tg->rows = b->rows + 1;
}

/* One timed operation on one database; what the screen does for each key.
 * Positioning for the next sample (restarting a walk at the far end,
 * going to the top before End) is not timed. */
static double sample(const struct bench *b, struct target *tg, enum op op, const char *search)
{
	struct gerr err = { 0 };
	struct pager *p = op == OP_PGDN ? &tg->down : op == OP_PGUP ? &tg->up : &tg->ends;
	if (op == OP_PGDN && p->at_end)
		check(pager_first(p, &err), &err, "Home");
	if (op == OP_PGUP && p->at_start)
		check(pager_last(p, &err), &err, "End");
	if (op == OP_END)
		check(pager_first(p, &err), &err, "Home");
	if (op == OP_HOME)
		check(pager_last(p, &err), &err, "End");
	struct pager fresh = { 0 };
	struct list_query q = b->q;
	q.search = search;
	int rc = 0, moved;
	double t0 = stats_now_ms();
	switch (op) {
	case OP_OPEN: /* a new pager and its first window, as on opening or each search key */
		pager_init(&fresh, &tg->s, &q, b->rows);
		rc = pager_first(&fresh, &err);
		break;
	case OP_PGDN: rc = pager_scroll(p, b->rows, &moved, &err); break;
	case OP_PGUP: rc = pager_scroll(p, -b->rows, &moved, &err); break;
	case OP_END: rc = pager_last(p, &err); break;
	case OP_HOME: rc = pager_first(p, &err); break;
	case OP_SHELL: spawn_shell(b, tg); break;
	}
	double ms = stats_now_ms() - t0;
	check(rc, &err, tg->path);
	if (op == OP_OPEN) {
		tg->rows = fresh.nrows;
		pager_free(&fresh);
	} else if (op != OP_SHELL) {
		tg->rows = p->nrows;
	}
	return ms;
}

static void run(struct bench *b, const char *label, enum op op, const char *search, int reps)
{
	int n[MAX_DB] = { 0 };
	bool done[MAX_DB] = { false };
	for (int k = 0; k < b->ntg; k++)
		b->tg[k].total = 0;
	for (bool more = true; more;) {
		more = false;
		for (int k = 0; k < b->ntg; k++) {
			struct target *tg = &b->tg[k];
			for (int j = 0; j < BLOCK && !done[k]; j++) {
				tg->t[n[k]] = sample(b, tg, op, search);
				tg->total += tg->t[n[k]++];
				done[k] = n[k] >= reps || (n[k] >= MIN_REPS && tg->total > BUDGET_MS);
			}
			more |= !done[k];
		}
	}
	printf("%s", label);
	for (int k = 0; k < b->ntg; k++) {
		double *t = b->tg[k].t;
		int m = n[k];
		double median, p95;
		stats_median_p95(t, m, &median, &p95);
		printf("\t%.3f\t%.3f\t%d\t%d", median, p95, b->tg[k].rows, m);
	}
	printf("\n");
	fflush(stdout);
}

/* The statement db_list builds for a PgDn from the middle of the list
 * (src/db/db_list.c's text with the key written in), for the shell. */
static char *shell_query(const struct bench *b, const char *path)
{
	sqlite3 *h;
	sqlite3_stmt *st = NULL;
	char *sql = NULL;
	int rc = sqlite3_open_v2(path, &h, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(h, "SELECT sale_date, id FROM sales WHERE voided = 0"
		                           " ORDER BY sale_date, id LIMIT 1"
		                           " OFFSET (SELECT count(*) / 2 FROM sales)", -1, &st, NULL);
	if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf b_sql = STRBUF_INIT;
		db_select_columns(&b_sql, b->q.form);
		sb_addf(&b_sql, " WHERE 1 AND t.voided = 0 AND (t.sale_date, t.id) > ('%s', %lld)"
		                " ORDER BY t.sale_date, t.id LIMIT %d;",
		        (const char *)sqlite3_column_text(st, 0),
		        (long long)sqlite3_column_int64(st, 1), b->rows + 1);
		sql = sb_steal(&b_sql);
	} else {
		fprintf(stderr, "paging: %s: no middle line: %s\n", path, sqlite3_errmsg(h));
		exit(1);
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	return sql;
}

static void open_target(struct bench *b, struct target *tg)
{
	struct gerr err = { 0 };
	check(session_open(&tg->s, tg->path, SESSION_EXISTING, &err), &err, tg->path);
	check(session_login(&tg->s, "admin", "bench-pass", &err), &err, "login");
	pager_init(&tg->down, &tg->s, &b->q, b->rows);
	pager_init(&tg->up, &tg->s, &b->q, b->rows);
	pager_init(&tg->ends, &tg->s, &b->q, b->rows);
	check(pager_first(&tg->down, &err), &err, "open");
	check(pager_last(&tg->up, &err), &err, "End");
	check(pager_first(&tg->ends, &err), &err, "open");
	tg->t = xcalloc((size_t)b->reps, sizeof *tg->t);
	if (b->shell && *b->shell)
		tg->shell_sql = shell_query(b, tg->path);
}

static void close_target(struct target *tg)
{
	pager_free(&tg->down);
	pager_free(&tg->up);
	pager_free(&tg->ends);
	free(tg->t);
	free(tg->shell_sql);
	session_close(&tg->s);
}

static int usage(void)
{
	fprintf(stderr, "usage: paging --db PATH [--db PATH]... [--reps N] [--rows N]"
	                " [--search TEXT]... [--sqlite3 PATH]\n");
	return 2;
}

int main(int argc, char **argv)
{
	const char *search[MAX_SEARCH];
	int nsearch = 0;
	struct bench b = { .rows = 20, .reps = 50 };
	for (int i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			return usage();
		const char *a = argv[i], *v = argv[++i];
		if (strcmp(a, "--db") == 0 && b.ntg < MAX_DB)
			b.tg[b.ntg++].path = v;
		else if (strcmp(a, "--reps") == 0 && atoi(v) > 0)
			b.reps = atoi(v);
		else if (strcmp(a, "--rows") == 0 && atoi(v) > 0)
			b.rows = atoi(v);
		else if (strcmp(a, "--search") == 0 && nsearch < MAX_SEARCH)
			search[nsearch++] = v;
		else if (strcmp(a, "--sqlite3") == 0)
			b.shell = v;
		else
			return usage();
	}
	if (b.ntg == 0)
		return usage();
	struct gerr err = { 0 };
	check(auth_init(&err), &err, "libsodium");
	/* the list screen's default order: the form's date field, ascending */
	b.q.form = form_find("sales");
	b.q.sort = form_field(b.q.form, b.q.form->date_field);
	for (int k = 0; k < b.ntg; k++)
		open_target(&b, &b.tg[k]);
	printf("#sqlite\t%s\n", sqlite3_libversion());

	run(&b, "open (first page)", OP_OPEN, NULL, b.reps);
	run(&b, "PgDn", OP_PGDN, NULL, b.reps);
	run(&b, "End", OP_END, NULL, b.reps);
	run(&b, "Home (from End)", OP_HOME, NULL, b.reps);
	run(&b, "PgUp (from End)", OP_PGUP, NULL, b.reps);
	for (int i = 0; i < nsearch; i++) {
		char label[160];
		snprintf(label, sizeof label, "search \"%s\"", search[i]);
		run(&b, label, OP_OPEN, search[i], b.reps);
	}
	if (b.shell && *b.shell)
		run(&b, "sqlite3 shell, same PgDn query (whole process)", OP_SHELL, NULL,
		    b.reps < SHELL_REPS ? b.reps : SHELL_REPS);

	for (int k = 0; k < b.ntg; k++)
		close_target(&b.tg[k]);
	return 0;
}
