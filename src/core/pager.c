#include "config.h"
#include "core/pager.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db_list.h"

#include <stdlib.h>
#include <string.h>

void pager_init(struct pager *p, struct session *s, const struct list_query *q, int size)
{
	memset(p, 0, sizeof *p);
	p->s = s;
	p->q = *q;
	p->q.after = NULL;
	p->q.limit = 0;
	p->size = size < 1 ? 1 : size;
}

static void drop_rows(struct pager *p)
{
	for (int i = 0; i < p->nrows; i++)
		record_free(p->rows[i]);
	free(p->rows);
	p->rows = NULL;
	p->nrows = 0;
}

void pager_free(struct pager *p)
{
	drop_rows(p);
}

struct fetch {
	struct record **rows;
	int n;
};

static int collect(void *ud, const struct record *r)
{
	struct fetch *f = ud;
	f->rows = xrealloc(f->rows, sizeof *f->rows * (size_t)(f->n + 1));
	f->rows[f->n++] = record_clone(r);
	return 0;
}

/* Up to n rows after `from` (or from the start when NULL), forward or, when
 * backward, the ones before it nearest first. */
static int fetch(struct pager *p, const struct record *from, bool backward, bool inclusive,
                 int n, struct fetch *out, struct gerr *err)
{
	struct list_query q = p->q;
	struct list_key key = { .sortval = { .null = true } };
	if (backward)
		q.descending = !q.descending;
	if (from) {
		db_list_key(&q, from, &key);
		/* inclusive: start just before `from` by stepping its id one back
		 * in the order being read (ties on the sort value go by id) */
		if (inclusive)
			key.id += q.descending ? 1 : -1;
		q.after = &key;
	}
	q.limit = n;
	memset(out, 0, sizeof *out);
	int rc = records_list(p->s, &q, collect, out, err);
	value_clear(&key.sortval);
	return rc;
}

static void free_fetch(struct fetch *f)
{
	for (int i = 0; i < f->n; i++)
		record_free(f->rows[i]);
	free(f->rows);
}

/* Makes f (size + 1 rows asked for) the window; returns whether there were
 * more rows than fit, the one extra row only telling that. */
static bool take_window(struct pager *p, struct fetch *f)
{
	drop_rows(p);
	bool more = f->n > p->size;
	if (more)
		record_free(f->rows[--f->n]);
	p->rows = f->rows;
	p->nrows = f->n;
	return more;
}

int pager_count(struct pager *p, struct gerr *err)
{
	return db_list_count(p->s->db, &p->q, &p->total, err);
}

/* The window's place: the rows before its first, in list order. */
static int count_offset(struct pager *p, struct gerr *err)
{
	p->offset = 0;
	if (p->nrows == 0 || p->at_start)
		return GERR_OK;
	struct list_query q = p->q;
	struct list_key key = { .sortval = { .null = true } };
	q.descending = !q.descending;
	db_list_key(&q, p->rows[0], &key);
	q.after = &key;
	int rc = db_list_count(p->s->db, &q, &p->offset, err);
	value_clear(&key.sortval);
	return rc;
}

int pager_first(struct pager *p, struct gerr *err)
{
	struct fetch f;
	int rc = fetch(p, NULL, false, false, p->size + 1, &f, err);
	if (rc)
		return rc;
	p->at_start = true;
	p->at_end = !take_window(p, &f);
	p->offset = 0;
	return GERR_OK;
}

int pager_last(struct pager *p, struct gerr *err)
{
	struct fetch f;
	int rc = fetch(p, NULL, true, false, p->size + 1, &f, err);
	if (rc)
		return rc;
	p->at_end = true;
	p->at_start = !take_window(p, &f);
	/* fetched nearest-last first: turn into list order */
	for (int i = 0; i < p->nrows / 2; i++) {
		struct record *t = p->rows[i];
		p->rows[i] = p->rows[p->nrows - 1 - i];
		p->rows[p->nrows - 1 - i] = t;
	}
	p->offset = p->total > p->nrows ? p->total - p->nrows : 0;
	return GERR_OK;
}

