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
/* forms/receipt_lines.c's check: receipt_lines_check, and an edit that
 * brings less of the line's unit into stock than it did (less quantity,
 * rejected, another product, batch or serial) takes the difference away. */
int stock_guard_line_check(struct session *s, struct record *r, struct gerr *err);
/* forms/returns.c's void_check: a unit taken back (refund or exchange)
 * leaves stock again. */
int stock_guard_return_void(struct session *s, const struct record *r, struct gerr *err);

#endif
