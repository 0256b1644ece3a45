/* The due list (待办): what someone must act on, from sources that the
 * forms declare (struct form's due, core/due_sources.h), each a function
 * adding rows. Every row has a key; a row handled (done, not needed, the
 * customer declined: core/due_handle.c) leaves the list until its facts
 * change. */
#ifndef GSPDESK_DUE_H
#define GSPDESK_DUE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/session.h"

struct due_row {
	const char *kind;  /* the source's stable code */
	const char *form;  /* the form of the record behind the row */
	int64_t id;        /* that record (0: none, as the calendar) */
	char *key;         /* the row among its kind's, stable: "12", "3/7/B2024" */
	char *facts;       /* what it was raised on: handled rows whose facts
	                    * change are due again */
	char *customer;    /* the customer concerned, NULL when none */
	char *what;        /* what is due, for people (translated) */
	char due[17];      /* "2026-12-01", or "2026-12-01 14:30" when timed */
	bool timed;        /* due at a time of day; else on a date */
	int64_t left_min;  /* minutes from now (date rows: from today) to due; < 0 late */
};

struct due_list {
	struct due_row *rows;
	int n, cap;
};

/* What each source is given: the session, the horizon (rows due on or
 * before today + days are listed, late ones always) and the window of
 * the sales-ledger sources (expiries older than today - window days are
 * no longer acted on). */
struct due_ctx {
	struct session *s;
	int days, window;
	struct ymd today, horizon;
	struct due_list *out;
};

struct due_source {
	const char *kind;  /* stable code, as in CSV, JSON and `due done KIND` */
	const char *label; /* msgid */
	const char *form;  /* a role that may not view this form does not see the source */
	/* the roles that act on it, comma-separated; the administrator and the
	 * general manager see every source */
	const char *roles;
	int (*collect)(struct due_ctx *c, struct gerr *err);
};

/* Every form's sources, in the forms' order. */
const struct due_source *const *due_sources(int *count);
const struct due_source *due_source_find(const char *kind);
/* Whether role acts on (and sees) src. */
bool due_source_for(const struct due_source *src, const char *role);

#define DUE_DEFAULT_DAYS 30
#define DUE_MAX_DAYS 3650

struct due_query {
	int days;         /* the horizon */
	int window;       /* -1: the office's setting due_window_days */
	const char *kind; /* one source, or NULL: every source the role acts on */
	bool handled;     /* keep the rows that were handled (else they leave) */
};

/* The rows of the sources the user acts on, sorted by time left, then
 * kind and key. */
int due_collect(struct session *s, const struct due_query *q, struct due_list *out,
                struct gerr *err);
void due_list_free(struct due_list *l);

#define DUE_MAX_KINDS 32

/* The count of rows of one kind the user acts on, and of those late. */
struct due_count {
	const struct due_source *src;
	int count, late;
};
/* The counts of the kinds with rows within the default horizon, kept
 * while nothing in the file changed, on the same day for the same role,
 * so the menu shows them at once when the user comes back to it. */
struct due_cache {
	bool valid;
	int64_t stamp;
	char day[11], role[16];
	int n;
	struct due_count c[DUE_MAX_KINDS];
	int counted; /* times counted afresh: what the tests and bench/due check */
};
int due_counts(struct session *s, struct due_cache *cache, struct gerr *err);

/* Time left for people: "3 d", "-2 d", or hours ("20 h") for a timed row
 * within two days of now. */
void due_left_text(const struct due_row *r, char out[32]);

/* For sources: a row due on a date, or at a local time. The strings are
 * taken (malloc'd); customer may be NULL. */
struct due_row *due_add_date(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                             char *what, const struct ymd *due);
struct due_row *due_add_time(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                             char *what, const struct ymdhm *due);
/* Sets a row's key and facts (printf-like, both copied) and customer. */
void due_row_key(struct due_row *r, const char *key, const char *facts, const char *customer);

/* For the sales-ledger sources: a row per customer × product × batch
 * (db/db_due.h), keyed "customer/product/number", opening its newest
 * line, raised again by a newer sale of it. */
struct due_group;
struct due_row *due_add_group(struct due_ctx *c, const char *kind, const struct due_group *g,
                              char *what, const struct ymd *due);

/* For the after-sales sources (due_repair.c): a row per open deadline of
 * form's live records (core/service_deadlines.c). */
int due_service_rows(struct due_ctx *c, const char *form, const char *kind, struct gerr *err);

/* d plus n calendar years (29 February becomes 28 February). */
struct ymd due_add_years(const struct ymd *d, int n);

#endif