int pager_scroll(struct pager *p, int delta, int *moved, struct gerr *err)
{
	*moved = 0;
	if (delta == 0 || p->nrows == 0)
		return GERR_OK;
	bool back = delta < 0;
	int want = back ? -delta : delta;
	if (want > p->size)
		want = p->size;
	struct fetch f;
	const struct record *edge = back ? p->rows[0] : p->rows[p->nrows - 1];
	int rc = fetch(p, edge, back, false, want + 1, &f, err);
	if (rc)
		return rc;
	bool more = f.n > want;
	if (more)
		record_free(f.rows[--f.n]);
	int got = f.n;
	/* the new rows go in at one end; as many leave at the other, keeping the
	 * window at most `size` rows */
	int keep = p->nrows + got > p->size ? p->size - got : p->nrows;
	struct record **rows = xcalloc((size_t)(keep + got) + 1, sizeof *rows);
	if (back) {
		for (int i = 0; i < got; i++)
			rows[i] = f.rows[got - 1 - i];
		for (int i = 0; i < keep; i++)
			rows[got + i] = p->rows[i];
		for (int i = keep; i < p->nrows; i++)
			record_free(p->rows[i]);
		p->at_start = !more;
		if (keep < p->nrows)
			p->at_end = false;
		p->offset = p->offset > got ? p->offset - got : 0;
	} else {
		int skip = p->nrows - keep;
		for (int i = 0; i < skip; i++)
			record_free(p->rows[i]);
		for (int i = 0; i < keep; i++)
			rows[i] = p->rows[skip + i];
		for (int i = 0; i < got; i++)
			rows[keep + i] = f.rows[i];
		p->at_end = !more;
		if (skip > 0)
			p->at_start = false;
		p->offset += skip;
	}
	free(f.rows);
	free(p->rows);
	p->rows = rows;
	p->nrows = keep + got;
	*moved = back ? -got : got;
	return GERR_OK;
}

int pager_reload(struct pager *p, struct gerr *err)
{
	if (p->nrows == 0)
		return pager_first(p, err);
	struct record *first = record_clone(p->rows[0]);
	struct fetch f;
	int rc = fetch(p, first, false, true, p->size + 1, &f, err);
	record_free(first);
	if (rc)
		return rc;
	if (f.n == 0) {
		free_fetch(&f);
		return pager_last(p, err);
	}
	p->at_end = !take_window(p, &f);
	return GERR_OK;
}

int pager_keep(struct pager *p, int64_t id, int *sel, struct gerr *err)
{
	struct record *r = NULL;
	struct gerr lookup = { 0 };
	if (id <= 0 || records_get(p->s, p->q.form, id, &r, &lookup) != GERR_OK) {
		record_free(r);
		r = NULL;
	}
	struct fetch below = { 0 }, above = { 0 };
	int rc = GERR_OK;
	if (r)
		rc = fetch(p, r, false, true, p->size + 1, &below, err);
	record_free(r);
	if (rc)
		return rc;
	if (below.n == 0 || below.rows[0]->id != id) {
		/* it left the list (voided, filtered out): the same place in it */
		free_fetch(&below);
		rc = pager_reload(p, err);
		if (*sel >= p->nrows)
			*sel = p->nrows > 0 ? p->nrows - 1 : 0;
		return rc;
	}
	/* the rows before it: as many as put it back on its screen row, or
	 * more where the list ends below it, so the window stays full */
	int want = *sel < 0 ? 0 : *sel;
	if (want < p->size - below.n)
		want = p->size - below.n;
	if (want > p->size - 1)
		want = p->size - 1;
	/* one more than wanted tells whether anything lies above */
	if ((rc = fetch(p, below.rows[0], true, false, want + 1, &above, err))) {
		free_fetch(&below);
		return rc;
	}
	bool more_above = above.n > want;
	if (more_above)
		record_free(above.rows[--above.n]);
	int keep_below = below.n < p->size - above.n ? below.n : p->size - above.n;
	bool more_below = below.n > keep_below;
	for (int i = keep_below; i < below.n; i++)
		record_free(below.rows[i]);
	drop_rows(p);
	p->nrows = above.n + keep_below;
	p->rows = xcalloc((size_t)p->nrows + 1, sizeof *p->rows);
	for (int i = 0; i < above.n; i++) /* fetched nearest first */
		p->rows[i] = above.rows[above.n - 1 - i];
	for (int i = 0; i < keep_below; i++)
		p->rows[above.n + i] = below.rows[i];
	free(above.rows);
	free(below.rows);
	p->at_start = !more_above;
	p->at_end = !more_below;
	*sel = above.n;
	return count_offset(p, err);
}

void pager_set_size(struct pager *p, int size)
{
	p->size = size < 1 ? 1 : size;
}
