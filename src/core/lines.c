#include "config.h"
#include "core/lines.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "db/db.h"
#include "db/db_list.h"
#include "db/db_record.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lines_split(const struct form *form, struct assign *a, int n, int *nheader,
                struct line_edit **lines, int *nlines, struct gerr *err)
{
	const struct form *child = form->lines ? form_find(form->lines) : NULL;
	*lines = NULL;
	*nlines = 0;
	int h = 0;
	for (int i = 0; i < n; i++) {
		const char *dot = strchr(a[i].field, '.');
		if (!dot) {
			a[h++] = a[i];
			continue;
		}
		size_t len = (size_t)(dot - a[i].field);
		const struct field *f = NULL;
		for (int k = 0; child && child->line_key && k < child->nfields; k++)
			if (strlen(child->fields[k].name) == len &&
			    strncmp(child->fields[k].name, a[i].field, len) == 0)
				f = &child->fields[k];
		if (!f) {
			lines_free(*lines, *nlines);
			*lines = NULL;
			*nlines = 0;
			return gerr_set(err, GERR_USAGE, a[i].field,
			                _("%s has no line field \"%s\". See: gspdesk forms"), form->name,
			                a[i].field);
		}
		const char *key = dot + 1;
		int j = 0;
		while (j < *nlines && strcmp((*lines)[j].a[0].value, key) != 0)
			j++;
		if (j == *nlines) {
			*lines = xrealloc(*lines, (size_t)(j + 1) * sizeof **lines);
			struct line_edit *l = &(*lines)[j];
			memset(l, 0, sizeof *l);
			l->a = xcalloc((size_t)child->nfields + 1, sizeof *l->a);
			l->a[0] = (struct assign){ child->line_key, key };
			l->n = 1;
			(*nlines)++;
		}
		struct line_edit *l = &(*lines)[j];
		bool twice = l->n > child->nfields;
		for (int k = 0; k < l->n; k++)
			twice = twice || strcmp(l->a[k].field, f->name) == 0;
		if (twice) {
			lines_free(*lines, *nlines);
			*lines = NULL;
			*nlines = 0;
			return gerr_set(err, GERR_USAGE, a[i].field, _("%s is given twice."), a[i].field);
		}
		l->a[l->n].field = f->name;
		l->a[l->n].value = a[i].value;
		l->n++;
	}
	*nheader = h;
	return GERR_OK;
}

void lines_free(struct line_edit *lines, int n)
{
	for (int i = 0; i < n; i++)
		free(lines[i].a);
	free(lines);
}

/* A line's assignments with its parent set to the header, by id. */
static struct assign *with_parent(const struct form *child, const struct line_edit *l,
                                  char idtext[24], int64_t header)
{
	struct assign *a = xcalloc((size_t)l->n + 1, sizeof *a);
	memcpy(a, l->a, (size_t)l->n * sizeof *a);
	snprintf(idtext, 24, "#%" PRId64, header);
	a[l->n] = (struct assign){ child->parent_field, idtext };
	return a;
}

struct ids {
	int64_t *id;
	int n;
	const char *field;
};

static int collect(void *ud, const struct record *r)
{
	struct ids *ids = ud;
	ids->id = xrealloc(ids->id, (size_t)(ids->n + 1) * sizeof *ids->id);
	ids->id[ids->n++] = ids->field ? r->v[form_field_index(r->form, ids->field)].num : r->id;
	return 0;
}

static bool has(const struct ids *ids, int64_t id)
{
	for (int i = 0; i < ids->n; i++)
		if (ids->id[i] == id)
			return true;
	return false;
}

/* RULE_LINES_COVER: one line per flagged record of the key's form. */
static int check_cover(struct session *s, const struct form *form, const struct rule *rule,
                       int64_t header, struct gerr *err)
{
	const struct form *child = form_find(form->lines);
	const struct field *key = form_field(child, rule->a);
	const struct form *target = form_find(key->ref);
	struct ids have = { .field = rule->a }, want = { 0 };
	struct list_filter pf = { .field = form_field(child, child->parent_field),
	                          .value = { .num = header } };
	struct list_filter ff = { .field = form_field(target, rule->b), .value = { .num = 1 } };
	struct list_query ql = { .form = child, .filters = &pf, .nfilters = 1 };
	struct list_query qt = { .form = target, .filters = &ff, .nfilters = 1 };
	int rc = db_list(s->db, &ql, collect, &have, err);
	if (rc == GERR_OK)
		rc = db_list(s->db, &qt, collect, &want, err);
	struct strbuf missing = STRBUF_INIT;
	for (int i = 0; rc == GERR_OK && i < want.n; i++) {
		if (has(&have, want.id[i]))
			continue;
		struct record *t = NULL;
		if ((rc = db_record_get(s->db, target, want.id[i], &t, err)) != GERR_OK)
			break;
		sb_addf(&missing, "%s%s (%s)", missing.len ? ", " : "",
		        record_value(t, target->name_field)->text, record_value(t, target->code_field)->text);
		record_free(t);
	}
	for (int i = 0; rc == GERR_OK && !missing.len && i < have.n; i++)
		if (!has(&want, have.id[i]))
			rc = field_refuse(err, key, "%s", _("is not an active survey item"));
	if (rc == GERR_OK && missing.len)
		rc = field_refuse(err, key, _("%s: missing %s"), _(rule->msg), sb_str(&missing));
	sb_free(&missing);
	free(have.id);
	free(want.id);
	return rc;
}

