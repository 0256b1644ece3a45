/* Accounts as stored (db_user.c): core/session.c and core/accounts.c turn
 * these rows into the core's struct user. */
#ifndef GSPDESK_DB_USER_H
#define GSPDESK_DB_USER_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct db;

struct db_user {
	int64_t id;
	char *name, *role, *pwhash;
	bool disabled;
	int failed;         /* wrong passwords in a row */
	char *locked_until; /* local "2026-11-27 10:15", or NULL */
};

void db_user_clear(struct db_user *u);
/* GERR_AUTH when there is no such user. */
int db_user_get(struct db *db, const char *name, struct db_user *out, struct gerr *err);
int db_user_add(struct db *db, const char *name, const char *role, const char *pwhash,
                const char *at, const char *by, struct gerr *err);
/* A new password also clears the wrong-password count and any lock. */
int db_user_set_hash(struct db *db, const char *name, const char *pwhash, struct gerr *err);
/* Also clears the wrong-password count and any lock. */
int db_user_set_disabled(struct db *db, const char *name, bool disabled, struct gerr *err);
/* The wrong-password count and lock after a login attempt. */
int db_user_set_failures(struct db *db, const char *name, int failed, const char *locked_until,
                         struct gerr *err);
int db_user_count(struct db *db, int64_t *count, struct gerr *err);
/* By name. */
int db_user_list(struct db *db, int (*row)(void *ud, const struct db_user *u), void *ud,
                 struct gerr *err);

#endif
