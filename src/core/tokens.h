/* Access tokens for scripts and cron jobs: a command run with
 * $GSPDESK_TOKEN logs in as the token's user without the password's slow
 * hash. Shown once when made, kept only as a hash, revoked with a reason,
 * never deleted; each change leaves an audit row. */
#ifndef GSPDESK_TOKENS_H
#define GSPDESK_TOKENS_H

#include "core/auth.h"
#include "core/session.h"

/* a row of db/db_token.h, passed through as stored */
struct token_row;

#define TOKENS_DEFAULT_DAYS 365
#define TOKENS_MAX_DAYS 3650
#define TOKENS_MAX_LABEL 80

/* A new token of user name (your own; anyone's for an administrator),
 * valid days days from now (1 to TOKENS_MAX_DAYS). text gets the token,
 * expires its end ("2027-11-27 10:00"). */
int tokens_create(struct session *s, const char *name, const char *label, int days,
                  char text[AUTH_TOKEN_TEXT], int64_t *id, char expires[17], struct gerr *err);
/* Your own token, or anyone's for an administrator; a reason is required. */
int tokens_revoke(struct session *s, int64_t id, const char *reason, struct gerr *err);
/* Your own tokens, or (administrator) name's or everybody's (name NULL). */
int tokens_list(struct session *s, const char *name,
                int (*row)(void *ud, const struct token_row *t), void *ud, struct gerr *err);

#endif