/* Finds the live line of header whose key is the key's text; 0 if none. */
static int find_keyed(struct session *s, const struct form *child, int64_t header,
                      const char *keytext, int64_t *id, struct gerr *err)
{
	const struct field *kf = form_field(child, child->line_key);
	struct list_filter fl[2] = {
		{ .field = form_field(child, child->parent_field), .value = { .num = header } },
		{ .field = kf },
	};
	int rc = records_parse_value(s, kf, keytext, &fl[1].value, err);
	struct ids found = { 0 };
	struct list_query q = { .form = child, .filters = fl, .nfilters = 2 };
	if (rc == GERR_OK)
		rc = db_list(s->db, &q, collect, &found, err);
	*id = found.n ? found.id[0] : 0;
	free(found.id);
	value_clear(&fl[1].value);
	return rc;
}

static int write_lines(struct session *s, const struct form *form, int64_t header,
                       const struct line_edit *lines, int nlines, const char *reason,
                       struct gerr *err)
{
	const struct form *child = form_find(form->lines);
	int rc = GERR_OK, i;
	for (i = 0; rc == GERR_OK && i < nlines; i++) {
		const struct line_edit *l = &lines[i];
		int64_t id = l->id;
		if (l->remove) {
			rc = records_void(s, child, id, reason, 0, err);
			continue;
		}
		if (!id && reason && child->line_key && l->n > 0 &&
		    strcmp(l->a[0].field, child->line_key) == 0)
			rc = find_keyed(s, child, header, l->a[0].value, &id, err);
		if (rc)
			continue; /* ends the loop with i counting from 1 */
		if (id) {
			rc = records_edit(s, child, id, l->a, l->n, reason, 0, err);
			if (rc == GERR_INPUT && err && !err->field[0]) /* "nothing changed" on this line */
				rc = GERR_OK;
			continue;
		}
		char idtext[24];
		struct assign *a = with_parent(child, l, idtext, header);
		int64_t newid;
		rc = records_add(s, child, a, l->n + 1, &newid, err);
		free(a);
	}
	if (rc == GERR_INPUT && err) { /* say which line: i counts from 1 here */
		err->line = i;
		char where[64];
		snprintf(where, sizeof where, _(" (line %d)"), i);
		size_t len = strlen(err->msg);
		snprintf(err->msg + len, sizeof err->msg - len, "%s", where);
	}
	return rc;
}

/* The generic add and edit, for forms that have no command of their own. */
int lines_generic_write(const struct form *form, struct gerr *err)
{
	if (!form->own_command)
		return GERR_OK;
	return gerr_set(err, GERR_INPUT, "form", _("%s are written with %s, which applies their rules."),
	                _(form->title), form->own_command);
}

int lines_add(struct session *s, const struct form *form, const struct assign *a, int n,
              const struct line_edit *lines, int nlines, int64_t *id, struct gerr *err)
{
	int rc = lines_generic_write(form, err);
	if (rc)
		return rc;
	rc = db_begin(s->db, err);
	if (rc)
		return rc;
	int64_t header = 0;
	rc = records_add(s, form, a, n, &header, err);
	if (rc == GERR_OK && form->lines)
		rc = write_lines(s, form, header, lines, nlines, NULL, err);
	for (int i = 0; rc == GERR_OK && i < form->nrules; i++)
		if (form->rules[i].kind == RULE_LINES_COVER)
			rc = check_cover(s, form, &form->rules[i], header, err);
	rc = db_end(s->db, rc, err);
	if (rc == GERR_OK)
		*id = header;
	return rc;
}

int lines_edit(struct session *s, const struct form *form, int64_t id, const struct assign *a,
               int n, const struct line_edit *lines, int nlines, const char *reason,
               int64_t expect_version, struct gerr *err)
{
	int rc = lines_generic_write(form, err);
	if (rc)
		return rc;
	/* without lines, or without a reason, records_edit says what is missing */
	if (nlines == 0 || !reason || !*reason)
		return records_edit(s, form, id, a, n, reason, expect_version, err);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	if (n > 0)
		rc = records_edit(s, form, id, a, n, reason, expect_version, err);
	if (rc == GERR_OK && form->lines)
		rc = write_lines(s, form, id, lines, nlines, reason, err);
	return db_end(s->db, rc, err);
}

int lines_edit_check(struct session *s, const struct form *form, int64_t id,
                     const struct assign *a, int n, const struct line_edit *lines, int nlines,
                     int64_t expect_version, struct gerr *err)
{
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	/* the edit itself, rolled back: no second copy of the checks; the
	 * reason is not known yet, any text stands in for it */
	rc = lines_edit(s, form, id, a, n, lines, nlines, "-", expect_version, err);
	db_rollback(s->db);
	return rc;
}

int lines_void(struct session *s, const struct form *form, int64_t id, const char *reason,
               int64_t expect_version, struct gerr *err)
{
	if (!form->lines)
		return records_void(s, form, id, reason, expect_version, err);
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	struct ids live = { 0 };
	if ((rc = records_void(s, form, id, reason, expect_version, err)) == GERR_OK)
		rc = lines_list(s, form, id, collect, &live, err);
	for (int i = 0; rc == GERR_OK && i < live.n; i++)
		rc = records_void(s, form_find(form->lines), live.id[i], reason, 0, err);
	free(live.id);
	return db_end(s->db, rc, err);
}

int lines_list(struct session *s, const struct form *form, int64_t id,
               int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err)
{
	const struct form *child = form_find(form->lines);
	struct list_filter pf = { .field = form_field(child, child->parent_field),
	                          .value = { .num = id } };
	struct list_query q = { .form = child, .filters = &pf, .nfilters = 1 };
	return records_list(s, &q, row, ud, err);
}
