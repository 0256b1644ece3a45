/* Files written for people (base/outfile.h), in a scratch folder: what is
 * refused before anything is written, what the finished file looks like,
 * and the sweep of a killed run's part folder. */
#include "config.h"
#include "base/outfile.h"

#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[] = "/tmp/gspdesk-outfile.XXXXXX";
static char path[512], db[512];

static void setup(void)
{
	cr_assert(mkdtemp(dir));
	snprintf(db, sizeof db, "%s/gspdesk.db", dir);
	FILE *f = fopen(db, "w");
	fputs("SQLite format 3", f);
	fputc('\0', f);
	fclose(f);
}

static void teardown(void)
{
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(outfile, .init = setup, .fini = teardown);

static const char *at(const char *name)
{
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

static int begin(const char *name, bool force, struct gerr *e)
{
	struct outfile o;
	int rc = outfile_begin(&o, at(name), force, db, e);
	if (rc == GERR_OK)
		outfile_abort(&o);
	return rc;
}

Test(outfile, refusals)
{
	struct gerr e = { 0 };
	cr_assert_eq(begin("gspdesk.db", true, &e), GERR_INPUT);
	cr_assert(strstr(e.msg, "is the database"), "%s", e.msg);
	cr_assert_eq(begin("gspdesk.db-wal", true, &e), GERR_INPUT, "the -wal name, though absent");
	cr_assert(strstr(e.msg, "is the database"), "%s", e.msg);
	cr_assert_eq(symlink(db, at("link.xlsx")), 0);
	cr_assert_eq(begin("link.xlsx", true, &e), GERR_INPUT);
	cr_assert(strstr(e.msg, "symbolic link"), "%s", e.msg);
	char copy[600];
	snprintf(copy, sizeof copy, "cp '%s' '%s/other.bak'", db, dir);
	cr_assert_eq(system(copy), 0);
	cr_assert_eq(begin("other.bak", true, &e), GERR_INPUT);
	cr_assert(strstr(e.msg, "is a SQLite database"), "%s", e.msg);
	FILE *f = fopen(at("old.csv"), "w");
	fclose(f);
	cr_assert_eq(begin("old.csv", false, &e), GERR_INPUT);
	cr_assert(strstr(e.msg, "--force"), "%s", e.msg);
	cr_assert_eq(begin("old.csv", true, &e), GERR_OK);
	cr_assert_eq(begin("new.csv", false, &e), GERR_OK);
}

Test(outfile, written_whole_and_private)
{
	mode_t old = umask(022);
	struct outfile o;
	struct gerr e = { 0 };
	cr_assert_eq(outfile_begin(&o, at("r.csv"), false, db, &e), GERR_OK, "%s", e.msg);
	struct stat st;
	cr_assert_eq(lstat(o.dir, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0700, "the part folder is private");
	FILE *f = outfile_stream(&o, &e);
	cr_assert(f);
	fputs("a,b\n", f);
	fclose(f);
	cr_assert_eq(access(at("r.csv"), F_OK), -1, "nothing at the target before the commit");
	char *part = strdup(o.dir);
	cr_assert_eq(outfile_commit(&o, false, &e), GERR_OK, "%s", e.msg);
	cr_assert_eq(stat(at("r.csv"), &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600, "0600 under umask 022");
	cr_assert_eq(st.st_size, 4);
	cr_assert_eq(access(part, F_OK), -1, "the part folder is gone");
	free(part);
	umask(old);
}

Test(outfile, killed_run_swept)
{
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	waitpid(child, NULL, 0); /* a process that is gone */
	char stale[600], live[600];
	snprintf(stale, sizeof stale, "%s/.q.xlsx.part.%ld.AbC123", dir, (long)child);
	snprintf(live, sizeof live, "%s/.q.xlsx.part.%ld.XyZ789", dir, (long)getpid());
	cr_assert_eq(mkdir(stale, 0700), 0);
	cr_assert_eq(mkdir(live, 0700), 0);
	char half[700];
	snprintf(half, sizeof half, "%s/q.xlsx", stale);
	FILE *f = fopen(half, "w");
	fclose(f);
	struct gerr e = { 0 };
	cr_assert_eq(begin("q.xlsx", false, &e), GERR_OK, "%s", e.msg);
	cr_assert_eq(access(stale, F_OK), -1, "the dead run's folder is removed");
	cr_assert_eq(access(live, F_OK), 0, "a living run's folder is left alone");
}
