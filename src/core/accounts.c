#include "config.h"
#include "core/accounts.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "model/record.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_login.h"
#include "db/db_settings.h"
#include "db/db_user.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const struct choice languages[] = {
	{ "zh_CN", N_("Chinese") },
	{ "en", N_("English") },
	{ NULL, NULL },
};

static const struct choice on_off[] = {
	{ "off", N_("off") },
	{ "on", N_("on") },
	{ NULL, NULL },
};

static const struct setting_def defs[] = {
	{ "company", N_("Company name"), 100, 0, NULL, NULL, 0 },
	{ "province", N_("Office province"), 32, 0, NULL, NULL, 0 },
	{ "city", N_("Office city"), 32, 0, NULL, NULL, 0 },
	{ "language", N_("Office language (zh_CN or en), unless --lang, GSPDESK_LANG or the locale names one"),
	  0, 0, "zh_CN", languages, 0 },
	{ "idle_lock_minutes", N_("Idle minutes before the screen locks (0: never)"), 0, 1440,
	  "15", NULL, 0 },
	{ "due_window_days", N_("Days after an expiry that re-sterilisation is still due (older ones only with due --window)"),
	  0, 3650, "90", NULL, 0 },
	{ "satisfaction_target_mean",
	  N_("Satisfaction target: the mean score every survey item should reach (0 to 5)"), 0, 50,
	  "4.0", NULL, 1 },
	{ "satisfaction_target_rate",
	  N_("Satisfaction target: the satisfied rate every survey item should reach, in percent"), 0,
	  100, "85", NULL, 0 },
	{ "stock_check", N_("Sales draw on received stock (on: a product must be qualified and its batch on hand; off for an office not recording receipts yet)"),
	  0, 0, "off", on_off, 0 },
};

const struct setting_def *settings_defs(int *count)
{
	*count = (int)(sizeof defs / sizeof defs[0]);
	return defs;
}

const struct setting_def *settings_find(const char *key)
{
	for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
		if (strcmp(defs[i].key, key) == 0)
			return &defs[i];
	return NULL;
}

/* A login name: letters, digits, '.', '-' and '_', up to 32. */
static int check_name(const char *name, struct gerr *err)
{
	size_t n = strlen(name);
	bool ok = n > 0 && n <= 32;
	for (size_t i = 0; ok && i < n; i++)
		ok = isalnum((unsigned char)name[i]) || strchr("._-", name[i]);
	if (!ok)
		return gerr_set(err, GERR_INPUT, "name", "%s",
		                _("A user name is 1 to 32 letters, digits, '.', '-' or '_'."));
	return GERR_OK;
}

static int check_role(const char *role, struct gerr *err)
{
	if (role_valid(role))
		return GERR_OK;
	int n;
	const char *const *names = role_names(&n);
	struct strbuf list = STRBUF_INIT;
	for (int i = 0; i < n; i++)
		sb_addf(&list, "%s%s", i ? ", " : "", names[i]);
	int rc = gerr_set(err, GERR_INPUT, "role", _("Unknown role %s. The roles are: %s"), role,
	                  sb_str(&list));
	sb_free(&list);
	return rc;
}

static int insert_user(struct session *s, const char *by, const char *name, const char *role,
                       const char *password, struct gerr *err)
{
	char hash[AUTH_HASH_MAX], at[21];
	int rc;
	if ((rc = check_name(name, err)) || (rc = check_role(role, err)) ||
	    (rc = auth_check_new(password, err)) || (rc = auth_hash(password, hash, err)))
		return rc;
	clock_utc_stamp(at);
	if ((rc = db_user_add(s->db, name, role, hash, at, by, err)) != GERR_OK)
		return rc;
	struct audit_change c[] = { { "name", NULL, (char *)name }, { "role", NULL, (char *)role } };
	return db_audit_add(s->db, by, "users", 0, "add", c, 2, NULL, err);
}

static int unknown_setting(const char *key, struct gerr *err)
{
	struct strbuf list = STRBUF_INIT;
	for (size_t i = 0; i < sizeof defs / sizeof defs[0]; i++)
		sb_addf(&list, "%s%s", i ? ", " : "", defs[i].key);
	int rc = gerr_set(err, GERR_USAGE, key, _("Unknown setting %s. The settings are: %s"), key,
	                  sb_str(&list));
	sb_free(&list);
	return rc;
}

