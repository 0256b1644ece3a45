/* After-sales records: the form-level checks of service tickets, adverse
 * events and returns (struct form's check hook), and the open deadlines
 * they carry. The rules themselves are in core/service_rules.h. */
#ifndef GSPDESK_SERVICE_H
#define GSPDESK_SERVICE_H

#include "core/record.h"
#include "core/session.h"
#include "core/service_rules.h"

/* Repairs: the warranty date and basis, and the charge when left empty; a
 * charge other than the computed one needs charge_reason. */
int service_check(struct session *s, struct record *r, struct gerr *err);
/* Death and serious events need the stop-use notice, when and to whom. */
int events_check(struct session *s, struct record *r, struct gerr *err);
/* All live returns of a sales line together never exceed its quantity. */
int returns_check(struct session *s, struct record *r, struct gerr *err);

/* One deadline of a live record at the session's now. */
struct service_deadline {
	const char *kind;  /* msgid of what kind of promise: "repair", "adverse event" */
	const char *form;  /* "service" or "events" */
	int64_t id;
	const char *what;  /* msgid: "engineer on site", ... */
	char due_at[17];   /* "2026-11-22 17:00" */
	int64_t minutes_left; /* negative when late */
	enum deadline_state state;
};

/* The open deadlines (not yet met) of live service tickets and adverse
 * events, soonest first (the latest overdue first of all). row returns
 * non-zero to stop. */
int service_due_rows(struct session *s, int (*row)(void *ud, const struct service_deadline *d), void *ud,
                     struct gerr *err);

/* The list screens' status of a service ticket or event: its most urgent
 * open deadline, as time left or time late. */
enum row_urgency service_row_status(struct session *s, const struct record *r, char *text,
                                    int size);

/* The deadlines of one repair ticket or adverse event at the session's
 * now into out (at most 3): how many, or minus the error code. */
int service_deadlines_of(struct session *s, const struct record *r, struct deadline out[3],
                         struct gerr *err);

#endif
