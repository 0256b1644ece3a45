#include "config.h"
#include "core/check_office.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "db/db_audit.h"
#include "db/db_check.h"
#include "db/db_settings.h"
#include "db/db_token.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define STAMP_SLACK_SECONDS 60

static bool stamp_seconds(const char *s, int64_t *out)
{
	struct tm tm = { 0 };
	const char *end = s ? strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	if (!end || *end)
		return false;
	*out = (int64_t)timegm(&tm);
	return true;
}

bool check_stamp_matches(const char *stored, const char *audit_at)
{
	int64_t a, b;
	if (!stored || !audit_at || !stamp_seconds(stored, &a) || !stamp_seconds(audit_at, &b))
		return stored == audit_at || (stored && audit_at && strcmp(stored, audit_at) == 0);
	return a <= b && b - a <= STAMP_SLACK_SECONDS;
}

/* One replayed thing: a user (key name), a setting (key) or a token (id). */
struct item {
	char *key;
	int64_t id;
	char *v[7];
	bool seen; /* in its table */
};

enum { U_ROLE, U_DISABLED, U_BY, U_AT };
enum { T_USER, T_LABEL, T_EXPIRES, T_BY, T_REVOKED_AT, T_REVOKED_BY, T_REASON };

struct items {
	struct item *v;
	int n, cap;
};

struct check_office {
	struct session *s;
	void (*say)(void *ud, const char *fmt, va_list ap);
	void *ud;
	struct items users, settings, tokens;
};

static void say(struct check_office *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct check_office *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	o->say(o->ud, fmt, ap);
	va_end(ap);
}

static struct item *find(struct items *l, const char *key, int64_t id)
{
	for (int i = 0; i < l->n; i++)
		if (key ? l->v[i].key && strcmp(l->v[i].key, key) == 0 : l->v[i].id == id)
			return &l->v[i];
	return NULL;
}

static struct item *add(struct items *l, const char *key, int64_t id)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
	}
	struct item *it = &l->v[l->n++];
	memset(it, 0, sizeof *it);
	it->key = key ? xstrdup(key) : NULL;
	it->id = id;
	return it;
}

static void set(struct item *it, int k, const char *value)
{
	free(it->v[k]);
	it->v[k] = value ? xstrdup(value) : NULL;
}

static void items_free(struct items *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->v[i].key);
		for (int k = 0; k < 7; k++)
			free(l->v[i].v[k]);
	}
	free(l->v);
}

struct check_office *check_office_new(struct session *s,
                                      void (*say_fn)(void *ud, const char *fmt, va_list ap),
                                      void *ud)
{
	struct check_office *o = xcalloc(1, sizeof *o);
	o->s = s;
	o->say = say_fn;
	o->ud = ud;
	return o;
}

static const char *change(const struct audit_change *c, int n, const char *field, bool old)
{
	for (int i = 0; i < n; i++)
		if (strcmp(c[i].field, field) == 0)
			return old ? c[i].old_value : c[i].new_value;
	return NULL;
}

/* What the row did to users, settings and tokens. */
static void replay(struct check_office *o, const struct chain_row *r,
                   const struct audit_change *c, int n)
{
	if (strcmp(r->form, "users") == 0) {
		const char *name = change(c, n, "name", false);
		struct item *u = name ? find(&o->users, name, 0) : NULL;
		if (name && !u && strcmp(r->action, "add") == 0) {
			u = add(&o->users, name, 0);
			set(u, U_DISABLED, "0");
			set(u, U_BY, r->user);
			set(u, U_AT, r->at);
		}
		if (u && change(c, n, "role", false))
			set(u, U_ROLE, change(c, n, "role", false));
		if (u && change(c, n, "disabled", false))
			set(u, U_DISABLED, change(c, n, "disabled", false));
	} else if (strcmp(r->form, "settings") == 0) {
		for (int i = 0; i < n; i++) {
			struct item *it = find(&o->settings, c[i].field, 0);
			set(it ? it : add(&o->settings, c[i].field, 0), 0, c[i].new_value);
		}
	} else if (strcmp(r->form, "tokens") == 0) {
		struct item *t = find(&o->tokens, NULL, r->record_id);
		if (!t && strcmp(r->action, "add") == 0) {
			t = add(&o->tokens, NULL, r->record_id);
			set(t, T_USER, change(c, n, "user", false));
			set(t, T_LABEL, change(c, n, "label", false));
			set(t, T_EXPIRES, change(c, n, "expires", false));
			set(t, T_BY, r->user);
		} else if (t && strcmp(r->action, "revoke") == 0) {
			set(t, T_REVOKED_AT, change(c, n, "revoked_at", false));
			set(t, T_REVOKED_BY, r->user);
			set(t, T_REASON, r->reason);
		}
	}
}

