/* Open after-sales deadlines: each live repair ticket and adverse event
 * judged at the session's now by core/service_rules.c. */
#include "config.h"
#include "core/service.h"
#include "base/i18n.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db_record.h"
#include "db/db_service.h"
#include "db/db_settings.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t minutes_of(const struct record *r, const char *field)
{
	const struct value *v = record_value((struct record *)r, field);
	return v->null ? SVC_NONE : svc_minutes_parse(v->text);
}

/* A repair resolved by now: a resolution still to come finishes nothing. */
static bool resolved(const struct session *s, const struct record *r)
{
	return svc_done_by(minutes_of(r, "resolved_at"), svc_minutes(&s->now)) != SVC_NONE;
}

static int customer_city(struct session *s, const struct record *r, char **city,
                         struct gerr *err)
{
	const struct value *c = record_value((struct record *)r, "customer");
	*city = NULL;
	if (c->null)
		return GERR_OK;
	struct record *cust = NULL;
	int rc = db_record_get(s->db, form_find("customers"), c->num, &cust, err);
	if (rc)
		return rc;
	const struct value *v = record_value(cust, "city");
	*city = v->null ? NULL : xstrdup(v->text);
	record_free(cust);
	return GERR_OK;
}

int service_deadlines_of(struct session *s, const struct record *r, struct deadline out[3],
                         struct gerr *err)
{
	int64_t now = svc_minutes(&s->now);
	struct record *rw = (struct record *)r;
	if (strcmp(r->form->name, "events") == 0) {
		enum ae_severity sev = ae_severity_parse(record_value(rw, "severity")->text);
		return ae_deadline(sev, minutes_of(r, "learned_at"), minutes_of(r, "authority_report_at"),
		                   now, &out[0]) ? 1 : 0;
	}
	if (strcmp(r->form->name, "service") != 0 || !service_has_deadlines(record_text(r, "kind")))
		return 0;
	char *office = NULL, *city = NULL;
	int rc = db_setting_get(s->db, "city", &office, err);
	if (rc == GERR_OK)
		rc = customer_city(s, r, &city, err);
	const struct value *stock = record_value(rw, "parts_in_stock");
	struct service_ticket t = {
		.kind = record_text(r, "kind"),
		.customer_city = city,
		.notified_at = record_text(r, "notified_at"),
		.responded_at = record_text(r, "responded_at"),
		.onsite_at = record_text(r, "onsite_at"),
		.resolved_at = record_text(r, "resolved_at"),
		.parts_in_stock = stock->null ? -1 : stock->num != 0,
	};
	int n = rc ? -rc : service_ticket_deadlines(&t, office, now, out);
	free(office);
	free(city);
	return n;
}

bool service_has_deadlines(const char *kind)
{
	return kind && strcmp(kind, "repair") == 0;
}

int service_ticket_deadlines(const struct service_ticket *t, const char *office_city, int64_t now,
                             struct deadline out[3])
{
	if (!service_has_deadlines(t->kind))
		return 0;
	struct repair_times rt = {
		.notified_at = svc_minutes_parse(t->notified_at),
		.responded_at = svc_minutes_parse(t->responded_at),
		.onsite_at = svc_minutes_parse(t->onsite_at),
		.resolved_at = svc_minutes_parse(t->resolved_at),
		.same_city = svc_same_city(office_city, t->customer_city),
		.parts_in_stock = t->parts_in_stock != 0, /* unknown: assume in stock */
	};
	return repair_deadlines(&rt, now, out);
}

