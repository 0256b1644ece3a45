#include "config.h"
#include "core/session.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "db/db.h"
#include "db/db_login.h"
#include "db/db_settings.h"
#include "db/db_token.h"
#include "db/db_user.h"
#include "db/db_list.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int session_clock(struct session *s, struct gerr *err)
{
	bool set = false;
	if (s->test_clock && !clock_test(&s->now, &set))
		return gerr_set(err, GERR_USAGE, NULL, "%s",
		                _("GSPDESK_NOW must look like 2025-03-05T14:30."));
	if (!set)
		clock_now(&s->now);
	date_format(&s->now.date, s->today);
	return GERR_OK;
}

int session_open(struct session *s, const char *path, enum session_mode mode, struct gerr *err)
{
	memset(s, 0, sizeof *s);
	int rc = db_open(path, mode == SESSION_CREATE ? DB_OPEN_CREATE : DB_OPEN_EXISTING,
	                 &s->db, err);
	if (rc)
		return rc;
	char *flag = NULL;
	/* an unreadable setting leaves the real clock: the safe side */
	if (db_setting_get(s->db, SESSION_TEST_CLOCK, &flag, NULL) == GERR_OK && flag)
		s->test_clock = strcmp(flag, "1") == 0;
	free(flag);
	if ((rc = session_clock(s, err)) != GERR_OK)
		session_close(s);
	return rc;
}

void user_clear(struct user *u)
{
	free(u->name);
	free(u->role);
	free(u->locked_until);
	memset(u, 0, sizeof *u);
}

void user_from_row(struct user *u, const struct db_user *row)
{
	*u = (struct user){ .id = row->id, .name = xstrdup(row->name), .role = xstrdup(row->role),
	                    .disabled = row->disabled,
	                    .locked_until = row->locked_until ? xstrdup(row->locked_until) : NULL };
}

void session_close(struct session *s)
{
	session_calendar_changed(s);
	db_close(s->db);
	user_clear(&s->user);
	s->db = NULL;
}

struct cal_read {
	struct workcal_day *days;
	int n;
	int day, kind; /* field indexes */
};

static int add_day(void *ud, const struct record *r)
{
	struct cal_read *c = ud;
	struct ymd d;
	if (r->v[c->day].null || date_parse(r->v[c->day].text, &d) != DATE_OK)
		return 0; /* the form allows neither: a file edited by hand */
	c->days = xrealloc(c->days, sizeof *c->days * (size_t)(c->n + 1));
	c->days[c->n++] = (struct workcal_day){
		d, strcmp(r->v[c->kind].text ? r->v[c->kind].text : "", "workday") == 0 ? WORKCAL_WORKDAY
		                                                                      : WORKCAL_HOLIDAY
	};
	return 0;
}

int session_calendar(struct session *s, const struct workcal **out, struct gerr *err)
{
	if (!s->cal_read) {
		const struct form *f = form_find("holidays");
		struct cal_read c = { .day = form_field_index(f, "day"), .kind = form_field_index(f, "kind") };
		struct list_query q = { .form = f };
		int rc = db_list(s->db, &q, add_day, &c, err);
		if (rc) {
			free(c.days);
			return rc;
		}
		workcal_init(&s->cal, c.days, c.n);
		free(c.days);
		s->cal_read = true;
	}
	*out = &s->cal;
	return GERR_OK;
}

void session_calendar_changed(struct session *s)
{
	workcal_free(&s->cal);
	s->cal_read = false;
}

/* Writes what a login attempt leaves behind: the log rows and the user's
 * wrong-password count. Its own transaction, so a refusal is logged too.
 * event is login, failed or refused; locked_until a failure that locks. */