static int set_setting(struct session *s, const char *by, const char *key, const char *value,
                       struct gerr *err)
{
	const struct setting_def *d = settings_find(key);
	if (!d)
		return unknown_setting(key, err);
	struct field f = { .name = d->key, .label = d->label, .type = FT_TEXT, .max_len = d->max_len };
	if (d->choices) {
		f.type = FT_ENUM;
		f.flags = F_REQUIRED;
		f.choices = d->choices;
	} else if (d->scale) {
		f.type = FT_DECIMAL;
		f.flags = F_REQUIRED | F_MIN | F_MAX;
		f.scale = d->scale;
		f.max = d->max;
	} else if (d->max) {
		f.type = FT_INT;
		f.flags = F_REQUIRED | F_MIN | F_MAX;
		f.max = d->max;
	}
	struct value v = { .null = true };
	int rc = field_parse(&f, value, &v, err);
	if (rc == GERR_OK && v.null && (d->max || d->choices))
		rc = field_refuse(err, &f, "%s", _("is required"));
	if (rc) {
		value_clear(&v);
		return rc;
	}
	/* a decimal as typed (4.0), not scaled: settings are read as text */
	char *old = NULL, *text = v.null ? xstrdup("")
	                          : d->scale ? field_format(&f, &v, FMT_MACHINE)
	                                     : field_storage_text(&f, &v);
	if ((rc = db_setting_get(s->db, key, &old, err)) == GERR_OK &&
	    (rc = db_setting_set(s->db, key, text, err)) == GERR_OK) {
		struct audit_change c = { key, old, text };
		rc = db_audit_add(s->db, by, "settings", 0, "set", &c, 1, NULL, err);
	}
	free(old);
	free(text);
	value_clear(&v);
	return rc;
}

int accounts_init(struct session *s, const char *admin, const char *password,
                  const char *company, const char *city, const char *province,
                  const char *language, bool test_clock, struct gerr *err)
{
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	int64_t users = 0;
	if ((rc = db_user_count(s->db, &users, err)) == GERR_OK && users > 0)
		rc = gerr_set(err, GERR_INPUT, NULL,
		              _("The database %s is set up already. Change settings with: gspdesk settings KEY VALUE"),
		              db_path(s->db));
	if (rc == GERR_OK)
		rc = insert_user(s, admin, admin, "admin", password, err);
	const char *keys[] = { "company", "city", "province", "language" };
	const char *values[] = { company, city, province, language };
	for (int i = 0; rc == GERR_OK && i < 4; i++)
		if (values[i])
			rc = set_setting(s, admin, keys[i], values[i], err);
	/* not among defs: no command sets it, or a real office could be
	 * talked into another date */
	if (rc == GERR_OK && test_clock &&
	    (rc = db_setting_set(s->db, SESSION_TEST_CLOCK, "1", err)) == GERR_OK) {
		struct audit_change c = { SESSION_TEST_CLOCK, NULL, "1" };
		rc = db_audit_add(s->db, admin, "settings", 0, "set", &c, 1, NULL, err);
	}
	if ((rc = db_end(s->db, rc, err)) == GERR_OK && test_clock) {
		s->test_clock = true;
		rc = session_clock(s, err);
	}
	return rc;
}

