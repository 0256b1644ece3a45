/* Passwords: argon2id through libsodium; never stored or shown in clear. */
#ifndef GSPDESK_AUTH_H
#define GSPDESK_AUTH_H

#include <stdbool.h>

#include "base/err.h"

#define AUTH_MIN_PASSWORD 8
#define AUTH_HASH_MAX 128
/* Argon2id cost of new hashes: passes and bytes of memory. A test build
 * (configure --with-password-cost=test) takes libsodium's minimum, and
 * --version says so. */
#ifdef AUTH_TEST_COST
#define AUTH_OPSLIMIT 1
#define AUTH_MEMLIMIT 8192u
#else
#define AUTH_OPSLIMIT 2
#define AUTH_MEMLIMIT (19u * 1024 * 1024)
#endif

int auth_init(struct gerr *err);
/* Refuses passwords shorter than AUTH_MIN_PASSWORD characters. */
int auth_check_new(const char *password, struct gerr *err);
int auth_hash(const char *password, char out[AUTH_HASH_MAX], struct gerr *err);
bool auth_verify(const char *hash, const char *password);

/* Access tokens: "gspd_" and 64 hex digits of random bytes. Being random
 * they need no slow hash: BLAKE2b of the text is what is kept. */
#define AUTH_TOKEN_PREFIX "gspd_"
#define AUTH_TOKEN_TEXT (sizeof AUTH_TOKEN_PREFIX - 1 + 64 + 1)
#define AUTH_TOKEN_HASH (64 + 1)
void auth_token_new(char out[AUTH_TOKEN_TEXT]);
void auth_token_hash(const char *token, char out[AUTH_TOKEN_HASH]);

#endif