static int record_attempt(struct session *s, const char *name, const struct db_user *u,
                          const char *event, const char *detail, const char *locked_until,
                          struct gerr *err)
{
	char at[17];
	clock_now_text(at);
	/* a plain login writes only its log row: a reader never waits for it */
	if (strcmp(event, "login") == 0 && !(u && (u->failed || u->locked_until)))
		return db_login_note(s->db, at, name, detail, err);
	int rc = db_begin(s->db, err);
	if (rc)
		return rc;
	if (u && strcmp(event, "login") == 0 && (u->failed || u->locked_until))
		rc = db_user_set_failures(s->db, name, 0, NULL, err);
	else if (u && strcmp(event, "failed") == 0) /* a lock starts the count again */
		rc = db_user_set_failures(s->db, name, locked_until ? 0 : u->failed + 1, locked_until,
		                          err);
	/* an unknown name is whatever was typed: logged with its control
	 * characters written out, so `user log` cannot drive a terminal */
	char *logged = text_printable(name, false);
	if (rc == GERR_OK)
		rc = db_login_add(s->db, at, logged, event, detail, err);
	if (rc == GERR_OK && locked_until)
		rc = db_login_add(s->db, at, logged, "locked", locked_until, err);
	free(logged);
	return db_end(s->db, rc, err);
}

/* What every login starts with: a database with users, and the clocks read
 * again (a lock or a token's end runs on the time of this attempt, not of
 * the program's start). now: the computer's clock, whatever the test clock
 * says. */
static int login_start(struct session *s, struct ymdhm *real, char now[17], struct gerr *err)
{
	int64_t users = 0;
	int rc = db_user_count(s->db, &users, err);
	if (rc)
		return rc;
	if (users == 0)
		return gerr_set(err, GERR_AUTH, NULL,
		                _("The database %s has no users yet. Create it with: gspdesk init --admin NAME"),
		                db_path(s->db));
	if ((rc = session_clock(s, err)) != GERR_OK)
		return rc;
	clock_now(real);
	datetime_format(real, now);
	return GERR_OK;
}

int session_login(struct session *s, const char *name, const char *password, struct gerr *err)
{
	char now[17];
	struct ymdhm real;
	int rc = login_start(s, &real, now, err);
	if (rc)
		return rc;

	struct db_user u = { 0 };
	bool known = db_user_get(s->db, name, &u, NULL) == GERR_OK;
	if (known && u.locked_until && strcmp(now, u.locked_until) < 0) {
		rc = record_attempt(s, name, &u, "refused", "locked", NULL, err);
		if (rc == GERR_OK)
			rc = gerr_set(err, GERR_AUTH, NULL,
			              _("The account %s is locked after %d wrong passwords in a row, until %s (local time). Try again then, or ask the administrator to set a new password."),
			              name, SESSION_MAX_FAILURES, u.locked_until);
		db_user_clear(&u);
		return rc;
	}
	/* an unknown name costs one hash too, so timing does not tell names apart */
	bool ok;
	if (known) {
		ok = auth_verify(u.pwhash, password);
	} else {
		char scratch[AUTH_HASH_MAX];
		auth_hash(password, scratch, NULL);
		ok = false;
	}
	if (!ok) {
		char until[17] = "";
		if (known && u.failed + 1 >= SESSION_MAX_FAILURES) {
			struct ymdhm t = datetime_add_minutes(&real, SESSION_LOCK_MINUTES);
			datetime_format(&t, until);
		}
		rc = record_attempt(s, name, known ? &u : NULL, "failed",
		                    known ? NULL : "unknown user", until[0] ? until : NULL, err);
		if (rc == GERR_OK && until[0])
			rc = gerr_set(err, GERR_AUTH, NULL,
			              _("Wrong password, %d times in a row: the account %s is locked for %d minutes, until %s (local time)."),
			              SESSION_MAX_FAILURES, name, SESSION_LOCK_MINUTES, until);
		else if (rc == GERR_OK)
			rc = gerr_set(err, GERR_AUTH, NULL, "%s", _("Wrong user name or password."));
		db_user_clear(&u);
		return rc;
	}
	if (u.disabled) {
		rc = record_attempt(s, name, &u, "refused", "disabled", NULL, err);
		if (rc == GERR_OK)
			rc = gerr_set(err, GERR_AUTH, NULL,
			              _("The account %s is disabled. Ask the administrator."), u.name);
		db_user_clear(&u);
		return rc;
	}
	if ((rc = record_attempt(s, name, &u, "login", NULL, NULL, err)) != GERR_OK) {
		db_user_clear(&u);
		return rc;
	}
	user_clear(&s->user);
	user_from_row(&s->user, &u);
	db_user_clear(&u);
	s->by_token = false;
	return GERR_OK;
}

