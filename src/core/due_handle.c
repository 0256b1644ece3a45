#include "config.h"
#include "core/due_handle.h"
#include "core/due.h"
#include "base/i18n.h"
#include "core/records.h"
#include "base/strbuf.h"
#include "db/db_due.h"

#include <stdlib.h>
#include <string.h>

static char *joined(const char *kind, const char *key, const char *facts)
{
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "%s\t%s\t%s", kind, key, facts ? facts : "");
	return sb_steal(&b);
}

static int add_key(void *ud, const struct due_handled *h)
{
	struct due_handled_set *set = ud;
	if ((set->n & (set->n - 1)) == 0) /* 0, 1, 2, 4, ...: double */
		set->keys = xrealloc(set->keys, sizeof *set->keys * (size_t)(set->n ? 2 * set->n : 1));
	set->keys[set->n++] = joined(h->kind, h->key, h->facts);
	return 0;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int due_handled_load(struct session *s, struct due_handled_set *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	int rc = db_due_handled(s->db, add_key, out, err);
	if (rc)
		due_handled_free(out);
	else if (out->n > 1)
		qsort(out->keys, (size_t)out->n, sizeof *out->keys, by_text);
	return rc;
}

bool due_handled_has(const struct due_handled_set *h, const char *kind, const char *key,
                     const char *facts)
{
	if (h->n == 0)
		return false;
	char *k = joined(kind, key, facts);
	bool found = bsearch(&k, h->keys, (size_t)h->n, sizeof *h->keys, by_text) != NULL;
	free(k);
	return found;
}

void due_handled_free(struct due_handled_set *h)
{
	for (int i = 0; i < h->n; i++)
		free(h->keys[i]);
	free(h->keys);
	memset(h, 0, sizeof *h);
}

static const struct due_row *find_key(const struct due_list *l, const char *key)
{
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->rows[i].key, key) == 0)
			return &l->rows[i];
	return NULL;
}

int due_handle(struct session *s, const char *kind, const char *key, const char *outcome,
               const char *note, int64_t *id, struct gerr *err)
{
	const struct due_source *src = due_source_find(kind);
	if (!src)
		return gerr_set(err, GERR_INPUT, "kind", _("Nothing is due of the kind \"%s\"."), kind);
	struct due_query q = { .days = DUE_MAX_DAYS, .window = -1, .kind = kind };
	struct due_list l;
	int rc = due_collect(s, &q, &l, err);
	if (rc)
		return rc;
	const struct due_row *r = find_key(&l, key);
	if (!r) {
		struct due_list done;
		q.handled = true;
		rc = due_collect(s, &q, &done, err);
		if (rc == GERR_OK)
			rc = gerr_set(err, GERR_INPUT, "key",
			              find_key(&done, key) ? _("%s %s was handled already; voiding its due_handled record raises it again.")
			                                   : _("Nothing of the kind %s with the key %s is due: see gspdesk due --format csv for the keys."),
			              kind, key);
		due_list_free(&done);
	} else {
		const struct assign a[] = {
			{ "kind", kind }, { "row_key", key }, { "facts", r->facts },
			{ "outcome", outcome }, { "note", note },
		};
		rc = records_add(s, form_find("due_handled"), a, 5, id, err);
	}
	due_list_free(&l);
	return rc;
}
