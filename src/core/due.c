#include "config.h"
#include "core/due.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_PER_DAY 1440

static const struct due_source sources[] = {
	{ "resterilise", N_("Re-sterilisation"), "sales", due_resterilise },
	{ "expiring", N_("Expiring at the customer"), "sales", due_expiring },
	{ "implant", N_("Implant record missing"), "sales", due_implant_missing },
	{ "recall", N_("Recall: buyers to tell"), "recalls", due_recall_deadlines },
	{ "repair", N_("Repair deadlines"), "service", due_repairs },
	{ "event", N_("Adverse event reports"), "events", due_events },
	{ "notice", N_("Adverse event: report to the manager, tell purchasing and the engineer"),
	  "events", due_event_notices },
	{ "retrain", N_("Operators to retrain"), "attendees", due_retrain },
	{ "calendar", N_("Working calendar"), "holidays", due_calendar },
};

#define NSOURCES ((int)(sizeof sources / sizeof sources[0]))

const struct due_source *due_sources(int *count)
{
	*count = NSOURCES;
	return sources;
}

const struct due_source *due_source_find(const char *kind)
{
	for (int i = 0; i < NSOURCES; i++)
		if (strcmp(sources[i].kind, kind) == 0)
			return &sources[i];
	return NULL;
}

struct ymd due_add_years(const struct ymd *d, int n)
{
	struct ymd r = { d->y + n, d->m, d->d };
	int last = date_days_in_month(r.y, r.m);
	if (r.d > last)
		r.d = last;
	return r;
}

static struct due_row *grow(struct due_ctx *c)
{
	struct due_list *l = c->out;
	l->rows = xrealloc(l->rows, sizeof *l->rows * (size_t)(l->n + 1));
	struct due_row *r = &l->rows[l->n++];
	memset(r, 0, sizeof *r);
	return r;
}

void due_add_date(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                  char *what, const struct ymd *due)
{
	struct due_row *r = grow(c);
	r->kind = kind;
	r->form = form;
	r->id = id;
	r->what = what;
	date_format(due, r->due);
	r->left_min = (date_to_days(due) - date_to_days(&c->today)) * MIN_PER_DAY;
}

static int64_t minutes(const struct ymdhm *t)
{
	return date_to_days(&t->date) * MIN_PER_DAY + t->hh * 60 + t->mm;
}

void due_add_time(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                  char *what, const struct ymdhm *due)
{
	struct due_row *r = grow(c);
	r->kind = kind;
	r->form = form;
	r->id = id;
	r->what = what;
	r->timed = true;
	datetime_format(due, r->due);
	r->left_min = minutes(due) - minutes(&c->s->now);
}

void due_left_text(const struct due_row *r, char out[32])
{
	int64_t m = r->left_min;
	if (r->timed && m > -2 * MIN_PER_DAY && m < 2 * MIN_PER_DAY)
		/* TRANSLATORS: hours left (negative when late) */
		snprintf(out, 32, _("%" PRId64 " h"), m / 60);
	else
		/* TRANSLATORS: days left (negative when late) */
		snprintf(out, 32, _("%" PRId64 " d"), m / MIN_PER_DAY);
}

/* Every working-day deadline counts on the calendar: a year it does not
 * know is due at once, and in December the coming year (its notice is
 * published in November) is due by its first day. */
int due_calendar(struct due_ctx *c, struct gerr *err)
{
	const struct workcal *cal;
	int rc = session_calendar(c->s, &cal, err);
	if (rc)
		return rc;
	for (int y = c->today.y; y <= c->today.y + (c->today.m == 12); y++) {
		if (workcal_known(cal, y))
			continue;
		struct ymd due = y == c->today.y ? c->today : (struct ymd){ y, 1, 1 };
		if (date_compare(&due, &c->horizon) > 0)
			continue;
		struct strbuf b = STRBUF_INIT;
		sb_addf(&b, _("The working calendar of %d is not known: add the days of the State Council's notice (Holiday calendar); until then only weekends count as days off."), y);
		due_add_date(c, "calendar", "holidays", 0, sb_steal(&b), &due);
	}
	return GERR_OK;
}

static int by_left(const void *a, const void *b)
{
	const struct due_row *x = a, *y = b;
	if (x->left_min != y->left_min)
		return x->left_min < y->left_min ? -1 : 1;
	int k = strcmp(x->kind, y->kind);
	if (k)
		return k;
	return (x->id > y->id) - (x->id < y->id);
}

int due_collect(struct session *s, int days, struct due_list *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	struct due_ctx c = { .s = s, .days = days, .today = s->now.date, .out = out };
	c.horizon = date_from_days(date_to_days(&c.today) + days);
	for (int i = 0; i < NSOURCES; i++) {
		if (!perm_allowed(s->user.role, form_find(sources[i].form), PERM_VIEW))
			continue;
		int rc = sources[i].collect(&c, err);
		if (rc) {
			due_list_free(out);
			return rc;
		}
	}
	if (out->n > 1)
		qsort(out->rows, (size_t)out->n, sizeof *out->rows, by_left);
	return GERR_OK;
}

void due_list_free(struct due_list *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->rows[i].what);
	free(l->rows);
	memset(l, 0, sizeof *l);
}
