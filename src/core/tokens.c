#include "config.h"
#include "core/tokens.h"
#include "base/i18n.h"
#include "core/perm.h"
#include "core/records.h"
#include "base/text.h"
#include "db/db.h"
#include "db/db_audit.h"
#include "db/db_token.h"
#include "db/db_user.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* Yourself, or anyone for those who manage accounts. */
static int may_act_for(struct session *s, const char *name, struct gerr *err)
{
	if (name && strcmp(name, s->user.name) == 0)
		return GERR_OK;
	return perm_check(s->user.role, NULL, PERM_USERS, err);
}

int tokens_create(struct session *s, const char *name, const char *label, int days,
                  char text[AUTH_TOKEN_TEXT], int64_t *id, char expires[17], struct gerr *err)
{
	int rc = may_act_for(s, name, err);
	if (rc || (rc = session_needs_password(s, err)) != GERR_OK)
		return rc;
	if (!label || !*label || !utf8_valid(label) || utf8_chars(label) > TOKENS_MAX_LABEL)
		return gerr_set(err, GERR_INPUT, "label",
		                _("Label: say what the token is for (a cron job, a script), up to %d characters."),
		                TOKENS_MAX_LABEL);
	if ((rc = field_check_line("label", N_("Label"), TOKENS_MAX_LABEL, label, err)) != GERR_OK)
		return rc;
	if (days < 1 || days > TOKENS_MAX_DAYS)
		return gerr_set(err, GERR_INPUT, "days", _("Days: a token lasts from 1 to %d days."),
		                TOKENS_MAX_DAYS);
	struct db_user u = { 0 };
	if ((rc = db_user_get(s->db, name, &u, err)) != GERR_OK)
		return gerr_set(err, GERR_INPUT, "user", _("There is no user %s."), name);
	bool disabled = u.disabled;
	db_user_clear(&u);
	if (disabled)
		return gerr_set(err, GERR_INPUT, "user",
		                _("The account %s is disabled: it gets no token."), name);
	/* the computer's clock: a test clock must not stretch a token */
	struct ymdhm now;
	clock_now(&now);
	struct ymdhm end = datetime_add_minutes(&now, (int64_t)days * 24 * 60);
	datetime_format(&end, expires);
	char at[17], hash[AUTH_TOKEN_HASH];
	datetime_format(&now, at);
	auth_token_new(text);
	auth_token_hash(text, hash);
	if ((rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	/* the token itself stays out of the audit trail, as a password does */
	struct audit_change c[] = { { "user", NULL, (char *)name },
	                            { "label", NULL, (char *)label },
	                            { "expires", NULL, expires } };
	if ((rc = db_token_add(s->db, name, label, hash, at, s->user.name, expires, id, err)) ==
	    GERR_OK)
		rc = db_audit_add(s->db, s->user.name, "tokens", *id, "add", c, 3, NULL, err);
	return db_end(s->db, rc, err);
}

int tokens_revoke(struct session *s, int64_t id, const char *reason, struct gerr *err)
{
	int rc = records_check_reason(reason, err);
	if (rc || (rc = session_needs_password(s, err)) || (rc = db_begin(s->db, err)) != GERR_OK)
		return rc;
	struct token t;
	bool found = false;
	rc = db_token_get(s->db, id, &t, &found, err);
	if (rc == GERR_OK && !found)
		rc = gerr_set(err, GERR_INPUT, "id", _("There is no access token %" PRId64 "."), id);
	if (rc == GERR_OK)
		rc = may_act_for(s, t.user, err);
	if (rc == GERR_OK && t.revoked_at)
		rc = gerr_set(err, GERR_INPUT, "id",
		              _("The access token %" PRId64 " was revoked already, at %s."), id,
		              t.revoked_at);
	char at[17];
	clock_now_text(at);
	struct audit_change c[] = { { "revoked_at", NULL, at } };
	if (rc == GERR_OK && (rc = db_token_revoke(s->db, id, at, s->user.name, reason, err)) ==
	                         GERR_OK)
		rc = db_audit_add(s->db, s->user.name, "tokens", id, "revoke", c, 1, reason, err);
	token_clear(&t);
	return db_end(s->db, rc, err);
}

int tokens_list(struct session *s, const char *name,
                int (*row)(void *ud, const struct token_row *t), void *ud, struct gerr *err)
{
	/* without a name: everybody's for an administrator, else one's own */
	if (!name && perm_check(s->user.role, NULL, PERM_USERS, NULL) != GERR_OK)
		name = s->user.name;
	int rc = may_act_for(s, name, err);
	return rc ? rc : db_token_list(s->db, name, row, ud, err);
}