int accounts_add(struct session *s, const char *name, const char *role, const char *password,
                 struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_USERS, err);
	if (rc || (rc = session_needs_password(s, err)) || (rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	rc = insert_user(s, s->user.name, name, role, password, err);
	return db_end(s->db, rc, err);
}

int accounts_passwd(struct session *s, const char *name, const char *password, struct gerr *err)
{
	int rc = session_needs_password(s, err);
	if (rc == GERR_OK && strcmp(name, s->user.name) != 0)
		rc = perm_check(s->user.role, NULL, PERM_USERS, err);
	char hash[AUTH_HASH_MAX];
	if (rc || (rc = auth_check_new(password, err)) || (rc = auth_hash(password, hash, err)) ||
	    (rc = db_begin(s->db, err)))
		return rc;
	/* the hash itself stays out of the audit trail */
	struct audit_change c[] = { { "name", (char *)name, (char *)name },
	                            { "password", NULL, (char *)"changed" } };
	if ((rc = db_user_set_hash(s->db, name, hash, err)) == GERR_OK)
		rc = db_audit_add(s->db, s->user.name, "users", 0, "passwd", c, 2, NULL, err);
	return db_end(s->db, rc, err);
}

int accounts_disable(struct session *s, const char *name, bool disabled, struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_USERS, err);
	if (rc || (rc = session_needs_password(s, err)) != GERR_OK)
		return rc;
	if (disabled && strcmp(name, s->user.name) == 0)
		return gerr_set(err, GERR_INPUT, "name", "%s",
		                _("You cannot disable your own account: another administrator can."));
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	struct db_user u = { 0 };
	if ((rc = db_user_get(s->db, name, &u, NULL)) != GERR_OK)
		rc = gerr_set(err, GERR_INPUT, "name", _("There is no user %s."), name);
	else if (u.disabled == disabled) /* nothing to change, nothing to audit */
		rc = gerr_set(err, GERR_INPUT, "name",
		              disabled ? _("The account %s is disabled already.")
		                       : _("The account %s is not disabled: there is nothing to enable. A locked account is unlocked by setting a new password (gspdesk user passwd NAME)."),
		              name);
	db_user_clear(&u);
	struct audit_change c[] = { { "name", (char *)name, (char *)name },
	                            { "disabled", (char *)(disabled ? "0" : "1"),
	                              (char *)(disabled ? "1" : "0") } };
	if (rc == GERR_OK && (rc = db_user_set_disabled(s->db, name, disabled, err)) == GERR_OK)
		rc = db_audit_add(s->db, s->user.name, "users", 0, disabled ? "disable" : "enable", c, 2,
		                  NULL, err);
	return db_end(s->db, rc, err);
}

int accounts_log(struct session *s, const char *name,
                 int (*row)(void *ud, const struct login_row *l), void *ud, struct gerr *err)
{
	if (!name || strcmp(name, s->user.name) != 0) {
		int rc = perm_check(s->user.role, NULL, PERM_USERS, err);
		if (rc)
			return rc;
	}
	return db_login_list(s->db, name, row, ud, err);
}

struct list_users {
	int (*row)(void *ud, const struct user *u);
	void *ud;
};

static int list_user(void *ud, const struct db_user *row)
{
	struct list_users *l = ud;
	struct user u;
	user_from_row(&u, row);
	int stop = l->row(l->ud, &u);
	user_clear(&u);
	return stop;
}

int accounts_list(struct session *s, int (*row)(void *ud, const struct user *u), void *ud,
                  struct gerr *err)
{
	struct list_users l = { row, ud };
	return db_user_list(s->db, list_user, &l, err);
}

int settings_get(struct session *s, const char *key, char **value, struct gerr *err)
{
	const struct setting_def *d = settings_find(key);
	if (!d)
		return unknown_setting(key, err);
	int rc = db_setting_get(s->db, key, value, err);
	if (rc == GERR_OK && !*value && d->fallback)
		*value = xstrdup(d->fallback);
	return rc;
}

/* A number setting's text: its fallback when unset or unreadable, else "0". */
static char *number_text(struct session *s, const char *key)
{
	const struct setting_def *d = settings_find(key);
	char *value = NULL;
	if (settings_get(s, key, &value, NULL) != GERR_OK || !value)
		value = xstrdup(d && d->fallback ? d->fallback : "0");
	return value;
}

int settings_int(struct session *s, const char *key)
{
	char *value = number_text(s, key);
	int n = atoi(value);
	free(value);
	return n;
}

double settings_decimal(struct session *s, const char *key)
{
	char *value = number_text(s, key);
	double x = strtod(value, NULL);
	free(value);
	return x;
}

int settings_set(struct session *s, const char *key, const char *value, struct gerr *err)
{
	int rc = perm_check(s->user.role, NULL, PERM_SETTINGS, err);
	if (rc || (rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	rc = set_setting(s, s->user.name, key, value, err);
	return db_end(s->db, rc, err);
}

void settings_use_language(struct session *s)
{
	char *lang = NULL;
	if (settings_get(s, "language", &lang, NULL) == GERR_OK)
		i18n_office(lang);
	free(lang);
}
