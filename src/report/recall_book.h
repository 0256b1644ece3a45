/* recall show --format xlsx: a recall's status sheet (reports/recall.c). */
#ifndef GSPDESK_RECALL_BOOK_H
#define GSPDESK_RECALL_BOOK_H

#include <stdbool.h>
#include <stdint.h>

#include "core/session.h"

/* The sheet to send back to the manufacturer and the authority: the
 * campaign's facts and deadline, every buyer with what they bought, when
 * and how they were told, what came back and where they stand, and the
 * totals. For a role that may run reports on recalls. */
int recall_book_write(struct session *s, int64_t id, const char *path, bool force,
                      struct gerr *err);

#endif
