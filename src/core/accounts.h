/* User accounts and office settings, with their permission checks and
 * audit rows; shared by `gspdesk user`, `settings`, `init` and the screens. */
#ifndef GSPDESK_ACCOUNTS_H
#define GSPDESK_ACCOUNTS_H

#include "core/session.h"

/* a row of db/db_login.h, passed through as stored */
struct login_row;

/* Creates the first administrator and the settings of a new database.
 * GERR_INPUT when the database already has users. language: the office's
 * (NULL leaves it unset: Chinese). test_clock makes it a
 * database for tests, for good: its sessions honour $GSPDESK_NOW (s too,
 * from here on). */
int accounts_init(struct session *s, const char *admin, const char *password,
                  const char *company, const char *city, const char *province,
                  const char *language, bool test_clock, struct gerr *err);
int accounts_add(struct session *s, const char *name, const char *role, const char *password,
                 struct gerr *err);
/* Users change their own password (the login just checked the old one);
 * an administrator sets anyone's, which also lifts a lock. */
int accounts_passwd(struct session *s, const char *name, const char *password, struct gerr *err);
/* Administrator only. Accounts are disabled, never deleted: records keep
 * their names. Enabling also lifts a lock. Nobody disables themselves. */
int accounts_disable(struct session *s, const char *name, bool disabled, struct gerr *err);
/* The login log, oldest first: an administrator reads anyone's (name NULL:
 * everybody's), the others their own. */
int accounts_log(struct session *s, const char *name,
                 int (*row)(void *ud, const struct login_row *l), void *ud, struct gerr *err);

/* Every account, for any logged-in user: names appear on every record. */
int accounts_list(struct session *s, int (*row)(void *ud, const struct user *u), void *ud,
                  struct gerr *err);

struct setting_def {
	const char *key;
	const char *label; /* msgid */
	int max_len;       /* text settings */
	int max;           /* whole-number settings (0 to max); 0: a text one */
	const char *fallback; /* the value when unset, or NULL */
	const struct choice *choices; /* one of these codes (or labels), or NULL */
	int scale;         /* a decimal (0 to max / 10^scale), kept as typed: 4.0 */
};
const struct setting_def *settings_defs(int *count);
const struct setting_def *settings_find(const char *key);
/* *value NULL when unset and without a fallback. */
int settings_get(struct session *s, const char *key, char **value, struct gerr *err);
int settings_set(struct session *s, const char *key, const char *value, struct gerr *err);
/* A whole-number setting (its fallback when unset or unreadable). */
int settings_int(struct session *s, const char *key);
/* A decimal setting, the same way. */
double settings_decimal(struct session *s, const char *key);
/* Shows messages in the office's language unless --lang, $GSPDESK_LANG or
 * the locale chose one (i18n_office). */
void settings_use_language(struct session *s);

#endif
