/* Access tokens as stored (db_token.c); core/tokens.c makes and checks them. */
#ifndef GSPDESK_DB_TOKEN_H
#define GSPDESK_DB_TOKEN_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"

struct db;

struct token_row {
	int64_t id;
	const char *user, *label, *created_at, *created_by, *expires, *revoked_at, *revoked_by,
		*revoke_reason; /* NULL when not revoked */
};
/* One token, owned: token_clear frees it. */
struct token {
	int64_t id;
	char *user, *label, *expires, *revoked_at;
};
void token_clear(struct token *t);
int db_token_add(struct db *db, const char *user, const char *label, const char *hash,
                 const char *at, const char *by, const char *expires, int64_t *id,
                 struct gerr *err);
/* By its hash or by its id; *found false when there is none. */
int db_token_find(struct db *db, const char *hash, struct token *out, bool *found,
                  struct gerr *err);
int db_token_get(struct db *db, int64_t id, struct token *out, bool *found, struct gerr *err);
/* Marks a token revoked; the caller checked it was not. */
int db_token_revoke(struct db *db, int64_t id, const char *at, const char *by,
                    const char *reason, struct gerr *err);
/* Oldest first; user NULL: everybody's. */
int db_token_list(struct db *db, const char *user,
                  int (*row)(void *ud, const struct token_row *t), void *ud, struct gerr *err);

#endif
