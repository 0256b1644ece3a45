#include "config.h"
#include "core/service_rules.h"
#include "base/i18n.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#define HOUR 60
#define DAY (24 * HOUR)

int64_t svc_minutes(const struct ymdhm *t)
{
	return date_to_days(&t->date) * DAY + t->hh * HOUR + t->mm;
}

int64_t svc_minutes_parse(const char *s)
{
	struct ymdhm t = { 0 };
	if (!s || !*s)
		return SVC_NONE;
	if (datetime_parse(s, &t) == DATE_OK)
		return svc_minutes(&t);
	if (date_parse(s, &t.date) == DATE_OK)
		return svc_minutes(&t);
	return SVC_NONE;
}

void svc_minutes_format(int64_t minutes, char out[17])
{
	/* floor division: times before 1970 stay on the right day */
	int64_t days = minutes / DAY - (minutes % DAY < 0);
	int64_t rest = minutes - days * DAY;
	struct ymdhm t = { .date = date_from_days(days), .hh = (int)(rest / HOUR),
	                   .mm = (int)(rest % HOUR) };
	datetime_format(&t, out);
}

void svc_duration_format(int64_t minutes, char out[40])
{
	int64_t m = minutes < 0 ? -minutes : minutes;
	int h = (int)(m % DAY / HOUR), mm = (int)(m % HOUR);
	if (m >= DAY)
		snprintf(out, 40, _("%" PRId64 " d %d:%02d"), m / DAY, h, mm);
	else
		snprintf(out, 40, "%d:%02d", h, mm);
}

int64_t svc_done_by(int64_t done, int64_t now)
{
	return done != SVC_NONE && done <= now ? done : SVC_NONE;
}

const char *deadline_verdict(enum deadline_state s)
{
	return s == DL_MET ? N_("met") : s == DL_MISSED ? N_("missed") : N_("not yet due");
}

void deadline_judge(struct deadline *d, int64_t now)
{
	d->done_at = svc_done_by(d->done_at, now);
	int64_t at = d->done_at != SVC_NONE ? d->done_at : now;
	d->minutes_left = d->due_at - at;
	if (d->minutes_left < 0)
		d->state = DL_MISSED;
	else if (d->done_at != SVC_NONE)
		d->state = DL_MET;
	else if (d->warn_at != SVC_NONE && now >= d->warn_at)
		d->state = DL_WARNING;
	else
		d->state = DL_OPEN;
}

const char *svc_rule_label(enum svc_rule r)
{
	static const char *const labels[SR_COUNT] = {
		[SR_ONSITE_CITY] = N_("Same city: engineer on site within 48 hours"),
		[SR_RESPONSE_AWAY] = N_("Other cities: response within 48 hours"),
		[SR_ONSITE_AWAY] = N_("Other cities: engineer on site within 7 days"),
		[SR_PARTS] = N_("Parts not in domestic stock: resolved within 30 days"),
		[SR_AE_DEATH] = N_("Death: reported within 7 days"),
		[SR_AE_SERIOUS] = N_("Serious injury: reported within 20 days"),
		[SR_AE_CLUSTER] = N_("Cluster of events: reported within 12 hours"),
	};
	return (unsigned)r < SR_COUNT ? labels[r] : "";
}

void ontime_add(struct ontime *o, enum deadline_state state)
{
	if (state == DL_MET)
		o->met++;
	else if (state == DL_MISSED)
		o->missed++;
	else
		o->open++;
}

bool ontime_share(const struct ontime *o, double *share)
{
	int64_t decided = o->met + o->missed;
	if (decided == 0)
		return false;
	*share = (double)o->met / (double)decided;
	return true;
}

static void add(struct deadline *out, int *n, enum svc_rule rule, const char *what,
                const char *field, int64_t start, int64_t warn_after, int64_t due_after,
                int64_t done, int64_t now)
{
	struct deadline *d = &out[(*n)++];
	d->rule = rule;
	d->what = what;
	d->field = field;
	d->start = start;
	d->warn_at = warn_after == SVC_NONE ? SVC_NONE : start + warn_after;
	d->due_at = start + due_after;
	d->done_at = done;
	deadline_judge(d, now);
}

int repair_deadlines(const struct repair_times *t, int64_t now, struct deadline out[3])
{
	int n = 0;
	if (t->notified_at == SVC_NONE)
		return 0;
	if (t->same_city) {
		add(out, &n, SR_ONSITE_CITY, N_("engineer on site"), "onsite_at", t->notified_at,
		    24 * HOUR, 48 * HOUR, t->onsite_at, now);
	} else {
		add(out, &n, SR_RESPONSE_AWAY, N_("response"), "responded_at", t->notified_at,
		    SVC_NONE, 48 * HOUR, t->responded_at, now);
		add(out, &n, SR_ONSITE_AWAY, N_("engineer on site"), "onsite_at", t->notified_at,
		    SVC_NONE, 7 * DAY, t->onsite_at, now);
	}
	if (!t->parts_in_stock)
		add(out, &n, SR_PARTS, N_("resolved (parts from abroad)"), "resolved_at", t->notified_at,
		    15 * DAY, 30 * DAY, t->resolved_at, now);
	return n;
}

/* The city without surrounding spaces and one trailing 市, as a span. */
static void city_core(const char *s, const char **start, size_t *len)
{
	static const char shi[] = "市";
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		n--;
	if (n > sizeof shi - 1 && memcmp(s + n - (sizeof shi - 1), shi, sizeof shi - 1) == 0)
		n -= sizeof shi - 1;
	*start = s;
	*len = n;
}

bool svc_same_city(const char *office_city, const char *customer_city)
{
	if (!office_city || !customer_city)
		return false;
	const char *a, *b;
	size_t na, nb;
	city_core(office_city, &a, &na);
	city_core(customer_city, &b, &nb);
	return na > 0 && na == nb && memcmp(a, b, na) == 0;
}

struct ymd warranty_last_day(const struct ymd *accepted)
{
	struct ymd d = { accepted->y + 1, accepted->m, accepted->d };
	int last = date_days_in_month(d.y, d.m);
	if (d.d > last)
		d.d = last;
	return d;
}

bool warranty_free(const struct ymd *accepted, const struct ymd *notified)
{
	struct ymd last = warranty_last_day(accepted);
	return date_compare(notified, &last) <= 0;
}

enum ae_severity ae_severity_parse(const char *code)
{
	static const char *const codes[] = { "death", "serious", "cluster", "other" };
	for (int i = 0; code && i < 4; i++)
		if (strcmp(code, codes[i]) == 0)
			return (enum ae_severity)i;
	return AE_UNKNOWN;
}

bool ae_deadline(enum ae_severity sev, int64_t learned_at, int64_t reported_at, int64_t now,
                 struct deadline *out)
{
	int64_t due;
	enum svc_rule rule;
	switch (sev) {
	case AE_DEATH:
		due = 7 * DAY;
		rule = SR_AE_DEATH;
		break;
	case AE_SERIOUS:
		due = 20 * DAY;
		rule = SR_AE_SERIOUS;
		break;
	case AE_CLUSTER:
		due = 12 * HOUR;
		rule = SR_AE_CLUSTER;
		break;
	default:
		return false;
	}
	if (learned_at == SVC_NONE)
		return false;
	int n = 0;
	add(out, &n, rule, N_("report to the authority"), "authority_report_at", learned_at, SVC_NONE,
	    due, reported_at, now);
	return true;
}

bool ae_needs_stop_use(enum ae_severity sev)
{
	return sev == AE_DEATH || sev == AE_SERIOUS;
}
