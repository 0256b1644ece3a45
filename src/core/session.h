/* One user's working session on one database: what every command and
 * screen is handed instead of globals. */
#ifndef GSPDESK_SESSION_H
#define GSPDESK_SESSION_H

#include "base/date.h"
#include "base/workcal.h"
#include "base/err.h"

struct db;
struct db_user;

/* An account as the rules and the faces see it: never its password hash. */
struct user {
	int64_t id;
	char *name, *role;
	bool disabled;
	char *locked_until; /* local "2026-11-27 10:15", or NULL */
};
void user_clear(struct user *u);
/* u as a copy of an account row (core/session.c reads rows from db). */
void user_from_row(struct user *u, const struct db_user *row);

enum session_mode {
	SESSION_EXISTING, /* refuse a missing file */
	SESSION_CREATE    /* create the file (mode 0600) and its directories */
};

struct session {
	struct db *db;
	struct user user;  /* empty until login */
	/* what rules that compare dates count from, read at start and at login:
	 * the computer's clock, or $GSPDESK_NOW on a test database */
	struct ymdhm now;
	char today[11];
	/* Why a rule that gives way to a reason (a second expiry date for a
	 * batch) is overridden: `add --reason`; the add's audit row keeps it.
	 * NULL: no rule is overridden. */
	const char *override_reason;
	/* Set by a rule that refused but would give way to a reason from this
	 * user (PERM_OVERRIDE), so a screen can ask for it and try again. */
	bool override_offered;
	/* The caller asks for that reason itself (a screen): the refusal does
	 * not point to --reason. */
	bool asks_reason;
	struct workcal cal; /* read on first use: session_calendar */
	bool cal_read;
	bool test_clock; /* the database was made with init --test-clock */
	bool by_token;   /* logged in with an access token, not the password */
};

/* The setting init --test-clock writes; no command changes it. */
#define SESSION_TEST_CLOCK "test_clock"

/* Opens the database and reads the clock (GERR_USAGE when the database is
 * a test one and $GSPDESK_NOW is malformed). */
int session_open(struct session *s, const char *path, enum session_mode mode, struct gerr *err);
/* Reads s->now and s->today again: $GSPDESK_NOW only when s->test_clock. */
int session_clock(struct session *s, struct gerr *err);
void session_close(struct session *s);
/* China's working calendar with the office's own days (the holidays
 * form), read on first use and kept for the session. */
int session_calendar(struct session *s, const struct workcal **out, struct gerr *err);
/* The office's days changed: read them again at the next use. */
void session_calendar_changed(struct session *s);
#define SESSION_MAX_FAILURES 5  /* wrong passwords in a row ... */
#define SESSION_LOCK_MINUTES 15 /* ... lock the account this long */

/* Checks the password; the message never says which of the two was wrong.
 * Every attempt is logged (db_login_add) at the computer's clock, never a
 * test clock; the fifth wrong password in a row locks the account for
 * SESSION_LOCK_MINUTES of that clock, a right one resets the count. */
int session_login(struct session *s, const char *name, const char *password, struct gerr *err);
/* Logs in with an access token ($GSPDESK_TOKEN: scripts and cron) instead
 * of a password: refused when unknown, revoked, out of date, of a disabled
 * account, or when name is given and is not its user. Logged like a
 * password login, with "token N" as the detail; a wrong token locks
 * nothing. */
int session_login_token(struct session *s, const char *name, const char *token,
                        struct gerr *err);
/* Nobody is logged in any more: the user and everything the session kept
 * for them (a token login, a reason given for an exception) are dropped;
 * the database stays open for the next login. */
void session_forget_user(struct session *s);
/* The user logs out (the full-screen program's switch of user): a
 * "logout" row in the login log at the computer's clock, then
 * session_forget_user, which happens even when the row could not be
 * written (the error says why). */
int session_logout(struct session *s, struct gerr *err);
/* GERR_AUTH unless the session logged in with the password: a token
 * proves who you are for data work, but passwords, accounts and tokens
 * need the password (or a stolen token would outlive its revocation). */
int session_needs_password(const struct session *s, struct gerr *err);
/* "2025-03-05 14:30" of s->now: for dates a rule compares or a record
 * keeps, never for logins, locks or tokens (clock_now_text). */
void session_now_text(const struct session *s, char out[17]);

#endif
