#include "config.h"
#include "core/records.h"
#include "base/gs1.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_list.h"
#include "db/db_record.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

int assign_parse(char *arg, struct assign *out, struct gerr *err)
{
	char *eq = strchr(arg, '=');
	if (!eq || eq == arg)
		return gerr_set(err, GERR_USAGE, NULL,
		                _("Expected FIELD=VALUE, got \"%s\". See: gspdesk forms"), arg);
	*eq = '\0';
	out->field = arg;
	out->value = eq + 1;
	return GERR_OK;
}

static int unknown_field(const struct form *form, const char *name, struct gerr *err)
{
	struct strbuf list = STRBUF_INIT;
	for (int i = 0; i < form->nfields; i++) {
		if (form->fields[i].flags & F_COMPUTED)
			continue;
		if (list.len)
			sb_add(&list, ", ");
		sb_add(&list, form->fields[i].name);
	}
	int rc = gerr_set(err, GERR_USAGE, name, _("%s has no field \"%s\". Its fields are: %s"),
	                  form->name, name, sb_str(&list));
	sb_free(&list);
	return rc;
}

int records_apply(struct record *r, const struct assign *a, int n, struct gerr *err)
{
	for (int i = 0; i < n; i++) {
		int k = form_field_index(r->form, a[i].field);
		if (k < 0)
			return unknown_field(r->form, a[i].field, err);
		const struct field *f = &r->form->fields[k];
		for (int j = 0; j < i; j++)
			if (strcmp(a[j].field, a[i].field) == 0)
				return gerr_set(err, GERR_USAGE, f->name, _("%s is given twice."), f->name);
		if (f->flags & F_COMPUTED)
			return field_refuse(err, f, "%s", _("is computed and cannot be given"));
		int rc = field_parse(f, a[i].value, &r->v[k], err);
		if (rc)
			return rc;
	}
	return GERR_OK;
}

/* Replaces "{}" in a translated rule message with arg. */
static char *fill(const char *msg, const char *arg)
{
	struct strbuf b = STRBUF_INIT;
	const char *p = strstr(msg, "{}");
	if (p) {
		sb_addn(&b, msg, (size_t)(p - msg));
		sb_add(&b, arg);
		sb_add(&b, p + 2);
	} else {
		sb_add(&b, msg);
	}
	return sb_steal(&b);
}

static int rule_refuse(const struct field *f, const char *msg, const char *arg, struct gerr *err)
{
	char *text = fill(_(msg), arg ? arg : "");
	int rc = field_refuse(err, f, "%s", text);
	free(text);
	return rc;
}

/* "2026-03-05" or "2026-03-05 14:30" before another; a date against a
 * datetime compares the day only. */
static bool time_before(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return strncmp(a, b, la < lb ? la : lb) < 0;
}

