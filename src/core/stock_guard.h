/* With stock_check on, no change leaves goods sold without the receipt
 * they came in on: the void and edit checks of receipts, their lines and
 * returns (stock_guard.c). */
#ifndef GSPDESK_STOCK_GUARD_H
#define GSPDESK_STOCK_GUARD_H

#include "base/err.h"
#include "core/session.h"

struct record;

/* forms/receipts.c's void_check: its accepted lines leave stock. */
int stock_guard_receipt_void(struct session *s, const struct record *r, struct gerr *err);
/* forms/receipt_lines.c's void_check: the line leaves stock. */
int stock_guard_line_void(struct session *s, const struct record *r, struct gerr *err);
/* receipt_lines_check's, for an edit of stored line old into r that
 * brings less of old's unit into stock than it did (less quantity,
 * rejected, another product, batch or serial): the difference leaves. */
int stock_guard_line_edit(struct session *s, const struct record *old, const struct record *r,
                          struct gerr *err);
/* forms/returns.c's void_check: a unit taken back (refund or exchange)
 * leaves stock again. */
int stock_guard_return_void(struct session *s, const struct record *r, struct gerr *err);

#endif
