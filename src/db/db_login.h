/* The append-only log of logins (db_user.c, db_login.c): event is login,
 * failed, locked, refused or logout. */
#ifndef GSPDESK_DB_LOGIN_H
#define GSPDESK_DB_LOGIN_H

#include <stdint.h>

#include "base/err.h"

struct db;

struct login_row {
	int64_t id;
	const char *at, *user, *event, *detail;
};
int db_login_add(struct db *db, const char *at, const char *user, const char *event,
                 const char *detail, struct gerr *err);
/* A successful login, recorded without waiting for the write lock: when
 * another terminal holds it, queued beside the database for the next write
 * (db_login.c). Call it outside any transaction. */
int db_login_note(struct db *db, const char *at, const char *user, const char *detail,
                  struct gerr *err);
/* Oldest first; user NULL: everybody. */
int db_login_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct login_row *l), void *ud, struct gerr *err);

#endif
