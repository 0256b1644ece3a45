/* After-sales records: the form-level checks of service tickets, adverse
 * events and returns (struct form's check hook), and the open deadlines
 * they carry. The rules themselves are in core/service_rules.h. */
#ifndef GSPDESK_SERVICE_H
#define GSPDESK_SERVICE_H

#include "model/record.h"
#include "core/session.h"
#include "core/service_rules.h"

/* Repairs: the warranty date and basis, and the charge when left empty; a
 * charge other than the computed one needs charge_reason. */
int service_check(struct session *s, struct record *r, struct gerr *err);
/* Death and serious events need the stop-use notice, when and to whom. */
int events_check(struct session *s, struct record *r, struct gerr *err);
/* All live returns of a sales line together never exceed its quantity; a
 * distributed product's return closes only with the supplier's contact,
 * who and answer; an exchange names the replacement's serial or batch. */
int returns_check(struct session *s, struct record *r, struct gerr *err);

/* One deadline of a live record at the session's now. */
struct service_deadline {
	const char *kind;  /* msgid of what kind of promise: "repair", "adverse event" */
	const char *form;  /* "service" or "events" */
	int64_t id;
	const char *what;  /* msgid: "engineer on site", ... */
	const char *field; /* the field whose time meets it */
	int64_t customer;  /* the record's customer, 0 when none */
	char due_at[17];   /* "2026-11-22 17:00" */
	int64_t minutes_left; /* negative when late */
	enum deadline_state state;
};

/* The open deadlines (not yet met) of live repair tickets and adverse
 * events, or of one form's ("service" or "events"; NULL: both), soonest
 * first (the latest overdue first of all). row returns non-zero to stop. */
int service_due_rows(struct session *s, const char *form,
                     int (*row)(void *ud, const struct service_deadline *d), void *ud,
                     struct gerr *err);

/* The list screens' status of a service ticket or event: its most urgent
 * open deadline, as time left or time late. */
enum row_urgency service_row_status(struct session *s, const struct record *r, char *text,
                                    int size);

/* A service ticket's stored values (text, NULL when empty), for callers
 * that read tickets in bulk rather than as records. */
struct service_ticket {
	const char *kind, *customer_city;
	const char *notified_at, *responded_at, *onsite_at, *resolved_at;
	int parts_in_stock; /* 1 yes, 0 no, -1 not recorded */
};

/* Only repairs carry the repair promises. */
bool service_has_deadlines(const char *kind);
/* The repair promises of a ticket at now (minutes), the office being in
 * office_city: how many into out; none unless the ticket is a repair. */
int service_ticket_deadlines(const struct service_ticket *t, const char *office_city, int64_t now,
                             struct deadline out[3]);

/* The deadlines of one repair ticket or adverse event at the session's
 * now into out (at most 3): how many, or minus the error code. */
int service_deadlines_of(struct session *s, const struct record *r, struct deadline out[3],
                         struct gerr *err);

#endif
