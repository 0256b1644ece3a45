#include "config.h"
#include "core/session.h"
#include "core/auth.h"
#include "core/i18n.h"
#include "core/strbuf.h"

#include <string.h>

int session_open(struct session *s, const char *path, enum db_open_mode mode, struct gerr *err)
{
	memset(s, 0, sizeof *s);
	if (!clock_now(&s->now))
		return gerr_set(err, GERR_USAGE, NULL, "%s",
		                _("GSPDESK_NOW must look like 2025-03-05T14:30."));
	date_format(&s->now.date, s->today);
	return db_open(path, mode, &s->db, err);
}

void session_close(struct session *s)
{
	db_close(s->db);
	user_clear(&s->user);
	s->db = NULL;
}

int session_login(struct session *s, const char *name, const char *password, struct gerr *err)
{
	int64_t users = 0;
	int rc = db_user_count(s->db, &users, err);
	if (rc)
		return rc;
	if (users == 0)
		return gerr_set(err, GERR_AUTH, NULL,
		                _("The database %s has no users yet. Create it with: gspdesk init --admin NAME"),
		                db_path(s->db));
	struct user u = { 0 };
	rc = db_user_get(s->db, name, &u, NULL);
	/* an unknown name costs one hash too, so timing does not tell names apart */
	bool ok;
	if (rc == GERR_OK) {
		ok = auth_verify(u.pwhash, password);
	} else {
		char scratch[AUTH_HASH_MAX];
		auth_hash(password, scratch, NULL);
		ok = false;
	}
	if (!ok) {
		user_clear(&u);
		return gerr_set(err, GERR_AUTH, NULL, "%s", _("Wrong user name or password."));
	}
	if (u.disabled) {
		rc = gerr_set(err, GERR_AUTH, NULL, _("The account %s is disabled. Ask the administrator."),
		              u.name);
		user_clear(&u);
		return rc;
	}
	user_clear(&s->user);
	s->user = u;
	return GERR_OK;
}

void session_now_text(const struct session *s, char out[17])
{
	datetime_format(&s->now, out);
}
