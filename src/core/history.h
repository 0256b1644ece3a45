/* A record's history for people (the command line's show --history and
 * the form screen's history key): one line per change — when, who, what,
 * why — then one indented line per field, old → new, every text with its
 * control characters written out. */
#ifndef GSPDESK_HISTORY_H
#define GSPDESK_HISTORY_H

#include "model/form.h"
#include "core/session.h"

/* Calls line with each line (without a newline), oldest change first. */
int history_lines(struct session *s, const struct form *form, int64_t id,
                  void (*line)(void *ud, const char *text), void *ud, struct gerr *err);

#endif