/* The right the row needed, or -1 when it needs none beyond being a user. */
static int needed(struct check_office *o, const struct chain_row *r,
                  const struct audit_change *c, int n)
{
	if (form_find(r->form)) {
		if (strcmp(r->action, "add") == 0 || strcmp(r->action, "import") == 0)
			return PERM_ADD;
		if (strcmp(r->action, "edit") == 0)
			return PERM_EDIT;
		if (strcmp(r->action, "void") == 0)
			return PERM_VOID;
		return -1;
	}
	if (strcmp(r->form, "settings") == 0)
		return PERM_SETTINGS;
	if (strcmp(r->form, "database") == 0) /* restore */
		return PERM_USERS;
	const char *whose = NULL;
	if (strcmp(r->form, "users") == 0) {
		if (strcmp(r->action, "passwd") != 0)
			return PERM_USERS;
		whose = change(c, n, "name", false);
	} else if (strcmp(r->form, "tokens") == 0) {
		struct item *t = find(&o->tokens, NULL, r->record_id);
		whose = strcmp(r->action, "add") == 0 ? change(c, n, "user", false)
		        : t                           ? t->v[T_USER]
		                                      : NULL;
	} else {
		return -1;
	}
	/* one's own password and tokens need no right */
	return whose && strcmp(whose, r->user) == 0 ? -1 : PERM_USERS;
}

static void check_right(struct check_office *o, const struct chain_row *r,
                        const struct audit_change *c, int n)
{
	/* a migration's fill, written by the program itself */
	if (strcmp(r->action, "upgrade") == 0 && strcmp(r->user, "upgrade") == 0)
		return;
	struct item *u = find(&o->users, r->user, 0);
	/* the first administrator adds itself at init */
	if (!u && o->users.n == 0 && strcmp(r->form, "users") == 0 && strcmp(r->action, "add") == 0)
		return;
	if (!u) {
		say(o, _("Audit row %" PRId64 " (%s, %s) was written by %s, who was no user then."),
		    r->id, r->form, r->action, r->user);
		return;
	}
	if (u->v[U_DISABLED] && strcmp(u->v[U_DISABLED], "1") == 0)
		say(o, _("Audit row %" PRId64 " (%s, %s) was written by %s, whose account was disabled then."),
		    r->id, r->form, r->action, r->user);
	int right = needed(o, r, c, n);
	if (right >= 0 && !perm_allowed_name(u->v[U_ROLE], r->form, (enum perm_action)right))
		say(o, _("Audit row %" PRId64 " (%s, %s) was written by %s, whose role %s may not do that."),
		    r->id, r->form, r->action, r->user, u->v[U_ROLE] ? u->v[U_ROLE] : "-");
}

int check_office_row(struct check_office *o, const struct chain_row *r, bool hashed,
                     struct gerr *err)
{
	bool office = !form_find(r->form);
	struct audit_change *c = NULL;
	int n = 0;
	/* record rows need only their author's role: their changes are read
	 * with the records */
	if (office) {
		int rc = db_audit_changes(o->s->db, r->changes ? r->changes : "{}", &c, &n, err);
		if (rc)
			return rc;
	}
	if (hashed)
		check_right(o, r, c, n);
	replay(o, r, c, n);
	db_audit_changes_free(c, n);
	return GERR_OK;
}