static int apply_rule(struct session *s, struct record *r, const struct rule *rule,
                      struct gerr *err)
{
	const struct form *form = r->form;
	int ia = form_field_index(form, rule->a), ib = rule->b ? form_field_index(form, rule->b) : -1;
	const struct field *fa = &form->fields[ia];
	struct value *a = &r->v[ia], *b = ib >= 0 ? &r->v[ib] : NULL;
	switch (rule->kind) {
	case RULE_ONE_OF:
		if (a->null && b->null)
			return rule_refuse(fa, rule->msg, NULL, err);
		return GERR_OK;
	case RULE_NOT_BEFORE:
		if (a->null || b->null || !time_before(a->text, b->text))
			return GERR_OK;
		return rule_refuse(fa, rule->msg, b->text, err);
	case RULE_NOT_BEFORE_REF: {
		if (a->null || b->null)
			return GERR_OK;
		const struct form *tf = form_find(form->fields[ib].ref);
		struct value v = { .null = true };
		int rc = db_record_field(s->db, tf, b->num, form_field(tf, rule->c), &v, err);
		if (rc == GERR_OK && !v.null && time_before(a->text, v.text))
			rc = rule_refuse(fa, rule->msg, v.text, err);
		value_clear(&v);
		return rc;
	}
	case RULE_PRODUCT: {
		int ic = form_field_index(form, rule->c);
		const struct value *c = &r->v[ic];
		if (b->null || c->null) {
			value_clear(a);
			return GERR_OK;
		}
		/* b is a whole number and c a decimal of a's scale: exact cents */
		int64_t product;
		if (__builtin_mul_overflow(b->num, c->num, &product))
			return field_refuse(err, fa, "%s", _("is too large"));
		value_set_num(a, product);
		return GERR_OK;
	}
	case RULE_DEFAULT_REF: {
		if (!a->null || b->null)
			return GERR_OK;
		const struct form *tf = form_find(form->fields[ib].ref);
		const struct field *src_f = form_field(tf, rule->c);
		if (src_f && src_f->type != FT_REF) { /* one column, not the whole record */
			struct value v = { .null = true };
			int rc = db_record_field(s->db, tf, b->num, src_f, &v, err);
			if (rc == GERR_OK)
				value_copy(a, &v);
			value_clear(&v);
			return rc;
		}
		struct record *target = NULL;
		int rc = db_record_get(s->db, tf, b->num, &target, err);
		if (rc)
			return rc;
		struct value *src = record_value(target, rule->c);
		if (src)
			value_copy(a, src);
		record_free(target);
		return GERR_OK;
	}
	case RULE_REQUIRED_IF:
		if (a->null && !b->null && b->text && strcmp(b->text, rule->c) == 0)
			return rule_refuse(fa, rule->msg, field_choice_label(&form->fields[ib], rule->c), err);
		return GERR_OK;
	case RULE_REQUIRED_WITH:
		if (a->null && !b->null)
			return rule_refuse(fa, rule->msg, NULL, err);
		return GERR_OK;
	case RULE_ONLY_IF:
		if (!a->null && (b->null || !b->text || strcmp(b->text, rule->c) != 0))
			return rule_refuse(fa, rule->msg, field_choice_label(&form->fields[ib], rule->c), err);
		return GERR_OK;
	case RULE_DEFAULT_VALUE:
		return a->null ? field_parse(fa, rule->c, a, err) : GERR_OK;
	case RULE_UNIQUE_WITH: {
		int idx[3] = { ia, ib, rule->c ? form_field_index(form, rule->c) : -1 };
		int n = idx[2] >= 0 ? 3 : 2;
		for (int i = 0; i < n; i++)
			if (r->v[idx[i]].null)
				return GERR_OK;
		bool taken = false;
		int rc = db_values_taken(s->db, form, idx, r->v, n, r->id, &taken, err);
		if (rc == GERR_OK && taken)
			rc = rule_refuse(fa, rule->msg, NULL, err);
		return rc;
	}
	case RULE_GTIN: {
		if (a->null)
			return GERR_OK;
		char gtin[15];
		int bad = gs1_gtin14(a->text, gtin);
		if (bad < 0)
			return field_refuse(err, fa, "%s", _("is not a GTIN: 8, 12, 13 or 14 digits"));
		if (bad > 0)
			return field_refuse(err, fa, _("%s has a wrong check digit (it should be %d)"),
			                    a->text, bad - 1);
		value_set_text(a, gtin);
		return GERR_OK;
	}
	case RULE_LINES_COVER: /* the lines are checked when written (core/lines.c) */
		return GERR_OK;
	}
	return GERR_OK;
}

/* A date after today, or a datetime after this minute, records nothing
 * done yet. */
static int not_future(struct session *s, const struct field *f, const struct value *v,
                      struct gerr *err)
{
	if (!(f->flags & F_NOT_FUTURE))
		return GERR_OK;
	if (f->type != FT_DATETIME)
		return strncmp(v->text, s->today, 10) > 0
		               ? field_refuse(err, f, _("%s is in the future (today is %s)"), v->text,
		                              s->today)
		               : GERR_OK;
	char now[17];
	session_now_text(s, now);
	return strncmp(v->text, now, 16) > 0
	               ? field_refuse(err, f, _("%s is in the future (it is now %s)"), v->text, now)
	               : GERR_OK;
}

int records_check_value(struct session *s, const struct field *f, const struct value *v,
                        struct gerr *err)
{
	return v->null ? GERR_OK : not_future(s, f, v, err);
}

int records_validate(struct session *s, struct record *r, struct gerr *err)
{
	const struct form *form = r->form;
	int rc;
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		struct value *v = &r->v[i];
		if (f->type == FT_REF && !v->null && v->num == 0 &&
		    (rc = db_ref_resolve(s->db, f, form_find(f->ref), v, err)) != GERR_OK)
			return rc;
	}
	for (int i = 0; i < form->nrules; i++)
		if ((rc = apply_rule(s, r, &form->rules[i], err)) != GERR_OK)
			return rc;
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		const struct value *v = &r->v[i];
		if (v->null) {
			if (f->flags & F_REQUIRED)
				return field_refuse(err, f, "%s", _("is required"));
			continue;
		}
		if ((rc = not_future(s, f, v, err)) != GERR_OK)
			return rc;
		if (f->flags & F_UNIQUE) {
			bool taken = false;
			if ((rc = db_value_taken(s->db, form, f, v, r->id, &taken, err)) != GERR_OK)
				return rc;
			if (taken)
				return field_refuse(err, f, _("\"%s\" is already used by another record"),
				                    v->text ? v->text : "");
		}
	}
	return form->check ? form->check(s, r, err) : GERR_OK;
}