enum row_urgency service_row_status(struct session *s, const struct record *r, char *text,
                                    int size)
{
	struct deadline d[3];
	text[0] = '\0';
	if (strcmp(r->form->name, "service") == 0 && resolved(s, r))
		return ROW_CALM;
	int n = service_deadlines_of(s, r, d, NULL);
	const struct deadline *worst = NULL;
	for (int i = 0; i < n; i++)
		if (d[i].done_at == SVC_NONE && (!worst || d[i].minutes_left < worst->minutes_left))
			worst = &d[i];
	if (!worst)
		return ROW_CALM;
	char hm[40];
	svc_duration_format(worst->minutes_left, hm);
	snprintf(text, (size_t)size, worst->minutes_left < 0 ? _("%s late") : _("%s left"), hm);
	return worst->state == DL_MISSED ? ROW_LATE : worst->state == DL_WARNING ? ROW_WARNING
	                                                                          : ROW_CALM;
}

struct collect {
	struct session *s;
	struct service_deadline *rows;
	int n, cap;
	struct gerr *err;
	int rc;
};

static int collect_row(void *ud, const struct record *r)
{
	struct collect *c = ud;
	bool event = strcmp(r->form->name, "events") == 0;
	const char *kind = event ? N_("adverse event") : N_("repair");
	/* a finished repair or a closed event has nothing left to keep */
	if (!event && resolved(c->s, r))
		return 0;
	const struct value *status = event ? record_value((struct record *)r, "status") : NULL;
	if (status && !status->null && strcmp(status->text, "closed") == 0)
		return 0;
	struct deadline d[3];
	int n = service_deadlines_of(c->s, r, d, c->err);
	if (n < 0) {
		c->rc = -n;
		return 1;
	}
	for (int i = 0; i < n; i++) {
		if (d[i].done_at != SVC_NONE)
			continue;
		if (c->n == c->cap) {
			c->cap = c->cap ? 2 * c->cap : 16;
			c->rows = xrealloc(c->rows, sizeof *c->rows * (size_t)c->cap);
		}
		struct service_deadline *row = &c->rows[c->n++];
		row->kind = kind;
		row->form = r->form->name;
		row->id = r->id;
		row->what = d[i].what;
		row->field = d[i].field;
		const struct value *cust = record_value((struct record *)r, "customer");
		row->customer = cust->null ? 0 : cust->num;
		svc_minutes_format(d[i].due_at, row->due_at);
		row->minutes_left = d[i].minutes_left;
		row->state = d[i].state;
	}
	return 0;
}

static int by_time_left(const void *a, const void *b)
{
	const struct service_deadline *x = a, *y = b;
	if (x->minutes_left != y->minutes_left)
		return x->minutes_left < y->minutes_left ? -1 : 1;
	int f = strcmp(x->form, y->form);
	return f ? f : (x->id > y->id) - (x->id < y->id);
}

int service_due_rows(struct session *s, const char *form,
                     int (*row)(void *ud, const struct service_deadline *d), void *ud,
                     struct gerr *err)
{
	struct collect c = { .s = s, .err = err };
	int rc = GERR_OK;
	if (!form || strcmp(form, "service") == 0) {
		/* only the repairs not resolved before today, each read whole: a
		 * decade's tickets are nearly all resolved */
		int64_t *ids;
		int n;
		const struct form *service = form_find("service");
		rc = db_service_open_repairs(s->db, s->today, &ids, &n, err);
		for (int i = 0; rc == GERR_OK && c.rc == GERR_OK && i < n; i++) {
			struct record *r;
			if ((rc = records_get(s, service, ids[i], &r, err)) == GERR_OK) {
				collect_row(&c, r);
				record_free(r);
			}
		}
		free(ids);
	}
	if (rc == GERR_OK && c.rc == GERR_OK && (!form || strcmp(form, "events") == 0)) {
		struct list_query q = { .form = form_find("events") };
		rc = records_list(s, &q, collect_row, &c, err);
	}
	if (rc == GERR_OK)
		rc = c.rc;
	if (rc == GERR_OK) {
		if (c.n > 1) /* qsort wants a real array, even of none */
			qsort(c.rows, (size_t)c.n, sizeof *c.rows, by_time_left);
		for (int i = 0; i < c.n && !row(ud, &c.rows[i]); i++)
			;
	}
	free(c.rows);
	return rc;
}
