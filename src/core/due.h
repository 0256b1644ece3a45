/* The due list (待办): everything that needs action, from a table of
 * sources, each a function adding rows. A new kind of deadline is one
 * function and one entry in the table in due.c. */
#ifndef GSPDESK_DUE_H
#define GSPDESK_DUE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/session.h"

struct due_row {
	const char *kind;  /* the source's stable code */
	const char *form;  /* the form of the record concerned */
	int64_t id;        /* that record */
	char *what;        /* what is due, for people (translated) */
	char due[17];      /* "2026-12-01", or "2026-12-01 14:30" when timed */
	bool timed;        /* due at a time of day; else on a date */
	int64_t left_min;  /* minutes from now (date rows: from today) to due; < 0 late */
};

struct due_list {
	struct due_row *rows;
	int n;
};

/* What each source is given: the session, and the horizon: rows due on or
 * before horizon (today + days) are listed, late ones always. */
struct due_ctx {
	struct session *s;
	int days;
	struct ymd today, horizon;
	struct due_list *out;
};

struct due_source {
	const char *kind;  /* stable code, as in CSV and JSON */
	const char *label; /* msgid */
	const char *form;  /* a role that may not view this form does not see the source */
	int (*collect)(struct due_ctx *c, struct gerr *err);
};

const struct due_source *due_sources(int *count);
const struct due_source *due_source_find(const char *kind);

/* Every source the user may see, sorted by time left, then kind and id. */
int due_collect(struct session *s, int days, struct due_list *out, struct gerr *err);
void due_list_free(struct due_list *l);

/* Time left for people: "3 d", "-2 d", or hours ("20 h") for a timed row
 * within two days of now. */
void due_left_text(const struct due_row *r, char out[32]);

/* For sources: a row due on a date (what is taken, malloc'd). */
void due_add_date(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                  char *what, const struct ymd *due);
/* A row due at a local time. */
void due_add_time(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                  char *what, const struct ymdhm *due);

/* d plus n calendar years (29 February becomes 28 February). */
struct ymd due_add_years(const struct ymd *d, int n);

/* The sources (due_sales.c). */
int due_resterilise(struct due_ctx *c, struct gerr *err);
int due_expiring(struct due_ctx *c, struct gerr *err);
int due_implant_missing(struct due_ctx *c, struct gerr *err);
/* (recall.c) open recalls with buyers not yet told, due by the class's days */
int due_recall_deadlines(struct due_ctx *c, struct gerr *err);
/* (due_aftersales.c) open repair and adverse-event deadlines */
int due_repairs(struct due_ctx *c, struct gerr *err);
int due_events(struct due_ctx *c, struct gerr *err);
/* the written report to the manager and the notices to purchasing and the
 * engineer of an event not closed, due one working day after learning */
int due_event_notices(struct due_ctx *c, struct gerr *err);
/* (training.c) attendees marked retrain whom no later session passed, due
 * on their retrain date (or at once, without one) */
int due_retrain(struct due_ctx *c, struct gerr *err);
/* (due.c) a year missing from the working calendar */
int due_calendar(struct due_ctx *c, struct gerr *err);

#endif
