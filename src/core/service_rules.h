/* The after-sales promises as pure rules: repair deadlines from the
 * customer's notification, warranty by calendar months from the final
 * acceptance, adverse-event reporting clocks, the stop-use notice. No
 * database here: callers hand in the times and get verdicts back. */
#ifndef GSPDESK_SERVICE_RULES_H
#define GSPDESK_SERVICE_RULES_H

#include <stdbool.h>
#include <stdint.h>

#include "base/date.h"

/* Minutes since 1970-01-01 00:00 local time; SVC_NONE when not recorded. */
#define SVC_NONE INT64_MIN
int64_t svc_minutes(const struct ymdhm *t);
/* "2025-03-05 14:30" or "2025-03-05" (midnight) → minutes; SVC_NONE when
 * s is NULL or malformed. */
int64_t svc_minutes_parse(const char *s);
void svc_minutes_format(int64_t minutes, char out[17]);
/* A length of time for people, sign dropped: "2:05", "3 d 4:00". */
void svc_duration_format(int64_t minutes, char out[40]);

enum deadline_state {
	DL_OPEN,    /* not done, time left, before the warning */
	DL_WARNING, /* not done, time left, past the warning */
	DL_MET,     /* done in time */
	DL_MISSED   /* not done and late, or done late */
};

/* Each promise a deadline comes from; the repair ones first. */
enum svc_rule {
	SR_ONSITE_CITY,   /* same city: engineer on site within 48 h */
	SR_RESPONSE_AWAY, /* other cities: response within 48 h */
	SR_ONSITE_AWAY,   /* other cities: engineer on site within 7 days */
	SR_PARTS,         /* parts not in domestic stock: resolved within 30 days */
	SR_REPAIR_COUNT,
	SR_AE_DEATH = SR_REPAIR_COUNT, /* adverse events: report within 7 days */
	SR_AE_SERIOUS,    /* 20 days */
	SR_AE_CLUSTER,    /* 12 hours */
	SR_COUNT
};
/* The promise in words for people (msgid). */
const char *svc_rule_label(enum svc_rule r);

struct deadline {
	enum svc_rule rule;
	const char *what;  /* msgid: "engineer on site", ... */
	const char *field; /* the field whose time meets it */
	int64_t start, warn_at, due_at; /* warn_at SVC_NONE: no warning */
	int64_t done_at;   /* SVC_NONE while not done */
	enum deadline_state state;
	/* due_at minus (done_at or now): time left when open, negative by
	 * how much it was missed */
	int64_t minutes_left;
};

/* done when it is not after now, else SVC_NONE: a time still to come
 * (typed ahead, or written before the rule refused it) does nothing yet. */
int64_t svc_done_by(int64_t done, int64_t now);
/* A judged deadline in one word for people (msgid): met, missed or not
 * yet due. */
const char *deadline_verdict(enum deadline_state s);
/* Judges one deadline at now. */
void deadline_judge(struct deadline *d, int64_t now);

/* Deadlines of one promise counted: met, missed (late, done or not) and
 * still open (not yet due). */
struct ontime {
	int64_t met, missed, open;
};
void ontime_add(struct ontime *o, enum deadline_state state);
/* The share kept on time: met over met and missed, the open ones left out
 * until they are decided; false when none is decided. */
bool ontime_share(const struct ontime *o, double *share);

struct repair_times {
	int64_t notified_at, responded_at, onsite_at, resolved_at; /* SVC_NONE: not recorded */
	bool same_city;      /* the customer is in the office's city */
	bool parts_in_stock; /* the parts are in the domestic spare stock */
};

/* The repair promises at now into out (at most 3); returns how many. */
int repair_deadlines(const struct repair_times *t, int64_t now, struct deadline out[3]);

/* Cities compare without surrounding spaces and a trailing 市, so 北京 is
 * 北京市; an empty city is never the same city. */
bool svc_same_city(const char *office_city, const char *customer_city);

/* The last day of the free warranty: 12 calendar months after acceptance,
 * the month's last day when the day does not exist (2024-02-29 → 2025-02-28). */
struct ymd warranty_last_day(const struct ymd *accepted);
/* A repair notified on that day or before is free. */
bool warranty_free(const struct ymd *accepted, const struct ymd *notified);

enum ae_severity { AE_DEATH, AE_SERIOUS, AE_CLUSTER, AE_OTHER, AE_UNKNOWN };
enum ae_severity ae_severity_parse(const char *code);
/* The report deadline from learned_at: death 7 days, serious 20 days,
 * cluster 12 hours; false when the severity has none. */
bool ae_deadline(enum ae_severity sev, int64_t learned_at, int64_t reported_at, int64_t now,
                 struct deadline *out);
/* Death and serious events need the stop-use notice (when and to whom). */
bool ae_needs_stop_use(enum ae_severity sev);

#endif