static bool same(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : !a && !b;
}

static void differs(struct check_office *o, const char *what, const char *key, const char *field,
                    const char *stored, const char *audited)
{
	say(o, _("%s %s, field %s: stored \"%s\", the audit trail says \"%s\"."), what, key, field,
	    stored ? stored : "", audited ? audited : "");
}

static int user_row(void *ud, const struct user_row *row)
{
	struct check_office *o = ud;
	struct item *u = find(&o->users, row->name, 0);
	if (!u) {
		say(o, _("The user %s has no audit row: the account was made behind the program's back."),
		    row->name);
		return 0;
	}
	u->seen = true;
	const char *disabled = row->disabled ? "1" : "0";
	if (!same(row->role, u->v[U_ROLE]))
		differs(o, "users", row->name, "role", row->role, u->v[U_ROLE]);
	if (!same(disabled, u->v[U_DISABLED]))
		differs(o, "users", row->name, "disabled", disabled, u->v[U_DISABLED]);
	if (!same(row->created_by, u->v[U_BY]))
		differs(o, "users", row->name, "created_by", row->created_by, u->v[U_BY]);
	if (!check_stamp_matches(row->created_at, u->v[U_AT]))
		differs(o, "users", row->name, "created_at", row->created_at, u->v[U_AT]);
	return 0;
}

static int setting_row(void *ud, const char *key, const char *value)
{
	struct check_office *o = ud;
	struct item *it = find(&o->settings, key, 0);
	/* the keys the migrations write have no audit row of their own */
	if (!it && (strcmp(key, "audit_chain_from") == 0 || strcmp(key, "office_id") == 0))
		return 0;
	if (!it) {
		say(o, _("The setting %s has no audit row: it was set behind the program's back."), key);
		return 0;
	}
	it->seen = true;
	if (!same(value, it->v[0]))
		differs(o, "settings", key, "value", value, it->v[0]);
	return 0;
}

static int token_row(void *ud, const struct token_row *row)
{
	struct check_office *o = ud;
	struct item *t = find(&o->tokens, NULL, row->id);
	char id[24];
	snprintf(id, sizeof id, "%" PRId64, row->id);
	if (!t) {
		say(o, _("The access token %s has no audit row: it was made behind the program's back."),
		    id);
		return 0;
	}
	t->seen = true;
	const char *stored[] = { row->user, row->label, row->expires, row->created_by,
		                 row->revoked_at, row->revoked_by, row->revoke_reason };
	static const char *const names[] = { "user", "label", "expires", "created_by",
		                             "revoked_at", "revoked_by", "revoke_reason" };
	for (int k = 0; k < 7; k++)
		if (!same(stored[k], t->v[k]))
			differs(o, "tokens", id, names[k], stored[k], t->v[k]);
	return 0;
}

int check_office_end(struct check_office *o, struct gerr *err)
{
	int rc = db_check_users(o->s->db, user_row, o, err);
	if (rc == GERR_OK)
		rc = db_setting_list(o->s->db, setting_row, o, err);
	if (rc == GERR_OK)
		rc = db_token_list(o->s->db, NULL, token_row, o, err);
	for (int i = 0; rc == GERR_OK && i < o->users.n; i++)
		if (!o->users.v[i].seen)
			say(o, _("The user %s is in the audit trail but no longer in its table: someone deleted it."),
			    o->users.v[i].key);
	for (int i = 0; rc == GERR_OK && i < o->settings.n; i++)
		if (!o->settings.v[i].seen)
			say(o, _("The setting %s is in the audit trail but no longer in its table: someone deleted it."),
			    o->settings.v[i].key);
	for (int i = 0; rc == GERR_OK && i < o->tokens.n; i++)
		if (!o->tokens.v[i].seen)
			say(o, _("The access token %" PRId64 " is in the audit trail but no longer in its table: someone deleted it."),
			    o->tokens.v[i].id);
	items_free(&o->users);
	items_free(&o->settings);
	items_free(&o->tokens);
	free(o);
	return rc;
}
