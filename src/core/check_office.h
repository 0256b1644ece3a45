/* The office's own state for `gspdesk check` (check.c): users, settings
 * and tokens replayed from the audit rows, in chain order, against their
 * tables; and each audit row's action against what its author's role
 * allowed at that time. */
#ifndef GSPDESK_CHECK_OFFICE_H
#define GSPDESK_CHECK_OFFICE_H

#include <stdarg.h>

#include "base/chain.h"
#include "core/session.h"

struct check_office;

/* say() reports one problem, in the user's language, printf-style. */
struct check_office *check_office_new(struct session *s,
                                      void (*say)(void *ud, const char *fmt, va_list ap),
                                      void *ud);
/* Each audit row, by id; hashed false for rows older than the chain (their
 * authors' rights are not checked: the schema wrote some). */
int check_office_row(struct check_office *o, const struct chain_row *r, bool hashed,
                     struct gerr *err);
/* The tables against the replay; frees o. */
int check_office_end(struct check_office *o, struct gerr *err);

/* A stamp stored beside its audit row's: at most a minute before it (the
 * stamp is read before the write lock is had). */
bool check_stamp_matches(const char *stored, const char *audit_at);

#endif