int session_login_token(struct session *s, const char *name, const char *token,
                        struct gerr *err)
{
	char now[17];
	struct ymdhm real;
	int rc = login_start(s, &real, now, err);
	if (rc)
		return rc;
	char hash[AUTH_TOKEN_HASH];
	auth_token_hash(token, hash);
	struct token t;
	bool found = false;
	if ((rc = db_token_find(s->db, hash, &t, &found, err)) != GERR_OK)
		return rc;
	/* a wrong token counts towards no lock: nobody guesses 256 random
	 * bits, and a script's stale token must not lock its user out */
	const char *who = found ? t.user : name && *name ? name : "-";
	const char *why = !found                          ? "unknown token"
	                  : t.revoked_at                  ? "token revoked"
	                  : strcmp(now, t.expires) >= 0   ? "token expired"
	                  : name && *name && strcmp(name, t.user) != 0 ? "token of another user"
	                                                               : NULL;
	struct db_user u = { 0 };
	if (!why && db_user_get(s->db, t.user, &u, NULL) != GERR_OK)
		why = "unknown user";
	if (!why && u.disabled)
		why = "disabled";
	char detail[40];
	snprintf(detail, sizeof detail, "token %" PRId64, found ? t.id : (int64_t)0);
	if (why) {
		rc = record_attempt(s, who, NULL, "refused", why, NULL, err);
		if (rc == GERR_OK && strcmp(why, "disabled") == 0)
			rc = gerr_set(err, GERR_AUTH, NULL,
			              _("The account %s is disabled. Ask the administrator."), who);
		else if (rc == GERR_OK && strcmp(why, "token expired") == 0)
			rc = gerr_set(err, GERR_AUTH, NULL,
			              _("The access token %" PRId64 " of %s ran out at %s: ask for a new one (gspdesk user token NAME)."),
			              t.id, who, t.expires);
		else if (rc == GERR_OK)
			rc = gerr_set(err, GERR_AUTH, NULL, "%s",
			              _("The access token in GSPDESK_TOKEN is not valid (unknown, revoked or of another user)."));
	} else {
		rc = record_attempt(s, who, NULL, "login", detail, NULL, err);
	}
	token_clear(&t);
	if (rc || why) {
		db_user_clear(&u);
		return rc ? rc : GERR_AUTH;
	}
	user_clear(&s->user);
	user_from_row(&s->user, &u);
	db_user_clear(&u);
	s->by_token = true;
	return GERR_OK;
}

void session_forget_user(struct session *s)
{
	user_clear(&s->user);
	s->by_token = false;
	s->override_reason = NULL;
	s->override_offered = false;
	s->asks_reason = false;
}

int session_logout(struct session *s, struct gerr *err)
{
	int rc = GERR_OK;
	if (s->user.name) {
		char at[17];
		clock_now_text(at); /* as a login: the computer's clock */
		if ((rc = db_begin(s->db, err)) == GERR_OK)
			rc = db_end(s->db, db_login_add(s->db, at, s->user.name, "logout", NULL, err),
			            err);
	}
	/* even when the log could not be written: the person is leaving */
	session_forget_user(s);
	return rc;
}

int session_needs_password(const struct session *s, struct gerr *err)
{
	if (!s->by_token)
		return GERR_OK;
	return gerr_set(err, GERR_AUTH, NULL, "%s",
	                _("An access token does not change passwords, accounts or tokens: run this with your password, not GSPDESK_TOKEN."));
}

void session_now_text(const struct session *s, char out[17])
{
	datetime_format(&s->now, out);
}