/* Collects the audit changes between old (NULL for a new record) and new. */
static int diff(const struct record *old, const struct record *new, struct audit_change *out)
{
	int n = 0;
	for (int i = 0; i < new->form->nfields; i++) {
		const struct field *f = &new->form->fields[i];
		if (old && value_equal(f, &old->v[i], &new->v[i]))
			continue;
		if (!old && new->v[i].null)
			continue;
		out[n].field = f->name;
		out[n].old_value = old ? field_storage_text(f, &old->v[i]) : NULL;
		out[n].new_value = field_storage_text(f, &new->v[i]);
		n++;
	}
	return n;
}

static void free_changes(struct audit_change *c, int n)
{
	for (int i = 0; i < n; i++) {
		free(c[i].old_value);
		free(c[i].new_value);
	}
	free(c);
}

int records_add(struct session *s, const struct form *form, const struct assign *a, int n,
                int64_t *id, struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_ADD, err);
	if (rc)
		return rc;
	struct record *r = record_new(form);
	if ((rc = records_apply(r, a, n, err)) == GERR_OK)
		rc = records_insert(s, r, id, err);
	record_free(r);
	return rc;
}

/* A write to the calendar's own days is read again at its next use. */
static int written(struct session *s, const struct form *form, int rc)
{
	if (rc == GERR_OK && strcmp(form->name, "holidays") == 0)
		session_calendar_changed(s);
	return rc;
}

int records_insert(struct session *s, struct record *r, int64_t *id, struct gerr *err)
{
	const struct form *form = r->form;
	int rc = perm_check(s->user.role, form, PERM_ADD, err);
	if (rc)
		return rc;
	struct audit_change *changes = NULL;
	int nchanges = 0;
	char at[21];
	clock_utc_stamp(at);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	if ((rc = records_validate(s, r, err)) == GERR_OK &&
	    (rc = db_record_insert(s->db, r, s->user.name, at, err)) == GERR_OK) {
		changes = xcalloc((size_t)form->nfields, sizeof *changes);
		nchanges = diff(NULL, r, changes);
		rc = db_audit_add(s->db, s->user.name, form->name, r->id, "add", changes, nchanges,
		                  s->override_reason, err);
	}
	rc = written(s, form, db_end(s->db, rc, err));
	if (rc == GERR_OK)
		*id = r->id;
	free_changes(changes, nchanges);
	return rc;
}

int records_check_reason(const char *reason, struct gerr *err)
{
	if (!reason || !*reason)
		return gerr_set(err, GERR_USAGE, "reason", "%s",
		                _("Say why with --reason TEXT: the audit trail keeps it."));
	return field_check_line("reason", N_("Reason given"), RECORDS_MAX_REASON, reason, err);
}

/* Reads the stored record inside the transaction and checks it may change. */
static int load_for_change(struct session *s, const struct form *form, int64_t id,
                           int64_t expect_version, struct record **out, struct gerr *err)
{
	int rc = db_record_get(s->db, form, id, out, err);
	if (rc)
		return rc;
	if ((*out)->voided)
		return gerr_set(err, GERR_INPUT, "id", _("Record %" PRId64 " is void (%s) and cannot be changed."),
		                id, (*out)->void_reason ? (*out)->void_reason : "");
	if (expect_version && expect_version != (*out)->version) {
		char when[20];
		clock_local_text((*out)->updated_at ? (*out)->updated_at : (*out)->created_at, when);
		return gerr_set(err, GERR_INPUT, "version",
		                _("Record %" PRId64 " was changed by %s at %s (now version %" PRId64
		                  ", you had version %" PRId64 "): nothing was saved. Open it again to see the change."),
		                id, (*out)->updated_by ? (*out)->updated_by : (*out)->created_by, when,
		                (*out)->version, expect_version);
	}
	return GERR_OK;
}

