#include "config.h"
#include "core/due.h"
#include "core/due_handle.h"
#include "base/i18n.h"
#include "core/accounts.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_PER_DAY 1440

/* Built once from the forms: the forms are const tables. */
const struct due_source *const *due_sources(int *count)
{
	static const struct due_source *all[DUE_MAX_KINDS];
	static int n = -1;
	if (n < 0) {
		int nf;
		const struct form *const *forms = forms_all(&nf);
		n = 0;
		for (int i = 0; i < nf; i++)
			for (int j = 0; forms[i]->due && forms[i]->due[j] && n < DUE_MAX_KINDS; j++)
				all[n++] = forms[i]->due[j];
	}
	*count = n;
	return all;
}

const struct due_source *due_source_find(const char *kind)
{
	int n;
	const struct due_source *const *all = due_sources(&n);
	for (int i = 0; i < n; i++)
		if (strcmp(all[i]->kind, kind) == 0)
			return all[i];
	return NULL;
}

bool due_source_for(const struct due_source *src, const char *role)
{
	if (!role || !perm_allowed(role, form_find(src->form), PERM_VIEW))
		return false;
	if (strcmp(role, "admin") == 0 || strcmp(role, "manager") == 0)
		return true;
	size_t n = strlen(role);
	for (const char *p = src->roles; (p = strstr(p, role)) != NULL; p += n)
		if ((p == src->roles || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

struct ymd due_add_years(const struct ymd *d, int n)
{
	struct ymd r = { d->y + n, d->m, d->d };
	int last = date_days_in_month(r.y, r.m);
	if (r.d > last)
		r.d = last;
	return r;
}

static struct due_row *grow(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                            char *what)
{
	struct due_list *l = c->out;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->rows = xrealloc(l->rows, sizeof *l->rows * (size_t)l->cap);
	}
	struct due_row *r = &l->rows[l->n++];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->form = form;
	r->id = id;
	r->what = what;
	return r;
}

void due_row_key(struct due_row *r, const char *key, const char *facts, const char *customer)
{
	free(r->key);
	free(r->facts);
	free(r->customer);
	r->key = xstrdup(key);
	r->facts = xstrdup(facts ? facts : "");
	r->customer = customer ? xstrdup(customer) : NULL;
}

/* A row keyed by its record's id, raised on its due date: the default,
 * which sources with other keys overwrite. */
static void key_by_id(struct due_row *r)
{
	char key[24];
	snprintf(key, sizeof key, "%" PRId64, r->id);
	due_row_key(r, key, r->due, NULL);
}

struct due_row *due_add_date(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                             char *what, const struct ymd *due)
{
	struct due_row *r = grow(c, kind, form, id, what);
	date_format(due, r->due);
	r->left_min = (date_to_days(due) - date_to_days(&c->today)) * MIN_PER_DAY;
	key_by_id(r);
	return r;
}

struct due_row *due_add_group(struct due_ctx *c, const char *kind, const struct due_group *g,
                              char *what, const struct ymd *due)
{
	struct due_row *r = due_add_date(c, kind, "sales", g->last_sale, what, due);
	char key[128], facts[24];
	snprintf(key, sizeof key, "%" PRId64 "/%" PRId64 "/%s", g->customer, g->product,
	         g->number ? g->number : "");
	snprintf(facts, sizeof facts, "%" PRId64, g->last_sale);
	due_row_key(r, key, facts, g->customer_name);
	return r;
}

static int64_t minutes(const struct ymdhm *t)
{
	return date_to_days(&t->date) * MIN_PER_DAY + t->hh * 60 + t->mm;
}

struct due_row *due_add_time(struct due_ctx *c, const char *kind, const char *form, int64_t id,
                             char *what, const struct ymdhm *due)
{
	struct due_row *r = grow(c, kind, form, id, what);
	r->timed = true;
	datetime_format(due, r->due);
	r->left_min = minutes(due) - minutes(&c->s->now);
	key_by_id(r);
	return r;
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

static int by_left(const void *a, const void *b)
{
	const struct due_row *x = a, *y = b;
	if (x->left_min != y->left_min)
		return x->left_min < y->left_min ? -1 : 1;
	int k = strcmp(x->kind, y->kind);
	return k ? k : strcmp(x->key, y->key);
}

static void row_free(struct due_row *r)
{
	free(r->what);
	free(r->key);
	free(r->facts);
	free(r->customer);
}

/* Keeps the rows handled (want) or not handled (!want). */
static void keep_handled(struct due_list *l, const struct due_handled_set *h, bool want)
{
	int n = 0;
	for (int i = 0; i < l->n; i++) {
		struct due_row *r = &l->rows[i];
		if (due_handled_has(h, r->kind, r->key, r->facts) == want)
			l->rows[n++] = *r;
		else
			row_free(r);
	}
	l->n = n;
}

int due_collect(struct session *s, const struct due_query *q, struct due_list *out,
                struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int window = q->window >= 0 ? q->window : settings_int(s, "due_window_days");
	struct due_ctx c = { .s = s, .days = q->days, .window = window, .today = s->now.date,
	                     .out = out };
	c.horizon = date_from_days(date_to_days(&c.today) + q->days);
	int n;
	const struct due_source *const *all = due_sources(&n);
	int rc = GERR_OK;
	for (int i = 0; rc == GERR_OK && i < n; i++) {
		if ((q->kind && strcmp(all[i]->kind, q->kind) != 0) ||
		    !due_source_for(all[i], s->user.role))
			continue;
		rc = all[i]->collect(&c, err);
	}
	struct due_handled_set h = { 0 };
	if (rc == GERR_OK)
		rc = due_handled_load(s, &h, err);
	if (rc) {
		due_list_free(out);
		return rc;
	}
	keep_handled(out, &h, q->handled);
	due_handled_free(&h);
	if (out->n > 1)
		qsort(out->rows, (size_t)out->n, sizeof *out->rows, by_left);
	return GERR_OK;
}

void due_list_free(struct due_list *l)
{
	for (int i = 0; i < l->n; i++)
		row_free(&l->rows[i]);
	free(l->rows);
	memset(l, 0, sizeof *l);
}

int due_counts(struct session *s, struct due_cache *cache, struct gerr *err)
{
	int64_t stamp;
	int rc = db_due_stamp(s->db, &stamp, err);
	if (rc)
		return rc;
	const char *role = s->user.role ? s->user.role : "";
	if (cache->valid && cache->stamp == stamp && strcmp(cache->day, s->today) == 0 &&
	    strcmp(cache->role, role) == 0)
		return GERR_OK;
	struct due_query q = { .days = DUE_DEFAULT_DAYS, .window = -1 };
	struct due_list l;
	if ((rc = due_collect(s, &q, &l, err)))
		return rc;
	int counted = cache->counted + 1;
	memset(cache, 0, sizeof *cache);
	cache->counted = counted;
	int n;
	const struct due_source *const *all = due_sources(&n);
	for (int i = 0; i < n; i++) {
		struct due_count c = { all[i], 0, 0 };
		for (int j = 0; j < l.n; j++)
			if (strcmp(l.rows[j].kind, all[i]->kind) == 0) {
				c.count++;
				c.late += l.rows[j].left_min < 0;
			}
		if (c.count)
			cache->c[cache->n++] = c;
	}
	due_list_free(&l);
	cache->valid = true;
	cache->stamp = stamp;
	snprintf(cache->day, sizeof cache->day, "%s", s->today);
	snprintf(cache->role, sizeof cache->role, "%s", role);
	return GERR_OK;
}
