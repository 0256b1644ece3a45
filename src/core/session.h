/* One user's working session on one database: what every command and
 * screen is handed instead of globals. */
#ifndef GSPDESK_SESSION_H
#define GSPDESK_SESSION_H

#include "core/date.h"
#include "core/err.h"
#include "db/db.h"

struct session {
	struct db *db;
	struct user user;  /* empty until login */
	struct ymdhm now;  /* $GSPDESK_NOW or the clock, read once at start */
	char today[11];
	/* Why a rule that gives way to a reason (a second expiry date for a
	 * batch) is overridden: `add --reason`; the add's audit row keeps it.
	 * NULL: no rule is overridden. */
	const char *override_reason;
};

/* Reads the clock (GERR_USAGE when $GSPDESK_NOW is malformed) and opens the database. */
int session_open(struct session *s, const char *path, enum db_open_mode mode, struct gerr *err);
void session_close(struct session *s);
#define SESSION_MAX_FAILURES 5  /* wrong passwords in a row ... */
#define SESSION_LOCK_MINUTES 15 /* ... lock the account this long */

/* Checks the password; the message never says which of the two was wrong.
 * Every attempt is logged (db_login_add) at the session's clock, read
 * again here ($GSPDESK_NOW in tests); the fifth wrong password in a row
 * locks the account for SESSION_LOCK_MINUTES, a right one resets the count. */
int session_login(struct session *s, const char *name, const char *password, struct gerr *err);
/* Logs in with an access token ($GSPDESK_TOKEN: scripts and cron) instead
 * of a password: refused when unknown, revoked, out of date, of a disabled
 * account, or when name is given and is not its user. Logged like a
 * password login, with "token N" as the detail; a wrong token locks
 * nothing. */
int session_login_token(struct session *s, const char *name, const char *token,
                        struct gerr *err);
/* "2025-03-05 14:30" of s->now */
void session_now_text(const struct session *s, char out[17]);

#endif