int records_edit(struct session *s, const struct form *form, int64_t id,
                 const struct assign *a, int n, const char *reason, int64_t expect_version,
                 struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_EDIT, err);
	if (rc || (rc = records_check_reason(reason, err)) != GERR_OK)
		return rc;
	if (n == 0)
		return gerr_set(err, GERR_USAGE, NULL, "%s", _("Give at least one FIELD=VALUE to change."));
	struct record *old = NULL, *r = NULL;
	struct audit_change *changes = NULL;
	int nchanges = 0;
	char at[21];
	clock_utc_stamp(at);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	if ((rc = load_for_change(s, form, id, expect_version, &old, err)) != GERR_OK)
		goto out;
	r = record_clone(old);
	/* refs given anew are resolved again; the others keep their ids */
	if ((rc = records_apply(r, a, n, err)) != GERR_OK ||
	    (rc = records_validate(s, r, err)) != GERR_OK)
		goto out;
	changes = xcalloc((size_t)form->nfields, sizeof *changes);
	nchanges = diff(old, r, changes);
	if (nchanges == 0) {
		rc = gerr_set(err, GERR_INPUT, NULL, "%s", _("Nothing changed: the values given are the stored ones."));
		goto out;
	}
	if ((rc = db_record_update(s->db, r, s->user.name, at, err)) == GERR_OK)
		rc = db_audit_add(s->db, s->user.name, form->name, id, "edit", changes, nchanges,
		                  reason, err);
out:
	rc = written(s, form, db_end(s->db, rc, err));
	free_changes(changes, nchanges);
	record_free(old);
	record_free(r);
	return rc;
}

int records_void(struct session *s, const struct form *form, int64_t id, const char *reason,
                 int64_t expect_version, struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_VOID, err);
	if (rc || (rc = records_check_reason(reason, err)) != GERR_OK)
		return rc;
	struct record *r = NULL;
	char at[21];
	clock_utc_stamp(at);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	if ((rc = load_for_change(s, form, id, expect_version, &r, err)) == GERR_OK &&
	    (!form->void_check || (rc = form->void_check(s, r, err)) == GERR_OK) &&
	    (rc = db_record_void(s->db, r, reason, s->user.name, at, err)) == GERR_OK) {
		struct audit_change c = { "voided", "0", "1" };
		rc = db_audit_add(s->db, s->user.name, form->name, id, "void", &c, 1, reason, err);
	}
	rc = written(s, form, db_end(s->db, rc, err));
	record_free(r);
	return rc;
}

int records_unchanged(struct session *s, const struct record *r, const char *const *fields,
                      int n, bool *same, struct gerr *err)
{
	*same = false;
	if (!r->id)
		return GERR_OK;
	struct record *old = NULL;
	int rc = db_record_get(s->db, r->form, r->id, &old, err);
	if (rc == GERR_OK)
		*same = record_same(r, old, fields, n);
	record_free(old);
	return rc;
}

int records_get(struct session *s, const struct form *form, int64_t id, struct record **out,
                struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_VIEW, err);
	return rc ? rc : db_record_get(s->db, form, id, out, err);
}

int records_parse_value(struct session *s, const struct field *f, const char *text,
                        struct value *v, struct gerr *err)
{
	int rc = field_parse(f, text, v, err);
	if (rc == GERR_OK && f->type == FT_REF && !v->null)
		rc = db_ref_resolve(s->db, f, form_find(f->ref), v, err);
	return rc;
}

int records_list(struct session *s, const struct list_query *q,
                 int (*row)(void *ud, const struct record *r), void *ud, struct gerr *err)
{
	int rc = perm_check(s->user.role, q->form, PERM_VIEW, err);
	return rc ? rc : db_list(s->db, q, row, ud, err);
}

int records_history(struct session *s, const struct form *form, int64_t id,
                    int (*row)(void *ud, const struct audit_row *a), void *ud,
                    struct gerr *err)
{
	int rc = perm_check(s->user.role, form, PERM_VIEW, err);
	return rc ? rc : db_audit_history(s->db, form->name, id, row, ud, err);
}

char *records_describe(struct session *s, const struct field *f, const char *stored)
{
	if (!stored)
		return xstrdup("");
	struct value v = { .null = false };
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
		v.num = strtoll(stored, NULL, 10);
		break;
	case FT_REF: {
		struct record *target = NULL;
		int64_t id = strtoll(stored, NULL, 10);
		const struct form *tf = form_find(f->ref);
		if (!tf->code_field) /* named by its id, as it was typed */
			return xstrdup(stored);
		if (db_record_get(s->db, tf, id, &target, NULL) != GERR_OK)
			return xstrdup(stored);
		struct strbuf b = STRBUF_INIT;
		if (tf->code_field) {
			const struct value *code = record_value(target, tf->code_field);
			const struct value *name = record_value(target, tf->name_field);
			sb_addf(&b, "%s %s", code->text ? code->text : "", name->text ? name->text : "");
		} else {
			sb_addf(&b, "%" PRId64, id);
		}
		record_free(target);
		return sb_steal(&b);
	}
	default:
		v.text = (char *)stored;
		return field_format(f, &v, FMT_HUMAN);
	}
	return field_format(f, &v, FMT_HUMAN);
}
